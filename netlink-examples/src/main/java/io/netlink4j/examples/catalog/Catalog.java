package io.netlink4j.examples.catalog;

import io.netlink4j.examples.model.Example;
import java.util.List;
import java.util.Optional;

/** The ten article examples and the six beyond them, in the order of the contract in DESIGN.md. */
public final class Catalog {
    /** The nftables table the NAT steps put their masquerade rule in (its own, so down can drop it). */
    public static final String NFT_TABLE = "netlink4j";

    private static final List<Example> ALL = List.of(
            A1Scratch.veth(),
            A1Scratch.bridge(),
            A1Scratch.nat(),
            A2K8s.veth(),
            A2K8s.bridge(),
            A3Dojo.veth(),
            A3Dojo.bridge(),
            A3Dojo.cni(),
            A4A5DeepDive.bridge(),
            A4A5DeepDive.single(),
            Tc.shaping(),
            Tc.classes(),
            Tc.netem(),
            Multi.vxlan(),
            Multi.policy(),
            Multi.isolation());

    private Catalog() {}

    /** Every example. */
    public static List<Example> all() {
        return ALL;
    }

    /** The example with this id. */
    public static Optional<Example> find(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The ids, in order. */
    public static List<String> ids() {
        return ALL.stream().map(Example::id).toList();
    }
}
