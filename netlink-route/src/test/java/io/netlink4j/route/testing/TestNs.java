package io.netlink4j.route.testing;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.link.Links;
import io.netlink4j.core.testing.Ip;
import io.netlink4j.core.testing.Json;
import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A throwaway named namespace ({@code nlt-route-XXXX}) with a {@link Rtnetlink} on it, and
 * iproute2 run inside it as fixture maker and independent witness ({@code ip -n NAME ...}).
 * Closing deletes the namespace and everything in it; use it in try-with-resources so that
 * happens also when the test fails.
 */
public final class TestNs implements AutoCloseable {
    /** The namespace's name under /run/netns. */
    public final String name;
    /** A handle on it. */
    public final NetNs ns;
    /** rtnetlink in it. */
    public final Rtnetlink handle;
    private final ThrowawayNamespaces spaces = new ThrowawayNamespaces("nlt-route-");

    /**
     * IPv4 only: links that come up send IPv6 router solicitations and MLD reports on their own,
     * which would move the packet counters between the library's read and ip's.
     */
    public TestNs() {
        this(false);
    }

    /** With IPv6 left on, for tests of IPv6 addresses, routes, neighbours and pings. */
    public static TestNs withIpv6() {
        return new TestNs(true);
    }

    private TestNs(boolean ipv6) {
        try {
            this.name = spaces.named();
            this.ns = spaces.track(NetNs.named(name));
            this.handle = Rtnetlink.open(ns);
            if (!ipv6) {
                handle.sysctl().set("net.ipv6.conf.all.disable_ipv6", "1");
                handle.sysctl().set("net.ipv6.conf.default.disable_ipv6", "1");
            }
        } catch (RuntimeException e) {
            close(e);
            throw e;
        }
    }

    public Links links() {
        return handle.links();
    }

    /** Runs {@code ip -n NAME ARGS}, returning stdout; fails the test on a non-zero exit. */
    public String ip(String... args) {
        return Ip.exec(command(List.of("ip", "-n", name), args));
    }

    /** Runs {@code ip -n NAME ARGS} for a test that expects it may fail. */
    public Ip.Result tryIp(String... args) {
        return Ip.tryExec(command(List.of("ip", "-n", name), args));
    }

    /** {@code ip -n NAME -j ARGS}, parsed. */
    public List<Map<String, Object>> json(String... args) {
        return Json.array(Ip.exec(command(List.of("ip", "-n", name, "-j"), args)));
    }

    /** {@code ip -j -d -s link show}: every device with its details and counters. */
    public List<Map<String, Object>> ipLinks() {
        return json("-d", "-s", "link", "show");
    }

    /** The device {@code dev} from {@link #ipLinks}. */
    public Map<String, Object> ipLink(String dev) {
        return ipLinks().stream().filter(l -> dev.equals(l.get("ifname"))).findFirst()
                .orElseThrow(() -> new AssertionError("ip does not show " + dev + " in " + name));
    }

    /** Runs any command inside the namespace ({@code ip netns exec NAME CMD}), returning stdout. */
    public String exec(String... cmd) {
        return Ip.exec(command(List.of("ip", "netns", "exec", name), cmd));
    }

    /** A veth pair {@code a}/{@code b}, both up, made by iproute2 (independent of the links API). */
    public TestNs veth(String a, String b) {
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
