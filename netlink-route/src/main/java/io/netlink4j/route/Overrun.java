package io.netlink4j.route;

/**
 * The kernel dropped notifications because the subscriber's receive buffer was full
 * ({@code ENOBUFS} from {@code recvmsg}): you missed events, re-read the state you track
 * ({@link Links#list} and friends). The stream keeps working after it.
 */
public record Overrun() implements RouteEvent {
    /** The one instance. */
    public static final Overrun INSTANCE = new Overrun();
}
