/**
 * The netlink message codec: what every family's codec is written with.
 *
 * <p>Writing: a {@link io.netlink4j.core.message.MessageWriter} appends {@code nlmsghdr}, the
 * family header and 4-byte-aligned attributes to one reused native buffer, nesting by offset
 * ({@code beginNested}/{@code endNested}); several messages in a row go out in one
 * {@code sendto}.
 *
 * <p>Reading: a {@link io.netlink4j.core.message.MessageReader} walks a received datagram and
 * points one {@link io.netlink4j.core.message.Message} view at each message;
 * {@link io.netlink4j.core.message.Attributes} is a cursor over attributes and
 * {@link io.netlink4j.core.message.Payload} a view of a C struct. Every read is bounds-checked:
 * malformed input raises {@link io.netlink4j.core.ProtocolException}, never an out-of-bounds error
 * or a wrong value. Views are valid only until the socket receives again, so a parser copies
 * what it keeps; an attribute a record does not model is kept as a
 * {@link io.netlink4j.core.message.RawAttribute}. {@link io.netlink4j.core.message.Ack} decodes
 * errors and the extended ACK.
 *
 * <pre>{@code
 * Attributes a = msg.attributes(IFINFOMSG_LEN);
 * while (a.next()) {
 *     switch (a.type()) {
 *         case IFLA_IFNAME -> name = a.string();
 *         case IFLA_MTU -> mtu = a.u32();
 *         default -> unknown.add(a.raw());
 *     }
 * }
 * }</pre>
 */
package io.netlink4j.core.message;
