package dev.switchboard.adapter.jdbc.webhook;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** One row of the {@code webhook_attempt} table, keyed by its delivery and its number. */
@MappedEntity(value = "webhook_attempt", escape = false)
record AttemptRow(@EmbeddedId Key key, long atMs, int status, long latencyMs, String response) {

    /** The primary key (delivery_id, number); the column names are given because an embedded key would prefix them. */
    @Embeddable
    record Key(@MappedProperty("delivery_id") String deliveryId, @MappedProperty("number") int number) {
    }
}
