package io.netlink4j.route.tc;

import java.util.Arrays;
import java.util.Objects;

/**
 * An action this library does not model ({@code skbedit}, {@code vlan}, {@code gact} with a
 * random verdict, ...): its kind and the raw {@code TCA_ACT_OPTIONS} payload.
 *
 * @param kind    {@code TCA_ACT_KIND}
 * @param options the payload of {@code TCA_ACT_OPTIONS}, or {@code null}
 */
public record OtherAction(String kind, byte[] options) implements TcAction {
    /** Checks the kind and copies the options. */
    public OtherAction {
        Objects.requireNonNull(kind, "kind");
        if (kind.isEmpty() || kind.length() > 15) {
            throw new IllegalArgumentException("action kind '" + kind + "' must be 1 to 15 characters");
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
        return o instanceof OtherAction a && kind.equals(a.kind) && Arrays.equals(options, a.options);
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
