package io.netlink4j.core.socket;

import io.netlink4j.core.KernelException;
import io.netlink4j.core.NetlinkException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * What a socket tells observers about each exchange: a JFR {@link RequestEvent}, and, at
 * {@code DEBUG} on the {@code io.netlink4j} {@link System.Logger} (off unless configured), one
 * line in {@code ip}'s words — {@code RTM_NEWLINK veth-blue (ns-blue): ok, 1 request, 92 bytes,
 * 0.41 ms}. One instance per exchange, made only when either is on.
 */
final class Telemetry {
    private static final Logger LOG = System.getLogger("io.netlink4j");

    private final RequestEvent event;
    private final boolean log;
    private final long start;
    private final NetlinkSocket socket;
    private final Request first;
    private int objects;
    private long bytes;
    private BatchResult outcome;

    private Telemetry(RequestEvent event, boolean log, NetlinkSocket socket, Request first, int objects) {
        this.event = event;
        this.log = log;
        this.socket = socket;
        this.first = first;
        this.objects = objects;
        this.start = System.nanoTime();
    }

    /** Starts observing an exchange, or returns {@code null} when nobody is listening. */
    static Telemetry begin(String kind, NetlinkSocket socket, Request first, int objects) {
        RequestEvent e = new RequestEvent();
        boolean jfr = e.isEnabled();
        boolean log = LOG.isLoggable(Level.DEBUG);
        if (!jfr && !log) {
            return null;
        }
        if (jfr) {
            e.begin();
            e.kind = kind;
            e.operation = first == null ? null : first.describe();
            e.protocol = socket.protocol().toString();
            e.namespace = socket.namespaceLabel();
            e.messageType = first == null ? 0 : first.type();
            e.objects = objects;
        }
        return new Telemetry(jfr ? e : null, log, socket, first, objects);
    }

    /** Counts {@code n} more bytes handed to {@code sendto}. */
    void sent(long n) {
        bytes += n;
    }

    /** Counts one more object delivered, for a dump, which begins with none. */
    void delivered() {
        objects++;
    }

    /** The batch or transaction whose refused requests {@link #end} reports as failed. */
    void outcome(BatchResult result) {
        outcome = result;
    }

    /** Ends the observation, {@code failure} thrown (or null). */
    void end(RuntimeException failure) {
        int failed = outcome == null ? 0
                : outcome.failedCount() + (outcome.transactionError().isPresent() ? 1 : 0);
        String errno = failure instanceof NetlinkException n && n.errno() != null ? n.errno().name() : null;
        if (event != null) {
            event.end();
            event.objects = objects;
            event.failed = failed + (failure instanceof KernelException ? 1 : 0);
            event.bytesSent = bytes;
            event.errno = errno;
            event.commit();
        }
        if (log) {
            double ms = (System.nanoTime() - start) / 1e6;
            String what = first == null ? "exchange" : first.describe();
            String result = failure != null ? failure.getMessage()
                    : failed > 0 ? failed + " of " + objects + " failed" : "ok";
            int n = objects;
            long b = bytes;
            LOG.log(Level.DEBUG, () -> String.format("%s (%s): %s, %d %s, %d bytes, %.2f ms", what,
                    socket.namespaceLabel(), result, n, n == 1 ? "object" : "objects", b, ms));
        }
    }
}
