package io.netlink4j.route.tc;

import java.util.Objects;

/**
 * {@code police}: a token bucket that polices (drops or reclassifies) what exceeds a rate,
 * without queueing.
 *
 * <pre>{@code
 * // tc filter add dev veth-a ingress matchall action police rate 1mbit burst 10k conform-exceed drop
 * FilterSpec.ingress("veth-a", Matchall.of().withAction(Police.of("1mbit", "10k").withExceed(ActionControl.DROP)))
 * }</pre>
 *
 * @param rate    the policed rate
 * @param burst   the bucket in bytes, 1..2^32-1
 * @param exceed  what happens to packets over the rate ({@code tc}'s default: {@code reclassify})
 * @param conform what happens to packets within it ({@code tc}'s default: {@code pass})
 */
public record Police(Rate rate, long burst, ActionControl exceed, ActionControl conform) implements TcAction {
    /** Checks the fields. */
    public Police {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(exceed, "exceed");
        Objects.requireNonNull(conform, "conform");
        if (burst < 1 || burst > Size.MAX) {
            throw new IllegalArgumentException("police burst of " + burst + " bytes is out of range 1.." + Size.MAX);
        }
    }

    /**
     * {@code police rate 1mbit burst 10k} ({@link Rate#parse}, {@link Size#parse}).
     *
     * @param rate a rate as {@code tc} writes it, e.g. {@code "1mbit"}
     * @param burst a size as {@code tc} writes it, e.g. {@code "10k"}
     * @return the policer: exceeding packets reclassified, conforming ones passed
     * @throws IllegalArgumentException if either is malformed or the burst out of range
     */
    public static Police of(String rate, String burst) {
        return of(Rate.parse(rate), Size.parse(burst, "police burst"));
    }

    /**
     * {@code police rate RATE burst BYTES}: exceeding packets reclassified, as {@code tc} defaults.
     *
     * @param rate the policed rate
     * @param burst the bucket size, 1..4294967295 bytes
     * @return the policer: exceeding packets reclassified, conforming ones passed
     * @throws IllegalArgumentException if {@code burst} is out of range
     */
    public static Police of(Rate rate, long burst) {
        return new Police(rate, burst, ActionControl.RECLASSIFY, ActionControl.PASS);
    }

    /**
     * {@code conform-exceed CONTROL}: what happens to packets over the rate.
     *
     * @param exceed the verdict for packets over the rate, e.g. {@link ActionControl#DROP}
     * @return this policer with that verdict
     */
    public Police withExceed(ActionControl exceed) {
        return new Police(rate, burst, exceed, conform);
    }

    /**
     * {@code conform-exceed EXCEED/CONTROL}: what happens to packets within the rate.
     *
     * @param conform the verdict for packets within the rate
     * @return this policer with that verdict
     */
    public Police withConform(ActionControl conform) {
        return new Police(rate, burst, exceed, conform);
    }

    /** {@code "police"}. */
    @Override
    public String kind() {
        return "police";
    }

    /** {@code police rate 1Mbit burst 10Kb conform-exceed drop/pass}. */
    @Override
    public String toString() {
        return "police rate " + rate + " burst " + Size.format(burst) + " conform-exceed " + exceed
                + (conform != ActionControl.PASS ? "/" + conform : "");
    }
}
