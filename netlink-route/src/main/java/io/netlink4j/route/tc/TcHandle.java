package io.netlink4j.route.tc;

import io.netlink4j.route.uapi.PktSchedH;
import java.util.Objects;

/**
 * A traffic control handle or class id: 16 bits of major and 16 of minor, written as {@code tc}
 * writes them in hex — {@code "1:"} (the qdisc {@code 1:}), {@code "1:10"} (its class
 * {@code 1:10}), {@code "root"}, {@code "none"}. An open set, so a value type with the kernel's
 * fixed points as constants.
 *
 * <pre>{@code
 * TcHandle.parse("1:10")          // major 0x1, minor 0x10
 * TcHandle.of(1, 0x10)            // the same
 * TcHandle.ROOT                   // tc's "root", the device's egress root
 * TcHandle.CLSACT_INGRESS         // tc filter ... ingress (ffff:fff2)
 * }</pre>
 *
 * @param value the 32-bit handle as the kernel carries it ({@code tcm_handle}, {@code tcm_parent})
 */
public record TcHandle(int value) {
    /** {@code TC_H_UNSPEC}, tc's {@code "none"}: no handle given (the kernel picks one). */
    public static final TcHandle UNSPEC = new TcHandle(PktSchedH.TC_H_UNSPEC);
    /** {@code TC_H_ROOT}, tc's {@code "root"}: the parent of a device's egress root qdisc. */
    public static final TcHandle ROOT = new TcHandle(PktSchedH.TC_H_ROOT);
    /** {@code TC_H_INGRESS} ({@code ffff:fff1}): the parent of an ingress or clsact qdisc. */
    public static final TcHandle INGRESS = new TcHandle(PktSchedH.TC_H_INGRESS);
    /** {@code ffff:}: the handle of an ingress or clsact qdisc. */
    public static final TcHandle INGRESS_QDISC = new TcHandle(PktSchedH.TC_H_INGRESS & PktSchedH.TC_H_MAJ_MASK);
    /** {@code ffff:fff2}, tc's filter parent {@code ingress}: a clsact or ingress qdisc's ingress hook. */
    public static final TcHandle CLSACT_INGRESS = of(0xffff, PktSchedH.TC_H_MIN_INGRESS);
    /** {@code ffff:fff3}, tc's filter parent {@code egress}: a clsact qdisc's egress hook. */
    public static final TcHandle CLSACT_EGRESS = of(0xffff, PktSchedH.TC_H_MIN_EGRESS);

    /**
     * The handle {@code major:minor}; both parts 0..0xffff.
     *
     * @param major the qdisc's number, 0..0xffff
     * @param minor the class's number within it, 0..0xffff; 0 for the qdisc itself
     * @return the handle
     * @throws IllegalArgumentException if either is out of range
     */
    public static TcHandle of(int major, int minor) {
        if (major < 0 || major > 0xffff || minor < 0 || minor > 0xffff) {
            throw new IllegalArgumentException("tc handle " + Integer.toHexString(major) + ":" + Integer.toHexString(minor)
                    + " is out of range: major and minor are 0..ffff");
        }
        return new TcHandle(major << 16 | minor);
    }

    /**
     * Parses {@code tc}'s notation: {@code "MAJ:MIN"}, {@code "MAJ:"}, {@code ":MIN"} (hex,
     * 1..4 digits each), {@code "root"} or {@code "none"}.
     *
     * @param text e.g. {@code "1:"}, {@code "1:10"}, {@code ":10"}, {@code "root"}, {@code "none"}
     * @return the handle
     * @throws IllegalArgumentException naming the text and the rule it breaks
     */
    public static TcHandle parse(String text) {
        Objects.requireNonNull(text, "handle");
        switch (text) {
            case "root": return ROOT;
            case "none": return UNSPEC;
            default: break;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("tc handle '" + text + "' has no ':': write '" + text
                    + ":' for a qdisc or 'MAJ:" + text + "' for a class (hex), or root/none");
        }
        int major = hex(text, text.substring(0, colon), "major");
        int minor = hex(text, text.substring(colon + 1), "minor");
        return of(major, minor);
    }

    private static int hex(String text, String part, String what) {
        if (part.isEmpty()) {
            return 0;
        }
        if (part.length() > 4 || !part.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("tc handle '" + text + "': " + what + " '" + part
                    + "' is not 1 to 4 hex digits (0..ffff)");
        }
        return Integer.parseInt(part, 16);
    }

    /**
     * The upper 16 bits, {@code TC_H_MAJ(h) >> 16}.
     *
     * @return the major number, 0..0xffff
     */
    public int major() {
        return value >>> 16;
    }

    /**
     * The lower 16 bits, {@code TC_H_MIN(h)}.
     *
     * @return the minor number, 0..0xffff
     */
    public int minor() {
        return value & 0xffff;
    }

    /**
     * The qdisc this class id belongs to: {@code 1:10} gives {@code 1:}.
     *
     * @return the handle with the same major and minor 0
     */
    public TcHandle qdisc() {
        return new TcHandle(value & PktSchedH.TC_H_MAJ_MASK);
    }

    /** As {@code tc} prints it: {@code root}, {@code none}, {@code 1:}, {@code :10}, {@code 1:10}. */
    @Override
    public String toString() {
        if (value == PktSchedH.TC_H_ROOT) {
            return "root";
        }
        if (value == PktSchedH.TC_H_UNSPEC) {
            return "none";
        }
        if (major() == 0) {
            return ":" + Integer.toHexString(minor());
        }
        if (minor() == 0) {
            return Integer.toHexString(major()) + ":";
        }
        return Integer.toHexString(major()) + ":" + Integer.toHexString(minor());
    }
}
