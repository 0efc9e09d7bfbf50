package io.netlink4j.core.message;

import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The unaligned value layouts the readers and the writer share, host order and network order,
 * made once: {@code withOrder} builds a new layout on every call, which the decode path would
 * otherwise pay for each value read.
 */
final class Layouts {
    static final ValueLayout.OfShort U16 = ValueLayout.JAVA_SHORT_UNALIGNED;
    static final ValueLayout.OfInt U32 = ValueLayout.JAVA_INT_UNALIGNED;
    static final ValueLayout.OfLong U64 = ValueLayout.JAVA_LONG_UNALIGNED;
    static final ValueLayout.OfShort U16_BE = U16.withOrder(ByteOrder.BIG_ENDIAN);
    static final ValueLayout.OfInt U32_BE = U32.withOrder(ByteOrder.BIG_ENDIAN);
    static final ValueLayout.OfLong U64_BE = U64.withOrder(ByteOrder.BIG_ENDIAN);

    private Layouts() {}
}
