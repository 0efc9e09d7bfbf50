package io.netlink4j.core;

import static io.netlink4j.core.message.Netlink.*;
import static io.netlink4j.core.sys.SysConst.*;

import io.netlink4j.core.message.Ack;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.sys.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A netlink socket of any protocol (route, netfilter, generic), bound to a kernel-assigned port,
 * with {@code NETLINK_EXT_ACK}, {@code NETLINK_CAP_ACK} and {@code NETLINK_GET_STRICT_CHK} on.
 *
 * <p>The socket belongs to the network namespace its creating thread was in when it was
 * created; {@link #open(int, NetNs)} creates it inside another namespace without moving the
 * caller's thread. It owns one send and one receive buffer, allocated once and reused by every
 * request. Every request carries {@code NLM_F_ACK} and a fresh sequence number; replies are
 * matched by sequence number and port id, and stale ones are dropped.
 *
 * <p>Thread-safe: requests are serialized by an internal lock. Blocking calls are short (the
 * kernel answers synchronously), but they pin a virtual thread's carrier for their duration.
 */
public final class NetlinkSocket implements AutoCloseable {
    private static final int RECEIVE_BUFFER = 64 * 1024;
    private static final int SOCKET_BUFFER = 4 * 1024 * 1024;
    /** Requests per {@code sendto} when pipelining: ACKs of a chunk must fit the receive queue. */
    private static final int PIPELINE_CHUNK = 64;
    private static final int PIPELINE_BYTES = 48 * 1024;
    private static final int DUMP_RETRIES = 8;
    /** Longest single wait in {@link #receive(int)}, so that {@link #close} is noticed promptly. */
    private static final int POLL_SLICE_MILLIS = 100;

    private final Arena arena = Arena.ofShared();
    private final ReentrantLock lock = new ReentrantLock();
    private final int protocol;
    private final int fd;
    private final int portId;
    private final MemorySegment state;
    private final MemorySegment scratch;
    private final MemorySegment receiveBuffer;
    private final MessageWriter writer;
    private final MessageReader reader;
    private boolean closed;
    /** Set by {@link #close} before it waits for the lock, to cut a {@link #receive(int)} wait short. */
    private volatile boolean closing;

    private NetlinkSocket(int protocol) {
        this.protocol = protocol;
        this.state = Libc.newCallState(arena);
        this.scratch = arena.allocate(64, 8);
        int s = Libc.socket(state, AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, protocol);
        if (s < 0) {
            int errno = Libc.errno(state);
            arena.close();
            throw new NetlinkException(errno, "socket(AF_NETLINK, " + protocolName(protocol) + ")", null, -1);
        }
        this.fd = s;
        try {
            this.receiveBuffer = arena.allocate(RECEIVE_BUFFER, 8);
            this.writer = new MessageWriter(arena, 16 * 1024);
            this.reader = new MessageReader(receiveBuffer, 0);
            bufferSize(SO_SNDBUFFORCE, SO_SNDBUF, SOCKET_BUFFER);
            bufferSize(SO_RCVBUFFORCE, SO_RCVBUF, SOCKET_BUFFER);
            setOption(SOL_NETLINK, NETLINK_EXT_ACK, 1);
            setOption(SOL_NETLINK, NETLINK_CAP_ACK, 1);
            if (protocol == NETLINK_ROUTE) {
                setOption(SOL_NETLINK, NETLINK_GET_STRICT_CHK, 1);
            }
            MemorySegment addr = scratch.asSlice(0, 12).fill((byte) 0);
            addr.set(ValueLayout.JAVA_SHORT, 0, (short) AF_NETLINK);
            Libc.check(Libc.bind(state, fd, addr, 12), state, "bind(netlink)");
            MemorySegment len = scratch.asSlice(16, 4);
            len.set(ValueLayout.JAVA_INT, 0, 12);
            Libc.check(Libc.getsockname(state, fd, addr, len), state, "getsockname(netlink)");
            this.portId = addr.get(ValueLayout.JAVA_INT, 4);
        } catch (RuntimeException e) {
            Libc.close(state, fd);
            arena.close();
            throw e;
        }
    }

    /** A socket of {@code protocol} ({@code NETLINK_ROUTE}...) in the calling thread's namespace. */
    public static NetlinkSocket open(int protocol) {
        return new NetlinkSocket(protocol);
    }

    /**
     * A socket of {@code protocol} inside {@code ns}. The socket is created on a library-owned
     * platform thread that entered {@code ns}; the caller's thread never changes namespace.
     */
    public static NetlinkSocket open(int protocol, NetNs ns) {
        return ns.call(() -> new NetlinkSocket(protocol));
    }

    /** The netlink protocol. */
    public int protocol() {
        return protocol;
    }

    /** The port id the kernel assigned. */
    public int portId() {
        return portId;
    }

    /** The file descriptor (valid until {@link #close}). */
    public int fd() {
        return fd;
    }

    /** {@code setsockopt(fd, level, name, &value, 4)}. */
    public void setOption(int level, int name, int value) {
        lock.lock();
        try {
            ensureOpen();
            MemorySegment v = scratch.asSlice(32, 4);
            v.set(ValueLayout.JAVA_INT, 0, value);
            Libc.check(Libc.setsockopt(state, fd, level, name, v, 4), state,
                    "setsockopt(" + level + ", " + name + ", " + value + ")");
        } finally {
            lock.unlock();
        }
    }

    /** Joins a multicast group ({@code RTNLGRP_LINK}...) to receive its notifications. */
    public void joinGroup(int group) {
        setOption(SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, group);
    }

    /** Leaves a multicast group. */
    public void leaveGroup(int group) {
        setOption(SOL_NETLINK, NETLINK_DROP_MEMBERSHIP, group);
    }

    private void bufferSize(int forced, int plain, int bytes) {
        MemorySegment v = scratch.asSlice(32, 4);
        v.set(ValueLayout.JAVA_INT, 0, bytes);
        // The FORCE variant needs CAP_NET_ADMIN and ignores net.core.rmem_max; fall back without it.
        if (Libc.setsockopt(state, fd, SOL_SOCKET, forced, v, 4) < 0) {
            Libc.setsockopt(state, fd, SOL_SOCKET, plain, v, 4);
        }
    }

    // ---- requests ---------------------------------------------------------------------------

    /**
     * Sends one request and waits for its ACK.
     *
     * @param type      message type, e.g. {@code RTM_NEWLINK}
     * @param flags     {@code NLM_F_CREATE | NLM_F_EXCL}...; {@code NLM_F_REQUEST | NLM_F_ACK} are added
     * @param operation what is asked, for errors ({@code "RTM_NEWLINK"})
     * @param subject   what it is asked of ({@code "veth-blue"}), or {@code null}; formatted only on error
     * @throws NetlinkException the kernel's answer, with extended ACK, if it is an error
     */
    public void execute(int type, int flags, String operation, Object subject, RequestBody body) {
        query(type, flags, operation, subject, body, null);
    }

    /**
     * Sends one request, returns the first reply the parser accepts (or {@code null}), and
     * consumes the ACK that follows.
     */
    public <T> T query(int type, int flags, String operation, Object subject, RequestBody body,
                       MessageParser<T> parser) {
        return exchange(type, flags | NLM_F_ACK, operation, subject, body, parser);
    }

    /**
     * Sends a get request ({@code RTM_GETLINK} by name, say) without {@code NLM_F_ACK} and returns
     * the parsed reply. The kernel answers a get with the object alone, or with an error, so this
     * reads one datagram where {@link #query} reads two (the reply and then the ACK).
     */
    public <T> T get(int type, int flags, String operation, Object subject, RequestBody body,
                     MessageParser<T> parser) {
        return exchange(type, flags, operation, subject, body, parser);
    }

    private <T> T exchange(int type, int flags, String operation, Object subject, RequestBody body,
                           MessageParser<T> parser) {
        boolean acked = (flags & NLM_F_ACK) != 0;
        lock.lock();
        try {
            ensureOpen();
            MessageWriter w = writer();
            int s = w.begin(type, flags | NLM_F_REQUEST);
            body.write(w);
            send(w.finish());
            T result = null;
            for (;;) {
                int n = receive();
                reader.reset(receiveBuffer, n);
                while (reader.next()) {
                    Message m = reader.message();
                    if (m.seq() != s || m.portId() != portId) {
                        continue;
                    }
                    if (m.type() == NLMSG_ERROR) {
                        if (Ack.error(m) != 0) {
                            throw Ack.toException(m, describe(operation, subject));
                        }
                        return result;
                    }
                    if (m.type() >= NLMSG_MIN_TYPE) {
                        if (!acked) {
                            return parser == null ? null : parser.parse(m);
                        }
                        if (parser != null && result == null) {
                            result = parser.parse(m);
                        }
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs a dump ({@code NLM_F_DUMP}) and collects what the parser returns for each message,
     * skipping {@code null}s. A dump the kernel marks {@code NLM_F_DUMP_INTR} (the table changed
     * while it was read) is restarted, up to 8 times, then reported as {@code EINTR}. If the
     * parser throws, the rest of the dump is read and dropped (a socket with an unfinished dump
     * answers the next dump request with {@code EBUSY}) and the parser's exception is rethrown.
     */
    public <T> List<T> dump(int type, String operation, RequestBody body, MessageParser<T> parser) {
        List<T> out = new ArrayList<>();
        dump(type, operation, body, m -> {
            T t = parser.parse(m);
            if (t != null) {
                out.add(t);
            }
        }, out::clear);
        return out;
    }

    /**
     * Streams a dump's messages to {@code each}; {@code restart} runs before a retried dump (the
     * messages of an interrupted attempt that {@code each} already saw must be forgotten).
     */
    public void dump(int type, String operation, RequestBody body, Consumer<Message> each, Runnable restart) {
        lock.lock();
        try {
            ensureOpen();
            for (int attempt = 0; ; attempt++) {
                if (!dumpOnce(type, operation, body, each)) {
                    return;
                }
                if (attempt + 1 >= DUMP_RETRIES) {
                    throw new NetlinkException(Errno.EINTR, operation + " dump",
                            "interrupted by concurrent changes " + DUMP_RETRIES + " times");
                }
                restart.run();
            }
        } finally {
            lock.unlock();
        }
    }

    /** @return whether the dump was interrupted and must be redone */
    private boolean dumpOnce(int type, String operation, RequestBody body, Consumer<Message> each) {
        MessageWriter w = writer();
        int s = w.begin(type, NLM_F_REQUEST | NLM_F_DUMP);
        body.write(w);
        send(w.finish());
        boolean interrupted = false;
        RuntimeException failure = null;
        for (;;) {
            int n = receive();
            reader.reset(receiveBuffer, n);
            while (reader.next()) {
                Message m = reader.message();
                if (m.seq() != s || m.portId() != portId) {
                    continue;
                }
                interrupted |= (m.flags() & NLM_F_DUMP_INTR) != 0;
                if (m.type() == NLMSG_DONE || m.type() == NLMSG_ERROR) {
                    // A dump ends with NLMSG_DONE (its payload, when present, is 0 or -errno); a
                    // request the kernel rejects outright gets an NLMSG_ERROR instead.
                    boolean failed = m.type() == NLMSG_ERROR ? Ack.error(m) != 0
                            : m.payloadLength() >= 4 && m.u32(0) < 0;
                    if (failed) {
                        throw Ack.toException(m, operation + " dump");
                    }
                    if (failure != null) {
                        throw failure;
                    }
                    return interrupted;
                }
                if (m.type() >= NLMSG_MIN_TYPE && !interrupted && failure == null) {
                    try {
                        each.accept(m);
                    } catch (RuntimeException e) {
                        failure = e;
                    }
                }
            }
        }
    }

    /**
     * Pipelines one request per item: up to 64 requests go out in each {@code sendto}, then
     * their ACKs are collected. {@code write} must begin exactly one message per item with
     * {@link MessageWriter#begin} ({@code NLM_F_REQUEST | NLM_F_ACK} are added); {@code describe}
     * names an item for its error and is called only for failures.
     *
     * @return each item's own outcome; the kernel keeps processing after a failed request
     */
    public <T> BatchResult executeAll(List<T> items, BiConsumer<? super T, MessageWriter> write,
                                      Function<? super T, String> describe) {
        BatchResult result = new BatchResult(items.size());
        lock.lock();
        try {
            ensureOpen();
            int i = 0;
            while (i < items.size()) {
                MessageWriter w = writer();
                int firstSeq = w.nextSeq();
                int first = i;
                while (i < items.size() && i - first < PIPELINE_CHUNK && w.size() < PIPELINE_BYTES) {
                    int before = w.messageCount();
                    write.accept(items.get(i), w);
                    if (w.messageCount() != before + 1) {
                        throw new IllegalStateException("executeAll: item " + i + " wrote "
                                + (w.messageCount() - before) + " messages, expected 1");
                    }
                    int flagsAt = w.messageStart() + 6;
                    w.setU16(flagsAt, w.getU16(flagsAt) | NLM_F_REQUEST | NLM_F_ACK);
                    i++;
                }
                send(w.finish());
                collectAcks(firstSeq, i - first, (k, m) -> result.fail(first + k,
                        Ack.toException(m, describe.apply(items.get(first + k)))));
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** Receives until the ACKs of {@code count} requests from {@code firstSeq} on have arrived. */
    private void collectAcks(int firstSeq, int count, BiConsumer<Integer, Message> onError) {
        int pending = count;
        boolean[] seen = new boolean[count];
        while (pending > 0) {
            int n = receive();
            reader.reset(receiveBuffer, n);
            while (reader.next()) {
                Message m = reader.message();
                int k = m.seq() - firstSeq;
                if (m.type() != NLMSG_ERROR || m.portId() != portId || k < 0 || k >= count || seen[k]) {
                    continue;
                }
                seen[k] = true;
                pending--;
                if (Ack.error(m) != 0) {
                    onError.accept(k, m);
                }
            }
        }
    }

    // ---- low level: for protocols with their own framing (nfnetlink batches) and for events --

    /**
     * Runs {@code action} with the socket's lock held, for exchanges the methods above do not
     * cover: write with {@link #writer()}, send with {@link #send}, read with {@link #receive}.
     */
    public <T> T exclusive(Function<NetlinkSocket, T> action) {
        lock.lock();
        try {
            ensureOpen();
            return action.apply(this);
        } finally {
            lock.unlock();
        }
    }

    /** The send buffer's writer, emptied; it keeps numbering messages where it left off. */
    public MessageWriter writer() {
        requireLock();
        return writer.reset();
    }

    /** Sends the bytes in one {@code sendto} to the kernel. */
    public void send(MemorySegment bytes) {
        requireLock();
        for (;;) {
            long n = Libc.sendto(state, fd, bytes, bytes.byteSize(), 0, MemorySegment.NULL, 0);
            if (n >= 0) {
                return;
            }
            int e = Libc.errno(state);
            if (e != EINTR) {
                throw new NetlinkException(e, "sendto(netlink, " + bytes.byteSize() + " bytes)", null, -1);
            }
        }
    }

    /** Blocks for one datagram and returns its length; the data is read with {@link #messages}. */
    public int receive() {
        requireLock();
        for (;;) {
            long n = Libc.recvfrom(state, fd, receiveBuffer, receiveBuffer.byteSize(), MSG_TRUNC,
                    MemorySegment.NULL, MemorySegment.NULL);
            if (n >= 0) {
                if (n > receiveBuffer.byteSize()) {
                    throw new ProtocolException("datagram of " + n + " bytes exceeds the "
                            + receiveBuffer.byteSize() + "-byte receive buffer");
                }
                return (int) n;
            }
            int e = Libc.errno(state);
            if (e != EINTR) {
                throw new NetlinkException(e, "recvfrom(netlink)", e == Errno.ENOBUFS.number()
                        ? "receive queue overflowed, messages were lost" : null, -1);
            }
        }
    }

    /**
     * Waits up to {@code timeoutMillis} ({@code -1}: forever) for a datagram; returns its length,
     * or 0 on timeout.
     *
     * @throws IllegalStateException if another thread closes the socket meanwhile (the wait
     *                               notices within a tenth of a second)
     */
    public int receive(int timeoutMillis) {
        requireLock();
        MemorySegment pfd = scratch.asSlice(40, 8);
        pfd.set(ValueLayout.JAVA_INT, 0, fd);
        pfd.set(ValueLayout.JAVA_SHORT, 4, POLLIN);
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutMillis * 1_000_000L;
        for (;;) {
            if (closing) {
                throw new IllegalStateException("netlink socket " + portId + " was closed while waiting");
            }
            long left = timeoutMillis < 0 ? POLL_SLICE_MILLIS
                    : Math.max(0, (deadline - System.nanoTime() + 999_999) / 1_000_000);
            pfd.set(ValueLayout.JAVA_SHORT, 6, (short) 0);
            int r = Libc.poll(state, pfd, 1, (int) Math.min(left, POLL_SLICE_MILLIS));
            if (r > 0) {
                return receive();
            }
            if (r < 0 && Libc.errno(state) != EINTR) {
                Libc.check(r, state, "poll(netlink)");
            }
            if (r == 0 && left <= POLL_SLICE_MILLIS && timeoutMillis >= 0) {
                return 0;
            }
        }
    }

    /** A reader over the last received datagram of {@code length} bytes. */
    public MessageReader messages(int length) {
        requireLock();
        return reader.reset(receiveBuffer, length);
    }

    /** This socket's description of a request, as errors print it. */
    public static String describe(String operation, Object subject) {
        return subject == null ? operation : operation + " " + subject;
    }

    private void requireLock() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("use the socket's low-level calls inside exclusive()");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("netlink socket " + portId + " is closed");
        }
    }

    /**
     * Closes the socket and frees its buffers; idempotent. Waits for a request in progress to
     * finish; a thread waiting in {@link #receive(int)} is woken with an exception.
     */
    @Override
    public void close() {
        closing = true;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            Libc.close(state, fd);
            arena.close();
        } finally {
            lock.unlock();
        }
    }

    private static String protocolName(int protocol) {
        return switch (protocol) {
            case NETLINK_ROUTE -> "NETLINK_ROUTE";
            case NETLINK_NETFILTER -> "NETLINK_NETFILTER";
            case NETLINK_GENERIC -> "NETLINK_GENERIC";
            default -> Integer.toString(protocol);
        };
    }
}
