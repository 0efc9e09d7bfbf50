package io.netlink4j.route.tc;

import java.util.Arrays;
import java.util.Objects;

/**
 * A class of a kind this library does not model ({@code hfsc}, {@code drr}, a prio band, ...),
 * as the kernel reported it: the kind and the raw {@code TCA_OPTIONS} payload.
 *
 * @param kind    {@code TCA_KIND}
 * @param options the payload of {@code TCA_OPTIONS}, or {@code null} when there was none
 */
public record OtherClass(String kind, byte[] options) implements ClassKind {
    /** Checks the kind and copies the options. */
    public OtherClass {
        Objects.requireNonNull(kind, "kind");
        if (kind.isEmpty() || kind.length() > 15) {
            throw new IllegalArgumentException("class kind '" + kind + "' must be 1 to 15 characters");
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
        return o instanceof OtherClass c && kind.equals(c.kind) && Arrays.equals(options, c.options);
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
