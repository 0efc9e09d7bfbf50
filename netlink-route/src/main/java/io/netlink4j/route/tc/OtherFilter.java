package io.netlink4j.route.tc;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A classifier this library does not model ({@code fw}, {@code basic}, {@code route}, ...): its
 * kind and the raw {@code TCA_OPTIONS} payload.
 *
 * @param kind    {@code TCA_KIND}
 * @param options the payload of {@code TCA_OPTIONS}, or {@code null}
 */
public record OtherFilter(String kind, byte[] options) implements FilterKind {
    /** Checks the kind and copies the options. */
    public OtherFilter {
        Objects.requireNonNull(kind, "kind");
        if (kind.isEmpty() || kind.length() > 15) {
            throw new IllegalArgumentException("filter kind '" + kind + "' must be 1 to 15 characters");
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

    /** Not known without modelling the kind: {@link TcHandle#UNSPEC}. */
    @Override
    public TcHandle classId() {
        return TcHandle.UNSPEC;
    }

    /** Not known without modelling the kind: none. */
    @Override
    public List<TcAction> actions() {
        return List.of();
    }

    /** Same kind and the same option bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof OtherFilter f && kind.equals(f.kind) && Arrays.equals(options, f.options);
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
