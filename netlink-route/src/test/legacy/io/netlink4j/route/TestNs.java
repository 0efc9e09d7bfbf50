package io.netlink4j.route;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.testing.Ip;
import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A throwaway named namespace ({@code nlt-route-XXXX}) with a {@link RouteHandle} on it, and
 * iproute2 run inside it as fixture maker and independent witness ({@code ip -n NAME ...}).
 * Closing deletes the namespace and everything in it; use it in try-with-resources so that
 * happens also when the test fails.
 */
final class TestNs implements AutoCloseable {
    final String name;
    final NetNs ns;
    final RouteHandle handle;
    private final ThrowawayNamespaces spaces = new ThrowawayNamespaces("nlt-route-");

    /**
     * IPv4 only: links that come up send IPv6 router solicitations and MLD reports on their own,
     * which would move the packet counters between the library's read and ip's.
     */
    TestNs() {
        this(false);
    }

    /** With IPv6 left on, for tests of IPv6 addresses, routes, neighbours and pings. */
    static TestNs withIpv6() {
        return new TestNs(true);
    }

    private TestNs(boolean ipv6) {
        try {
            this.name = spaces.named();
            this.ns = spaces.track(NetNs.named(name));
            this.handle = RouteHandle.open(ns);
            if (!ipv6) {
                handle.sysctl().set("net.ipv6.conf.all.disable_ipv6", "1");
                handle.sysctl().set("net.ipv6.conf.default.disable_ipv6", "1");
            }
        } catch (RuntimeException e) {
            close(e);
            throw e;
        }
    }

    Links links() {
        return handle.links();
    }

    /** Runs {@code ip -n NAME ARGS}, returning stdout; fails the test on a non-zero exit. */
    String ip(String... args) {
        return Ip.exec(command(List.of("ip", "-n", name), args));
    }

    /** Runs {@code ip -n NAME ARGS} for a test that expects it may fail. */
    Ip.Result tryIp(String... args) {
        return Ip.tryExec(command(List.of("ip", "-n", name), args));
    }

    /** {@code ip -n NAME -j ARGS}, parsed. */
    List<Map<String, Object>> json(String... args) {
        return Json.array(Ip.exec(command(List.of("ip", "-n", name, "-j"), args)));
    }

    /** {@code ip -j -d -s link show}: every device with its details and counters. */
    List<Map<String, Object>> ipLinks() {
        return json("-d", "-s", "link", "show");
    }

    /** The device {@code dev} from {@link #ipLinks}. */
    Map<String, Object> ipLink(String dev) {
        return ipLinks().stream().filter(l -> dev.equals(l.get("ifname"))).findFirst()
                .orElseThrow(() -> new AssertionError("ip does not show " + dev + " in " + name));
    }

    /** Runs any command inside the namespace ({@code ip netns exec NAME CMD}), returning stdout. */
    String exec(String... cmd) {
        return Ip.exec(command(List.of("ip", "netns", "exec", name), cmd));
    }

    /** A veth pair {@code a}/{@code b}, both up, made by iproute2 (independent of the links API). */
    TestNs veth(String a, String b) {
        ip("link", "add", a, "type", "veth", "peer", "name", b);
        ip("link", "set", a, "up");
        ip("link", "set", b, "up");
        return this;
    }

    @Override
    public void close() {
        close(null);
    }

    private void close(RuntimeException failure) {
        try {
            if (handle != null) {
                handle.close();
            }
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        } finally {
            spaces.cleanUp();
        }
    }

    private static List<String> command(List<String> head, String... tail) {
        List<String> cmd = new ArrayList<>(head);
        cmd.addAll(List.of(tail));
        return cmd;
    }
}
