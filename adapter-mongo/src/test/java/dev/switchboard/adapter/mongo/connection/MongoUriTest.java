package dev.switchboard.adapter.mongo.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MongoUriTest {

    @Test
    void theDatabaseComesFromThePath() {
        MongoUri uri = MongoUri.parse("mongodb://db1.example:27017,db2.example:27017/switchboard?replicaSet=rs0");

        assertThat(uri.database()).isEqualTo("switchboard");
        assertThat(uri.connectionString().getHosts()).containsExactly("db1.example:27017", "db2.example:27017");
    }

    @Test
    void thePasswordIsMaskedAndTheUserKept() {
        MongoUri uri = MongoUri.parse("mongodb://switchboard:s3cr%40t@db.example:27017/switchboard?authSource=admin");

        assertThat(uri.masked()).isEqualTo("mongodb://switchboard:***@db.example:27017/switchboard?authSource=admin");
        assertThat(uri).hasToString(uri.masked());
        assertThat(uri.connectionString().getPassword()).isEqualTo("s3cr@t".toCharArray());
    }

    @Test
    void uriWithoutPasswordOrCredentialsStaysAsItIs() {
        assertThat(MongoUri.mask("mongodb://127.0.0.1:27017/switchboard")).isEqualTo("mongodb://127.0.0.1:27017/switchboard");
        assertThat(MongoUri.mask("mongodb://reader@db.example/switchboard")).isEqualTo("mongodb://reader@db.example/switchboard");
        assertThat(MongoUri.mask("mongodb+srv://app:pw@cluster0.example.net/switchboard"))
                .isEqualTo("mongodb+srv://app:***@cluster0.example.net/switchboard");
    }

    @Test
    void aPasswordWithUnescapedSpecialCharactersIsStillMasked() {
        assertThat(MongoUri.mask("mongodb://app:pa/ss?w@rd@db.example/switchboard"))
                .isEqualTo("mongodb://app:***@db.example/switchboard");
    }

    @Test
    void aMissingUriNamesThePropertyAndTheEnvironmentVariable() {
        assertThatThrownBy(() -> MongoUri.parse(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("switchboard.mongo.uri")
                .hasMessageContaining("SWITCHBOARD_MONGO_URI");
    }

    @Test
    void aUriWithoutDatabaseIsRefusedWithoutShowingThePassword() {
        assertThatThrownBy(() -> MongoUri.parse("mongodb://app:hunter2@db.example:27017/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must name the database")
                .hasMessageContaining("mongodb://app:***@db.example:27017/")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void anInvalidUriIsRefusedWithoutShowingThePassword() {
        assertThatThrownBy(() -> MongoUri.parse("postgres://app:hunter2@db.example/switchboard"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid MongoDB connection string")
                .hasMessageNotContaining("hunter2");
    }
}
