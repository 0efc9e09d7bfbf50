package io.netlink4j.route.rule;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.Cidr;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.RawAttribute;
import io.netlink4j.route.route.RouteProtocol;
import io.netlink4j.route.route.RouteTable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A policy routing rule as the kernel reports it ({@code RTM_NEWRULE}), one line of
 * {@code ip rule}. {@code null} (0 for {@code tos}) means the rule does not select on that field.
 *
 * @param family               IPv4 or IPv6
 * @param priority             its priority ({@code pref}); rules run in ascending order
 * @param not                  the selectors are inverted ({@code not})
 * @param from                 the source prefix, or {@code null} for {@code from all}
 * @param to                   the destination prefix, or {@code null}
 * @param tos                  the DS field byte matched, 0 for any
 * @param fwmark               the packet mark, or {@code null}
 * @param fwmask               the mask of the mark ({@code 0xffffffff}: all bits), or {@code null} without a mark
 * @param iif                  the input device's name, or {@code null}
 * @param oif                  the output device's name, or {@code null}
 * @param uidRange             the uid range, or {@code null}
 * @param ipProtocol           the IP protocol, or {@code null}
 * @param sport                the source ports, or {@code null}
 * @param dport                the destination ports, or {@code null}
 * @param table                the table looked up, or {@code null} for rules that look up none
 * @param suppressPrefixLength {@code suppress_prefixlength}, or {@code null} when not set
 * @param action               what a match does, or {@code null} for an action this library does not know
 * @param gotoTarget           the priority a {@code goto} rule goes on with, or {@code null}
 * @param protocol             who made the rule ({@code kernel} for the default rules), or {@code null}
 * @param flags                the kernel's word on the rule's state: a missing device, an unresolved goto
 * @param unknown              attributes this record does not model, in the order received
 */
public record Rule(AddressFamily family, long priority, boolean not, Cidr from, Cidr to, int tos, Long fwmark,
                   Long fwmask, String iif, String oif, UidRange uidRange, IpProtocol ipProtocol, PortRange sport,
                   PortRange dport, RouteTable table, Integer suppressPrefixLength, RuleAction action,
                   Long gotoTarget, RouteProtocol protocol, Set<RuleFlag> flags, List<RawAttribute> unknown) {
    /** Copies the set and the map. */
    public Rule {
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        unknown = List.copyOf(unknown);
    }

    /**
     * The rule an {@code RTM_NEWRULE}/{@code RTM_DELRULE} message describes (a dump reply or an
     * event); {@code null} for families other than IPv4 and IPv6 (the multicast routing rules of
     * {@code ipmr} share the message type). Devices are named in the message itself
     * ({@code FRA_IIFNAME}, {@code FRA_OIFNAME}), so nothing needs looking up.
     *
     * @param m the message, its payload starting with {@code struct fib_rule_hdr}
     * @return the rule, or {@code null} for another family
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Rule parse(Message m) {
        return RuleCodec.parse(Objects.requireNonNull(m, "m"));
    }

    /**
     * This rule as a spec, with every selector, its priority and its action: the key that
     * deletes exactly this rule ({@code rules().delete(rule.toSpec())}).
      *
      * @return the spec
     */
    public RuleSpec toSpec() {
        RouteTable t = action == RuleAction.LOOKUP || action == null ? table : null;
        return new RuleSpec(family, not, from, to, tos, fwmark,
                RuleCodec.fwmask(fwmark, fwmask), iif, oif, priority,
                uidRange, ipProtocol, sport, dport, t, suppressPrefixLength, action, gotoTarget, protocol);
    }

    /**
     * The line {@code ip rule} prints: {@code 32765:\tfrom 10.2.0.0/24 lookup 100}. The DS field
     * prints in hex (where {@code ip} may print a name from {@code /etc/iproute2/rt_dsfield}).
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(priority).append(":\t");
        if (not) {
            s.append("not ");
        }
        s.append("from ").append(from == null ? "all" : prefix(from));
        if (to != null) {
            s.append(" to ").append(prefix(to));
        }
        if (tos != 0) {
            s.append(" tos 0x").append(Integer.toHexString(tos));
        }
        if (fwmark != null) {
            s.append(" fwmark 0x").append(Long.toHexString(fwmark));
            if (fwmask != null && fwmask != 0xffff_ffffL) {
                s.append("/0x").append(Long.toHexString(fwmask));
            }
        }
        word(s, "iif", iif);
        if (flags.contains(RuleFlag.IIF_DETACHED)) {
            s.append(" [detached]");
        }
        word(s, "oif", oif);
        if (flags.contains(RuleFlag.OIF_DETACHED)) {
            s.append(" [detached]");
        }
        word(s, "uidrange", uidRange);
        word(s, "ipproto", ipProtocol);
        word(s, "sport", sport);
        word(s, "dport", dport);
        word(s, "lookup", table);
        word(s, "suppress_prefixlength", suppressPrefixLength);
        if (action == RuleAction.GOTO) {
            s.append(" goto ").append(gotoTarget == null ? "none" : gotoTarget);
            if (flags.contains(RuleFlag.UNRESOLVED)) {
                s.append(" [unresolved]");
            }
        } else if (action != null && action != RuleAction.LOOKUP) {
            s.append(' ').append(action);
        }
        if (protocol != null && protocol.code() != 0 && !protocol.equals(RouteProtocol.KERNEL)) {
            s.append(" proto ").append(protocol);
        }
        return s.toString();
    }

    /** {@code ip} leaves the length off host prefixes. */
    private static String prefix(Cidr c) {
        return c.prefixLength() == c.family().maxPrefixLength() ? Cidr.format(c.address()) : c.toString();
    }

    private static void word(StringBuilder s, String word, Object value) {
        if (value != null) {
            s.append(' ').append(word).append(' ').append(value);
        }
    }
}
