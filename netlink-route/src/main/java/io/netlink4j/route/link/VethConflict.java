package io.netlink4j.route.link;

import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.route.internal.Devices;

/**
 * Which end of a veth pair the kernel's {@code EEXIST} is about. The kernel answers "File exists"
 * whether this end's name or the peer's is taken, and iproute2 (like a naive caller) then names
 * the first device; when it is the peer's, the error is reframed to name the peer and its namespace.
 */
final class VethConflict {
    private VethConflict() {}

    /** {@code e} about the right device: unchanged if this end's name is taken or nothing else can be told. */
    static KernelException explain(AlreadyExistsException e, Veth v, Links here, NetNs hereNs) {
        try {
            if (here.find(v.name()).isPresent()) {
                return e;
            }
            NetNs peerNs = v.peerNamespace() != null ? v.peerNamespace() : hereNs;
            boolean taken = v.peerNamespace() == null ? here.find(v.peerName()).isPresent()
                    : existsIn(peerNs, v.peerName());
            if (!taken) {
                return e;
            }
            return e.reframe("RTM_NEWLINK " + v.name() + " peer " + v.peerName(), "the peer's name " + v.peerName()
                    + " is taken in namespace " + Specs.namespace(peerNs));
        } catch (RuntimeException lookupFailed) {
            e.addSuppressed(lookupFailed);
            return e;
        }
    }

    /** Whether a device {@code name} exists in {@code ns}, asked through a socket made there. */
    private static boolean existsIn(NetNs ns, String name) {
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            Devices.index(s, name, null);
            return true;
        } catch (NotFoundException absent) {
            return false;
        }
    }
}
