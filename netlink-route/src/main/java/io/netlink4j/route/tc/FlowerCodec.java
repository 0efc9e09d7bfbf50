package io.netlink4j.route.tc;

import static io.netlink4j.route.uapi.PktClsH.*;
import static io.netlink4j.route.uapi.PktSchedH.TCA_OPTIONS;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import java.net.InetAddress;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * flower's options as tc/f_flower.c sends them — keys in the order tc's arguments give them
 * (class id, addresses with masks, protocol, ports), actions, {@code TCA_FLOWER_FLAGS}, and the
 * filter's protocol as {@code TCA_FLOWER_KEY_ETH_TYPE} unless it is {@code all} — and their reading back.
 */
final class FlowerCodec {
    private FlowerCodec() {}

    static void write(MessageWriter w, Flower f, int protocol, Psched clock, ToIntFunction<String> devIndex) {
        int o = w.beginNestedPlain(TCA_OPTIONS);
        if (!f.classId().equals(TcHandle.UNSPEC)) {
            w.putU32(TCA_FLOWER_CLASSID, f.classId().value());
        }
        if (f.srcIp() != null) {
            address(w, f.srcIp(), TCA_FLOWER_KEY_IPV4_SRC, TCA_FLOWER_KEY_IPV4_SRC_MASK, TCA_FLOWER_KEY_IPV6_SRC,
                    TCA_FLOWER_KEY_IPV6_SRC_MASK);
        }
        if (f.dstIp() != null) {
            address(w, f.dstIp(), TCA_FLOWER_KEY_IPV4_DST, TCA_FLOWER_KEY_IPV4_DST_MASK, TCA_FLOWER_KEY_IPV6_DST,
                    TCA_FLOWER_KEY_IPV6_DST_MASK);
        }
        if (f.ipProto() >= 0) {
            w.putU8(TCA_FLOWER_KEY_IP_PROTO, f.ipProto());
        }
        if (f.srcPort() != 0) {
            w.putU16be(port(f.ipProto(), true), f.srcPort());
        }
        if (f.dstPort() != 0) {
            w.putU16be(port(f.ipProto(), false), f.dstPort());
        }
        if (!f.actions().isEmpty()) {
            ActionCodec.write(w, TCA_FLOWER_ACT, f.actions(), clock, devIndex);
        }
        w.putU32(TCA_FLOWER_FLAGS, 0);
        if (protocol != EtherType.ALL.value()) {
            w.putU16be(TCA_FLOWER_KEY_ETH_TYPE, protocol);
        }
        w.endNested(o);
    }

    /** The address as written and its prefix as a mask, as __flower_parse_ip_addr sends them. */
    private static void address(MessageWriter w, Cidr c, int v4, int v4mask, int v6, int v6mask) {
        byte[] a = c.address().getAddress();
        byte[] mask = new byte[a.length];
        for (int bit = 0; bit < c.prefixLength(); bit++) {
            mask[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        w.putBytes(a.length == 4 ? v4 : v6, a);
        w.putBytes(a.length == 4 ? v4mask : v6mask, mask);
    }

    private static int port(int proto, boolean src) {
        return switch (proto) {
            case 6 -> src ? TCA_FLOWER_KEY_TCP_SRC : TCA_FLOWER_KEY_TCP_DST;
            case 17 -> src ? TCA_FLOWER_KEY_UDP_SRC : TCA_FLOWER_KEY_UDP_DST;
            default -> src ? TCA_FLOWER_KEY_SCTP_SRC : TCA_FLOWER_KEY_SCTP_DST;
        };
    }

    static Flower read(Attributes a, FilterCodec.Options into, IntFunction<String> names, Psched clock) {
        InetAddress src = null;
        byte[] srcMask = null;
        InetAddress dst = null;
        byte[] dstMask = null;
        int proto = -1;
        int srcPort = 0;
        int dstPort = 0;
        TcHandle classId = TcHandle.UNSPEC;
        List<TcAction> actions = List.of();
        while (a.next()) {
            switch (a.type()) {
                case TCA_FLOWER_CLASSID -> classId = new TcHandle(a.u32());
                case TCA_FLOWER_ACT -> actions = into.actions(a.nested(), names, clock);
                case TCA_FLOWER_KEY_IPV4_SRC, TCA_FLOWER_KEY_IPV6_SRC -> src = a.address();
                case TCA_FLOWER_KEY_IPV4_SRC_MASK, TCA_FLOWER_KEY_IPV6_SRC_MASK -> srcMask = a.bytes();
                case TCA_FLOWER_KEY_IPV4_DST, TCA_FLOWER_KEY_IPV6_DST -> dst = a.address();
                case TCA_FLOWER_KEY_IPV4_DST_MASK, TCA_FLOWER_KEY_IPV6_DST_MASK -> dstMask = a.bytes();
                case TCA_FLOWER_KEY_IP_PROTO -> proto = a.u8();
                case TCA_FLOWER_KEY_TCP_SRC, TCA_FLOWER_KEY_UDP_SRC, TCA_FLOWER_KEY_SCTP_SRC -> srcPort = a.u16be();
                case TCA_FLOWER_KEY_TCP_DST, TCA_FLOWER_KEY_UDP_DST, TCA_FLOWER_KEY_SCTP_DST -> dstPort = a.u16be();
                case TCA_FLOWER_KEY_TCP_SRC_MASK, TCA_FLOWER_KEY_UDP_SRC_MASK, TCA_FLOWER_KEY_SCTP_SRC_MASK,
                     TCA_FLOWER_KEY_TCP_DST_MASK, TCA_FLOWER_KEY_UDP_DST_MASK, TCA_FLOWER_KEY_SCTP_DST_MASK -> {
                    if (a.u16be() != 0xffff) {
                        throw new FilterCodec.Unmodelled("flower port mask");
                    }
                }
                case TCA_FLOWER_KEY_ETH_TYPE -> { }
                case TCA_FLOWER_FLAGS -> {
                    if (a.u32() != 0) {
                        into.unknown.add(a.raw());
                    }
                }
                default -> into.unknown.add(a.raw());
            }
        }
        return new Flower(prefix(src, srcMask), prefix(dst, dstMask), proto, srcPort, dstPort, classId, actions);
    }

    /**
     * An address and its mask as a prefix; a mask that is not a prefix is not modelled. The address
     * comes from {@link Attributes#address()}, which checks its length and keeps an IPv4-mapped IPv6
     * key ({@code ::ffff:a.b.c.d}) IPv6.
     */
    private static Cidr prefix(InetAddress address, byte[] mask) {
        if (address == null) {
            return null;
        }
        int length = address.getAddress().length;
        int bits = 0;
        boolean ended = false;
        for (int i = 0; i < length * 8; i++) {
            boolean one = mask != null && mask.length == length && (mask[i / 8] & (0x80 >>> (i % 8))) != 0;
            if (one && ended) {
                throw new FilterCodec.Unmodelled("flower address mask that is not a prefix");
            }
            if (one) {
                bits++;
            } else {
                ended = true;
            }
        }
        return new Cidr(address, mask == null ? length * 8 : bits);
    }
}
