package io.netlink4j.route;

/**
 * A notification this library does not parse into a record (yet): its message type
 * ({@code RTM_NEWADDR}...), the address family of its header, and a copy of its payload (family
 * header and attributes, without the {@code nlmsghdr}). Raw by definition, so the numbers stay
 * the kernel's: any {@code RTM_*} type, any {@code AF_*} family.
 *
 * @param messageType {@code nlmsg_type}, e.g. {@code RTM_NEWACTION} (48)
 * @param family      the first byte of the family header ({@code AF_*}), 0 for an empty payload
 * @param payload     a copy of the message after its {@code nlmsghdr}
 */
public record RawEvent(int messageType, int family, byte[] payload) implements RtnetlinkEvent {
    /**
     * {@code "RTM_NEWADDR"} and so on.
     *
     * @return the {@code RTM_*} name, or the number for a type without one here
     */
    public String typeName() {
        return EventDecoder.typeName(messageType);
    }

    /** {@code RawEvent[RTM_NEWACTION, family=0, 44 bytes]}. */
    @Override
    public String toString() {
        return "RawEvent[" + typeName() + ", family=" + family + ", " + payload.length + " bytes]";
    }
}
