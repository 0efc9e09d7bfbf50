package io.netlink4j.route.rule;

import static io.netlink4j.route.uapi.FibRulesH.*;
import static io.netlink4j.route.uapi.RtnetlinkH.RT_TABLE_UNSPEC;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.route.internal.InetAddresses;
import io.netlink4j.route.route.RouteProtocol;
import io.netlink4j.route.route.RouteTable;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/** {@code RTM_NEWRULE}/{@code RTM_DELRULE} bodies, the dump request and the parser, laid out as {@code ip rule} does. */
final class RuleCodec {
    /** {@code struct fib_rule_hdr}: family, dst_len, src_len, tos, table, res1, res2, action (u8), flags u32. */
    static final int FIB_RULE_HDR_LEN = 12;
    private static final long NO_SUPPRESS = 0xffff_ffffL;
    private static final long ALL_BITS = 0xffff_ffffL;

    private RuleCodec() {}

    /**
     * The body of a rule request. Attributes go in the order of ip-rule(8)'s synopsis (selectors,
     * then table, protocol, goto, suppress_prefixlength), as {@code ip rule} sends them when the
     * arguments are typed in that order (it sends them in the order they were typed). An add without table or action
     * looks up table main, as {@code ip rule add} makes it; a delete leaves both as wildcards.
     */
    static void write(MessageWriter w, RuleSpec s, boolean forDelete) {
        // The action and table the add makes; the other attributes go as given (an all-bits fwmask too, as ip sends it).
        RuleSpec made = forDelete ? s : withDefaults(s);
        RuleAction action = made.action();
        long table = made.table() != null ? made.table().id() : RT_TABLE_UNSPEC;
        boolean byteTable = table < 256;
        w.u8(s.family().code())
                .u8(s.to() == null ? 0 : s.to().prefixLength())
                .u8(s.from() == null ? 0 : s.from().prefixLength())
                .u8(s.tos())
                .u8(byteTable ? (int) table : RT_TABLE_UNSPEC)
                .u8(0).u8(0)
                .u8(action == null ? FR_ACT_UNSPEC : action.code())
                .u32(s.not() ? FIB_RULE_INVERT : 0);
        if (s.from() != null) {
            w.putAddress(FRA_SRC, s.from().address());
        }
        if (s.to() != null) {
            w.putAddress(FRA_DST, s.to().address());
        }
        if (s.fwmark() != null) {
            w.putU32(FRA_FWMARK, s.fwmark().intValue());
        }
        if (s.fwmask() != null) {
            w.putU32(FRA_FWMASK, s.fwmask().intValue());
        }
        if (s.iif() != null) {
            w.putString(FRA_IIFNAME, s.iif());
        }
        if (s.oif() != null) {
            w.putString(FRA_OIFNAME, s.oif());
        }
        if (s.priority() != null) {
            w.putU32(FRA_PRIORITY, s.priority().intValue());
        }
        if (s.uidRange() != null) {
            // struct fib_rule_uid_range: two u32 in host order
            int o = w.beginNestedPlain(FRA_UID_RANGE);
            w.u32((int) s.uidRange().start()).u32((int) s.uidRange().end());
            w.endNested(o);
        }
        if (s.ipProtocol() != null) {
            w.putU8(FRA_IP_PROTO, s.ipProtocol().code());
        }
        if (s.sport() != null) {
            portRange(w, FRA_SPORT_RANGE, s.sport());
        }
        if (s.dport() != null) {
            portRange(w, FRA_DPORT_RANGE, s.dport());
        }
        if (!byteTable) {
            w.putU32(FRA_TABLE, (int) table);
        }
        if (s.protocol() != null) {
            w.putU8(FRA_PROTOCOL, s.protocol().code());
        }
        if (s.gotoTarget() != null) {
            w.putU32(FRA_GOTO, s.gotoTarget().intValue());
        }
        if (s.suppressPrefixLength() != null) {
            w.putU32(FRA_SUPPRESS_PREFIXLEN, s.suppressPrefixLength());
        }
    }

    /** An {@code RTM_GETRULE} dump of {@code family} ({@code null}: every family). */
    static void writeDump(MessageWriter w, AddressFamily family) {
        w.u8(family == null ? 0 : family.code()).u8(0).u8(0).u8(0).u8(0).u8(0).u8(0).u8(0).u32(0);
    }

    /** {@code struct fib_rule_port_range}: two u16 in host order (little-endian here, as the fixtures are). */
    private static void portRange(MessageWriter w, int type, PortRange r) {
        int o = w.beginNestedPlain(type);
        w.u16(r.start()).u16(r.end());
        w.endNested(o);
    }

