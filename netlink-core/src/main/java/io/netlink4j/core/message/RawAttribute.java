package io.netlink4j.core.message;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An attribute a reply carried that the records do not model (a link's attribute from a newer
 * kernel, a chain's counters or flags, a rule's comment), kept as the kernel sent it so that
 * nothing is dropped. Every result record of every family keeps these in a
 * {@code List<RawAttribute> unknown}, in the order received.
 *
 * @param type  the attribute type ({@code IFLA_*}, {@code NFTA_CHAIN_FLAGS}...), without the flag bits
 * @param value the payload, copied
 */
public record RawAttribute(int type, byte[] value) {
    /** Checks the type fits 14 bits and copies the value. */
    public RawAttribute {
        if (type < 0 || type > 0x3fff) {
            throw new IllegalArgumentException("attribute type " + type + " does not fit 14 bits");
        }
        value = Objects.requireNonNull(value, "value").clone();
    }

    /**
     * A copy of the payload.
     *
     * @return a copy
     */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** Equal type and payload bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RawAttribute a && a.type == type && Arrays.equals(a.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * type + Arrays.hashCode(value);
    }

    /** {@code attr 10 0x00000001}. */
    @Override
    public String toString() {
        return "attr " + type + " 0x" + HexFormat.of().formatHex(value);
    }
}
