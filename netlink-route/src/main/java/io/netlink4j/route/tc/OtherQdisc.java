package io.netlink4j.route.tc;

import java.util.Arrays;
import java.util.Objects;

/**
 * A qdisc kind this library does not model ({@code cake}, {@code fq}, {@code mqprio}...), as the
 * kernel reported it or as a caller encoded it: the kind and the raw {@code TCA_OPTIONS} payload.
 *
 * @param kind    {@code TCA_KIND}
 * @param options the payload of {@code TCA_OPTIONS}, or {@code null} when there was none
 */
public record OtherQdisc(String kind, byte[] options) implements QdiscKind {
    /** Checks the kind and copies the options. */
    public OtherQdisc {
        Objects.requireNonNull(kind, "kind");
        if (kind.isEmpty() || kind.length() > 15) {
            throw new IllegalArgumentException("qdisc kind '" + kind + "' must be 1 to 15 characters");
        }
        options = Raw.copy(options);
    }

    /**
     * A copy of the options payload, or {@code null}.
     *
     * @return a fresh copy of the payload, or {@code null}
     */
    @Override
    public byte[] options() {
        return Raw.copy(options);
    }

    /** Same kind and the same option bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof OtherQdisc q && kind.equals(q.kind) && Arrays.equals(options, q.options);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(options);
    }

    /** {@code KIND [options HEX]}. */
    @Override
    public String toString() {
        return options == null ? kind : kind + " options " + Raw.hex(options);
    }
}
