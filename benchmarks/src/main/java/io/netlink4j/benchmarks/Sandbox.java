package io.netlink4j.benchmarks;

import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.link.Links;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throwaway named network namespace ({@code nlb-} plus a random suffix, so that parallel runs
 * and iproute2 can use it) with the library's {@link Rtnetlink} inside, which the benchmarks
 * measure, and a plain netlink-core socket for setup and checks that do not depend on it.
 *
 * <p>Closing deletes, in one request per group, every device the benchmark put in
 * {@link #GROUP} or {@link #BATCH_GROUP}, and then the namespace. The devices go synchronously
 * so that the kernel is not still tearing down the last invocation's devices (asynchronously,
 * as it does for a dying namespace) while the next one is measured.
 */
final class Sandbox implements AutoCloseable {
    /** Prefix of every namespace the benchmarks name. */
    static final String PREFIX = "nlb-";
    /** Interface group of the devices made in setup. */
    static final int GROUP = 41;
    /** Interface group of the devices a benchmark makes or deletes as its batch. */
    static final int BATCH_GROUP = 42;

    final String name;
    final NetNs ns;
    final NetlinkSocket socket;
    final Rtnetlink handle;

    private Sandbox(String name, NetNs ns, NetlinkSocket socket, Rtnetlink handle) {
        this.name = name;
        this.ns = ns;
        this.socket = socket;
        this.handle = handle;
    }

    /** A fresh named namespace. */
    static Sandbox create() {
        String name = uniqueName();
        NetNs ns = NetNs.create(name);
        NetlinkSocket socket = null;
        try {
            socket = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns);
            return new Sandbox(name, ns, socket, Rtnetlink.open(ns));
        } catch (RuntimeException e) {
            if (socket != null) {
                socket.close();
            }
            ns.close();
            NetNs.deleteIfExists(name);
            throw e;
        }
    }

    /**
     * A fresh named namespace prepared by {@code prepare} (setup work, not measured); if
     * preparing fails, the namespace is deleted before the failure propagates.
     */
    static Sandbox create(java.util.function.Consumer<Sandbox> prepare) {
        Sandbox s = create();
        try {
            prepare.accept(s);
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Checks that exactly {@code expected} devices are left (loopback included), then closes. */
    void expectLinksAndClose(int expected) {
        try {
            expectLinks(expected);
        } finally {
            close();
        }
    }

    /** The library's links in this namespace. */
    Links links() {
        return handle.links();
    }

    /** {@code nlb-} and 12 random hex digits. */
    static String uniqueName() {
        byte[] b = new byte[6];
        ThreadLocalRandom.current().nextBytes(b);
        return PREFIX + HexFormat.of().formatHex(b);
    }

    /** Makes {@code count} pairs {@code fN}/{@code gN} in {@link #GROUP}, pipelined; part of setup, not measured. */
    void fill(int count) {
        String[] names = Names.of("f", count);
        String[] peers = Names.of("g", count);
        RawVeth.createAll(socket, Names.indices(count), names, peers, GROUP).throwIfFailed();
    }

    /** Fails unless the namespace holds exactly {@code expected} devices, loopback included. */
    void expectLinks(int expected) {
        int n = RawVeth.countLinks(socket);
        if (n != expected) {
            throw new IllegalStateException(name + " holds " + n + " devices, expected " + expected);
        }
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (int group : new int[] {BATCH_GROUP, GROUP}) {
            try {
                RawVeth.deleteGroup(socket, group);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        handle.close();
        socket.close();
        ns.close();
        NetNs.deleteIfExists(name);
        if (!failures.isEmpty()) {
            RuntimeException first = failures.getFirst();
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }
}
