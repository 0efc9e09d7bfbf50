package io.netlink4j.route.link;

import io.netlink4j.route.uapi.IfLinkH;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code IFF_*} device flags of {@code struct ifinfomsg}, declared in the order {@code ip link}
 * prints them between angle brackets, so an {@link EnumSet} of them iterates as {@code ip} prints.
 */
public enum LinkFlag {
    /** {@code LOOPBACK}. */
    LOOPBACK(IfLinkH.IFF_LOOPBACK),
    /** {@code BROADCAST}: the device has a broadcast address. */
    BROADCAST(IfLinkH.IFF_BROADCAST),
    /** {@code POINTOPOINT}. */
    POINTOPOINT(IfLinkH.IFF_POINTOPOINT),
    /** {@code MULTICAST}. */
    MULTICAST(IfLinkH.IFF_MULTICAST),
    /** {@code NOARP}. */
    NOARP(IfLinkH.IFF_NOARP),
    /** {@code ALLMULTI}: receives all multicast. */
    ALLMULTI(IfLinkH.IFF_ALLMULTI),
    /** {@code PROMISC}: promiscuous. */
    PROMISC(IfLinkH.IFF_PROMISC),
    /** {@code NOTRAILERS}. */
    NOTRAILERS(IfLinkH.IFF_NOTRAILERS),
    /** {@code DEBUG}. */
    DEBUG(IfLinkH.IFF_DEBUG),
    /** {@code DYNAMIC}. */
    DYNAMIC(IfLinkH.IFF_DYNAMIC),
    /** {@code AUTOMEDIA}. */
    AUTOMEDIA(IfLinkH.IFF_AUTOMEDIA),
    /** {@code PORTSEL}. */
    PORTSEL(IfLinkH.IFF_PORTSEL),
    /** {@code MASTER}: a bonding master. */
    MASTER(IfLinkH.IFF_MASTER),
    /** {@code SLAVE}: a bonding slave. */
    SLAVE(IfLinkH.IFF_SLAVE),
    /** {@code UP}: administratively up ({@code ip link set DEV up}). */
    UP(IfLinkH.IFF_UP),
    /** {@code LOWER_UP}: the carrier is there. */
    LOWER_UP(IfLinkH.IFF_LOWER_UP),
    /** {@code DORMANT}. */
    DORMANT(IfLinkH.IFF_DORMANT),
    /** {@code ECHO}. */
    ECHO(IfLinkH.IFF_ECHO),
    /** {@code RUNNING}: up with a carrier; {@code ip} does not print it (it prints {@code NO-CARRIER} when it is missing on an up device). */
    RUNNING(IfLinkH.IFF_RUNNING);

    private final int code;

    LinkFlag(int code) {
        this.code = code;
    }

    /**
     * The flag's bit, {@code IFF_*}.
     *
     * @return the {@code IFF_*} value, a single bit
     */
    public int code() {
        return code;
    }

    /**
     * The flag whose bit is exactly {@code code}, or empty.
     *
     * @param code an {@code IFF_*} bit
     * @return the flag, or empty for a value that is not one named bit
     */
    public static Optional<LinkFlag> fromCode(int code) {
        for (LinkFlag f : values()) {
            if (f.code == code) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The flags set in {@code bits}; bits this enum does not name are ignored.
     *
     * @param bits {@code ifi_flags} as the kernel sent it
     * @return the flags, in {@code ip}'s order
     */
    public static Set<LinkFlag> of(int bits) {
        EnumSet<LinkFlag> s = EnumSet.noneOf(LinkFlag.class);
        for (LinkFlag f : values()) {
            if ((bits & f.code) != 0) {
                s.add(f);
            }
        }
        return s;
    }

    /**
     * The bits of {@code flags}, OR-ed.
     *
     * @param flags the flags, may be empty
     * @return the {@code IFF_*} bits or-ed together
     */
    public static int bits(Set<LinkFlag> flags) {
        int b = 0;
        for (LinkFlag f : flags) {
            b |= f.code;
        }
        return b;
    }
}
