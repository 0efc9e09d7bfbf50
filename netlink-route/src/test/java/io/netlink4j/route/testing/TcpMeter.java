package io.netlink4j.route.testing;

import io.netlink4j.core.ns.NetNs;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A bounded TCP throughput meter between two network namespaces: one connection, the sender in
 * {@code from} writing as fast as it can, the receiver in {@code to} counting what arrives over a
 * measuring window after a warm-up (TCP's slow start, a shaper's initial burst). Only the sockets
 * are created inside the namespaces ({@link NetNs#selectorProvider()}); the JVM then serves them
 * from the caller's thread and one platform thread of its own, so no thread lives in a namespace. A watchdog closes everything if traffic stalls, so a call returns
 * within warm-up + window + 5 s.
 *
 * <pre>{@code
 * TcpMeter.Result r = TcpMeter.measure(nsA, nsB, "10.10.0.2", Duration.ofMillis(500), Duration.ofSeconds(2));
 * r.megabitsPerSecond()   // about 7.6 through an 8mbit tbf (TCP/IP headers take the rest)
 * }</pre>
 */
public final class TcpMeter {
    private TcpMeter() {}

    /**
     * What the receiver counted in the window.
     *
     * @param bytes   payload bytes received in the window
     * @param seconds the window's measured length
     */
    public record Result(long bytes, double seconds) {
        /** Payload bits per second. */
        public double bitsPerSecond() {
            return bytes * 8 / seconds;
        }

        /** Payload megabits (10^6) per second. */
        public double megabitsPerSecond() {
            return bitsPerSecond() / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f Mbit/s (%d bytes in %.2f s)", megabitsPerSecond(), bytes, seconds);
        }
    }

    /** Sends from {@code from} to {@code address:any port} in {@code to} and measures the receiving rate. */
    public static Result measure(NetNs from, NetNs to, String address, Duration warmup, Duration window)
            throws IOException, InterruptedException {
        InetAddress target = InetAddress.ofLiteral(address);
        ServerSocketChannel server = to.selectorProvider().openServerSocketChannel().bind(new InetSocketAddress(target, 0));
        SocketChannel client = null;
        SocketChannel peer = null;
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        Thread sender = null;
        try {
            client = from.selectorProvider().openSocketChannel();
            SocketChannel c = client;
            ServerSocketChannel s = server;
            watchdog.schedule(() -> closeQuietly(c, s), warmup.plus(window).toMillis() + 5000, TimeUnit.MILLISECONDS);
            client.connect(server.getLocalAddress());
            peer = server.accept();
            SocketChannel p = peer;
            watchdog.schedule(() -> closeQuietly(p), warmup.plus(window).toMillis() + 5000, TimeUnit.MILLISECONDS);
            sender = Thread.ofPlatform().name("tcp-meter-sender").daemon().start(() -> send(c));
            return receive(peer, warmup, window);
        } finally {
            closeQuietly(client, peer, server);
            watchdog.shutdownNow();
            if (sender != null) {
                sender.join(5000);
            }
        }
    }

    private static void send(SocketChannel c) {
        ByteBuffer chunk = ByteBuffer.allocateDirect(64 * 1024);
        try {
            while (true) {
                chunk.clear();
                c.write(chunk);
            }
        } catch (IOException closed) {
            // the receiver closed the connection: the measurement is over
        }
    }

    private static Result receive(SocketChannel peer, Duration warmup, Duration window) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(256 * 1024);
        long start = System.nanoTime();
        long warm = start + warmup.toNanos();
        long end = warm + window.toNanos();
        long total = 0;
        long atWarm = -1;
        long warmAt = 0;
        while (true) {
            buf.clear();
            int n = peer.read(buf);
            long now = System.nanoTime();
            if (n < 0) {
                throw new IOException("connection closed after " + total + " bytes, before the window ended");
            }
            total += n;
            if (atWarm < 0 && now >= warm) {
                atWarm = total;
                warmAt = now;
            }
            if (now >= end) {
                return new Result(total - atWarm, (now - warmAt) / 1e9);
            }
        }
    }

    private static void closeQuietly(AutoCloseable... all) {
        for (AutoCloseable a : all) {
            try {
                if (a != null) {
                    a.close();
                }
            } catch (Exception ignored) {
                // closing on the way out
            }
        }
    }
}
