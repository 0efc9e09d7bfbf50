package io.netlink4j.route;

import io.netlink4j.route.link.Links;

/**
 * The kernel dropped notifications because the subscriber's receive buffer was full
 * ({@code ENOBUFS} from {@code recvmsg}): you missed events, re-read the state you track
 * ({@link Links#list} and friends). The stream keeps working after it.
 */
public record Overrun() implements RtnetlinkEvent {
    /** The one instance. */
    public static final Overrun INSTANCE = new Overrun();

    /** What happened, in a line. */
    @Override
    public String toString() {
        return "Overrun: notifications were lost; re-read the state you track";
    }
}
