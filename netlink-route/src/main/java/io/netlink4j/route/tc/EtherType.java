package io.netlink4j.route.tc;

import java.util.Locale;
import java.util.Objects;

/**
 * The protocol a filter applies to, an Ethernet protocol number ({@code ETH_P_*}), written as
 * {@code tc filter ... protocol ip} writes it. An open set: a value type with named constants.
 *
 * @param value 0..0xffff, host order ({@code ETH_P_IP} is 0x0800)
 */
public record EtherType(int value) {
    /** {@code ETH_P_ALL}, tc's {@code all}: every packet (the default of {@code tc filter add}). */
    public static final EtherType ALL = new EtherType(0x0003);
    /** {@code ETH_P_IP}, tc's {@code ip}. */
    public static final EtherType IP = new EtherType(0x0800);
    /** {@code ETH_P_IPV6}, tc's {@code ipv6}. */
    public static final EtherType IPV6 = new EtherType(0x86dd);
    /** {@code ETH_P_ARP}, tc's {@code arp}. */
    public static final EtherType ARP = new EtherType(0x0806);
    /** {@code ETH_P_8021Q}, tc's {@code 802.1Q}. */
    public static final EtherType VLAN_8021Q = new EtherType(0x8100);
    /** {@code ETH_P_8021AD}, tc's {@code 802.1ad}. */
    public static final EtherType VLAN_8021AD = new EtherType(0x88a8);

    /** Checks the 16-bit range. */
    public EtherType {
        if (value < 0 || value > 0xffff) {
            throw new IllegalArgumentException("ethernet protocol 0x" + Integer.toHexString(value) + " does not fit 16 bits");
        }
    }

    /**
     * Parses {@code all}, {@code ip}, {@code ipv6}, {@code arp}, {@code 802.1Q}, {@code 802.1ad}
     * (any case) or a number such as {@code 0x0800}.
     *
     * @param text a name as {@code tc} writes it (any case), or a number in decimal, hex ({@code 0x}) or octal
     * @return the protocol
     * @throws IllegalArgumentException naming the text and the names accepted
     */
    public static EtherType parse(String text) {
        Objects.requireNonNull(text, "protocol");
        switch (text.toLowerCase(Locale.ROOT)) {
            case "all": return ALL;
            case "ip": return IP;
            case "ipv6": return IPV6;
            case "arp": return ARP;
            case "802.1q": return VLAN_8021Q;
            case "802.1ad": return VLAN_8021AD;
            default: break;
        }
        try {
            return new EtherType(Integer.decode(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("protocol '" + text
                    + "' is not all, ip, ipv6, arp, 802.1Q, 802.1ad or a number such as 0x0800");
        }
    }

    /** tc's name ({@code ip}), or {@code 0x...} for a number without one. */
    @Override
    public String toString() {
        return switch (value) {
            case 0x0003 -> "all";
            case 0x0800 -> "ip";
            case 0x86dd -> "ipv6";
            case 0x0806 -> "arp";
            case 0x8100 -> "802.1Q";
            case 0x88a8 -> "802.1ad";
            default -> String.format(Locale.ROOT, "0x%04x", value);
        };
    }
}
