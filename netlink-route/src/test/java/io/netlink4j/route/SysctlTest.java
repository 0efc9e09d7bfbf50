package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.route.testing.TestNs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code sysctl net.*} per namespace, read back by a process inside each namespace. */
class SysctlTest {
    /** The machine's own value, read on the test thread, which is in the host namespace. */
    private static String hostForwarding() throws Exception {
        return Files.readString(Path.of("/proc/sys/net/ipv4/ip_forward")).trim();
    }

    @Test
    void ipForwardingIsPerNamespace() throws Exception {
        String host = hostForwarding();
        try (TestNs nsA = TestNs.withIpv6(); TestNs nsB = TestNs.withIpv6()) {
            Rtnetlink a = nsA.handle;
            Rtnetlink b = nsB.handle;
            assertThat(a.sysctl().ipForwarding()).isFalse();
            assertThat(b.sysctl().ipForwarding()).isFalse();

            a.sysctl().setIpForwarding(true);

            assertThat(a.sysctl().ipForwarding()).isTrue();
            assertThat(a.sysctl().get("net.ipv4.ip_forward")).isEqualTo("1");
            assertThat(b.sysctl().ipForwarding()).isFalse();
            // An independent reader: the file as a process inside each namespace sees it.
            assertThat(nsA.exec("cat", "/proc/sys/net/ipv4/ip_forward").trim()).isEqualTo("1");
            assertThat(nsB.exec("cat", "/proc/sys/net/ipv4/ip_forward").trim()).isEqualTo("0");
            // The kernel copies ip_forward into every conf.*.forwarding of the namespace.
            assertThat(a.sysctl().get("net.ipv4.conf.all.forwarding")).isEqualTo("1");
            assertThat(b.sysctl().get("net.ipv4.conf.all.forwarding")).isEqualTo("0");

            a.sysctl().setIpForwarding(false);
            assertThat(a.sysctl().ipForwarding()).isFalse();
        }
        assertThat(hostForwarding()).isEqualTo(host);
    }

    @Test
    void anyNetKeyReadsAndWritesInsideTheNamespace() {
        try (TestNs ns = TestNs.withIpv6(); TestNs other = TestNs.withIpv6()) {
            Rtnetlink h = ns.handle;
            Rtnetlink o = other.handle;
            h.sysctl().set("net.ipv6.conf.all.disable_ipv6", "1");
            assertThat(h.sysctl().get("net.ipv6.conf.all.disable_ipv6")).isEqualTo("1");
            assertThat(o.sysctl().get("net.ipv6.conf.all.disable_ipv6")).isEqualTo("0");

            h.sysctl().setIpv6Forwarding(true);
            assertThat(h.sysctl().ipv6Forwarding()).isTrue();
            assertThat(o.sysctl().ipv6Forwarding()).isFalse();

            // Slash form, as sysctl(8) takes it; a multi-value key keeps its tab.
            h.sysctl().set("net/ipv4/conf/lo/rp_filter", "2");
            assertThat(h.sysctl().get("net.ipv4.conf.lo.rp_filter")).isEqualTo("2");
            h.sysctl().set("net.ipv4.ping_group_range", "0 0");
            assertThat(h.sysctl().get("net.ipv4.ping_group_range")).isEqualTo("0\t0");
            assertThat(o.sysctl().get("net.ipv4.ping_group_range")).isEqualTo("1\t0");
        }
    }

    @Test
    void unknownKeysAndRefusedValuesAreKernelErrorsNamingTheKey() {
        try (TestNs ns = TestNs.withIpv6()) {
            Rtnetlink h = ns.handle;
            assertThatThrownBy(() -> h.sysctl().get("net.ipv4.no_such_key"))
                    .isInstanceOfSatisfying(KernelException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOENT))
                    .hasMessageContaining("net.ipv4.no_such_key");
            assertThatThrownBy(() -> h.sysctl().set("net.ipv4.conf.veth9.forwarding", "1"))
                    .isInstanceOfSatisfying(KernelException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOENT))
                    .hasMessageContaining("net.ipv4.conf.veth9.forwarding");
            assertThatThrownBy(() -> h.sysctl().set("net.ipv4.ip_forward", "banana"))
                    .isInstanceOfSatisfying(KernelException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EINVAL))
                    .hasMessageContaining("net.ipv4.ip_forward");
            assertThatThrownBy(() -> h.sysctl().get("net.ipv4"))
                    .isInstanceOfSatisfying(KernelException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EISDIR))
                    .hasMessageContaining("directory");
            assertThat(h.sysctl().ipForwarding()).isFalse();
        }
    }

    @Test
    void keysOutsideNetOrEscapingItAreRejectedBeforeAnythingIsRead() {
        try (TestNs ns = TestNs.withIpv6()) {
            Rtnetlink h = ns.handle;
            Sysctl s = h.sysctl();
            assertThatThrownBy(() -> s.get("kernel.hostname"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not under net");
            assertThatThrownBy(() -> s.get("net/../kernel/hostname"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'..'");
            assertThatThrownBy(() -> s.get("net.ipv4/../../kernel/hostname"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not under net");
            assertThatThrownBy(() -> s.get("/net/ipv4/ip_forward"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not under net");
            assertThatThrownBy(() -> s.get("net..ipv4"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed");
            assertThatThrownBy(() -> s.get("net.ipv4.ip forward"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whitespace");
            assertThatThrownBy(() -> s.get("net"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a key");
            assertThatThrownBy(() -> s.get(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
            assertThatThrownBy(() -> s.get(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
            assertThatThrownBy(() -> s.set("net.ipv4.ip_forward", null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("value");
            assertThatThrownBy(() -> s.set("net.ipv4.ip_forward", "1\n0"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newline");
            assertThat(Sysctl.pathOf("net.ipv4.conf.all.forwarding")).isEqualTo("/proc/sys/net/ipv4/conf/all/forwarding");
            assertThat(Sysctl.pathOf("net/ipv4/conf/eth0.100/forwarding"))
                    .isEqualTo("/proc/sys/net/ipv4/conf/eth0.100/forwarding");
            assertThat(s.get("net.ipv4.ip_forward")).isEqualTo("0");
        }
    }
}
