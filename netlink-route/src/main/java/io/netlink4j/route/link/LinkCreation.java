package io.netlink4j.route.link;

import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.Devices;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link Links#add} and {@link Links#addAll}: looking up the masters and parents specs name,
 * holding a peer namespace's descriptor until its request is sent, and telling which end of a
 * veth pair a "File exists" is about.
 */
final class LinkCreation {
    private LinkCreation() {}

    static void add(NetlinkSocket socket, NetNs namespace, Links links, LinkSpec spec) {
        Objects.requireNonNull(spec, "spec");
        Devices devices = new Devices(socket);
        try (PeerNamespace peer = PeerNamespace.of(spec)) {
            socket.execute(request(spec, devices, peer));
        } catch (AlreadyExistsException e) {
            if (spec instanceof Veth v) {
                throw VethConflict.explain(e, v, links, namespace);
            }
            throw e;
        }
    }

    /** Every request is built (and its namespace leased) before the first is sent. */
    static BatchResult addAll(NetlinkSocket socket, List<? extends LinkSpec> specs) {
        Objects.requireNonNull(specs, "specs");
        Devices devices = new Devices(socket);
        List<PeerNamespace> peers = new ArrayList<>();
        try {
            List<Request> requests = new ArrayList<>(specs.size());
            for (int i = 0; i < specs.size(); i++) {
                LinkSpec s = Objects.requireNonNull(specs.get(i), "specs[" + i + "]");
                String item = "item " + i + " of " + specs.size() + ", RTM_NEWLINK " + s.name();
                try {
                    PeerNamespace peer = PeerNamespace.of(s);
                    peers.add(peer);
                    requests.add(request(s, devices, peer));
                } catch (KernelException e) {
                    throw e.reframe(item, e.extAck());
                } catch (IllegalStateException e) {
                    throw new IllegalStateException(item + ": " + e.getMessage(), e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(item + ": " + e.getMessage(), e);
                }
            }
            return socket.executeAll(requests);
        } finally {
            peers.forEach(PeerNamespace::close);
        }
    }

    private static Request request(LinkSpec spec, Devices devices, PeerNamespace peer) {
        if (spec instanceof Veth v) {
            v.checkNames();
        }
        String forWhat = "RTM_NEWLINK " + spec.name();
        String m = spec.options().master();
        String p = LinkCodec.parentOf(spec);
        int master = m == null ? 0 : devices.index(m, forWhat);
        int parent = p == null ? 0 : devices.index(p, forWhat);
        return LinkRequests.add(spec, master, parent, peer.fd());
    }

    /** The lease on a veth peer's namespace, held until its request is sent; -1 when there is none. */
    private record PeerNamespace(NetNs.Lease lease) implements AutoCloseable {
        static PeerNamespace of(LinkSpec spec) {
            return new PeerNamespace(spec instanceof Veth v && v.peerNamespace() != null
                    ? v.peerNamespace().lease() : null);
        }

        int fd() {
            return lease == null ? -1 : lease.fd();
        }

        @Override
        public void close() {
            if (lease != null) {
                lease.close();
            }
        }
    }
}
