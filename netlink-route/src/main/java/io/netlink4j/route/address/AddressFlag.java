package io.netlink4j.route.address;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.route.uapi.IfAddrH;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The flags of an address ({@code IFA_F_*}), as {@code ip addr} prints them. {@link #SECONDARY}
 * (IPv4) and {@link #TEMPORARY} (IPv6) share one bit.
 */
public enum AddressFlag {
    /** {@code IFA_F_SECONDARY}: another IPv4 address of the same subnet came first. */
    SECONDARY(IfAddrH.IFA_F_SECONDARY, "secondary"),
    /** {@code IFA_F_TEMPORARY}: an IPv6 privacy address (RFC 4941). */
    TEMPORARY(IfAddrH.IFA_F_TEMPORARY, "temporary"),
    /** {@code IFA_F_NODAD}: no duplicate address detection (settable: {@code nodad}). */
    NODAD(IfAddrH.IFA_F_NODAD, "nodad"),
    /** {@code IFA_F_OPTIMISTIC}: usable during duplicate address detection (settable: {@code optimistic}). */
    OPTIMISTIC(IfAddrH.IFA_F_OPTIMISTIC, "optimistic"),
    /** {@code IFA_F_DADFAILED}: duplicate address detection found the address in use. */
    DADFAILED(IfAddrH.IFA_F_DADFAILED, "dadfailed"),
    /** {@code IFA_F_HOMEADDRESS}: a Mobile IPv6 home address (settable: {@code home}). */
    HOMEADDRESS(IfAddrH.IFA_F_HOMEADDRESS, "home"),
    /** {@code IFA_F_DEPRECATED}: its preferred lifetime ran out. */
    DEPRECATED(IfAddrH.IFA_F_DEPRECATED, "deprecated"),
    /** {@code IFA_F_TENTATIVE}: IPv6 duplicate address detection still runs. */
    TENTATIVE(IfAddrH.IFA_F_TENTATIVE, "tentative"),
    /** {@code IFA_F_PERMANENT}: configured, not learnt ({@code ip} prints {@code dynamic} without it). */
    PERMANENT(IfAddrH.IFA_F_PERMANENT, "permanent"),
    /** {@code IFA_F_MANAGETEMPADDR}: make privacy addresses from this prefix (settable: {@code mngtmpaddr}). */
    MANAGETEMPADDR(IfAddrH.IFA_F_MANAGETEMPADDR, "mngtmpaddr"),
    /** {@code IFA_F_NOPREFIXROUTE}: no route for the subnet (settable: {@code noprefixroute}). */
    NOPREFIXROUTE(IfAddrH.IFA_F_NOPREFIXROUTE, "noprefixroute"),
    /** {@code IFA_F_MCAUTOJOIN}: join the multicast group of a multicast address (settable: {@code autojoin}). */
    MCAUTOJOIN(IfAddrH.IFA_F_MCAUTOJOIN, "autojoin"),
    /** {@code IFA_F_STABLE_PRIVACY}: an IPv6 address of RFC 7217's stable privacy scheme. */
    STABLE_PRIVACY(IfAddrH.IFA_F_STABLE_PRIVACY, "stable-privacy");

    /** The flags {@code ip addr add} can set. */
    static final Set<AddressFlag> SETTABLE = EnumSet.of(NODAD, OPTIMISTIC, HOMEADDRESS, MANAGETEMPADDR,
            NOPREFIXROUTE, MCAUTOJOIN);

    private final int code;
    private final String ipName;

    AddressFlag(int code, String ipName) {
        this.code = code;
        this.ipName = ipName;
    }

    /**
     * The {@code IFA_F_*} bit.
     *
     * @return the {@code IFA_F_*} value, a single bit
     */
    public int code() {
        return code;
    }

    /**
     * The flag whose bit is {@code code} ({@link #SECONDARY} for the shared bit), or empty.
     *
     * @param code an {@code IFA_F_*} bit
     * @return the flag, or empty for a bit this enum does not name
     */
    public static Optional<AddressFlag> fromCode(int code) {
        for (AddressFlag f : values()) {
            if (f.code == code) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The flags set in {@code bits}; the shared bit is {@link #SECONDARY} for IPv4, {@link #TEMPORARY} for IPv6.
     *
     * @param bits {@code IFA_FLAGS} (or {@code ifa_flags}) as the kernel sent it
     * @param family the address's family; it decides the meaning of the shared bit
     * @return the flags named in {@code bits}; unnamed bits are dropped
     */
    public static Set<AddressFlag> fromBits(int bits, AddressFamily family) {
        Set<AddressFlag> out = EnumSet.noneOf(AddressFlag.class);
        for (AddressFlag f : values()) {
            if ((bits & f.code) != 0 && f != (family == AddressFamily.INET6 ? SECONDARY : TEMPORARY)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The bits of {@code flags}.
     *
     * @param flags the flags, may be empty
     * @return the {@code IFA_F_*} bits or-ed together
     */
    public static int toBits(Set<AddressFlag> flags) {
        int bits = 0;
        for (AddressFlag f : flags) {
            bits |= f.code;
        }
        return bits;
    }

    /** {@code nodad}, {@code secondary}...: as {@code ip addr} prints it. */
    @Override
    public String toString() {
        return ipName;
    }
}
