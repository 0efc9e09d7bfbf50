package io.netlink4j.route.link;

import static io.netlink4j.core.uapi.Netlink.NLM_F_DUMP;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REQUEST;

import io.netlink4j.core.socket.Request;

/**
 * What the socket sends for a request through its other primitives. {@link Request#toBytes()} is
 * what {@code execute} sends ({@code NLM_F_REQUEST | NLM_F_ACK}); {@code dump} writes the same
 * header and body with {@code NLM_F_REQUEST | NLM_F_DUMP}, and {@code get} with
 * {@code NLM_F_REQUEST} alone (NetlinkSocket: dumpOnce, exchange), so only the flags differ.
 */
final class RequestBytes {
    private RequestBytes() {}

    static byte[] dump(Request r) {
        return withFlags(r.toBytes(), r.flags() | NLM_F_REQUEST | NLM_F_DUMP);
    }

    static byte[] get(Request r) {
        return withFlags(r.toBytes(), r.flags() | NLM_F_REQUEST);
    }

    private static byte[] withFlags(byte[] b, int flags) {
        b[6] = (byte) flags;
        b[7] = (byte) (flags >> 8);
        return b;
    }
}
