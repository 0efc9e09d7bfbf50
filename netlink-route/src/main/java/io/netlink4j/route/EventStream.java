package io.netlink4j.route;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import io.netlink4j.core.NetlinkSocket;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.sys.SysConst;
import io.netlink4j.route.internal.EventDecoder;
import java.time.Duration;
import java.util.ArrayDeque;

/**
 * Notifications of one namespace, as {@code ip monitor} prints them, from a socket of its own
 * that joined the chosen {@link EventGroup}s. Obtain it with {@link Events#open}; close it when done.
 *
 * <pre>{@code
 * try (EventStream events = handle.events().open(EventGroup.LINK)) {
 *     RouteEvent e = events.next(Duration.ofSeconds(1));   // null on timeout
 *     switch (e) {
 *         case LinkEvent l -> ...
 *         case Overrun o -> ... // events were lost: re-read what you track
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Events are delivered in the kernel's order. {@link #next} is meant for one consuming thread
 * at a time (calls are serialized).
 */
public final class EventStream implements AutoCloseable {
    private final NetlinkSocket socket;
    private final ArrayDeque<RouteEvent> pending = new ArrayDeque<>();

    EventStream(NetlinkSocket socket) {
        this.socket = socket;
    }

    /**
     * The next event, waiting up to {@code timeout}; {@code null} if none came. An {@link Overrun}
     * is returned when the kernel dropped notifications for this stream.
     */
    public synchronized RouteEvent next(Duration timeout) {
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        for (;;) {
            RouteEvent e = pending.poll();
            if (e != null) {
                return e;
            }
            long left = deadline - System.nanoTime();
            int millis = left <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000);
            boolean got = socket.exclusive(s -> receive(s, millis));
            if (!got && left <= 0) {
                return null;
            }
        }
    }

    /** @return whether a datagram (or an overrun) came */
    private boolean receive(NetlinkSocket s, int millis) {
        int n;
        try {
            n = s.receive(millis);
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ENOBUFS) {
                pending.add(Overrun.INSTANCE);
                return true;
            }
            throw e;
        }
        if (n == 0) {
            return false;
        }
        MessageReader r = s.messages(n);
        while (r.next()) {
            RouteEvent e = EventDecoder.decode(r.message());
            if (e != null) {
                pending.add(e);
            }
        }
        return true;
    }

    /**
     * Sets the socket's receive buffer ({@code SO_RCVBUFFORCE}; the kernel doubles it). The
     * default is 4 MiB; a small one overflows sooner, which tests use to provoke an {@link Overrun}.
     */
    public void setReceiveBufferSize(int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("receive buffer size " + bytes + " must be positive");
        }
        socket.setOption(SysConst.SOL_SOCKET, SysConst.SO_RCVBUFFORCE, bytes);
    }

    /** Closes the socket; idempotent. */
    @Override
    public void close() {
        socket.close();
    }
}
