package io.netlink4j.route;

import io.netlink4j.core.ns.NetNs;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.Errno;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.route.internal.Devices;
import io.netlink4j.route.internal.IcmpEcho;
import io.netlink4j.route.internal.IcmpSocket;

/**
 * ICMP echo (IPv4 and IPv6) sent from inside the handle's namespace through the library's own
 * raw socket — no {@code ping} process.
 *
 * <pre>
 * ip netns exec ns1 ping -c 3 -W 1 10.0.0.2     inNs1.ping().ping("10.0.0.2", 3, Duration.ofSeconds(1))
 * ip netns exec ns1 ping -c 1 127.0.0.1         inNs1.ping().ping("127.0.0.1", 1, Duration.ofSeconds(1))
 * ip netns exec ns1 ping -6 -c 1 fe80::1%veth1  inNs1.ping().ping("fe80::1%veth1", 1, Duration.ofSeconds(1))
 * </pre>
 *
 * <p>Probes go one after the other: the next leaves as soon as the previous one is answered or
 * its {@code timeout} has passed (like {@code ping -i 0 -W}), so a call takes at most
 * {@code count × timeout}. A probe counts as received only for an echo reply from the target
 * with our identifier and that probe's sequence number; a probe the kernel refuses to send
 * ({@code ENETUNREACH}, e.g. while {@code lo} is down), or answered by an ICMP error, or not
 * answered in time, is lost. The socket is raw, created on a library-owned thread inside the
 * namespace (the process needs {@code CAP_NET_RAW}).
 */
public final class Ping {
    /** Longest accepted per-probe timeout. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    /** Most probes per call (the sequence number is 16 bits). */
    public static final int MAX_COUNT = 65_535;
    /** Identifiers tell our replies from other pings' in the namespace; consecutive calls differ. */
    private static final AtomicInteger NEXT_ID = new AtomicInteger(ThreadLocalRandom.current().nextInt());

    private final NetlinkSocket socket;
    private final NetNs namespace;

    Ping(NetlinkSocket socket, NetNs namespace) {
        this.socket = socket;
        this.namespace = namespace;
    }

    /**
     * Pings a numeric address ({@code "10.0.0.2"}, {@code "fd00::2"}, {@code "fe80::1%veth1"} with
     * the zone an interface name or index of this namespace). Host names are refused: no DNS.
     *
     * @throws IllegalArgumentException for a bad address, count or timeout, before anything is sent
     */
    public PingResult ping(String address, int count, Duration timeout) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("address to ping must not be empty");
        }
        checkArguments(count, timeout);
        int percent = address.indexOf('%');
        InetAddress target = Cidr.parseAddress(percent < 0 ? address : address.substring(0, percent));
        int scope = 0;
        if (percent >= 0) {
            String zone = address.substring(percent + 1);
            if (!(target instanceof Inet6Address) || zone.isEmpty()) {
                throw new IllegalArgumentException("'" + address + "': a zone (%...) needs an IPv6 address and a name");
            }
            scope = zone.chars().allMatch(Character::isDigit) ? Integer.parseInt(zone) : Devices.index(socket, zone, null);
        }
        return run(target, scope, count, timeout);
    }

    /** {@link #ping(String, int, Duration)} for an address; an IPv6 scope id is used as the zone. */
    public PingResult ping(InetAddress address, int count, Duration timeout) {
        if (address == null) {
            throw new IllegalArgumentException("address to ping must not be null");
        }
        checkArguments(count, timeout);
        int scope = address instanceof Inet6Address a6 ? a6.getScopeId() : 0;
        return run(address, scope, count, timeout);
    }

    private static void checkArguments(int count, Duration timeout) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count " + count + " is out of range: 1.." + MAX_COUNT);
        }
        if (timeout == null || timeout.compareTo(Duration.ofMillis(1)) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout " + timeout + " is out of range: 1ms.." + MAX_TIMEOUT);
        }
    }

    private PingResult run(InetAddress target, int scope, int count, Duration timeout) {
        boolean v6 = target instanceof Inet6Address;
        int id = NEXT_ID.getAndIncrement() & 0xffff;
        return namespace.call(() -> {
            try (IcmpSocket socket = IcmpSocket.open(v6)) {
                socket.target(target, scope);
                return probe(socket, v6, target, id, count, timeout.toNanos());
            }
        });
    }

    /** The send/receive loop, on the thread inside; every wait is bounded by the probe's deadline. */
    private static PingResult probe(IcmpSocket socket, boolean v6, InetAddress target, int id, int count,
                                    long timeoutNanos) {
        byte[] targetBytes = target.getAddress();
        List<Duration> roundTrips = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int seq = 1; seq <= count; seq++) {
            int len = IcmpEcho.writeRequest(socket.sendBuffer(), v6, id, seq);
            long start = System.nanoTime();
            int errno = socket.send(len);
            if (errno != 0) {
                Errno e = Errno.of(errno);
                errors.add("icmp_seq=" + seq + ": sendto: " + (e != null ? e.describe() : "errno " + errno));
                continue;
            }
            long deadline = start + timeoutNanos;
            String outcome = await(socket, v6, id, seq, targetBytes, start, deadline, roundTrips);
            if (outcome != null) {
                errors.add("icmp_seq=" + seq + ": " + outcome);
            }
        }
        return new PingResult(target, count, roundTrips.size(), roundTrips, errors);
    }

    /** Waits for probe {@code seq}'s answer: adds its round trip, or returns the ICMP error; null otherwise. */
    private static String await(IcmpSocket socket, boolean v6, int id, int seq, byte[] target, long start,
                                long deadline, List<Duration> roundTrips) {
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            if (!socket.await((int) Math.max(1, (left + 999_999) / 1_000_000))) {
                continue;
            }
            int n;
            while (System.nanoTime() - deadline < 0 && (n = socket.receive()) >= 0) {
                long now = System.nanoTime();
                IcmpEcho.Answer a = IcmpEcho.parse(socket.received(), n, v6, id, target);
                if (a == null || a.seq() != (seq & 0xffff)) {
                    continue;
                }
                if (a.isReply()) {
                    if (socket.receivedFrom(target)) {
                        roundTrips.add(Duration.ofNanos(now - start));
                        return null;
                    }
                    continue;
                }
                return a.error() + " from " + text(socket.receivedSource());
            }
        }
    }

    /** An address as {@code ping} prints it: IPv6 with the longest run of zero groups as "::" (RFC 5952). */
    static String text(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && b[2 * j] == 0 && b[2 * j + 1] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLength - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff)));
        }
        return s.toString();
    }
}
