package io.netlink4j.route.internal;

import static io.netlink4j.core.uapi.SysConst.*;

import io.netlink4j.core.SystemCallException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.sys.Libc;
import io.netlink4j.core.sys.Sys;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;

/**
 * A raw ICMP ({@code AF_INET}) or ICMPv6 ({@code AF_INET6}) socket over FFM. The descriptor is
 * made inside the namespace it is for (on the namespace's short-lived thread); everything else —
 * sending, waiting, reading — happens on the thread that opened it, which owns its buffers. Raw,
 * not the unprivileged {@code SOCK_DGRAM} ping socket: that one needs
 * {@code net.ipv4.ping_group_range}, whose default in a fresh namespace ({@code 1 0}) admits no
 * group, not even root's. A raw socket sees every ICMP message of the namespace, so callers filter
 * replies themselves.
 *
 * <p>IPv4 reads return the IP header in front of the ICMP message; IPv6 reads return the ICMPv6
 * message alone, and the kernel fills in the ICMPv6 checksum on send (RFC 3542 section 3.1).
 */
public final class IcmpSocket implements AutoCloseable {
    private static final int RECEIVE = 64 * 1024;
    private static final int SOCKADDR_IN = 16;
    private static final int SOCKADDR_IN6 = 28;
    private static final ValueLayout.OfShort BE_SHORT =
            ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

    private final Arena arena = Arena.ofConfined();
    private final boolean v6;
    private final int fd;
    private final MemorySegment state;
    private final MemorySegment sendBuffer;
    private final MemorySegment receiveBuffer;
    private final MemorySegment peer;
    private final MemorySegment from;
    private final MemorySegment fromLength;
    private final MemorySegment pollfd;
    private boolean closed;

    private IcmpSocket(boolean v6, int fd) {
        this.v6 = v6;
        this.fd = fd;
        this.state = Libc.newCallState(arena);
        this.sendBuffer = arena.allocate(2048, 8);
        this.receiveBuffer = arena.allocate(RECEIVE, 8);
        this.peer = arena.allocate(SOCKADDR_IN6, 8);
        this.from = arena.allocate(SOCKADDR_IN6, 8);
        this.fromLength = arena.allocate(ValueLayout.JAVA_INT);
        this.pollfd = arena.allocate(8, 4);
    }

    /**
     * A raw ICMP socket (ICMPv6 when {@code v6}) in {@code ns}: the descriptor is made inside,
     * the socket is used from the calling thread, which owns it.
     *
     * @throws SystemCallException naming the call, e.g. {@code EPERM} without {@code CAP_NET_RAW}
     */
    public static IcmpSocket open(boolean v6, NetNs ns) {
        int fd = ns.call(() -> {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment st = Libc.newCallState(a);
                int s = Libc.socket(st, v6 ? AF_INET6 : AF_INET, SOCK_RAW | SOCK_CLOEXEC | SOCK_NONBLOCK,
                        v6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP);
                if (s < 0) {
                    throw new SystemCallException(Libc.errno(st), v6 ? "socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6)"
                            : "socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)", null);
                }
                return s;
            }
        });
        try {
            return new IcmpSocket(v6, fd);
        } catch (RuntimeException | Error e) {
            Sys.close(fd);
            throw e;
        }
    }

    /** Sets where {@link #send} goes: {@code sockaddr_in} or {@code sockaddr_in6} with the scope id. */
    public void target(InetAddress address, int scopeId) {
        peer.fill((byte) 0);
        byte[] a = address.getAddress();
        if (v6) {
            peer.set(ValueLayout.JAVA_SHORT, 0, (short) AF_INET6);
            MemorySegment.copy(MemorySegment.ofArray(a), 0, peer, 8, 16);
            peer.set(ValueLayout.JAVA_INT, 24, scopeId);
        } else {
            peer.set(ValueLayout.JAVA_SHORT, 0, (short) AF_INET);
            MemorySegment.copy(MemorySegment.ofArray(a), 0, peer, 4, 4);
        }
    }

    /** The buffer {@link #send} sends from; write the message at offset 0. */
    public MemorySegment sendBuffer() {
        return sendBuffer;
    }

    /**
     * Sends the first {@code length} bytes of the send buffer to the target.
     *
     * @return 0, or the errno ({@code ENETUNREACH} when there is no route: a lost probe, not a bug)
     */
    public int send(int length) {
        while (true) {
            long n = Libc.sendto(state, fd, sendBuffer.asSlice(0, length), 0, peer.asSlice(0, v6 ? SOCKADDR_IN6 : SOCKADDR_IN));
            if (n >= 0) {
                return 0;
            }
            int e = Libc.errno(state);
            if (e != EINTR) {
                return e;
            }
        }
    }

    /** Waits up to {@code millis} for something to read; {@code false} on timeout. */
    public boolean await(int millis) {
        pollfd.set(ValueLayout.JAVA_INT, 0, fd);
        pollfd.set(ValueLayout.JAVA_SHORT, 4, POLLIN);
        pollfd.set(ValueLayout.JAVA_SHORT, 6, (short) 0);
        int r = Libc.poll(state, pollfd, millis);
        if (r < 0) {
            if (Libc.errno(state) == EINTR) {
                return false;
            }
            Libc.check(r, state, "poll(icmp)");
        }
        return r > 0;
    }

    /**
     * Reads one message without blocking.
     *
     * @return its length (capped at the buffer), or -1 when there is none
     */
    public int receive() {
        long n = Libc.recvfrom(state, fd, receiveBuffer, MSG_DONTWAIT, from, fromLength);
        if (n < 0) {
            int e = Libc.errno(state);
            if (e == EAGAIN || e == EINTR) {
                return -1;
            }
            Libc.check(n, state, "recvfrom(icmp)");
        }
        return (int) Math.min(n, RECEIVE);
    }

    /** The last message read. */
    public MemorySegment received() {
        return receiveBuffer;
    }

    /** Whether the last message came from {@code address}. */
    public boolean receivedFrom(byte[] address) {
        int off = v6 ? 8 : 4;
        if (from.get(ValueLayout.JAVA_SHORT, 0) != (short) (v6 ? AF_INET6 : AF_INET)) {
            return false;
        }
        return MemorySegment.mismatch(from, off, off + address.length,
                MemorySegment.ofArray(address), 0, address.length) < 0;
    }

    /** The sender of the last message. */
    public InetAddress receivedSource() {
        int off = v6 ? 8 : 4;
        byte[] a = from.asSlice(off, v6 ? 16 : 4).toArray(ValueLayout.JAVA_BYTE);
        try {
            return InetAddress.getByAddress(a);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A big-endian 16-bit field of a message. */
    public static int u16(MemorySegment m, long offset) {
        return Short.toUnsignedInt(m.get(BE_SHORT, offset));
    }

    /** Writes a big-endian 16-bit field. */
    public static void putU16(MemorySegment m, long offset, int value) {
        m.set(BE_SHORT, offset, (short) value);
    }

    /** Closes the descriptor and frees the buffers; idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Libc.close(state, fd);
            arena.close();
        }
    }
}
