package dev.switchboard.adapter.jdbc.interaction;

import dev.switchboard.adapter.jdbc.DuplicateKeys;
import dev.switchboard.adapter.jdbc.InChunks;
import dev.switchboard.application.port.PageRequest;
import dev.switchboard.application.port.out.Interactions;
import dev.switchboard.domain.interaction.Interaction;
import dev.switchboard.domain.shared.SysId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Interactions} in the {@code interaction} table. */
@Singleton
@Requires(property = "switchboard.storage", value = "jdbc", defaultValue = "jdbc")
public class JdbcInteractions implements Interactions {

    private final InteractionRowRepository rows;

    JdbcInteractions(InteractionRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public void add(Interaction interaction) {
        DuplicateKeys.insert(() -> rows.save(InteractionMapper.toRow(interaction)),
                "interaction " + interaction.id() + " is already stored");
    }

    @Override
    public Optional<Interaction> findById(SysId id) {
        return rows.findById(id.value()).map(InteractionMapper::toDomain);
    }

    /** SELECT … FOR UPDATE: the row lock is held until the surrounding transaction ends. */
    @Override
    public Optional<Interaction> findByIdForUpdate(SysId id) {
        return rows.findByIdForUpdate(id.value()).map(InteractionMapper::toDomain);
    }

    /** One SELECT … WHERE id IN (…) ORDER BY id FOR UPDATE, in chunks for very large groups. */
    @Override
    public Map<SysId, Interaction> findAllByIdForUpdate(Collection<SysId> ids) {
        Map<SysId, Interaction> found = new LinkedHashMap<>();
        InChunks.of(ids.stream().map(SysId::value).distinct().sorted().toList()).forEach(chunk ->
                rows.findAllByIdForUpdate(chunk).forEach(row -> found.put(SysId.of(row.id()),
                        InteractionMapper.toDomain(row))));
        return found;
    }

    @Override
    public Optional<SysId> findIdByClientSessionId(String clientSessionId) {
        return rows.findLatestIdByClientSessionId(clientSessionId).map(SysId::of);
    }

    @Override
    public List<Interaction> findByClientSessionId(String clientSessionId, PageRequest page) {
        return rows.findPageByClientSessionId(clientSessionId, page.limit(), page.offset()).stream()
                .map(InteractionMapper::toDomain).toList();
    }

    @Override
    public long countByClientSessionId(String clientSessionId) {
        return rows.countByClientSessionId(clientSessionId);
    }

    /** One statement: the UPDATE's row count says whether the interaction was stored. */
    @Override
    public void update(Interaction interaction) {
        InteractionRow row = InteractionMapper.toRow(interaction);
        int matched = rows.update(row.id(), row.userId(), row.agentId(), row.callerPhoneNumber(),
                row.clientSessionId(), row.inboundId(), row.state(), row.recordingUrl(), row.sentiment(),
                row.openedAtMs(), row.closedAtMs(), row.transcriptSavedAtMs());
        if (matched == 0) {
            throw new IllegalStateException("unknown interaction " + interaction.id());
        }
    }

    /**
     * One JDBC batch. The rows' existence is not checked again: a group updates only interactions it has just
     * locked and read in the same transaction.
     */
    @Override
    public void updateAll(Collection<Interaction> interactions) {
        if (!interactions.isEmpty()) {
            rows.updateAll(interactions.stream().map(InteractionMapper::toRow).toList());
        }
    }
}
