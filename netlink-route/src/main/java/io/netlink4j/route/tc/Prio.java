package io.netlink4j.route.tc;

import java.util.List;
import java.util.Objects;

/**
 * {@code prio}: strict priority bands, each a child class {@code MAJ:1..MAJ:bands}; packets go to
 * a band by their priority (the priomap) unless a filter says otherwise.
 *
 * <pre>{@code
 * // tc qdisc add dev veth-a root prio bands 3
 * QdiscSpec.root("veth-a", Prio.of().withBands(3))
 * }</pre>
 *
 * @param bands   2..16
 * @param priomap the band of each of the 16 packet priorities ({@code TC_PRIO_*})
 */
public record Prio(int bands, List<Integer> priomap) implements QdiscKind {
    /** The kernel's and tc's default map: {@code 1 2 2 2 1 2 0 0 1 1 1 1 1 1 1 1}. */
    public static final List<Integer> DEFAULT_PRIOMAP = List.of(1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1);

    /** Checks the band count and that every map entry names a band. */
    public Prio {
        if (bands < 2 || bands > 16) {
            throw new IllegalArgumentException("prio bands " + bands + " is out of range 2..16");
        }
        priomap = List.copyOf(Objects.requireNonNull(priomap, "priomap"));
        if (priomap.size() != 16) {
            throw new IllegalArgumentException("prio priomap has " + priomap.size() + " entries: exactly 16");
        }
        for (int b : priomap) {
            if (b < 0 || b >= bands) {
                throw new IllegalArgumentException("prio priomap entry " + b + " is out of range 0.." + (bands - 1)
                        + " for " + bands + " bands");
            }
        }
    }

    /**
     * {@code prio}: 3 bands, the default map.
     *
     * @return a prio of 3 bands with {@link #DEFAULT_PRIOMAP}
     */
    public static Prio of() {
        return new Prio(3, DEFAULT_PRIOMAP);
    }

    /**
     * {@code bands N}, keeping the map.
     *
     * @param bands the number of bands, 2..16
     * @return this prio with that many bands
     * @throws IllegalArgumentException if {@code bands} is out of range, or the map names a band beyond it
     */
    public Prio withBands(int bands) {
        return new Prio(bands, priomap);
    }

    /**
     * {@code priomap B0 .. B15}.
     *
     * @param priomap 16 band numbers, each below the number of bands
     * @return this prio with the map
     * @throws IllegalArgumentException if the map does not have 16 entries or names a band that does not exist
     */
    public Prio withPriomap(List<Integer> priomap) {
        return new Prio(bands, priomap);
    }

    /** {@code "prio"}. */
    @Override
    public String kind() {
        return "prio";
    }

    /** {@code prio bands 3 priomap 1 2 2 2 1 2 0 0 1 1 1 1 1 1 1 1}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("prio bands ").append(bands).append(" priomap");
        priomap.forEach(p -> b.append(' ').append(p));
        return b.toString();
    }
}
