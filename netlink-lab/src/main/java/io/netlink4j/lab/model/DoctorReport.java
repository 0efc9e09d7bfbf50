package io.netlink4j.lab.model;

import java.util.List;
import java.util.Objects;

/**
 * The doctor's answer: for every pair of hosts that should reach each other and cannot, the
 * first reason found.
 *
 * @param lab      the lab's name
 * @param pairs    how many ordered pairs of hosts were examined
 * @param findings one per pair with a problem, in host order
 */
public record DoctorReport(String lab, int pairs, List<Finding> findings) {
    /** Copies the list. */
    public DoctorReport {
        Objects.requireNonNull(lab, "lab");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /**
     * Whether nothing is wrong.
     *
     * @return whether nothing is wrong
     */
    public boolean healthy() {
        return findings.isEmpty();
    }

    /**
     * The finding for {@code from -> to}, or {@code null}.
     *
     * @param from where it comes from
     * @param to the destination
     * @return the finding for {@code from -> to}, or {@code null}
     */
    public Finding finding(String from, String to) {
        return findings.stream().filter(f -> f.from().equals(from) && f.to().equals(to)).findFirst().orElse(null);
    }

    /** One line per finding under a heading; {@code lab demo: all 6 pairs of hosts reach each other} when none. */
    @Override
    public String toString() {
        if (findings.isEmpty()) {
            return "lab " + lab + ": all " + pairs + " pairs of hosts reach each other";
        }
        StringBuilder s = new StringBuilder("lab " + lab + ": " + findings.size() + " of " + pairs
                + " pairs of hosts have a problem");
        for (Finding f : findings) {
            s.append("\n  ").append(f);
        }
        return s.toString();
    }
}
