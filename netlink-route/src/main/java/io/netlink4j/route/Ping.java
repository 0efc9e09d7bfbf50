package io.netlink4j.route;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.Errno;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.route.internal.Devices;
import io.netlink4j.route.internal.IcmpEcho;
import io.netlink4j.route.internal.IcmpSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * ICMP echo (IPv4 and IPv6) from inside the handle's namespace through the library's own raw
 * socket — no {@code ping} process. The socket is made inside the namespace; the probes are sent
 * and awaited on the calling thread (platform or virtual), which an interrupt stops within about
 * 50 ms.
 *
 * <table>
 * <caption>ping and the calls that replace it</caption>
 * <tr><th>command</th><th>call</th></tr>
 * <tr><td>{@code ip netns exec ns1 ping -c 3 -W 1 10.0.0.2}</td><td>{@code ns1.ping().ping("10.0.0.2", 3, Duration.ofSeconds(1))}</td></tr>
 * <tr><td>{@code ip netns exec ns1 ping -c 1 127.0.0.1}</td><td>{@code ns1.ping().ping("127.0.0.1", 1, Duration.ofSeconds(1))}</td></tr>
 * <tr><td>{@code ip netns exec ns1 ping -6 -c 1 fe80::1%veth1}</td><td>{@code ns1.ping().ping("fe80::1%veth1", 1, Duration.ofSeconds(1))}</td></tr>
 * </table>
 *
 * <p>Probes go one after the other: the next leaves as soon as the previous one is answered or
 * its {@code timeout} has passed (like {@code ping -i 0 -W}), so a call takes at most
 * {@code count × timeout}. A probe counts as received only for an echo reply from the target
 * with our identifier and that probe's sequence number; a probe the kernel refuses to send
 * ({@code ENETUNREACH}, e.g. while {@code lo} is down), or answered by an ICMP error, or not
 * answered in time, is lost. The process needs {@code CAP_NET_RAW}.
 */
public final class Ping {
    /** Longest accepted per-probe timeout. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    /** Most probes per call (the sequence number is 16 bits). */
    public static final int MAX_COUNT = 65_535;
    /** The longest a wait goes without looking at the thread's interrupt status. */
    private static final int SLICE_MILLIS = 50;
    /** Identifiers tell our replies from other pings' in the namespace; consecutive calls differ. */
    private static final AtomicInteger NEXT_ID = new AtomicInteger(ThreadLocalRandom.current().nextInt());

    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * Pings from inside {@code namespace}; {@code socket} (a {@code NETLINK_ROUTE} socket in it)
     * resolves interface names of IPv6 zones. Usually obtained from the handle: {@code Rtnetlink.ping()}.
     *
     * @param socket a {@code NETLINK_ROUTE} socket in {@code namespace}
     * @param namespace the namespace the ICMP sockets are made in
     */
    public Ping(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * Pings a numeric address ({@code "10.0.0.2"}, {@code "fd00::2"}, {@code "fe80::1%veth1"} with
     * the zone an interface name or index of this namespace). Host names are refused: no DNS.
     *
     * @param address a numeric IPv4 or IPv6 address, an IPv6 one with an optional {@code %zone}
     * @param count the number of probes, 1..65535
     * @param timeout how long each probe waits for its reply, 1 ms..10 min
     * @return what came back
     * @throws IllegalArgumentException for a bad address, count or timeout, before anything is sent
     * @throws InterruptedException     if the thread is interrupted while it waits for replies
     * @throws io.netlink4j.core.NotFoundException if the zone names no interface of the namespace
     */
    public PingResult ping(String address, int count, Duration timeout) throws InterruptedException {
        Objects.requireNonNull(address, "address");
        if (address.isBlank()) {
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
            scope = zone.chars().allMatch(c -> c >= '0' && c <= '9') && zone.length() < 10 ? Integer.parseInt(zone)
                    : Devices.index(socket, zone, "ping " + address);
        }
        return run(target, scope, count, timeout);
    }

    /**
     * {@link #ping(String, int, Duration)} for an address; an IPv6 scope id is used as the zone.
     *
     * @param address an IPv4 or IPv6 address
     * @param count the number of probes, 1..65535
     * @param timeout how long each probe waits for its reply, 1 ms..10 min
     * @return what came back
     * @throws InterruptedException if the thread is interrupted while it waits for replies
     * @throws IllegalArgumentException for a bad count or timeout, before anything is sent
     */
    public PingResult ping(InetAddress address, int count, Duration timeout) throws InterruptedException {
        Objects.requireNonNull(address, "address");
        checkArguments(count, timeout);
        int scope = address instanceof Inet6Address a6 ? a6.getScopeId() : 0;
        return run(address, scope, count, timeout);
    }

    private static void checkArguments(int count, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count " + count + " is out of range: 1.." + MAX_COUNT);
        }
        if (timeout.compareTo(Duration.ofMillis(1)) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout " + timeout + " is out of range: 1ms.." + MAX_TIMEOUT);
        }
    }

    private PingResult run(InetAddress target, int scope, int count, Duration timeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before pinging " + Cidr.format(target));
        }
        boolean v6 = target instanceof Inet6Address;
        int id = NEXT_ID.getAndIncrement() & 0xffff;
        try (IcmpSocket icmp = IcmpSocket.open(v6, namespace)) {
            icmp.target(target, scope);
            return probe(icmp, v6, target, id, count, timeout.toNanos());
        }
    }

    /** The send/receive loop; every wait is bounded by the probe's deadline and looks at interrupts. */
    private static PingResult probe(IcmpSocket icmp, boolean v6, InetAddress target, int id, int count,
                                    long timeoutNanos) throws InterruptedException {
        byte[] targetBytes = target.getAddress();
        List<Duration> roundTrips = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int seq = 1; seq <= count; seq++) {
            int len = IcmpEcho.writeRequest(icmp.sendBuffer(), v6, id, seq);
            long start = System.nanoTime();
            int errno = icmp.send(len);
            if (errno != 0) {
                Errno e = Errno.of(errno);
                errors.add("icmp_seq=" + seq + ": sendto: " + (e != null ? e.describe() : "errno " + errno));
                continue;
            }
            String outcome = await(icmp, v6, id, seq, targetBytes, start, start + timeoutNanos, roundTrips);
            if (outcome != null) {
                errors.add("icmp_seq=" + seq + ": " + outcome);
            }
        }
        return new PingResult(target, count, roundTrips.size(), roundTrips, errors);
    }

    /** Waits for probe {@code seq}'s answer: adds its round trip, or returns the ICMP error; null otherwise. */
    private static String await(IcmpSocket icmp, boolean v6, int id, int seq, byte[] target, long start,
                                long deadline, List<Duration> roundTrips) throws InterruptedException {
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted waiting for the echo reply icmp_seq=" + seq);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            if (!icmp.await((int) Math.min(SLICE_MILLIS, Math.max(1, (left + 999_999) / 1_000_000)))) {
                continue;
            }
            int n;
            while (System.nanoTime() - deadline < 0 && (n = icmp.receive()) >= 0) {
                long now = System.nanoTime();
                IcmpEcho.Answer a = IcmpEcho.parse(icmp.received(), n, v6, id, target);
                if (a == null || a.seq() != (seq & 0xffff)) {
                    continue;
                }
                if (a.isReply()) {
                    if (icmp.receivedFrom(target)) {
                        roundTrips.add(Duration.ofNanos(now - start));
                        return null;
                    }
                    continue;
                }
                return a.error() + " from " + Cidr.format(icmp.receivedSource());
            }
        }
    }

    @Override
    public String toString() {
        return "Ping[" + namespace + "]";
    }
}
