package io.netlink4j.route.tc;

/**
 * One 32-bit key of a u32 selector ({@code struct tc_u32_key}): the packet's word at
 * {@code offset}, masked, must equal the value. {@code tc}'s {@code match ip dst 10.0.0.2/32}
 * is the key {@code 0a000002/ffffffff at 16}; {@link U32}'s {@code match...} methods build them.
 *
 * @param value   the expected bits, as the word reads in network order
 * @param mask    which bits count
 * @param offset  byte offset from the network header, a multiple of 4 (negative reaches into the link layer)
 * @param offmask {@code offmask}: 0, or -1 for an offset from the transport header ({@code nexthdr+})
 */
public record U32Key(int value, int mask, int offset, int offmask) {
    /** Checks the alignment and that the value has no bits outside the mask. */
    public U32Key {
        if (offset % 4 != 0) {
            throw new IllegalArgumentException("u32 key offset " + offset + " is not a multiple of 4");
        }
        if ((value & ~mask) != 0) {
            throw new IllegalArgumentException("u32 key " + String.format("%08x/%08x", value, mask)
                    + " has value bits outside its mask");
        }
    }

    /** {@code match 0a0a0002/ffffffff at 16}, as {@code tc filter show} prints a key. */
    @Override
    public String toString() {
        return String.format("match %08x/%08x at %s%d", value, mask, offmask != 0 ? "nexthdr+" : "", offset);
    }
}
