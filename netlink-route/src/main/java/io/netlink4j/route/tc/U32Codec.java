package io.netlink4j.route.tc;

import static io.netlink4j.route.uapi.PktClsH.*;
import static io.netlink4j.route.uapi.PktSchedH.TCA_OPTIONS;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.Payload;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/** u32's options as tc/f_u32.c sends them — class id, actions, then the selector — and their reading back. */
final class U32Codec {
    private U32Codec() {}

    /** {@code struct tc_u32_sel} before its keys: flags, offshift, nkeys, pad, offmask, off, offoff, hoff, hmask. */
    private static final int SEL_LEN = 16;
    /** {@code struct tc_u32_key}: mask, val (network order), off, offmask. */
    private static final int KEY_LEN = 16;

    static void write(MessageWriter w, U32 u, Psched clock, ToIntFunction<String> devIndex) {
        boolean target = !u.classId().equals(TcHandle.UNSPEC) || !u.actions().isEmpty();
        if (!target && u.keys().isEmpty()) {
            return; // "tc filter add ... u32" alone sends no options
        }
        int o = w.beginNestedPlain(TCA_OPTIONS);
        if (!u.classId().equals(TcHandle.UNSPEC)) {
            w.putU32(TCA_U32_CLASSID, u.classId().value());
        }
        if (!u.actions().isEmpty()) {
            ActionCodec.write(w, TCA_U32_ACT, u.actions(), clock, devIndex);
        }
        if (!u.keys().isEmpty()) {
            int sel = w.beginNestedPlain(TCA_U32_SEL);
            w.u8(target ? TC_U32_TERMINAL : 0).u8(0).u8(u.keys().size()).u8(0).u16be(0).u16(0).u16(0).u16(0).u32be(0);
            for (U32Key k : u.keys()) {
                w.u32be(k.mask()).u32be(k.value()).u32(k.offset()).u32(k.offmask());
            }
            w.endNested(sel);
        }
        w.endNested(o);
    }

    static U32 read(Attributes a, FilterCodec.Options into, IntFunction<String> names, Psched clock) {
        List<U32Key> keys = List.of();
        TcHandle classId = TcHandle.UNSPEC;
        List<TcAction> actions = List.of();
        while (a.next()) {
            switch (a.type()) {
                case TCA_U32_CLASSID -> classId = new TcHandle(a.u32());
                case TCA_U32_ACT -> actions = into.actions(a.nested(), names, clock);
                case TCA_U32_SEL -> keys = keys(a.payload());
                default -> into.unknown.add(a.raw());
            }
        }
        return new U32(keys, classId, actions);
    }

    private static List<U32Key> keys(Payload p) {
        if (p.length() < SEL_LEN) {
            throw new ProtocolException("u32 selector of " + p.length() + " bytes, expected at least " + SEL_LEN);
        }
        int n = p.u8(2);
        if (p.length() < SEL_LEN + n * KEY_LEN) {
            throw new ProtocolException("u32 selector of " + p.length() + " bytes holds fewer than its " + n + " keys");
        }
        if (p.u8(1) != 0 || p.u16(6) != 0 || p.u16(8) != 0 || p.u16(10) != 0) {
            throw new FilterCodec.Unmodelled("u32 selector with offsets or hashing");
        }
        List<U32Key> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = SEL_LEN + i * KEY_LEN;
            int mask = p.u32be(at);
            int value = p.u32be(at + 4);
            int off = p.u32(at + 8);
            if (off % 4 != 0 || (value & ~mask) != 0) {
                throw new ProtocolException("u32 key " + i + " with offset " + off + " and value bits outside its mask");
            }
            keys.add(new U32Key(value, mask, off, p.u32(at + 12)));
        }
        return keys;
    }
}
