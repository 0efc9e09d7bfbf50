package io.netlink4j.route;

import io.netlink4j.core.Cidr;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Ping#ping} saw: probes sent, echo replies received and their round-trip times, and
 * the reasons probes failed when there was one (a send refused with {@code ENETUNREACH}, an ICMP
 * "Destination Host Unreachable"). A probe that timed out is lost without a reason.
 *
 * <pre>
 * ping -c 3 -W 1 10.0.0.2          PingResult r = handle.ping().ping("10.0.0.2", 3, Duration.ofSeconds(1));
 * 3 packets transmitted,           r.sent()
 *   3 received, 0% packet loss     r.received(), r.lost(), r.ok()
 * rtt min/avg/max = ...            r.min(), r.avg(), r.max(), r.roundTrips()
 * </pre>
 *
 * @param target     the address pinged
 * @param sent       echo requests attempted
 * @param received   echo replies that came back in time
 * @param roundTrips one round-trip time per reply, in order
 * @param errors     one line per probe that failed for a known reason, e.g.
 *                   {@code "icmp_seq=1: sendto: Network is unreachable (ENETUNREACH)"}
 */
public record PingResult(InetAddress target, int sent, int received, List<Duration> roundTrips,
                         List<String> errors) {
    /** Checks the counts and copies the lists. */
    public PingResult {
        Objects.requireNonNull(target, "target");
        if (sent < 0 || received < 0 || received > sent) {
            throw new IllegalArgumentException("received " + received + " of " + sent + " sent is impossible");
        }
        roundTrips = List.copyOf(roundTrips);
        errors = List.copyOf(errors);
        if (roundTrips.size() != received) {
            throw new IllegalArgumentException(roundTrips.size() + " round trips for " + received + " replies");
        }
    }

    /**
     * A result without error lines.
     *
     * @param target the address pinged
     * @param sent echo requests attempted, at least {@code received}
     * @param received echo replies that came back in time
     * @param roundTrips one round-trip time per reply, {@code received} of them
     * @throws IllegalArgumentException if the counts do not add up
     */
    public PingResult(InetAddress target, int sent, int received, List<Duration> roundTrips) {
        this(target, sent, received, roundTrips, List.of());
    }

    /**
     * Whether at least one reply came back.
     *
     * @return {@code received() > 0}
     */
    public boolean ok() {
        return received > 0;
    }

    /**
     * Probes without a reply (timed out, refused, or answered by an ICMP error).
     *
     * @return {@code sent() - received()}
     */
    public int lost() {
        return sent - received;
    }

    /**
     * The fastest round trip; empty when nothing came back.
     *
     * @return the shortest of {@link #roundTrips()}, or empty
     */
    public Optional<Duration> min() {
        return roundTrips.stream().min(Duration::compareTo);
    }

    /**
     * The slowest round trip; empty when nothing came back.
     *
     * @return the longest of {@link #roundTrips()}, or empty
     */
    public Optional<Duration> max() {
        return roundTrips.stream().max(Duration::compareTo);
    }

    /**
     * The mean round trip; empty when nothing came back.
     *
     * @return the mean of {@link #roundTrips()}, to the nanosecond, or empty
     */
    public Optional<Duration> avg() {
        if (roundTrips.isEmpty()) {
            return Optional.empty();
        }
        long total = 0;
        for (Duration d : roundTrips) {
            total += d.toNanos();
        }
        return Optional.of(Duration.ofNanos(total / roundTrips.size()));
    }

    /**
     * {@code ping}'s closing lines on one line: "10.0.0.2: 3 sent, 3 received, 0% loss, rtt min/avg/max
     *     0.041/0.052/0.070 ms".
     *
     * @return the summary line, with the first error in brackets when there was one
     */
    public String summary() {
        String s = String.format(Locale.ROOT, "%s: %d sent, %d received, %d%% loss", Cidr.format(target), sent,
                received, sent == 0 ? 0 : lost() * 100 / sent);
        if (ok()) {
            s += String.format(Locale.ROOT, ", rtt min/avg/max %.3f/%.3f/%.3f ms", millis(min().orElseThrow()),
                    millis(avg().orElseThrow()), millis(max().orElseThrow()));
        }
        return errors.isEmpty() ? s : s + " (" + errors.getFirst() + ")";
    }

    /** {@link #summary()}. */
    @Override
    public String toString() {
        return summary();
    }

    private static double millis(Duration d) {
        return d.toNanos() / 1e6;
    }
}
