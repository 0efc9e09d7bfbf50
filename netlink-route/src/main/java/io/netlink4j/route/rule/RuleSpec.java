package io.netlink4j.route.rule;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.InterfaceName;
import io.netlink4j.route.route.RouteProtocol;
import io.netlink4j.route.route.RouteTable;
import java.util.Objects;

/**
 * A policy routing rule to add, replace or delete: {@code ip rule add [not] from PREFIX to PREFIX
 * tos TOS fwmark MARK/MASK iif DEV oif DEV priority N uidrange A-B ipproto P sport A-B dport A-B
 * lookup TABLE protocol P [goto N | blackhole | unreachable | prohibit | nop] suppress_prefixlength N}
 * (ip-rule(8)'s order, which is also the order the attributes are sent in).
 * {@code null} (and 0 for {@code tos}) means "not given": the rule does not select on it.
 *
 * <pre>{@code
 * RuleSpec.from("10.2.0.0/24").withTable(RouteTable.of(100))     // ip rule add from 10.2.0.0/24 lookup 100
 * RuleSpec.all().withFwmark(0x1).withTable(RouteTable.of(100))   // ip rule add fwmark 0x1 lookup 100
 * RuleSpec.all().withPriority(1000).withGoto(2000)               // ip rule add priority 1000 goto 2000
 * RuleSpec.from("10.5.0.0/16").withAction(RuleAction.BLACKHOLE)  // ip rule add from 10.5.0.0/16 blackhole
 * RuleSpec.from("fd00::/64").withTable(RouteTable.of(100))       // ip -6 rule add from fd00::/64 lookup 100
 * }</pre>
 *
 * <p>Without a table or an action a rule looks up table main, as {@code ip rule add} makes it.
 * As the key of a delete, fields left unset match any rule, as {@code ip rule del} does.
 *
 * @param family               IPv4 or IPv6 (from the prefixes, or {@link #all(AddressFamily)})
 * @param not                  {@code not}: the rule matches what its selectors do not ({@code FIB_RULE_INVERT})
 * @param from                 {@code from}: the source prefix ({@code FRA_SRC}), or {@code null} for all
 * @param to                   {@code to}: the destination prefix ({@code FRA_DST}), or {@code null} for all
 * @param tos                  {@code tos}/{@code dsfield}: the DS field byte to match, 0 for any
 * @param fwmark               {@code fwmark}: the packet mark ({@code FRA_FWMARK}), or {@code null}
 * @param fwmask               the mask applied to the mark before comparing ({@code FRA_FWMASK}), or {@code null} for all bits
 * @param iif                  {@code iif}: the input device ({@code FRA_IIFNAME}; {@code lo} for locally made
 *                             packets), or {@code null}
 * @param oif                  {@code oif}: the output device of a bound socket ({@code FRA_OIFNAME}), or {@code null}
 * @param priority             {@code priority}/{@code pref}: 0..2^32-1, lower first; {@code null}: the kernel picks one
 *                             below the first rule after 0
 * @param uidRange             {@code uidrange}: the socket owner's uids ({@code FRA_UID_RANGE}), or {@code null}
 * @param ipProtocol           {@code ipproto} ({@code FRA_IP_PROTO}), or {@code null}
 * @param sport                {@code sport}: source ports ({@code FRA_SPORT_RANGE}), or {@code null}
 * @param dport                {@code dport}: destination ports ({@code FRA_DPORT_RANGE}), or {@code null}
 * @param table                {@code lookup}/{@code table}: the table to look up, or {@code null}
 * @param suppressPrefixLength {@code suppress_prefixlength}: ignore routes from the table with a prefix this
 *                             long or shorter ({@code FRA_SUPPRESS_PREFIXLEN}), or {@code null}
 * @param action               what a match does, or {@code null}: {@link RuleAction#GOTO} with a goto target,
 *                             {@link RuleAction#LOOKUP} otherwise
 * @param gotoTarget           {@code goto}: the priority of the rule to go on with ({@code FRA_GOTO}), or {@code null}
 * @param protocol             {@code protocol}: who made the rule ({@code FRA_PROTOCOL}), or {@code null}
 */