    /**
     * The rule an add of {@code s} makes, as the kernel reports it back: action {@code lookup} when
     * none is given, table {@code main} for a lookup without one (as {@code ip rule add} makes it),
     * an all-bits fwmask (the kernel's default) and protocol {@code unspec} dropped.
     */
    static RuleSpec withDefaults(RuleSpec s) {
        RuleAction action = s.action() != null ? s.action() : RuleAction.LOOKUP;
        RouteTable table = s.table() != null ? s.table() : action == RuleAction.LOOKUP ? RouteTable.MAIN : null;
        RouteProtocol protocol = RouteProtocol.UNSPEC.equals(s.protocol()) ? null : s.protocol();
        return new RuleSpec(s.family(), s.not(), s.from(), s.to(), s.tos(), s.fwmark(), fwmask(s.fwmark(), s.fwmask()),
                s.iif(), s.oif(), s.priority(), s.uidRange(), s.ipProtocol(), s.sport(), s.dport(), table,
                s.suppressPrefixLength(), action, s.gotoTarget(), protocol);
    }

    /** The mask of {@code fwmark} as a spec holds it: {@code null} for all bits, the kernel's default, and without a mark. */
    static Long fwmask(Long fwmark, Long fwmask) {
        return fwmark == null || fwmask == null || fwmask == ALL_BITS ? null : fwmask;
    }

    /** The rule an {@code RTM_NEWRULE}/{@code RTM_DELRULE} message holds; {@code null} for families other than IPv4/IPv6. */
    static Rule parse(Message m) {
        AddressFamily family = AddressFamily.fromCode(m.u8(0)).orElse(null);
        if (family == null) {
            return null; // IPMR/IP6MR multicast rules share the dump
        }
        int dstLen = m.u8(1);
        int srcLen = m.u8(2);
        int tos = m.u8(3);
        long table = m.u8(4);
        int actionCode = m.u8(7);
        int flags = m.u32(8);
        InetAddress src = null;
        InetAddress dst = null;
        long priority = 0;
        Long fwmark = null;
        Long fwmask = null;
        String iif = null;
        String oif = null;
        long[] uid = null;
        int[] sport = null;
        int[] dport = null;
        Integer ipProto = null;
        long suppress = NO_SUPPRESS;
        Long gotoTarget = null;
        Integer protocol = null;
        List<RawAttribute> unknown = new ArrayList<>();
        Attributes a = m.attributes(FIB_RULE_HDR_LEN);
        while (a.next()) {
            switch (a.type()) {
                case FRA_SRC -> src = a.address();
                case FRA_DST -> dst = a.address();
                case FRA_PRIORITY -> priority = Integer.toUnsignedLong(a.u32());
                case FRA_FWMARK -> fwmark = Integer.toUnsignedLong(a.u32());
                case FRA_FWMASK -> fwmask = Integer.toUnsignedLong(a.u32());
                case FRA_IIFNAME -> iif = a.string();
                case FRA_OIFNAME -> oif = a.string();
                case FRA_TABLE -> table = Integer.toUnsignedLong(a.u32());
                case FRA_SUPPRESS_PREFIXLEN -> suppress = Integer.toUnsignedLong(a.u32());
                case FRA_GOTO -> gotoTarget = Integer.toUnsignedLong(a.u32());
                case FRA_PROTOCOL -> protocol = a.u8();
                case FRA_IP_PROTO -> ipProto = a.u8();
                case FRA_UID_RANGE -> {
                    var p = a.payload();
                    uid = new long[] {Integer.toUnsignedLong(p.u32(0)), Integer.toUnsignedLong(p.u32(4))};
                }
                case FRA_SPORT_RANGE -> sport = new int[] {a.payload().u16(0), a.payload().u16(2)};
                case FRA_DPORT_RANGE -> dport = new int[] {a.payload().u16(0), a.payload().u16(2)};
                default -> unknown.add(a.raw());
            }
        }
        try {
            RuleAction action = RuleAction.fromCode(actionCode).orElse(null);
            return new Rule(family, priority, (flags & FIB_RULE_INVERT) != 0, prefix(family, src, srcLen, "FRA_SRC"),
                    prefix(family, dst, dstLen, "FRA_DST"), tos, fwmark, fwmark == null ? null : fwmask, iif, oif,
                    uid == null ? null : UidRange.of(uid[0], uid[1]), ipProto == null ? null : IpProtocol.of(ipProto),
                    sport == null ? null : PortRange.of(sport[0], sport[1]),
                    dport == null ? null : PortRange.of(dport[0], dport[1]),
                    table == 0 ? null : RouteTable.of(table), suppress == NO_SUPPRESS ? null : (int) suppress,
                    action, action == RuleAction.GOTO ? gotoTarget : null,
                    protocol == null ? null : RouteProtocol.of(protocol), RuleFlag.of(flags), unknown);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException("RTM_NEWRULE: " + e.getMessage());
        }
    }

    private static Cidr prefix(AddressFamily family, InetAddress address, int length, String what) {
        if (length == 0 && address == null) {
            return null;
        }
        if (address == null) {
            address = InetAddresses.zero(family);
        }
        if (AddressFamily.of(address) != family) {
            throw new ProtocolException("RTM_NEWRULE: " + what + " " + Cidr.format(address) + " in a " + family
                    + " rule");
        }
        return new Cidr(address, length);
    }
}
