package io.netlink4j.netfilter;

import io.netlink4j.core.message.MessageWriter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An expression this library does not model, or models only partly (a {@code meta set}, say):
 * its name and its {@code NFTA_EXPR_DATA} attributes as the kernel sent them. Writing it back
 * sends the same bytes.
 *
 * @param name the kernel's expression name ({@code "limit"}, {@code "log"}...)
 * @param data the {@code NFTA_EXPR_DATA} payload: the expression's own attributes
 */
public record UnknownExpr(String name, byte[] data) implements Expr {
    /** Checks the name; keeps a copy of the data. */
    public UnknownExpr {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("expression name must not be empty");
        }
        data = data.clone();
    }

    /**
     * A copy of the raw attributes.
     *
     * @return a copy
     */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public String kernelName() {
        return name;
    }

    /** Equal name and data bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownExpr u && u.name.equals(name) && Arrays.equals(u.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(data));
    }

    /** {@code [ limit 0x0c000100... ]}: the name and the raw attributes in hex. */
    @Override
    public String toString() {
        return "[ " + name + " 0x" + HexFormat.of().formatHex(data) + " ]";
    }

    void encode(MessageWriter w) {
        w.bytes(data);
    }
}
