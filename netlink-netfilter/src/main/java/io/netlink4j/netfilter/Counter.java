package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.*;

import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;

/**
 * {@code counter packets P bytes B}; a new counter starts from the given values (usually 0).
 *
 * @param packets packets counted, not negative
 * @param bytes   bytes counted, not negative
 */
public record Counter(long packets, long bytes) implements Expr {
    /** Checks the counts. */
    public Counter {
        if (packets < 0 || bytes < 0) {
            throw new IllegalArgumentException("counter packets " + packets + " bytes " + bytes
                    + ": must not be negative");
        }
    }

    /**
     * A counter from zero.
     *
     * @return the expression
     */
    public static Counter zero() {
        return new Counter(0, 0);
    }

    @Override
    public String kernelName() {
        return "counter";
    }

    /** {@code [ counter pkts 0 bytes 0 ]}. */
    @Override
    public String toString() {
        return "[ counter pkts " + packets + " bytes " + bytes + " ]";
    }

    void encode(MessageWriter w) {
        // nft sends a new counter without values: the kernel starts it at zero.
        if (packets != 0 || bytes != 0) {
            w.putU64be(NFTA_COUNTER_BYTES, bytes);
            w.putU64be(NFTA_COUNTER_PACKETS, packets);
        }
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
        return packets < 0 || bytes < 0 ? null : new Counter(packets, bytes);
    }
}
