package io.netlink4j.examples.run;

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
 * A bounded TCP throughput meter between two namespaces, as the library's tc kernel tests measure
 * it: one connection, the sender writing as fast as it can, the receiver counting what arrives in
 * a window after a warm-up (slow start, a shaper's first burst). Only the sockets are made inside
 * the namespaces ({@link NetNs#selectorProvider()}); the JVM serves them from this thread and one
 * sender thread of its own, neither of which is ever inside. A watchdog closes everything if
 * traffic stalls, so a call returns within warm-up + window + 5 s.
 */
final class TcpMeter {
    private static final long STALL_MILLIS = 5000;

    private TcpMeter() {}

    /**
     * What the receiver counted in the window.
     *
     * @param bytes   payload bytes received in the window
     * @param seconds the window's measured length
     */
    record Result(long bytes, double seconds) {
        double megabitsPerSecond() {
            return bytes * 8 / seconds / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f Mbit/s (%d bytes in %.2f s)", megabitsPerSecond(), bytes, seconds);
        }
    }

    /** Sends from {@code from} to {@code address} (a listener on any port in {@code to}) and measures. */
    static Result measure(NetNs from, NetNs to, String address, Duration warmup, Duration window)
            throws IOException, InterruptedException {
        InetAddress target = InetAddress.ofLiteral(address);
        long limit = warmup.plus(window).toMillis() + STALL_MILLIS;
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        ServerSocketChannel server = null;
        SocketChannel client = null;
        SocketChannel peer = null;
        Thread sender = null;
        try {
            server = to.selectorProvider().openServerSocketChannel().bind(new InetSocketAddress(target, 0));
            client = from.selectorProvider().openSocketChannel();
            SocketChannel c = client;
            ServerSocketChannel s = server;
            watchdog.schedule(() -> closeQuietly(c, s), limit, TimeUnit.MILLISECONDS);
            client.connect(server.getLocalAddress());
            peer = server.accept();
            SocketChannel p = peer;
            watchdog.schedule(() -> closeQuietly(p), limit, TimeUnit.MILLISECONDS);
            sender = Thread.ofPlatform().name("tcp-meter-sender").daemon().start(() -> send(c));
            return receive(peer, warmup, window);
        } finally {
            closeQuietly(client, peer, server);
            watchdog.shutdownNow();
            if (sender != null) {
                sender.join(STALL_MILLIS);
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
        long warm = System.nanoTime() + warmup.toNanos();
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