public record RuleSpec(AddressFamily family, boolean not, Cidr from, Cidr to, int tos, Long fwmark, Long fwmask,
                       String iif, String oif, Long priority, UidRange uidRange, IpProtocol ipProtocol,
                       PortRange sport, PortRange dport, RouteTable table, Integer suppressPrefixLength,
                       RuleAction action, Long gotoTarget, RouteProtocol protocol) {
    private static final long U32 = 0xffff_ffffL;

    /** Checks every value and that they agree with each other. */
    public RuleSpec {
        Objects.requireNonNull(family, "family");
        checkFamily(family, from, "from");
        checkFamily(family, to, "to");
        if (tos < 0 || tos > 255) {
            throw new IllegalArgumentException("tos " + tos + " is out of range 0..255");
        }
        if ((tos & 3) != 0) {
            throw new IllegalArgumentException("tos 0x" + Integer.toHexString(tos)
                    + ": the two ECN bits (0x3) must be 0; a DSCP d is tos d << 2");
        }
        checkU32(fwmark, "fwmark");
        checkU32(fwmask, "fwmask");
        if (fwmask != null && fwmark == null) {
            throw new IllegalArgumentException("fwmask 0x" + Long.toHexString(fwmask) + " needs an fwmark");
        }
        if (iif != null) {
            InterfaceName.check(iif);
        }
        if (oif != null) {
            InterfaceName.check(oif);
        }
        checkU32(priority, "priority");
        checkU32(gotoTarget, "goto");
        if (suppressPrefixLength != null
                && (suppressPrefixLength < 0 || suppressPrefixLength > family.maxPrefixLength())) {
            throw new IllegalArgumentException("suppress_prefixlength " + suppressPrefixLength + " is out of range 0.."
                    + family.maxPrefixLength() + " for " + family);
        }
        if (action == RuleAction.GOTO && gotoTarget == null) {
            throw new IllegalArgumentException("action goto needs a target: use withGoto(priority)");
        }
        if (gotoTarget != null && action != RuleAction.GOTO) {
            throw new IllegalArgumentException("goto " + gotoTarget + " excludes action " + action);
        }
    }

    private static void checkFamily(AddressFamily family, Cidr prefix, String what) {
        if (prefix != null && prefix.family() != family) {
            throw new IllegalArgumentException(what + " " + prefix + " is not " + family
                    + " like the rest of the rule");
        }
    }

    private static void checkU32(Long v, String what) {
        if (v != null && (v < 0 || v > U32)) {
            throw new IllegalArgumentException(what + " " + v + " is out of range 0..4294967295");
        }
    }

    /**
     * {@code ip rule add ...}: every IPv4 packet, until selectors are added.
     *
     * @return the spec
     */
    public static RuleSpec all() {
        return all(AddressFamily.INET);
    }

    /**
     * {@code ip -4 rule add ...} or {@code ip -6 rule add ...}: every packet of {@code family}.
     *
     * @param family IPv4 or IPv6
     * @return the spec
     */
    public static RuleSpec all(AddressFamily family) {
        return new RuleSpec(family, false, null, null, 0, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /**
     * {@code ip rule add from PREFIX}: {@code "10.2.0.0/24"}, {@code "fd00::/64"}, or a host address.
     *
     * @param prefix the prefix
     * @return the spec
     */
    public static RuleSpec from(String prefix) {
        return from(Cidr.parse(prefix));
    }

    /**
     * {@code ip rule add from PREFIX}.
     *
     * @param prefix the prefix
     * @return the spec
     */
    public static RuleSpec from(Cidr prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return all(prefix.family()).withFrom(prefix);
    }

    /**
     * {@code ip rule add to PREFIX}.
     *
     * @param prefix the prefix
     * @return the spec
     */
    public static RuleSpec to(String prefix) {
        Cidr p = Cidr.parse(prefix);
        return all(p.family()).withTo(p);
    }

    /**
     * A copy with {@code from PREFIX}.
     *
     * @param prefix the prefix
     * @return the changed copy
     */
    public RuleSpec withFrom(Cidr prefix) {
        return new RuleSpec(family, not, Objects.requireNonNull(prefix, "prefix"), to, tos, fwmark, fwmask, iif, oif,
                priority, uidRange, ipProtocol, sport, dport, table, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code to PREFIX}.
     *
     * @param prefix the prefix
     * @return the changed copy
     */
    public RuleSpec withTo(String prefix) {
        return withTo(Cidr.parse(prefix));
    }

    /**
     * A copy with {@code to PREFIX}.
     *
     * @param prefix the prefix
     * @return the changed copy
     */
    public RuleSpec withTo(Cidr prefix) {
        return new RuleSpec(family, not, from, Objects.requireNonNull(prefix, "prefix"), tos, fwmark, fwmask, iif, oif,
                priority, uidRange, ipProtocol, sport, dport, table, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code not}: the rule matches packets its selectors do not.
     *
     * @return the changed copy
     */
    public RuleSpec withNot() {
        return new RuleSpec(family, true, from, to, tos, fwmark, fwmask, iif, oif, priority, uidRange, ipProtocol,
                sport, dport, table, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code tos TOS} (also {@code dsfield}): the whole DS byte, ECN bits 0, e.g. {@code 0x10}.
     *
     * @param tos the DS field byte, ECN bits 0
     * @return the changed copy
     */
    public RuleSpec withTos(int tos) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, iif, oif, priority, uidRange, ipProtocol,
                sport, dport, table, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy matching DSCP {@code dscp} (0..63), sent as {@code tos dscp << 2}, as {@code ip rule ... dsfield} does.
     *
     * @param dscp the DSCP, 0..63
     * @return the changed copy
     */
    public RuleSpec withDscp(int dscp) {
        if (dscp < 0 || dscp > 63) {
            throw new IllegalArgumentException("DSCP " + dscp + " is out of range 0..63");
        }
        return withTos(dscp << 2);
    }

    /**
     * A copy with {@code fwmark MARK}: all 32 bits of the mark must match.
     *
     * @param mark the mark
     * @return the changed copy
     */
    public RuleSpec withFwmark(long mark) {
        return new RuleSpec(family, not, from, to, tos, mark, null, iif, oif, priority, uidRange, ipProtocol,
                sport, dport, table, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code fwmark MARK/MASK}: the bits of {@code mask} must match.
     *
     * @param mark the mark
     * @param mask the bits of the mark that must match
     * @return the changed copy
     */
    public RuleSpec withFwmark(long mark, long mask) {
        return new RuleSpec(family, not, from, to, tos, mark, mask, iif, oif, priority, uidRange, ipProtocol,
                sport, dport, table, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code iif DEV}: packets that came in on {@code dev} ({@code lo}: made on this host).
     *
     * @param dev the device's name
     * @return the changed copy
     */
    public RuleSpec withIif(String dev) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, Objects.requireNonNull(dev, "dev"), oif,
                priority, uidRange, ipProtocol, sport, dport, table, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code oif DEV}: packets of sockets bound to {@code dev}.
     *
     * @param dev the device's name
     * @return the changed copy
     */
    public RuleSpec withOif(String dev) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, iif, Objects.requireNonNull(dev, "dev"),
                priority, uidRange, ipProtocol, sport, dport, table, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code priority N} (0..2^32-1; lower runs first).
     *
     * @param priority the priority
     * @return the changed copy
     */
    public RuleSpec withPriority(long priority) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, iif, oif, priority, uidRange, ipProtocol,
                sport, dport, table, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code uidrange START-END}.
     *
     * @param start the first one
     * @param end the last one
     * @return the changed copy
     */
    public RuleSpec withUidRange(long start, long end) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, iif, oif, priority, UidRange.of(start, end),
                ipProtocol, sport, dport, table, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code ipproto PROTO}.
     *
     * @param protocol the protocol
     * @return the changed copy
     */
    public RuleSpec withIpProtocol(IpProtocol protocol) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, iif, oif, priority, uidRange,
                Objects.requireNonNull(protocol, "protocol"), sport, dport, table, suppressPrefixLength, action,
                gotoTarget, this.protocol);
    }

    /**
     * A copy with {@code sport PORT}.
     *
     * @param port the port
     * @return the changed copy
     */
    public RuleSpec withSport(int port) {
        return withSport(PortRange.of(port));
    }

    /**
     * A copy with {@code sport START-END}.
     *
     * @param ports the ports
     * @return the changed copy
     */
    public RuleSpec withSport(PortRange ports) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, iif, oif, priority, uidRange, ipProtocol,
                Objects.requireNonNull(ports, "ports"), dport, table, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code dport PORT}.
     *
     * @param port the port
     * @return the changed copy
     */
    public RuleSpec withDport(int port) {
        return withDport(PortRange.of(port));
    }

    /**
     * A copy with {@code dport START-END}.
     *
     * @param ports the ports
     * @return the changed copy
     */
    public RuleSpec withDport(PortRange ports) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, iif, oif, priority, uidRange, ipProtocol,
                sport, Objects.requireNonNull(ports, "ports"), table, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code lookup TABLE}.
     *
     * @param table the table
     * @return the changed copy
     */
    public RuleSpec withTable(RouteTable table) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, iif, oif, priority, uidRange, ipProtocol,
                sport, dport, Objects.requireNonNull(table, "table"), suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code suppress_prefixlength N}: {@code 0} ignores the table's default route.
     *
     * @param length the prefix length
     * @return the changed copy
     */
    public RuleSpec withSuppressPrefixLength(int length) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, iif, oif, priority, uidRange, ipProtocol,
                sport, dport, table, length, action, gotoTarget, protocol);
    }

    /**
     * A copy with {@code action}: {@link RuleAction#BLACKHOLE}, {@link RuleAction#UNREACHABLE},
     * {@link RuleAction#PROHIBIT}, {@link RuleAction#NOP} or {@link RuleAction#LOOKUP}; for
     * {@code goto} use {@link #withGoto}.
      *
      * @param action what a match does
      * @return the changed copy
     */
    public RuleSpec withAction(RuleAction action) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, iif, oif, priority, uidRange, ipProtocol,
                sport, dport, table, suppressPrefixLength, Objects.requireNonNull(action, "action"), gotoTarget, protocol);
    }

    /**
     * A copy with {@code goto PRIORITY}: matching packets go on with the rule at that (higher) priority.
     *
     * @param priority the priority
     * @return the changed copy
     */
    public RuleSpec withGoto(long priority) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, iif, oif, this.priority, uidRange, ipProtocol,
                sport, dport, table, suppressPrefixLength, RuleAction.GOTO, priority, protocol);
    }

    /**
     * A copy with {@code protocol PROTO}: who made the rule, kept by the kernel for tools to tell rules apart.
     *
     * @param protocol the protocol
     * @return the changed copy
     */
    public RuleSpec withProtocol(RouteProtocol protocol) {
        return new RuleSpec(family, not, from, to, tos, fwmark, fwmask, iif, oif, priority, uidRange, ipProtocol,
                sport, dport, table, suppressPrefixLength, action, gotoTarget,
                Objects.requireNonNull(protocol, "protocol"));
    }

    /** The arguments of {@code ip rule add} for this rule: {@code from 10.2.0.0/24 lookup 100}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(family == AddressFamily.INET6 ? "-6 " : "");
        if (not) {
            s.append("not ");
        }
        s.append("from ").append(from == null ? "all" : from);
        if (to != null) {
            s.append(" to ").append(to);
        }
        if (tos != 0) {
            s.append(" tos 0x").append(Integer.toHexString(tos));
        }
        if (fwmark != null) {
            s.append(" fwmark 0x").append(Long.toHexString(fwmark));
            if (fwmask != null) {
                s.append("/0x").append(Long.toHexString(fwmask));
            }
        }
        append(s, "iif", iif);
        append(s, "oif", oif);
        append(s, "priority", priority);
        append(s, "uidrange", uidRange);
        append(s, "ipproto", ipProtocol);
        append(s, "sport", sport);
        append(s, "dport", dport);
        append(s, "lookup", table);
        append(s, "protocol", protocol);
        if (gotoTarget != null) {
            s.append(" goto ").append(gotoTarget);
        } else if (action != null && action != RuleAction.LOOKUP) {
            s.append(' ').append(action);
        }
        append(s, "suppress_prefixlength", suppressPrefixLength);
        return s.toString();
    }

    private static void append(StringBuilder s, String word, Object value) {
        if (value != null) {
            s.append(' ').append(word).append(' ').append(value);
        }
    }
}
