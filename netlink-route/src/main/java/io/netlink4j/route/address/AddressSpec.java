package io.netlink4j.route.address;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.route.route.RouteScope;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An address to put on a device, or to delete from it:
 * {@code ip address add CIDR dev DEV [brd B|+] [label L] [scope S] [metric M] [nodad] [noprefixroute]}.
 * Every rule is checked when the spec is made, before anything is sent.
 *
 * <pre>{@code
 * AddressSpec.of("10.0.0.1/24", "veth-blue")                      // ip addr add 10.0.0.1/24 dev veth-blue
 * AddressSpec.of("10.0.0.254/24", "br0").withBroadcast("+")       // ... brd +
 * AddressSpec.of("fd00::1/64", "veth0").withNoDad()               // ... nodad
 * }</pre>
 *
 * <p>Like {@code ip addr add}, no broadcast is sent unless asked for (the kernel still adds the
 * subnet's broadcast route, but {@code ip addr} shows no {@code brd}); the scope is the kernel's
 * choice (global, host for 127.0.0.0/8) unless given. As the key of a delete only the address,
 * prefix length, device and label count, as for {@code ip addr del}.
 *
 * @param cidr          the address and prefix length, host bits kept ({@code 10.0.0.1/24})
 * @param dev           the device's name
 * @param broadcast     the IPv4 broadcast address ({@code brd B}), or {@code null}
 * @param autoBroadcast {@code brd +}: host bits of the address all set (IPv4, prefixes up to /30)
 * @param label         the IPv4 label ({@code veth0:1}, starting with the device's name), or {@code null}
 * @param scope         the scope, or {@code null} for {@code ip}'s choice
 * @param flags         flags {@code ip addr add} can set: {@link AddressFlag#NODAD}, {@link AddressFlag#OPTIMISTIC},
 *                      {@link AddressFlag#HOMEADDRESS}, {@link AddressFlag#MANAGETEMPADDR},
 *                      {@link AddressFlag#NOPREFIXROUTE}, {@link AddressFlag#MCAUTOJOIN}
 * @param metric        the metric of the subnet's route ({@code IFA_RT_PRIORITY}), 0..4294967295; 0 for none
 */
public record AddressSpec(Cidr cidr, String dev, InetAddress broadcast, boolean autoBroadcast, String label,
                          RouteScope scope, Set<AddressFlag> flags, long metric) {
    /**
     * Checks every rule.
     *
     * @throws NullPointerException     naming {@code cidr}, {@code dev} or {@code flags} when null
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public AddressSpec {
        Objects.requireNonNull(cidr, "cidr");
        InterfaceName.check(Objects.requireNonNull(dev, "dev"));
        flags = Set.copyOf(Objects.requireNonNull(flags, "flags"));
        boolean v4 = cidr.isIpv4();
        if ((broadcast != null || autoBroadcast) && !v4) {
            throw new IllegalArgumentException("broadcast of " + cidr + ": only IPv4 addresses have one");
        }
        if (broadcast != null && autoBroadcast) {
            throw new IllegalArgumentException("broadcast of " + cidr + ": give an address or +, not both");
        }
        if (broadcast != null && !(broadcast instanceof Inet4Address)) {
            throw new IllegalArgumentException("broadcast " + Cidr.format(broadcast) + " of " + cidr
                    + " is not an IPv4 address");
        }
        if (metric < 0 || metric > 0xffff_ffffL) {
            throw new IllegalArgumentException("metric " + metric + " of " + cidr + " is out of range 0..4294967295");
        }
        for (AddressFlag f : flags) {
            if (!AddressFlag.SETTABLE.contains(f)) {
                throw new IllegalArgumentException("address flag " + f + " of " + cidr
                        + " is the kernel's to set; ip addr add sets only " + AddressFlag.SETTABLE);
            }
        }
        if (label != null) {
            if (!v4) {
                throw new IllegalArgumentException("label '" + label + "' of " + cidr + ": only IPv4 addresses have labels");
            }
            // iproute2's rule: the kernel takes any label, but tools expect DEV or DEV:ALIAS.
            if (!label.startsWith(dev) || label.getBytes(StandardCharsets.UTF_8).length > InterfaceName.MAX_BYTES) {
                throw new IllegalArgumentException("label '" + label + "' must start with the device name '" + dev
                        + "' and be at most " + InterfaceName.MAX_BYTES + " bytes");
            }
        }
    }

    /**
     * {@code ip addr add CIDR dev DEV}: {@code of("10.0.0.1/24", "veth0")}; a bare address is a
     * host prefix (/32, /128), as for {@code ip}.
     *
     * @param cidr the address and prefix length, e.g. {@code "10.0.0.1/24"} or {@code "fd00::1/64"}
     * @param dev the device's name
     * @return the spec, without broadcast, label, scope, flags or metric
     * @throws IllegalArgumentException for a malformed address or prefix length, or a bad device name
     */
    public static AddressSpec of(String cidr, String dev) {
        return of(Cidr.parse(Objects.requireNonNull(cidr, "cidr")), dev);
    }

    /**
     * {@code ip addr add CIDR dev DEV} for a computed prefix.
     *
     * @param cidr the address and prefix length
     * @param dev the device's name
     * @return the spec, without broadcast, label, scope, flags or metric
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static AddressSpec of(Cidr cidr, String dev) {
        return new AddressSpec(cidr, dev, null, false, null, null, Set.of(), 0);
    }

    /**
     * {@code brd B}, or {@code brd +} for {@code "+"}: the broadcast computed from the prefix
     * (nothing for /31 and /32, as {@code ip} does).
     *
     * @param broadcast an IPv4 address, or {@code "+"}
     * @return this spec with the broadcast address
     * @throws IllegalArgumentException if the address is malformed or the spec is IPv6
     */
    public AddressSpec withBroadcast(String broadcast) {
        Objects.requireNonNull(broadcast, "broadcast");
        if (broadcast.equals("+")) {
            return new AddressSpec(cidr, dev, null, true, label, scope, flags, metric);
        }
        return withBroadcast(Cidr.parseAddress(broadcast));
    }

    /**
     * {@code brd B}.
     *
     * @param broadcast an IPv4 address
     * @return this spec with the broadcast address
     * @throws IllegalArgumentException if {@code broadcast} or the spec is IPv6
     */
    public AddressSpec withBroadcast(InetAddress broadcast) {
        return new AddressSpec(cidr, dev, Objects.requireNonNull(broadcast, "broadcast"), false, label, scope, flags,
                metric);
    }

    /**
     * {@code label L}.
     *
     * @param label {@code DEV} or {@code DEV:ALIAS}, at most 15 bytes (IPv4 only)
     * @return this spec with the label
     * @throws IllegalArgumentException if the label breaks that rule or the spec is IPv6
     */
    public AddressSpec withLabel(String label) {
        return new AddressSpec(cidr, dev, broadcast, autoBroadcast, Objects.requireNonNull(label, "label"), scope,
                flags, metric);
    }

    /**
     * {@code scope S}.
     *
     * @param scope the scope, e.g. {@link RouteScope#LINK}
     * @return this spec with the scope
     */
    public AddressSpec withScope(RouteScope scope) {
        return new AddressSpec(cidr, dev, broadcast, autoBroadcast, label, Objects.requireNonNull(scope, "scope"),
                flags, metric);
    }

    /**
     * {@code nodad}: an IPv6 address usable at once, without duplicate address detection.
     *
     * @return this spec with {@link AddressFlag#NODAD} added
     */
    public AddressSpec withNoDad() {
        return withFlags(AddressFlag.NODAD);
    }

    /**
     * {@code noprefixroute}: no route for the subnet is added.
     *
     * @return this spec with {@link AddressFlag#NOPREFIXROUTE} added
     */
    public AddressSpec withNoPrefixRoute() {
        return withFlags(AddressFlag.NOPREFIXROUTE);
    }

    /**
     * These flags in addition to the ones already set.
     *
     * @param more flags {@code ip addr add} can set (see {@link AddressFlag})
     * @return this spec with the flags added
     * @throws IllegalArgumentException if one of them is the kernel's to set
     */
    public AddressSpec withFlags(AddressFlag... more) {
        Set<AddressFlag> all = flags.isEmpty() ? EnumSet.noneOf(AddressFlag.class) : EnumSet.copyOf(flags);
        for (AddressFlag f : Objects.requireNonNull(more, "flags")) {
            all.add(Objects.requireNonNull(f, "flag"));
        }
        return new AddressSpec(cidr, dev, broadcast, autoBroadcast, label, scope, all, metric);
    }

    /**
     * {@code metric M}: the metric of the subnet's route; {@code ip addr replace} can change it.
     *
     * @param metric the route's metric, 0..4294967295; 0 for none
     * @return this spec with the metric
     * @throws IllegalArgumentException if {@code metric} is out of range
     */
    public AddressSpec withMetric(long metric) {
        return new AddressSpec(cidr, dev, broadcast, autoBroadcast, label, scope, flags, metric);
    }

    /** As {@code ip addr add} takes it: {@code 10.0.0.1/24 dev veth0 brd + label veth0:1}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(cidr).append(" dev ").append(dev);
        if (broadcast != null || autoBroadcast) {
            b.append(" brd ").append(autoBroadcast ? "+" : Cidr.format(broadcast));
        }
        if (label != null) {
            b.append(" label ").append(label);
        }
        if (scope != null) {
            b.append(" scope ").append(scope);
        }
        if (metric != 0) {
            b.append(" metric ").append(metric);
        }
        for (AddressFlag f : AddressFlag.values()) {
            if (flags.contains(f)) {
                b.append(' ').append(f);
            }
        }
        return b.toString();
    }
}
