package io.netlink4j.route.tc;

import io.netlink4j.core.Cidr;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code u32}: matches 32-bit words of the packet against keys, and sends matches to a class or
 * through actions. The {@code match...} methods build the keys as {@code tc}'s {@code match ip ...}
 * and {@code match ip6 ...} do, merging keys on the same word.
 *
 * <pre>{@code
 * // tc filter add dev veth-a parent 1: protocol ip prio 1 u32 match ip dst 10.10.0.2/32 flowid 1:10
 * FilterSpec.of("veth-a", "1:", U32.of().matchIpDst("10.10.0.2/32").withClassId("1:10"))
 *         .withProtocol(EtherType.IP).withPriority(1)
 * // ... u32 match ip protocol 6 0xff match ip dport 80 0xffff flowid 1:10
 * U32.of().matchIpProtocol(6).matchIpDport(80).withClassId("1:10")
 * }</pre>
 *
 * @param keys    the selector's keys, at most 128 (none matches every packet only with {@link #matchAll()})
 * @param classId where matches go ({@code flowid}), or {@link TcHandle#UNSPEC}
 * @param actions what happens to matches, in order
 */
public record U32(List<U32Key> keys, TcHandle classId, List<TcAction> actions) implements FilterKind {
    /** Checks the key count and copies the lists. */
    public U32 {
        keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
        Objects.requireNonNull(classId, "classId");
        actions = Kinds.actions(actions);
        if (keys.size() > 128) {
            throw new IllegalArgumentException("u32 selector with " + keys.size() + " keys: at most 128");
        }
    }

    /**
     * An empty selector; add keys with the {@code match...} methods.
     *
     * @return a selector without keys, class or actions
     */
    public static U32 of() {
        return new U32(List.of(), TcHandle.UNSPEC, List.of());
    }

    /**
     * {@code match u32 0 0}: one key that every packet matches.
     *
     * @return this selector with a key that matches every packet
     */
    public U32 matchAll() {
        return match(new U32Key(0, 0, 0, 0));
    }

    /**
     * {@code match u32 VALUE MASK at OFFSET}, merged into a key on the same word as tc's {@code pack_key} does.
     *
     * @param key the key: value and mask of the 32-bit word at an offset
     * @return this selector with the key, merged into an existing key on the same word
     * @throws IllegalArgumentException if the key contradicts one on the same word, or would be the 129th
     */
    public U32 match(U32Key key) {
        List<U32Key> out = new ArrayList<>(keys);
        for (int i = 0; i < out.size(); i++) {
            U32Key k = out.get(i);
            if (k.offset() == key.offset() && k.offmask() == key.offmask()) {
                if (((key.value() ^ k.value()) & key.mask() & k.mask()) != 0) {
                    throw new IllegalArgumentException("u32 " + key + " contradicts " + k + " on the same word");
                }
                out.set(i, new U32Key(k.value() | key.value(), k.mask() | key.mask(), k.offset(), k.offmask()));
                return new U32(out, classId, actions);
            }
        }
        out.add(key);
        return new U32(out, classId, actions);
    }

    /**
     * {@code match ip src 10.0.0.0/24}.
     *
     * @param cidr an IPv4 prefix or address, e.g. {@code "10.0.0.0/24"}
     * @return this selector matching the source address (the word at offset 12)
     * @throws IllegalArgumentException if {@code cidr} is malformed or not IPv4
     */
    public U32 matchIpSrc(String cidr) {
        return matchIpv4(cidr, 12, "src");
    }

    /**
     * {@code match ip dst 10.0.0.2/32}.
     *
     * @param cidr an IPv4 prefix or address, e.g. {@code "10.0.0.2/32"}
     * @return this selector matching the destination address (the word at offset 16)
     * @throws IllegalArgumentException if {@code cidr} is malformed or not IPv4
     */
    public U32 matchIpDst(String cidr) {
        return matchIpv4(cidr, 16, "dst");
    }

    private U32 matchIpv4(String text, int offset, String what) {
        Cidr c = Cidr.parse(text);
        if (!(c.address() instanceof Inet4Address)) {
            throw new IllegalArgumentException("u32 match ip " + what + " '" + text + "' is not IPv4 (use matchIp6" +
                    (what.equals("src") ? "Src" : "Dst") + ")");
        }
        return match(prefixKey(c.address().getAddress(), 0, c.prefixLength(), offset));
    }

    /**
     * {@code match ip6 src fd00::/64}.
     *
     * @param cidr an IPv6 prefix or address, e.g. {@code "fd00::/64"}
     * @return this selector matching the source address, one key per word the prefix covers (from offset 8)
     * @throws IllegalArgumentException if {@code cidr} is malformed or not IPv6
     */
    public U32 matchIp6Src(String cidr) {
        return matchIpv6(cidr, 8, "src");
    }

    /**
     * {@code match ip6 dst fd00::2/128}.
     *
     * @param cidr an IPv6 prefix or address, e.g. {@code "fd00::2/128"}
     * @return this selector matching the destination address, one key per word the prefix covers (from offset 24)
     * @throws IllegalArgumentException if {@code cidr} is malformed or not IPv6
     */
    public U32 matchIp6Dst(String cidr) {
        return matchIpv6(cidr, 24, "dst");
    }

    private U32 matchIpv6(String text, int offset, String what) {
        Cidr c = Cidr.parse(text);
        if (c.address() instanceof Inet4Address) {
            throw new IllegalArgumentException("u32 match ip6 " + what + " '" + text + "' is not IPv6");
        }
        byte[] a = c.address().getAddress();
        U32 u = this;
        // One key per 32-bit word the prefix covers, as tc's parse_ip6_addr packs them.
        for (int bit = 0; bit < c.prefixLength(); bit += 32) {
            u = u.match(prefixKey(a, bit / 8, Math.min(32, c.prefixLength() - bit), offset + bit / 8));
        }
        return u;
    }

    private static U32Key prefixKey(byte[] address, int from, int bits, int offset) {
        int word = (address[from] & 0xff) << 24 | (address[from + 1] & 0xff) << 16 | (address[from + 2] & 0xff) << 8
                | (address[from + 3] & 0xff);
        int mask = bits == 0 ? 0 : -1 << (32 - bits);
        return new U32Key(word & mask, mask, offset, 0);
    }

    /**
     * {@code match ip protocol 6 0xff}: the IPv4 protocol (6 TCP, 17 UDP, 1 ICMP).
     *
     * @param protocol the IP protocol number, 0..255
     * @return this selector matching the IPv4 header's protocol byte
     * @throws IllegalArgumentException if {@code protocol} is out of range
     */
    public U32 matchIpProtocol(int protocol) {
        return match(u8(protocol, 0xff, 9, "ip protocol"));
    }

    /**
     * {@code match ip tos VALUE MASK}.
     *
     * @param tos the TOS (DSCP and ECN) bits to match, 0..255
     * @param mask the bits of {@code tos} that count, 0..255
     * @return this selector matching the IPv4 header's TOS byte
     * @throws IllegalArgumentException if {@code tos} or {@code mask} is out of range
     */
    public U32 matchIpTos(int tos, int mask) {
        return match(u8(tos, mask, 1, "ip tos"));
    }

    /**
     * {@code match ip sport 5000 0xffff}: the TCP/UDP source port, for IPv4 headers without options.
     *
     * @param port the port, 0..65535
     * @return this selector matching the 16 bits at offset 20
     * @throws IllegalArgumentException if {@code port} is out of range
     */
    public U32 matchIpSport(int port) {
        return match(u16(port, 20, "ip sport"));
    }

    /**
     * {@code match ip dport 80 0xffff}: the TCP/UDP destination port, for IPv4 headers without options.
     *
     * @param port the port, 0..65535
     * @return this selector matching the 16 bits at offset 22
     * @throws IllegalArgumentException if {@code port} is out of range
     */
    public U32 matchIpDport(int port) {
        return match(u16(port, 22, "ip dport"));
    }

    /**
     * {@code match ip6 protocol 6 0xff}: the IPv6 next header.
     *
     * @param protocol the next header number, 0..255
     * @return this selector matching the IPv6 header's next header byte
     * @throws IllegalArgumentException if {@code protocol} is out of range
     */
    public U32 matchIp6Protocol(int protocol) {
        return match(u8(protocol, 0xff, 6, "ip6 protocol"));
    }

    /**
     * {@code match ip6 sport 5000 0xffff}, right after a plain IPv6 header.
     *
     * @param port the port, 0..65535
     * @return this selector matching the 16 bits at offset 40
     * @throws IllegalArgumentException if {@code port} is out of range
     */
    public U32 matchIp6Sport(int port) {
        return match(u16(port, 40, "ip6 sport"));
    }

    /**
     * {@code match ip6 dport 80 0xffff}, right after a plain IPv6 header.
     *
     * @param port the port, 0..65535
     * @return this selector matching the 16 bits at offset 42
     * @throws IllegalArgumentException if {@code port} is out of range
     */
    public U32 matchIp6Dport(int port) {
        return match(u16(port, 42, "ip6 dport"));
    }

    /** tc's pack_key8: the byte at {@code off} within its word. */
    private static U32Key u8(int value, int mask, int off, String what) {
        if (value < 0 || value > 0xff || mask < 0 || mask > 0xff) {
            throw new IllegalArgumentException("u32 match " + what + " " + value + " " + mask + ": value and mask are 0..255");
        }
        int shift = 24 - 8 * (off & 3);
        return new U32Key((value & mask) << shift, mask << shift, off & ~3, 0);
    }

    /** tc's pack_key16: the 16 bits at {@code off} within their word. */
    private static U32Key u16(int value, int off, String what) {
        if (value < 0 || value > 0xffff) {
            throw new IllegalArgumentException("u32 match " + what + " " + value + " is out of range 0..65535");
        }
        int shift = (off & 3) == 0 ? 16 : 0;
        return new U32Key(value << shift, 0xffff << shift, off & ~3, 0);
    }

    /**
     * {@code flowid 1:10} ({@link TcHandle#parse}).
     *
     * @param classId a class as {@code tc} writes it, e.g. {@code "1:10"}
     * @return this filter sending matches to that class
     * @throws IllegalArgumentException if {@code classId} is malformed
     */
    public U32 withClassId(String classId) {
        return withClassId(TcHandle.parse(classId));
    }

    /**
     * {@code flowid C}.
     *
     * @param classId the class matches go to
     * @return this filter sending matches to that class
     */
    public U32 withClassId(TcHandle classId) {
        return new U32(keys, classId, actions);
    }

    /**
     * {@code action ...}: appends an action.
     *
     * @param action the action, run after the ones added before
     * @return this filter with the action appended
     */
    public U32 withAction(TcAction action) {
        return new U32(keys, classId, Kinds.plus(actions, action));
    }

    /** {@code "u32"}. */
    @Override
    public String kind() {
        return "u32";
    }

    /** {@code u32 match 0a0a0002/ffffffff at 16 flowid 1:10 action ...}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("u32");
        keys.forEach(k -> b.append(' ').append(k));
        return Kinds.appendTarget(b, classId, actions).toString();
    }
}
