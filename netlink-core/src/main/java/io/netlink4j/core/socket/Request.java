package io.netlink4j.core.socket;

import static io.netlink4j.core.uapi.Netlink.NLM_F_ACK;
import static io.netlink4j.core.uapi.Netlink.NLM_F_REQUEST;

import io.netlink4j.core.message.MessageWriter;
import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.util.Objects;

/**
 * A netlink request that describes itself: its message type and flags, the body that follows
 * the {@code nlmsghdr}, and what it is for — the words every error about it starts with. The
 * body runs when the socket sends the request, into the socket's reused buffer.
 *
 * <pre>{@code
 * Request.of(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, "RTM_NEWLINK", "veth-blue", w -> ...)
 * // failure: RTM_NEWLINK veth-blue: File exists (EEXIST)
 * }</pre>
 *
 * @param type      {@code nlmsg_type}, e.g. {@code RTM_NEWLINK}
 * @param flags     the request's own flags ({@code NLM_F_CREATE | NLM_F_EXCL}...); the socket adds
 *                  {@code NLM_F_REQUEST} and, as the call needs, {@code NLM_F_ACK} or {@code NLM_F_DUMP}
 * @param operation the message's name for errors, {@code "RTM_NEWLINK"}
 * @param subject   what it is asked of ({@code "veth-blue"}, a spec record), or {@code null};
 *                  turned into text only when an error names it
 * @param body      writes the family header and attributes
 */
public record Request(int type, int flags, String operation, Object subject, RequestBody body) {
    /** Checks that the type fits 16 bits and that operation and body are given. */
    public Request {
        if (type < 0 || type > 0xffff) {
            throw new IllegalArgumentException("message type " + type + " does not fit nlmsg_type's 16 bits");
        }
        if ((flags & ~0xffff) != 0) {
            throw new IllegalArgumentException("flags 0x" + Integer.toHexString(flags) + " do not fit nlmsg_flags' 16 bits");
        }
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(body, "body");
    }

    /**
     * A request; the same as the constructor, for call sites that read as a sentence.
     *
     * @param type      {@code nlmsg_type}, 0..0xffff
     * @param flags     the request's own flags, within 16 bits
     * @param operation the message's name for errors
     * @param subject   what it is asked of, or {@code null}
     * @param body      writes the family header and attributes
     * @return the request
     * @throws IllegalArgumentException if the type or flags do not fit 16 bits
     * @throws NullPointerException     if {@code operation} or {@code body} is null
     */
    public static Request of(int type, int flags, String operation, Object subject, RequestBody body) {
        return new Request(type, flags, operation, subject, body);
    }

    /**
     * The operation and its subject, as errors print them.
     *
     * @return e.g. {@code "RTM_NEWLINK veth-blue"}, or just the operation without a subject
     */
    public String describe() {
        return subject == null ? operation : operation + " " + subject;
    }

    /**
     * The bytes {@link NetlinkSocket#execute} sends for this request, with sequence number and
     * port id 0: for comparing with a capture of what iproute2 sends, and for logs.
     *
     * @return the datagram, {@code nlmsghdr} first, with {@code NLM_F_REQUEST | NLM_F_ACK} added
     */
    public byte[] toBytes() {
        try (Arena arena = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(arena, 256);
            w.nextSeq(0);
            w.begin(type, flags | NLM_F_REQUEST | NLM_F_ACK);
            body.write(w);
            return w.finish().toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /** {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }
}
