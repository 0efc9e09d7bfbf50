package io.netlink4j.route;

import io.netlink4j.core.ns.NetNs;
import java.util.concurrent.ThreadLocalRandom;

/** A throwaway named namespace ({@code nlt-link-XXXX}) with a handle on it; closing deletes both. */
final class TestNs implements AutoCloseable {
    final String name;
    final NetNs ns;
    final RouteHandle handle;

    TestNs() {
        this.name = "nlt-link-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffffL);
        this.ns = NetNs.create(name);
        RouteHandle h;
        try {
            h = RouteHandle.open(ns);
            // Links that come up send IPv6 router solicitations and MLD reports on their own, which
            // would move the counters between the library's read and ip's; these tests use IPv4 only.
            h.sysctl().set("net.ipv6.conf.all.disable_ipv6", "1");
            h.sysctl().set("net.ipv6.conf.default.disable_ipv6", "1");
        } catch (RuntimeException e) {
            close(ns, name);
            throw e;
        }
        this.handle = h;
    }

    Links links() {
        return handle.links();
    }

    @Override
    public void close() {
        try {
            handle.close();
        } finally {
            close(ns, name);
        }
    }

    private static void close(NetNs ns, String name) {
        try {
            ns.close();
        } finally {
            NetNs.deleteIfExists(name);
        }
    }
}
