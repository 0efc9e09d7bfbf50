package io.netlink4j.route;

/**
 * A notification this library does not parse into a record (yet): its message type
 * ({@code RTM_NEWADDR}...), the address family of its header, and a copy of its payload (family
 * header and attributes, without the {@code nlmsghdr}).
 */
public record RawEvent(int messageType, int family, byte[] payload) implements RtnetlinkEvent {
    /** {@code "RTM_NEWADDR"} and so on. */
    public String typeName() {
        return EventDecoder.typeName(messageType);
    }

    @Override
    public String toString() {
        return "RawEvent[" + typeName() + ", family=" + family + ", " + payload.length + " bytes]";
    }
}
