package io.netlink4j.core.ns;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A handle closed by another thread while {@code call} runs, with a new open racing for the
 * freed descriptor number: the task runs in the handle's namespace or fails with
 * {@link IllegalStateException}, never in the namespace the recycled number names.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CloseWhileInUseTest {
    @RegisterExtension
    static final ThrowawayNamespaces NS = new ThrowawayNamespaces("nlt-core-");

    @Test
    void aHandleClosedDuringCallIsNeverRetargeted() throws Exception {
        NetNs target = NS.anonymous();
        long inside = target.inode();
        long home = NetNs.currentInode();
        Path targetFile;
        try (NetNs.Lease l = target.lease()) {
            // Opens the target namespace anew for as long as the test keeps `target` open.
            targetFile = Path.of("/proc/self/fd/" + l.fd());
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        CyclicBarrier start = new CyclicBarrier(2);
        List<NetNs> opened = new ArrayList<>();
        for (int trial = 0; trial < 3_000; trial++) {
            NetNs handle = NetNs.open(targetFile);
            Object[] result = new Object[1];
            Thread user = Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    result[0] = handle.call(NetNs::currentInode);
                } catch (IllegalStateException e) {
                    result[0] = "closed";
                } catch (Exception e) {
                    result[0] = e;
                }
            });
            start.await();
            handle.close();
            // The lowest free number is the one just freed, unless a lease still holds it.
            NetNs racer = NetNs.current();
            opened.add(racer);
            user.join();
            String outcome = result[0] instanceof Long l
                    ? (l == inside ? "inside" : l == home ? "HOME" : "other " + l) : String.valueOf(result[0]);
            outcomes.merge(outcome, 1, Integer::sum);
            if (opened.size() == 100) {
                opened.forEach(NetNs::close);
                opened.clear();
            }
        }
        opened.forEach(NetNs::close);
        assertThat(outcomes.keySet()).as("outcomes of 3,000 trials: %s", outcomes).isSubsetOf("inside", "closed");
        assertThat(outcomes.get("inside")).as("some trials ran before the close: %s", outcomes).isNotNull();
    }
}
