package io.netlink4j.route.rule;

import io.netlink4j.core.Cidr;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link Rule} as {@code ip -j rule} (iproute2 6.1) prints it, to compare the library with the witness. */
final class RuleJson {
    private RuleJson() {}

    static Map<String, Object> of(Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("priority", r.priority());
        if (r.not()) {
            m.put("not", null);
        }
        prefix(m, "src", "srclen", r.from(), true);
        prefix(m, "dst", "dstlen", r.to(), false);
        if (r.tos() != 0) {
            m.put("tos", "0x" + Integer.toHexString(r.tos()));
        }
        if (r.fwmark() != null) {
            m.put("fwmark", "0x" + Long.toHexString(r.fwmark()));
            if (r.fwmask() != null && r.fwmask() != 0xffff_ffffL) {
                m.put("fwmask", "0x" + Long.toHexString(r.fwmask()));
            }
        }
        if (r.iif() != null) {
            m.put("iif", r.iif());
            if (r.flags().contains(RuleFlag.IIF_DETACHED)) {
                m.put("iif_detached", null);
            }
        }
        if (r.oif() != null) {
            m.put("oif", r.oif());
            if (r.flags().contains(RuleFlag.OIF_DETACHED)) {
                m.put("oif_detached", null);
            }
        }
        if (r.uidRange() != null) {
            m.put("uid_start", r.uidRange().start());
            m.put("uid_end", r.uidRange().end());
        }
        if (r.ipProtocol() != null) {
            m.put("ipproto", r.ipProtocol().toString());
        }
        ports(m, "sport", r.sport());
        ports(m, "dport", r.dport());
        if (r.table() != null) {
            m.put("table", r.table().toString());
            if (r.suppressPrefixLength() != null) {
                m.put("suppress_prefixlen", (long) r.suppressPrefixLength());
            }
        }
        if (r.action() == RuleAction.GOTO) {
            m.put("goto", r.gotoTarget());
            if (r.flags().contains(RuleFlag.UNRESOLVED)) {
                m.put("unresolved", null);
            }
        } else if (r.action() == RuleAction.NOP) {
            m.put("nop", null);
        } else if (r.action() != null && r.action() != RuleAction.LOOKUP) {
            m.put("action", r.action().toString());
        }
        if (r.protocol() != null && r.protocol().code() != 0 && r.protocol().code() != 2) {
            m.put("protocol", r.protocol().toString());
        }
        return m;
    }

    private static void prefix(Map<String, Object> m, String key, String lenKey, Cidr c, boolean all) {
        if (c == null) {
            if (all) {
                m.put(key, "all");
            }
            return;
        }
        m.put(key, Cidr.format(c.address()));
        if (c.prefixLength() != c.family().maxPrefixLength()) {
            m.put(lenKey, (long) c.prefixLength());
        }
    }

    private static void ports(Map<String, Object> m, String key, PortRange p) {
        if (p == null) {
            return;
        }
        if (p.start() == p.end()) {
            m.put(key, (long) p.start());
        } else {
            m.put(key + "_start", (long) p.start());
            m.put(key + "_end", (long) p.end());
        }
    }
}
