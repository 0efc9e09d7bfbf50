package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.internal.NfTables.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;

/**
 * {@code counter packets P bytes B}; a new counter starts from the given values (usually 0).
 *
 * @param packets packets counted
 * @param bytes   bytes counted
 */
public record Counter(long packets, long bytes) implements Expr {
    /** A counter from zero. */
    public static Counter zero() {
        return new Counter(0, 0);
    }

    @Override
    public String kernelName() {
        return "counter";
    }

    void encode(MessageWriter w) {
        w.putU64be(NFTA_COUNTER_BYTES, bytes);
        w.putU64be(NFTA_COUNTER_PACKETS, packets);
    }

    static Counter decode(Attributes a) {
        long bytes = 0;
        long packets = 0;
        while (a.next()) {
            switch (a.type()) {
                case NFTA_COUNTER_BYTES -> bytes = a.u64be();
                case NFTA_COUNTER_PACKETS -> packets = a.u64be();
                case NFTA_COUNTER_PAD -> { }
                default -> {
                    return null;
                }
            }
        }
        return new Counter(packets, bytes);
    }
}
