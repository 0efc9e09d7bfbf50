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
    /** Keeps copies. */
    public UnknownExpr {
        Objects.requireNonNull(name, "expression name");
        data = data == null ? new byte[0] : data.clone();
    }

    /** A copy of the raw attributes. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public String kernelName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownExpr u && u.name.equals(name) && Arrays.equals(u.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "UnknownExpr[" + name + " 0x" + HexFormat.of().formatHex(data) + "]";
    }

    void encode(MessageWriter w) {
        w.bytes(data);
    }
}
