package io.netlink4j.examples.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One article step, replayable: what {@code up} does (in sections), what {@code verify} checks, and
 * from these what {@code down} must remove.
 *
 * @param id       the CLI id, e.g. {@code scratch-veth}
 * @param article  the article it replays
 * @param step     one line saying which step
 * @param sections what {@code up} does, in order
 * @param checks   what {@code verify} checks, in order
 */
public record Example(String id, Article article, String step, List<Section> sections, List<Check> checks) {
    /** Copies the lists. */
    public Example {
        sections = List.copyOf(sections);
        checks = List.copyOf(checks);
    }

    /** Every step of {@code up}, in order. */
    public List<Step> steps() {
        List<Step> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.steps()));
        return all;
    }

    /** The namespaces {@code up} creates, in order (all named by the article or issue). */
    public List<String> namespaces() {
        Set<String> names = new LinkedHashSet<>();
        for (Step s : steps()) {
            if (s.op() instanceof Op.CreateNs c) {
                names.add(c.name());
            }
        }
        return List.copyOf(names);
    }

    /**
     * The devices {@code up} creates on the host: bridges and both ends of host-made veth pairs
     * (an end moved away goes with its namespace; one left behind by a half-done {@code up} does not).
     */
    public List<String> hostDevices() {
        Set<String> names = new LinkedHashSet<>();
        for (Step s : steps()) {
            switch (s.op()) {
                case Op.AddBridge b when b.at().isHost() -> names.add(b.name());
                case Op.AddVxlan x when x.at().isHost() -> names.add(x.name());
                case Op.AddVeth v when v.at().isHost() -> {
                    names.add(v.name());
                    if (v.peerNs() == null) {
                        names.add(v.peer());
                    }
                }
                default -> { }
            }
        }
        return List.copyOf(names);
    }

    /** The nftables tables {@code up} fills on the host. */
    public List<String> hostNftTables() {
        Set<String> names = new LinkedHashSet<>();
        for (Step s : steps()) {
            switch (s.op()) {
                case Op.Masquerade m -> names.add(m.table());
                case Op.MasqueradeSource m -> names.add(m.table());
                default -> { }
            }
        }
        return List.copyOf(names);
    }
}
