package io.netlink4j.core.socket;

import static io.netlink4j.core.uapi.Netlink.*;
import static io.netlink4j.core.uapi.SysConst.*;

import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.SystemCallException;
import io.netlink4j.core.message.Ack;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.sys.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A netlink socket for requests: one request and its ACK ({@link #execute}), a get answered by
 * one object ({@link #get}), many requests pipelined ({@link #executeAll}), a dump
 * ({@link #dump}), and a transaction framed by begin and end messages ({@link #transaction}).
 * Every request is a {@link Request} that names itself, so every error names it too.
 *
 * <p>The socket is bound to a kernel-assigned port with {@code NETLINK_EXT_ACK},
 * {@code NETLINK_CAP_ACK} and (for {@code NETLINK_ROUTE}) {@code NETLINK_GET_STRICT_CHK} on. It
 * belongs to the network namespace its creating thread was in; {@link #open(NetlinkProtocol, NetNs)}
 * creates it inside another namespace without moving the caller's thread. It owns one send and
 * one receive buffer, allocated once and reused by every request. Replies are matched by
 * sequence number and port id; stale ones are dropped.
 *
 * <p>Thread-safe: requests are serialized. A blocking call pins a virtual thread's carrier while
 * the kernel answers (microseconds to milliseconds). {@link #close} waits for a request in
 * progress. A request issued from inside a {@link #dump} callback on the same socket is refused
 * with {@link IllegalStateException}: it would read the dump's replies as its own.
 */
public final class NetlinkSocket implements AutoCloseable {
    /** Requests per {@code sendto} when pipelining: their ACKs must fit the receive queue. */
    private static final int PIPELINE_CHUNK = 64;
    private static final int PIPELINE_BYTES = 48 * 1024;
    private static final int DUMP_RETRIES = 8;

    private final Arena arena = Arena.ofShared();
    private final ReentrantLock lock = new ReentrantLock();
    private final NetlinkProtocol protocol;
    private final int fd;
    private final int portId;
    private final MemorySegment state;
    private final MemorySegment scratch;
    private final MemorySegment receiveBuffer;
    private final MessageWriter writer;
    private final MessageReader reader;
    private final String namespaceLabel;
    private boolean closed;
    private boolean inCallback;

    private NetlinkSocket(NetlinkProtocol protocol, String namespaceLabel) {
        this.protocol = protocol;
        this.namespaceLabel = namespaceLabel;
        this.state = Libc.newCallState(arena);
        this.scratch = arena.allocate(64, 8);
        this.fd = Sockets.open(state, arena, protocol);
        try {
            this.receiveBuffer = arena.allocate(Sockets.RECEIVE_BUFFER, 8);
            this.writer = new MessageWriter(arena, 16 * 1024);
            this.reader = new MessageReader(receiveBuffer, 0);
            bufferSize(SO_SNDBUFFORCE, SO_SNDBUF, Sockets.SOCKET_BUFFER);
            bufferSize(SO_RCVBUFFORCE, SO_RCVBUF, Sockets.SOCKET_BUFFER);
            setOption(SOL_NETLINK, NETLINK_EXT_ACK, 1);
            setOption(SOL_NETLINK, NETLINK_CAP_ACK, 1);
            if (protocol == NetlinkProtocol.ROUTE) {
                setOption(SOL_NETLINK, NETLINK_GET_STRICT_CHK, 1);
            }
            this.portId = Sockets.bindNetlink(state, scratch, fd);
        } catch (RuntimeException e) {
            Libc.close(state, fd);
            arena.close();
            throw e;
        }
    }

    /**
     * A socket of {@code protocol} in the calling thread's namespace.
     *
     * @param protocol the netlink protocol, not null
     * @return an open socket, bound to a port the kernel assigned; close it
     * @throws SystemCallException if {@code socket}, {@code setsockopt} or {@code bind} fails
     *                             ({@code EPROTONOSUPPORT} when the kernel lacks the protocol)
     */
    public static NetlinkSocket open(NetlinkProtocol protocol) {
        return new NetlinkSocket(Objects.requireNonNull(protocol, "protocol"), "current");
    }

    /**
     * A socket of {@code protocol} inside {@code ns}, created on a library-owned platform thread
     * that entered {@code ns}; the caller's thread never changes namespace.
     *
     * @param protocol the netlink protocol, not null
     * @param ns       the namespace the socket belongs to for its whole life, not null
     * @return an open socket, bound to a port the kernel assigned; close it
     * @throws SystemCallException if {@code socket}, {@code setsockopt}, {@code bind} or
     *                             {@code setns} fails
     */
    public static NetlinkSocket open(NetlinkProtocol protocol, NetNs ns) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(ns, "ns");
        String label = ns.name() != null ? ns.name() : ns.toString();
        return ns.call(() -> new NetlinkSocket(protocol, label));
    }

    /**
     * The netlink protocol this socket speaks.
     *
     * @return the protocol it was opened with
     */
    public NetlinkProtocol protocol() {
        return protocol;
    }

    /**
     * The port id the kernel assigned at {@code bind}; replies carry it in {@code nlmsg_pid}.
     *
     * @return the port id, unsigned in the kernel ({@link Integer#toUnsignedString(int)} prints it)
     */
    public int portId() {
        return portId;
    }

    /** The namespace this socket was opened in, as observers name it. */
    String namespaceLabel() {
        return namespaceLabel;
    }

    /** The descriptor, for tests in this package that connect it to a scripted peer. */
    int fd() {
        return fd;
    }

    /**
     * Lets the kernel queue at least {@code bytes} of answers for this socket
     * ({@code SO_RCVBUFFORCE}, which needs {@code CAP_NET_ADMIN}; without it the queue stays
     * as it is) — for a transaction whose thousands of ACKs would overflow the default 4 MiB.
     *
     * @param bytes the queue size asked for; the kernel doubles it for its bookkeeping
     * @throws IllegalArgumentException if {@code bytes} is not positive
     * @throws IllegalStateException if the socket is closed, or when called from a dump callback
     */
    public void growReceiveQueue(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("receive queue size " + bytes + " must be positive");
        }
        withLock(() -> Sockets.setInt(state, scratch, fd, SOL_SOCKET, SO_RCVBUFFORCE, bytes));
    }

    private void setOption(int level, int name, int value) {
        Libc.check(Sockets.setInt(state, scratch, fd, level, name, value), state,
                "setsockopt(netlink, " + level + ", " + name + ", " + value + ")");
    }

    private void bufferSize(int forced, int plain, int bytes) {
        // The FORCE variant needs CAP_NET_ADMIN and ignores net.core.rmem_max; fall back without it.
        if (Sockets.setInt(state, scratch, fd, SOL_SOCKET, forced, bytes) < 0) {
            Sockets.setInt(state, scratch, fd, SOL_SOCKET, plain, bytes);
        }
    }

    // ---- one request ------------------------------------------------------------------------

    /**
     * Sends {@code request} with {@code NLM_F_ACK} and waits for its ACK.
     *
     * @param request the request, not null
     * @throws KernelException     the kernel's refusal, naming the request, with its extended ACK
     * @throws SystemCallException if {@code sendto} or {@code recvfrom} fails
     * @throws IllegalStateException if the socket is closed, or when called from a dump callback
     */
    public void execute(Request request) {
        exchange(request, NLM_F_ACK, null);
    }

    /**
     * Sends {@code request} with {@code NLM_F_ACK} and returns the first reply {@code parser}
     * accepts before the ACK (for requests the kernel answers with an object, such as
     * {@code NLM_F_ECHO}), or {@code null} if none.
     *
     * @param <T>     what the parser makes
     * @param request the request, not null
     * @param parser  turns a reply into a value, or {@code null} to look at the next; not null
     * @return the first value the parser made, or {@code null} if it made none before the ACK
     * @throws KernelException     the kernel's refusal, naming the request, with its extended ACK
     * @throws SystemCallException if {@code sendto} or {@code recvfrom} fails
     * @throws IllegalStateException if the socket is closed, or when called from a dump callback
     */
    public <T> T execute(Request request, MessageParser<T> parser) {
        return exchange(request, NLM_F_ACK, Objects.requireNonNull(parser, "parser"));
    }

    /**
     * Sends a get request (an {@code RTM_GETLINK} by name, an {@code RTM_GETROUTE} lookup)
     * without {@code NLM_F_ACK}: the kernel answers with the object alone, or with an error, so
     * this reads one datagram.
     *
     * @param <T>     what the parser makes
     * @param request the request, not null
     * @param parser  turns the answer into a value, or {@code null}; not null
     * @return what {@code parser} makes of the answer, or empty when it returns {@code null}
     * @throws KernelException     the kernel's refusal ({@link io.netlink4j.core.NotFoundException}
     *                             when there is no such object)
     * @throws SystemCallException if {@code sendto} or {@code recvfrom} fails
     * @throws IllegalStateException if the socket is closed, or when called from a dump callback
     */
    public <T> Optional<T> get(Request request, MessageParser<T> parser) {
        return Optional.ofNullable(exchange(request, 0, Objects.requireNonNull(parser, "parser")));
    }

    private <T> T exchange(Request request, int ackFlag, MessageParser<T> parser) {
        return observed(ackFlag == 0 ? "get" : "request", request, 1, t -> exchangeLocked(request, ackFlag, parser, t));
    }

    private <T> T exchangeLocked(Request request, int ackFlag, MessageParser<T> parser, Telemetry t) {
        return withLock(() -> {
            writer.reset();
            int s = writer.begin(request.type(), request.flags() | NLM_F_REQUEST | ackFlag);
            request.body().write(writer);
            send(writer.finish(), t);
            T result = null;
            for (;;) {
                reader.reset(receiveBuffer, receive());
                while (reader.next()) {
                    Message m = reader.message();
                    if (m.seq() != s || m.portId() != portId) {
                        continue;
                    }
                    if (m.type() == NLMSG_ERROR) {
                        if (Ack.error(m) != 0) {
                            throw Ack.toException(m, request.describe());
                        }
                        return result;
                    }
                    if (m.type() >= NLMSG_MIN_TYPE) {
                        if (ackFlag == 0) {
                            return parser.parse(m);
                        }
                        if (parser != null && result == null) {
                            result = parser.parse(m);
                        }
                    }
                }
            }
        });
    }

    // ---- many requests ----------------------------------------------------------------------

    /**
     * Pipelines {@code requests}: every request is encoded first (so a body that throws fails
     * the call before anything is sent), then up to 64 go out in each {@code sendto}, each with
     * {@code NLM_F_ACK}, and their ACKs are collected.
     *
     * @param requests the requests, in the order the kernel is to apply them; not null
     * @return each request's own outcome; the kernel goes on after a failed request
     * @throws SystemCallException if {@code sendto} or {@code recvfrom} fails (the receive queue
     *                             overflowed: {@code ENOBUFS})
     * @throws IllegalStateException if the socket is closed, or when called from a dump callback
     */
    public BatchResult executeAll(List<Request> requests) {
        BatchResult result = new BatchResult(requests.size());
        Request first = requests.isEmpty() ? null : requests.get(0);
        return observed("batch", first, requests.size(), t -> {
            if (t != null) {
                t.outcome(result);
            }
            executeAllLocked(requests, result, t);
            return result;
        });
    }

    private void executeAllLocked(List<Request> requests, BatchResult result, Telemetry t) {
        withLock(() -> {
            writer.reset();
            int[] ends = encodeAll(requests);
            int firstSeq = writer.nextSeq() - requests.size();
            MemorySegment all = writer.finish();
            int i = 0;
            while (i < requests.size()) {
                int from = i;
                int start = from == 0 ? 0 : ends[from - 1];
                while (i < requests.size() && i - from < PIPELINE_CHUNK && ends[i] - start <= PIPELINE_BYTES) {
                    i++;
                }
                i = Math.max(i, from + 1); // one request larger than the byte budget still goes alone
                send(all.asSlice(start, ends[i - 1] - start), t);
                collectAcks(firstSeq + from, i - from, (k, m) ->
                        result.fail(from + k, Ack.toException(m, requests.get(from + k).describe())), null);
            }
            return null;
        });
    }

    /**
     * Sends {@code begin}, {@code body} and {@code end} in one {@code sendto} — the framing of an
     * atomic nfnetlink batch — and collects the answers: the body's requests carry
     * {@code NLM_F_ACK} (begin and end go as given), and every other message the kernel sends
     * back for them ({@code NLM_F_ECHO} copies of created objects) goes to {@code replies}.
     * An error addressed to {@code begin} is {@link BatchResult#transactionError()}.
     *
     * @param begin   the opening message ({@code NFNL_MSG_BATCH_BEGIN}), sent without
     *                {@code NLM_F_ACK} unless its flags say so
     * @param body    the requests of the transaction, in order; not null
     * @param end     the closing message ({@code NFNL_MSG_BATCH_END}) that commits them
     * @param replies receives every message other than the body's ACKs, while the receive buffer
     *                holds it; or {@code null} to drop them
     * @return each request's own outcome, and the transaction's as a whole
     * @throws SystemCallException if {@code sendto} or {@code recvfrom} fails
     * @throws IllegalStateException if the socket is closed, or when called from a dump callback
     */
    public BatchResult transaction(Request begin, List<Request> body, Request end, Consumer<Message> replies) {
        BatchResult result = new BatchResult(body.size());
        Request first = body.isEmpty() ? begin : body.get(0);
        return observed("transaction", first, body.size(), t -> {
            if (t != null) {
                t.outcome(result);
            }
            transactionLocked(begin, body, end, replies, result, t);
            return result;
        });
    }

    private void transactionLocked(Request begin, List<Request> body, Request end, Consumer<Message> replies,
                                   BatchResult result, Telemetry t) {
        withLock(() -> {
            writer.reset();
            int beginSeq = writer.begin(begin.type(), begin.flags() | NLM_F_REQUEST);
            begin.body().write(writer);
            int[] ends = encodeAll(body);
            int firstSeq = beginSeq + 1;
            writer.begin(end.type(), end.flags() | NLM_F_REQUEST);
            end.body().write(writer);
            send(writer.finish(), t);
            collectAcks(firstSeq, ends.length, (k, m) ->
                    result.fail(k, Ack.toException(m, body.get(k).describe())), m -> {
                        if (m.seq() == beginSeq && m.type() == NLMSG_ERROR) {
                            if (Ack.error(m) != 0) {
                                result.failWhole(Ack.toException(m, begin.describe()));
                                return true;
                            }
                        } else if (m.type() >= NLMSG_MIN_TYPE && replies != null) {
                            replies.accept(m);
                        }
                        return false;
                    });
            return null;
        });
    }

    /** Appends the requests one after another to what the writer holds; returns their end offsets. */
    private int[] encodeAll(List<Request> requests) {
        int[] ends = new int[requests.size()];
        for (int i = 0; i < ends.length; i++) {
            Request r = requests.get(i);
            writer.begin(r.type(), r.flags() | NLM_F_REQUEST | NLM_F_ACK);
            r.body().write(writer);
            writer.end();
            ends[i] = writer.size();
        }
        return ends;
    }

    /**
     * Receives until the ACKs of {@code count} requests from {@code firstSeq} on have arrived;
     * failures go to {@code onError}, every other message of this port to {@code others}. A
     * transaction the kernel rejects as a whole sends no per-request ACKs: once {@code others}
     * says a message refused it (the begin message's error), this stops after the datagrams
     * already queued.
     */
    private void collectAcks(int firstSeq, int count, AckError onError, Predicate<Message> others) {
        int pending = count;
        boolean[] seen = new boolean[count];
        boolean abandoned = false;
        while (pending > 0) {
            int n = abandoned ? Sockets.receiveNow(state, fd, receiveBuffer) : receive();
            if (n <= 0) {
                return;
            }
            reader.reset(receiveBuffer, n);
            while (reader.next()) {
                Message m = reader.message();
                if (m.portId() != portId) {
                    continue;
                }
                int k = m.seq() - firstSeq;
                if (m.type() == NLMSG_ERROR && k >= 0 && k < count) {
                    if (!seen[k]) {
                        seen[k] = true;
                        pending--;
                        if (Ack.error(m) != 0) {
                            onError.fail(k, m);
                        }
                    }
                } else if (others != null) {
                    abandoned |= others.test(m);
                }
            }
        }
    }

    @FunctionalInterface
    private interface AckError {
        void fail(int index, Message m);
    }

    // ---- dumps ------------------------------------------------------------------------------

    /**
     * Runs a dump ({@code NLM_F_DUMP}) and collects what {@code parser} returns for each
     * message, skipping {@code null}s. A dump the kernel marks {@code NLM_F_DUMP_INTR} (the
     * table changed while it was read) is restarted, up to 8 times, then reported as a
     * {@link KernelException} with {@code EINTR}. That happens in practice: while thousands of
     * objects of the dumped table change at once (a bulk creation or deletion in the same
     * namespace), every restart can be interrupted too. The dump changed nothing; running it
     * again once the changes settle is safe.
     *
     * @param <T>     what the parser makes
     * @param request the dump request (an {@code RTM_GET*} or {@code NFT_MSG_GET*} with its
     *                filter); the socket adds {@code NLM_F_DUMP}
     * @param parser  turns each message into a value, or {@code null} to skip it; not null
     * @return the values, in the kernel's order; a new, modifiable list
     * @throws KernelException     the kernel's refusal of the dump, or {@code EINTR} after 8
     *                             interrupted attempts
     * @throws SystemCallException if {@code sendto} or {@code recvfrom} fails
     * @throws IllegalStateException if the socket is closed, or when called from a dump callback
     */
    public <T> List<T> dump(Request request, MessageParser<T> parser) {
        List<T> out = new ArrayList<>();
        dump(request, parser, out::add, out::clear);
        return out;
    }

    /**
     * Streams a dump: each object {@code parser} makes goes to {@code each} as soon as it is
     * parsed, so a dump of a million objects needs no list of them. The callback runs with the
     * socket held: it must not issue requests on this socket. A dump the kernel marks
     * {@code NLM_F_DUMP_INTR} cannot be taken back from the callback, so it is reported, after
     * the dump, as a {@link KernelException} with {@code EINTR}; the caller may run it again.
     * If {@code each} throws, the rest of the dump is read and dropped (a socket with an
     * unfinished dump answers the next with {@code EBUSY}) and the exception is rethrown.
     *
     * @param <T>     what the parser makes
     * @param request the dump request; the socket adds {@code NLM_F_DUMP}
     * @param parser  turns each message into a value, or {@code null} to skip it; not null
     * @param each    receives each value, on the calling thread; not null
     * @throws KernelException     the kernel's refusal of the dump, or {@code EINTR} after an
     *                             interrupted one
     * @throws SystemCallException if {@code sendto} or {@code recvfrom} fails
     * @throws IllegalStateException if the socket is closed, or when called from a dump callback
     */
    public <T> void dump(Request request, MessageParser<T> parser, Consumer<? super T> each) {
        dump(request, parser, each, null);
    }

    /**
     * {@link #dump(Request, MessageParser, Consumer)} for a caller that can forget what it was
     * given: when the kernel marks the dump {@code NLM_F_DUMP_INTR}, {@code restart} runs (a
     * list clears itself) and the dump is made again, up to 8 times in all, before it is
     * reported as {@code EINTR}. With {@code restart} null, the first interruption is reported.
     *
     * @param <T>     what the parser makes
     * @param request the dump request; the socket adds {@code NLM_F_DUMP}
     * @param parser  turns each message into a value, or {@code null} to skip it; not null
     * @param each    receives each value, on the calling thread; not null
     * @param restart forgets what {@code each} received before a new attempt, or {@code null}
     * @throws KernelException     the kernel's refusal of the dump, or {@code EINTR} after the
     *                             last interrupted attempt
     * @throws SystemCallException if {@code sendto} or {@code recvfrom} fails
     * @throws IllegalStateException if the socket is closed, or when called from a dump callback
     */
    public <T> void dump(Request request, MessageParser<T> parser, Consumer<? super T> each, Runnable restart) {
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(each, "each");
        for (int attempt = 1; dumpOnce(request, parser, each); attempt++) {
            if (restart == null) {
                throw KernelException.of(Errno.EINTR, request.describe() + " dump",
                        "interrupted by concurrent changes; objects already delivered may be stale");
            }
            if (attempt >= DUMP_RETRIES) {
                throw KernelException.of(Errno.EINTR, request.describe() + " dump",
                        "interrupted by concurrent changes " + DUMP_RETRIES + " times");
            }
            restart.run();
        }
    }

    /** @return whether the dump was interrupted */
    private <T> boolean dumpOnce(Request request, MessageParser<T> parser, Consumer<? super T> each) {
        return observed("dump", request, 0, t -> dumpLocked(request, parser, t == null ? each : x -> {
            t.delivered();
            each.accept(x);
        }, t));
    }

    private <T> boolean dumpLocked(Request request, MessageParser<T> parser, Consumer<? super T> each, Telemetry telemetry) {
        return withLock(() -> {
            writer.reset();
            int s = writer.begin(request.type(), request.flags() | NLM_F_REQUEST | NLM_F_DUMP);
            request.body().write(writer);
            send(writer.finish(), telemetry);
            boolean interrupted = false;
            RuntimeException failure = null;
            for (;;) {
                reader.reset(receiveBuffer, receive());
                while (reader.next()) {
                    Message m = reader.message();
                    if (m.seq() != s || m.portId() != portId) {
                        continue;
                    }
                    interrupted |= (m.flags() & NLM_F_DUMP_INTR) != 0;
                    if (m.type() == NLMSG_DONE || m.type() == NLMSG_ERROR) {
                        // A dump ends with NLMSG_DONE (its payload, when present, is 0 or -errno);
                        // a request the kernel rejects outright gets an NLMSG_ERROR instead.
                        boolean failed = m.type() == NLMSG_ERROR ? Ack.error(m) != 0
                                : m.payloadLength() >= 4 && m.u32(0) < 0;
                        if (failed) {
                            throw Ack.toException(m, request.describe() + " dump");
                        }
                        if (failure != null) {
                            throw failure;
                        }
                        return interrupted;
                    }
                    if (m.type() >= NLMSG_MIN_TYPE && failure == null) {
                        try {
                            T t = parser.parse(m);
                            if (t != null) {
                                inCallback = true;
                                each.accept(t);
                            }
                        } catch (RuntimeException e) {
                            failure = e;
                        } finally {
                            inCallback = false;
                        }
                    }
                }
            }
        });
    }

    // ---- plumbing ---------------------------------------------------------------------------

    /**
     * Runs {@code action} observed as one exchange of {@code kind}: it gets the {@link Telemetry}
     * to count bytes and objects in, or {@code null} when nobody listens.
     */
    private <R> R observed(String kind, Request first, int objects, Function<Telemetry, R> action) {
        Telemetry t = Telemetry.begin(kind, this, first, objects);
        if (t == null) {
            return action.apply(null);
        }
        R result;
        try {
            result = action.apply(t);
        } catch (RuntimeException e) {
            t.end(e);
            throw e;
        }
        t.end(null);
        return result;
    }

    private <T> T withLock(java.util.function.Supplier<T> action) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("netlink socket " + portId + " is closed");
            }
            if (inCallback) {
                throw new IllegalStateException("netlink socket " + portId
                        + ": a request from inside a dump callback would read the dump's replies; use the list form");
            }
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Sends {@code bytes}, counting them in {@code t} when it is not null. */
    private void send(MemorySegment bytes, Telemetry t) {
        for (;;) {
            long n = Libc.sendto(state, fd, bytes, 0, MemorySegment.NULL);
            if (n >= 0) {
                if (t != null) {
                    t.sent(n);
                }
                return;
            }
            int e = Libc.errno(state);
            if (e != EINTR) {
                throw new SystemCallException(e, "sendto(netlink, " + bytes.byteSize() + " bytes)", null);
            }
        }
    }

    private int receive() {
        int n = Sockets.receive(state, fd, receiveBuffer, 0);
        if (n == -Errno.ENOBUFS.number()) {
            throw new SystemCallException(Errno.ENOBUFS.number(), "recvfrom(netlink)",
                    "receive queue overflowed, answers were lost");
        }
        return n;
    }

    /** Closes the socket and frees its buffers; idempotent. Waits for a request in progress. */
    @Override
    public void close() {
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

    @Override
    public String toString() {
        return "NetlinkSocket[" + protocol + ", port " + Integer.toUnsignedString(portId) + "]";
    }

    /** Thrown for a datagram larger than the receive buffer: the rest of it was lost. */
    static ProtocolException truncated(long n, long buffer) {
        return new ProtocolException("datagram of " + n + " bytes exceeds the " + buffer + "-byte receive buffer");
    }
}
