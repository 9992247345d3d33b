package dev.switchboard.application.fake;

import dev.switchboard.application.port.out.IdGenerator;
import dev.switchboard.domain.shared.SysId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hands out the ids a test queued (to replay a vendor example with its exact ids), then random ones. Like the real
 * generator it never hands out an id twice, so it refuses to queue one it was given before (see
 * {@code IdGeneratorContract}).
 */
public final class ScriptedIdGenerator implements IdGenerator {

    private final Deque<SysId> queued = new ArrayDeque<>();
    private final Set<SysId> scripted = new HashSet<>();

    public synchronized ScriptedIdGenerator thenReturn(String... ids) {
        for (String id : ids) {
            SysId next = SysId.of(id);
            if (!scripted.add(next)) {
                throw new IllegalArgumentException("id " + id + " was queued before: a generator never repeats an id");
            }
            queued.add(next);
        }
        return this;
    }

    @Override
    public synchronized SysId next() {
        return queued.isEmpty() ? random() : queued.poll();
    }

    public static SysId random() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return SysId.of(HexFormat.of().formatHex(bytes));
    }
}
