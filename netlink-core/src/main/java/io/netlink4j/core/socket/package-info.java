/**
 * Netlink sockets: requests and their answers, and notifications.
 *
 * <p>A {@link io.netlink4j.core.socket.Request} describes itself — message type, flags, the body
 * that writes the family header and attributes, and the words its errors start with. A
 * {@link io.netlink4j.core.socket.NetlinkSocket} has one primitive for each way of talking to the
 * kernel: {@code execute} (one request and its ACK), {@code get} (one object),
 * {@code executeAll} (many, pipelined, with a {@link io.netlink4j.core.socket.BatchResult} of one
 * outcome per request), {@code dump} (collected, or streamed to a callback so the heap stays
 * flat) and {@code transaction} (nfnetlink's framed batch). Replies are parsed by a
 * {@link io.netlink4j.core.socket.MessageParser} while the receive buffer holds them.
 *
 * <pre>{@code
 * // ip link set dev lo up, inside ns: RTM_NEWLINK (16) with a struct ifinfomsg of 16 bytes
 * try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
 *     s.execute(Request.of(16, 0, "RTM_NEWLINK", "lo", w -> {
 *         int at = w.reserve(16);
 *         w.setU32(at + 4, 1);    // ifi_index: lo
 *         w.setU32(at + 8, 1);    // ifi_flags: IFF_UP
 *         w.setU32(at + 12, 1);   // ifi_change: IFF_UP
 *     }));
 * }   // a failure reads "RTM_NEWLINK lo: Operation not permitted (EPERM)"
 * }</pre>
 *
 * <p>A {@link io.netlink4j.core.socket.NetlinkSubscription} joins multicast groups and polls for
 * notifications; it reports lost ones ({@code OVERRUN}) so that a consumer can re-read and
 * converge. Every exchange is a Java Flight Recorder event ({@code io.netlink4j.Request}) and,
 * with {@code System.Logger} at debug level, a log line.
 *
 * <p>Families use these through their facades ({@code Rtnetlink}, {@code Nftables}); an
 * application needs this package only for a family the library does not model.
 */
package io.netlink4j.core.socket;
