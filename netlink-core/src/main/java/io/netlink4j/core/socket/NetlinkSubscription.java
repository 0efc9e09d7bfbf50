package io.netlink4j.core.socket;

import static io.netlink4j.core.uapi.Netlink.NETLINK_ADD_MEMBERSHIP;
import static io.netlink4j.core.uapi.Netlink.NETLINK_DROP_MEMBERSHIP;
import static io.netlink4j.core.uapi.Netlink.NLMSG_MIN_TYPE;
import static io.netlink4j.core.uapi.Netlink.SOL_NETLINK;
import static io.netlink4j.core.uapi.SysConst.EFD_CLOEXEC;
import static io.netlink4j.core.uapi.SysConst.EINTR;
import static io.netlink4j.core.uapi.SysConst.POLLIN;
import static io.netlink4j.core.uapi.SysConst.SOL_SOCKET;
import static io.netlink4j.core.uapi.SysConst.SO_RCVBUF;
import static io.netlink4j.core.uapi.SysConst.SO_RCVBUFFORCE;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.SystemCallException;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.sys.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A netlink socket that receives a protocol's notifications: it joins multicast groups
 * ({@code RTNLGRP_LINK}...) and {@link #poll}s for what the kernel sends them.
 *
 * <p>{@link #poll} blocks in slices of 50 ms, so an interrupt ends it promptly with
 * {@link InterruptedException}; {@link #close} from another thread wakes a waiting
 * {@code poll} at once (it returns {@link Status#CLOSED}) and then frees the socket.
 *
 * <p>When the kernel could not queue a notification (the receive queue was full), the next
 * {@code poll} first discards every notification still queued — all of them older than the
 * loss — and returns {@link Status#OVERRUN}. So everything delivered after an overrun was
 * queued after it: a consumer that re-reads the state it tracks on {@code OVERRUN} and then
 * applies later notifications in order converges to the kernel's state.
 */
public final class NetlinkSubscription implements AutoCloseable {
    private static final int SLICE_MILLIS = 50;

    /** What a {@link #poll} saw. */
    public enum Status {
        /** One datagram of notifications went to the callback. */
        MESSAGES,
        /** Nothing came within the timeout. */
        TIMEOUT,
        /** Notifications were lost; those still queued were discarded. Re-read what you track. */
        OVERRUN,
        /** The subscription was closed (before or during the wait). */
        CLOSED
    }

    private final Arena arena = Arena.ofShared();
    private final ReentrantLock lock = new ReentrantLock();
    private final NetlinkProtocol protocol;
    private final int fd;
    private final int wakeFd;
    private final int portId;
    private final MemorySegment state;
    /** errno of the wake-up write, which another thread's close makes while poll runs. */
    private final MemorySegment closeState;
    private final MemorySegment scratch;
    private final MemorySegment buffer;
    private final MemorySegment pollFds;
    private final MessageReader reader;
    private volatile boolean closing;
    private boolean closed;

    private NetlinkSubscription(NetlinkProtocol protocol) {
        this.protocol = protocol;
        this.state = Libc.newCallState(arena);
        this.closeState = Libc.newCallState(arena);
        this.scratch = arena.allocate(64, 8);
        this.fd = Sockets.open(state, arena, protocol);
        int w = Libc.eventfd(state, 0, EFD_CLOEXEC);
        if (w < 0) {
            int e = Libc.errno(state);
            Libc.close(state, fd);
            arena.close();
            throw new SystemCallException(e, "eventfd()", null);
        }
        this.wakeFd = w;
        try {
            this.buffer = arena.allocate(Sockets.RECEIVE_BUFFER, 8);
            this.pollFds = arena.allocate(16, 8);
            this.reader = new MessageReader(buffer, 0);
            setReceiveBufferSizeLocked(Sockets.SOCKET_BUFFER);
            this.portId = Sockets.bindNetlink(state, scratch, fd);
        } catch (RuntimeException e) {
            Libc.close(state, fd);
            Libc.close(state, wakeFd);
            arena.close();
            throw e;
        }
    }

    /**
     * A subscription to {@code groups} of {@code protocol} in the calling thread's namespace.
     * The groups are joined before this returns, so every change after it is seen.
     *
     * @param protocol the netlink protocol, not null
     * @param groups   the multicast groups to join ({@code RTNLGRP_LINK}, {@code NFNLGRP_NFTABLES}...:
     *                 the group numbers, not {@code RTMGRP_*} bit masks); none to join later
     * @return an open subscription; close it
     * @throws IllegalArgumentException if a group is not positive
     * @throws SystemCallException      if {@code socket}, {@code eventfd}, {@code bind} or joining a
     *                                  group fails ({@code EINVAL} for a group the protocol lacks)
     */
    public static NetlinkSubscription open(NetlinkProtocol protocol, int... groups) {
        return join(new NetlinkSubscription(Objects.requireNonNull(protocol, "protocol")), groups);
    }

    /**
     * A subscription to {@code groups} of {@code protocol} inside {@code ns}: the socket is made
     * on a library-owned thread in {@code ns}, so it hears that namespace's notifications only.
     * The groups are joined before this returns, so every change after it is seen.
     *
     * @param protocol the netlink protocol, not null
     * @param ns       the namespace whose notifications to hear, not null
     * @param groups   the multicast groups to join (group numbers); none to join later
     * @return an open subscription; close it
     * @throws IllegalArgumentException if a group is not positive
     * @throws SystemCallException      if {@code socket}, {@code eventfd}, {@code bind},
     *                                  {@code setns} or joining a group fails
     */
    public static NetlinkSubscription open(NetlinkProtocol protocol, NetNs ns, int... groups) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(ns, "ns");
        return join(ns.call(() -> new NetlinkSubscription(protocol)), groups);
    }

    private static NetlinkSubscription join(NetlinkSubscription s, int... groups) {
        try {
            for (int g : groups) {
                s.join(g);
            }
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /**
     * Joins a multicast group ({@code NETLINK_ADD_MEMBERSHIP}); notifications sent to it from now
     * on are queued for {@link #poll}.
     *
     * @param group the group number, e.g. {@code RTNLGRP_IPV4_ROUTE}
     * @throws IllegalArgumentException if {@code group} is not positive
     * @throws IllegalStateException    if the subscription is closed
     * @throws SystemCallException      if the kernel refuses the group
     */
    public void join(int group) {
        membership(NETLINK_ADD_MEMBERSHIP, group, "join");
    }

    /**
     * Leaves a multicast group ({@code NETLINK_DROP_MEMBERSHIP}); notifications already queued
     * stay queued.
     *
     * @param group the group number
     * @throws IllegalArgumentException if {@code group} is not positive
     * @throws IllegalStateException    if the subscription is closed
     * @throws SystemCallException      if the kernel refuses the group
     */
    public void leave(int group) {
        membership(NETLINK_DROP_MEMBERSHIP, group, "leave");
    }

    private void membership(int option, int group, String what) {
        if (group <= 0) {
            throw new IllegalArgumentException("multicast group " + group + " must be positive");
        }
        locked(() -> Libc.check(Sockets.setInt(state, scratch, fd, SOL_NETLINK, option, group), state,
                "setsockopt(netlink, " + what + " group " + group + ")"));
    }

    /**
     * Sets the socket's receive queue ({@code SO_RCVBUFFORCE}, falling back to the capped
     * {@code SO_RCVBUF} without {@code CAP_NET_ADMIN}; the kernel doubles the value). The
     * default is 4 MiB; a small one overflows sooner, which tests use to provoke an overrun.
     *
     * @param bytes the queue size asked for
     * @throws IllegalArgumentException if {@code bytes} is not positive
     * @throws IllegalStateException    if the subscription is closed
     * @throws SystemCallException      if even {@code SO_RCVBUF} is refused
     */
    public void setReceiveBufferSize(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("receive buffer size " + bytes + " must be positive");
        }
        locked(() -> setReceiveBufferSizeLocked(bytes));
    }

    private void setReceiveBufferSizeLocked(int bytes) {
        if (Sockets.setInt(state, scratch, fd, SOL_SOCKET, SO_RCVBUFFORCE, bytes) < 0) {
            Libc.check(Sockets.setInt(state, scratch, fd, SOL_SOCKET, SO_RCVBUF, bytes), state, "setsockopt(SO_RCVBUF)");
        }
    }

    /**
     * Waits up to {@code timeout} for notifications and hands each message of the datagram that
     * came to {@code each} (the view is valid during the call only). Polls from several threads
     * are serialized.
     *
     * @param timeout how long to wait at most; zero or negative to take only what is queued
     * @param each    receives each notification message (not {@code NLMSG_ERROR} or
     *                {@code NLMSG_DONE}) on the calling thread; not null
     * @return what the wait saw: {@link Status#MESSAGES}, {@link Status#TIMEOUT},
     *         {@link Status#OVERRUN} or {@link Status#CLOSED}
     * @throws InterruptedException if the thread is interrupted before or while it waits
     * @throws SystemCallException  if {@code poll} or {@code recvfrom} fails
     * @throws io.netlink4j.core.ProtocolException if the kernel's datagram is malformed
     */
    public Status poll(Duration timeout, Consumer<Message> each) throws InterruptedException {
        Objects.requireNonNull(each, "each");
        long nanos = Math.max(0, saturatedNanos(timeout));
        long deadline = System.nanoTime() + nanos;
        lock.lockInterruptibly();
        try {
            for (;;) {
                if (closing || closed) {
                    return Status.CLOSED;
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException("interrupted while waiting for " + protocol + " notifications");
                }
                long left = deadline - System.nanoTime();
                int slice = (int) Math.max(0, Math.min(SLICE_MILLIS, TimeUnit.NANOSECONDS.toMillis(left + 999_999)));
                int ready = waitReadable(slice);
                if (closing) {
                    return Status.CLOSED;
                }
                if (ready > 0) {
                    int n = Sockets.receiveNow(state, fd, buffer);
                    if (n == -Errno.ENOBUFS.number()) {
                        drain();
                        return Status.OVERRUN;
                    }
                    if (n > 0) {
                        reader.reset(buffer, n);
                        while (reader.next()) {
                            if (reader.message().type() >= NLMSG_MIN_TYPE) {
                                each.accept(reader.message());
                            }
                        }
                        return Status.MESSAGES;
                    }
                }
                if (left <= 0) {
                    return Status.TIMEOUT;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Discards every datagram still queued: all of them predate the overflow just reported. */
    private void drain() {
        int n;
        do {
            n = Sockets.receiveNow(state, fd, buffer);
        } while (n > 0 || n == -Errno.ENOBUFS.number());
    }

    /** poll(2) on the socket and the wake-up descriptor; >0 when the socket is readable. */
    private int waitReadable(int millis) {
        pollFds.set(ValueLayout.JAVA_INT, 0, fd);
        pollFds.set(ValueLayout.JAVA_SHORT, 4, POLLIN);
        pollFds.set(ValueLayout.JAVA_SHORT, 6, (short) 0);
        pollFds.set(ValueLayout.JAVA_INT, 8, wakeFd);
        pollFds.set(ValueLayout.JAVA_SHORT, 12, POLLIN);
        pollFds.set(ValueLayout.JAVA_SHORT, 14, (short) 0);
        int r = Libc.poll(state, pollFds, millis);
        if (r < 0) {
            int e = Libc.errno(state);
            if (e == EINTR) {
                return 0;
            }
            throw new SystemCallException(e, "poll(netlink)", null);
        }
        return r > 0 && (pollFds.get(ValueLayout.JAVA_SHORT, 6) != 0) ? 1 : 0;
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return d.isNegative() ? 0 : Long.MAX_VALUE / 2;
        }
    }

    private void locked(Runnable action) {
        lock.lock();
        try {
            if (closed || closing) {
                throw new IllegalStateException("netlink subscription is closed");
            }
            action.run();
        } finally {
            lock.unlock();
        }
    }

    /** The port id the kernel assigned, for tests in this package that play the kernel. */
    int portId() {
        return portId;
    }

    /** The descriptor, for tests in this package that send from it. */
    int fd() {
        return fd;
    }

    /**
     * Whether {@link #close} was called, also while it is still freeing the socket.
     *
     * @return {@code true} once closing has begun
     */
    public boolean isClosed() {
        return closing || closed;
    }

    /**
     * Closes the subscription; idempotent. A {@link #poll} waiting in another thread returns
     * {@link Status#CLOSED} at once, and the socket is freed once it has.
     */
    @Override
    public void close() {
        if (!closing) {
            closing = true;
            MemorySegment one = scratch.asSlice(48, 8);
            one.set(ValueLayout.JAVA_LONG, 0, 1L);
            synchronized (this) {
                if (!closed) {
                    Libc.write(closeState, wakeFd, one);
                }
            }
        }
        lock.lock();
        try {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            Libc.close(state, fd);
            Libc.close(state, wakeFd);
            arena.close();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "NetlinkSubscription[" + protocol + "]";
    }
}
