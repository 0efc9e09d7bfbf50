package io.netlink4j.core.message;

import static io.netlink4j.core.uapi.Netlink.NLMSG_HDRLEN;
import static io.netlink4j.core.uapi.Netlink.NLM_F_ACK_TLVS;
import static io.netlink4j.core.uapi.Netlink.NLM_F_CAPPED;

import io.netlink4j.core.KernelException;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.uapi.Netlink;

/**
 * Decodes {@code NLMSG_ERROR} messages ({@code struct nlmsgerr}): the error number, and the
 * extended-ACK TLVs that follow the echoed request header (or the whole request when the
 * socket did not set {@code NETLINK_CAP_ACK}, which the kernel marks by leaving out
 * {@code NLM_F_CAPPED}). Also decodes the error a dump ends with: an {@code NLMSG_DONE} whose
 * payload is the error number, followed directly by the TLVs ({@code netlink_dump_done}).
 */
public final class Ack {
    private static final int NLMSGERR_LEN = 4 + NLMSG_HDRLEN;

    private Ack() {}

    /**
     * The error field of an {@code NLMSG_ERROR} (or of a dump's {@code NLMSG_DONE}).
     *
     * @param m the message, with at least 4 bytes of payload
     * @return 0 for an acknowledgement, {@code -errno} for a failure
     * @throws io.netlink4j.core.ProtocolException if the payload is shorter than 4 bytes
     */
    public static int error(Message m) {
        return m.u32(0);
    }

    /**
     * The failure as an exception describing {@code operation}, with the kernel's message if any.
     *
     * @param m         an {@code NLMSG_ERROR} with a non-zero error, or a dump's {@code NLMSG_DONE}
     * @param operation the request it answers, e.g. {@code "RTM_NEWLINK veth-blue"}
     * @return a {@link KernelException} of the subtype the errno calls for, with the extended-ACK
     *         text and offset when the kernel sent them
     * @throws ProtocolException if the echoed request or a TLV runs past the message
     */
    public static KernelException toException(Message m, String operation) {
        int err = error(m);
        String text = null;
        int offset = -1;
        if ((m.flags() & NLM_F_ACK_TLVS) != 0) {
            int tlvStart = NLMSGERR_LEN;
            if (m.type() == Netlink.NLMSG_DONE) {
                tlvStart = 4;
            } else if ((m.flags() & NLM_F_CAPPED) == 0) {
                int echoed = m.u32(4); // nlmsg_len of the echoed request
                if (echoed < NLMSG_HDRLEN || echoed > m.payloadLength() - 4) {
                    throw new ProtocolException("NLMSG_ERROR echoes a request of length "
                            + Integer.toUnsignedString(echoed) + " in a payload of " + m.payloadLength());
                }
                tlvStart = 4 + echoed;
            }
            if (tlvStart <= m.payloadLength()) {
                Attributes a = m.attributes(tlvStart);
                while (a.next()) {
                    switch (a.type()) {
                        case Netlink.NLMSGERR_ATTR_MSG -> text = a.string();
                        case Netlink.NLMSGERR_ATTR_OFFS -> offset = a.u32();
                        case Netlink.NLMSGERR_ATTR_MISS_TYPE -> text = (text == null ? "" : text + "; ")
                                + "missing attribute type " + a.u32();
                        default -> { }
                    }
                }
            }
        }
        return KernelException.of(err, operation, text, offset);
    }
}
