package io.netlink4j.netfilter.internal;

import static io.netlink4j.core.uapi.Netlink.NLA_HDRLEN;
import static io.netlink4j.core.uapi.Netlink.NLA_TYPE_MASK;
import static io.netlink4j.core.uapi.Netlink.NLMSG_HDRLEN;
import static io.netlink4j.core.uapi.Netlink.align;

/**
 * Finds where in an encoded message a byte lies, for the extended ACK's
 * {@code NLMSGERR_ATTR_OFFS}: which element of a nested list holds the attribute the kernel
 * rejected. Works on the bytes {@code Request.toBytes()} gives, which have the same layout as
 * what was sent.
 */
public final class AttributeWalk {
    private AttributeWalk() {}

    /**
     * The index of the element of the top-level nested attribute {@code listType} that holds
     * byte {@code offset} of {@code message} (counted from its {@code nlmsghdr}), or -1 when the
     * offset is elsewhere.
     *
     * @param familyHeader bytes of the family header after the {@code nlmsghdr}
     */
    public static int elementAt(byte[] message, int familyHeader, int listType, int offset) {
        int pos = NLMSG_HDRLEN + align(familyHeader);
        while (pos + NLA_HDRLEN <= message.length) {
            int len = u16(message, pos);
            if (len < NLA_HDRLEN || pos + len > message.length) {
                return -1;
            }
            if ((u16(message, pos + 2) & NLA_TYPE_MASK) == listType) {
                int at = pos + NLA_HDRLEN;
                for (int i = 0; at + NLA_HDRLEN <= pos + len; i++) {
                    int elem = u16(message, at);
                    if (elem < NLA_HDRLEN) {
                        return -1;
                    }
                    if (offset >= at && offset < at + align(elem)) {
                        return i;
                    }
                    at += align(elem);
                }
            }
            pos += align(len);
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        // nlattr headers are in host order.
        return java.nio.ByteBuffer.wrap(b, at, 2).order(java.nio.ByteOrder.nativeOrder()).getShort() & 0xffff;
    }
}
