package io.netlink4j.route;

import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.NetlinkSubscription;
import io.netlink4j.route.internal.DeviceNames;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Notifications of one namespace, as {@code ip monitor} prints them, from a socket of its own
 * that joined the chosen {@link EventGroup}s. Obtain it with {@link Events#open}; close it when
 * done — from any thread: a reader waiting in {@link #next} wakes at once and gets {@code null},
 * an iteration ends, a {@link #subscribe subscription} stops.
 *
 * <pre>{@code
 * try (EventStream events = host.events().open(EventGroup.LINK)) {
 *     for (RtnetlinkEvent e : events) {               // blocks; ends when the stream is closed
 *         switch (e) {
 *             case LinkEvent l -> ...
 *             case BridgePortEvent p -> ...
 *             case Overrun o -> ...                     // events were lost: re-read what you track
 *             default -> { }
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Events come in the kernel's order. When the kernel could not queue notifications for this
 * stream, the stream drops the ones still queued (all older than the loss) and returns an
 * {@link Overrun}: every event after it was queued after the loss. A consumer that re-reads the
 * state it tracks when it sees an {@code Overrun}, then applies the events that follow in order,
 * converges to the kernel's state. Devices an event refers to by index are named through the
 * handle's socket, once per device for the life of the stream.
 *
 * <p>{@link #next} and the iterator are for one consuming thread at a time (calls are serialized);
 * both are interruptible and return within about 50 ms of an interrupt or a {@link #close}.
 */
public final class EventStream implements AutoCloseable, Iterable<RtnetlinkEvent> {
    private final NetlinkSubscription subscription;
    private final NetlinkSocket socket;
    private final ArrayDeque<RtnetlinkEvent> pending = new ArrayDeque<>();
    private DeviceNames names;

    EventStream(NetlinkSubscription subscription, NetlinkSocket socket) {
        this.subscription = subscription;
        this.socket = socket;
        this.names = new DeviceNames(socket);
    }

    /**
     * The next event, waiting up to {@code timeout} (any length: {@code Duration.ofMillis(Long.MAX_VALUE)}
     * waits for good); {@code null} if none came in time or the stream is closed. An
     * {@link Overrun} is returned when the kernel dropped notifications for this stream.
     *
     * @param timeout the longest wait; zero or negative only takes what has already arrived
     * @return the next event, an {@link Overrun}, or {@code null}
     * @throws InterruptedException if the thread is interrupted before or while it waits
     */
    public synchronized RtnetlinkEvent next(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        long start = System.nanoTime();
        for (;;) {
            RtnetlinkEvent e = pending.poll();
            if (e != null) {
                return e;
            }
            Duration left = timeout.minusNanos(System.nanoTime() - start);
            NetlinkSubscription.Status s = subscription.poll(left.isNegative() ? Duration.ZERO : left, m -> {
                RtnetlinkEvent decoded = EventDecoder.decode(m, names);
                if (decoded != null) {
                    pending.add(decoded);
                }
            });
            switch (s) {
                case OVERRUN -> {
                    pending.clear();
                    names = new DeviceNames(socket); // renames may have been lost with the rest
                    return Overrun.INSTANCE;
                }
                case CLOSED, TIMEOUT -> {
                    return pending.poll();
                }
                case MESSAGES -> { }
            }
        }
    }

    /**
     * Blocks for events until the stream is closed (then {@code hasNext} is false). An interrupt
     * ends the iteration too, with the thread's interrupt status set.
     */
    @Override
    public Iterator<RtnetlinkEvent> iterator() {
        return new Iterator<>() {
            private RtnetlinkEvent next;

            @Override
            public boolean hasNext() {
                while (next == null && !subscription.isClosed()) {
                    try {
                        next = EventStream.this.next(Duration.ofSeconds(1));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                return next != null;
            }

            @Override
            public RtnetlinkEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("event stream closed");
                }
                RtnetlinkEvent e = next;
                next = null;
                return e;
            }
        };
    }

    /**
     * The events as a blocking, ordered stream that ends when this stream is closed.
     *
     * @return a sequential stream over {@link #iterator()}
     */
    public Stream<RtnetlinkEvent> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /**
     * Delivers every event to {@code consumer} on {@code executor} (a thread of the caller's
     * choosing) until the stream is closed; returns at once. One task runs on the executor for
     * the life of the subscription. If {@code consumer} throws, the stream is closed and the
     * exception is rethrown on the executor's thread.
     *
     * @param executor runs the delivery task, e.g. {@code Executors.newVirtualThreadPerTaskExecutor()}
     * @param consumer receives each event in order, on the executor's thread
     */
    public void subscribe(Executor executor, Consumer<? super RtnetlinkEvent> consumer) {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(consumer, "consumer");
        executor.execute(() -> {
            try {
                for (RtnetlinkEvent e : this) {
                    consumer.accept(e);
                }
            } catch (RuntimeException | Error e) {
                close();
                throw e;
            }
        });
    }

    /**
     * Sets the socket's receive queue (the kernel doubles the value; the default is 4 MiB). A
     * small one overflows sooner, which tests use to provoke an {@link Overrun}.
     *
     * @param bytes the size asked for, positive; {@code SO_RCVBUFFORCE} where allowed, else capped by {@code
     *     net.core.rmem_max}
     * @throws IllegalStateException if the stream is closed
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public void setReceiveBufferSize(int bytes) {
        subscription.setReceiveBufferSize(bytes);
    }

    /**
     * Whether {@link #close} was called.
     *
     * @return whether the stream is closed
     */
    public boolean isClosed() {
        return subscription.isClosed();
    }

    /** Closes the stream; idempotent, from any thread. A waiting reader wakes at once. */
    @Override
    public void close() {
        subscription.close();
    }

    @Override
    public String toString() {
        return "EventStream[" + subscription + (isClosed() ? ", closed" : "") + "]";
    }
}
