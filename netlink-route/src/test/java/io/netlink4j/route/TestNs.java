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
