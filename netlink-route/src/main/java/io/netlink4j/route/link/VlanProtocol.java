package io.netlink4j.route.link;

import io.netlink4j.route.uapi.IfBridgeH;
import java.util.Optional;

/** {@code IFLA_VLAN_PROTOCOL}: the tag's ethertype, ip-link(8) {@code protocol 802.1Q|802.1ad}. */
public enum VlanProtocol {
    /** {@code 802.1Q}, {@code ETH_P_8021Q} (0x8100): the kernel's default. */
    IEEE_802_1Q(IfBridgeH.ETH_P_8021Q, "802.1Q"),
    /** {@code 802.1ad} (QinQ service tag), {@code ETH_P_8021AD} (0x88A8). */
    IEEE_802_1AD(IfBridgeH.ETH_P_8021AD, "802.1ad");

    private final int code;
    private final String text;

    VlanProtocol(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /**
     * The ethertype, as {@code <linux/if_ether.h>} names it.
     *
     * @return {@code ETH_P_8021Q} (0x8100) or {@code ETH_P_8021AD} (0x88a8)
     */
    public int code() {
        return code;
    }

    /**
     * The protocol with ethertype {@code code}, or empty for another.
     *
     * @param code an ethertype, host order
     * @return the protocol, or empty for any other ethertype
     */
    public static Optional<VlanProtocol> fromCode(int code) {
        for (VlanProtocol p : values()) {
            if (p.code == code) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** {@code 802.1Q} or {@code 802.1ad}, as {@code ip} writes it. */
    @Override
    public String toString() {
        return text;
    }
}
