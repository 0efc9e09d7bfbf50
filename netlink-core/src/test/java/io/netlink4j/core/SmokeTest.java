package io.netlink4j.core;

import static io.netlink4j.core.message.Netlink.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.ns.NetNs;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    static void veth(MessageWriter w, String a, String b) {
        w.reserve(16);
        w.putString(3, a);
        int li = w.beginNested(18);
        w.putString(1, "veth");
        int data = w.beginNested(2);
        int peer = w.beginNested(1);
        w.reserve(16);
        w.putString(3, b);
        w.endNested(peer);
        w.endNested(data);
        w.endNested(li);
    }

    @Test
    void vethInAnonymousNamespace() {
        try (NetNs ns = NetNs.create(); NetlinkSocket s = NetlinkSocket.open(NETLINK_ROUTE, ns)) {
            s.execute(16, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "a0", w -> veth(w, "a0", "b0"));
            assertThatThrownBy(() -> s.execute(16, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "a0",
                    w -> veth(w, "a0", "b1")))
                    .isInstanceOf(NetlinkException.class)
                    .hasMessageContaining("EEXIST").hasMessageContaining("RTM_NEWLINK a0");
            BatchResult r = s.executeAll(List.of("x1", "x2", "a0", "x3"),
                    (n, w) -> { w.begin(16, NLM_F_CREATE | NLM_F_EXCL); veth(w, n, n + "p"); },
                    n -> "RTM_NEWLINK " + n);
            assertThat(r.failedIndices()).containsExactly(2);
            System.out.println(r.error(2).getMessage());
            List<String> names = s.dump(18, "RTM_GETLINK", w -> w.reserve(16), m -> {
                Attributes a = m.attributes(16);
                while (a.next()) {
                    if (a.type() == 3) {
                        return a.string();
                    }
                }
                return null;
            });
            assertThat(names).containsExactlyInAnyOrder("lo", "a0", "b0", "x1", "x1p", "x2", "x2p", "x3", "x3p");
        }
    }
}
