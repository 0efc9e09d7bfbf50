package io.netlink4j.lab.model;

import java.util.List;
import java.util.Objects;

/**
 * What {@code pingAll} saw: every host pinged every other host once, like Mininet's
 * {@code pingall}.
 *
 * @param lab      the lab's name
 * @param outcomes one per ordered pair of hosts, in host order
 */
public record Reachability(String lab, List<PingOutcome> outcomes) {
    /** Copies the list. */
    public Reachability {
        Objects.requireNonNull(lab, "lab");
        outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
    }

    /**
     * The pings that got no reply.
     *
     * @return the pings that got no reply
     */
    public List<PingOutcome> unreachable() {
        return outcomes.stream().filter(o -> !o.reached()).toList();
    }

    /**
     * Whether every ping got its reply.
     *
     * @return whether every ping got its reply
     */
    public boolean allReachable() {
        return outcomes.stream().allMatch(PingOutcome::reached);
    }

    /**
     * Returns normally when every ping got its reply; otherwise throws an {@link AssertionError}
     * listing the pairs without one.
     *
     * @return this, for chaining
     */
    public Reachability assertAllReachable() {
        List<PingOutcome> lost = unreachable();
        if (!lost.isEmpty()) {
            StringBuilder s = new StringBuilder("lab " + lab + ": " + lost.size() + " of " + outcomes.size()
                    + " pings got no reply:");
            for (PingOutcome o : lost) {
                s.append("\n  ").append(o);
            }
            throw new AssertionError(s.toString());
        }
        return this;
    }

    /**
     * Whether {@code from} reached {@code to}.
     *
     * @param from where it comes from
     * @param to the destination
     * @return whether {@code from} reached {@code to}
     */
    public boolean reached(String from, String to) {
        return outcomes.stream().filter(o -> o.from().equals(from) && o.to().equals(to)).findFirst()
                .map(PingOutcome::reached).orElseThrow(() -> new IllegalArgumentException(
                        "lab " + lab + ": no ping from " + from + " to " + to + " (hosts only)"));
    }

    /**
     * Mininet's last line: {@code *** Results: 0% dropped (380/380 received)}.
     *
     * @return the line
     */
    public String summary() {
        int n = outcomes.size();
        int ok = n - unreachable().size();
        int dropped = n == 0 ? 0 : (int) Math.round(100.0 * (n - ok) / n);
        return "*** Results: " + dropped + "% dropped (" + ok + "/" + n + " received)";
    }

    @Override
    public String toString() {
        return summary();
    }
}
