package io.netlink4j.route.internal;

import io.netlink4j.core.message.MessageWriter;

/** The fixed family headers of rtnetlink messages: sizes, field offsets, writers. */
public final class Structs {
    private Structs() {}

    /** {@code struct ifinfomsg}: family u8, pad u8, type u16, index s32, flags u32, change u32. */
    public static final int IFINFOMSG_LEN = 16;
    public static final int IFINFOMSG_INDEX = 4;
    public static final int IFINFOMSG_FLAGS = 8;

    /** {@code struct ifaddrmsg}: family u8, prefixlen u8, flags u8, scope u8, index u32. */
    public static final int IFADDRMSG_LEN = 8;

    /** {@code struct rtmsg}: family, dst_len, src_len, tos, table, protocol, scope, type (u8), flags u32. */
    public static final int RTMSG_LEN = 12;

    /** {@code struct ndmsg}: family u8, pad u8, pad u16, ifindex s32, state u16, flags u8, type u8. */
    public static final int NDMSG_LEN = 12;

    /** Appends a {@code struct ifinfomsg}. */
    public static void ifinfomsg(MessageWriter w, int family, int index, int flags, int change) {
        w.u8(family).u8(0).u16(0).u32(index).u32(flags).u32(change);
    }

    /** Appends a {@code struct ifaddrmsg}. */
    public static void ifaddrmsg(MessageWriter w, int family, int prefixLen, int flags, int scope, int index) {
        w.u8(family).u8(prefixLen).u8(flags).u8(scope).u32(index);
    }

    /** Appends a {@code struct rtmsg}. */
    public static void rtmsg(MessageWriter w, int family, int dstLen, int srcLen, int tos, int table,
                             int protocol, int scope, int type, int flags) {
        w.u8(family).u8(dstLen).u8(srcLen).u8(tos).u8(table).u8(protocol).u8(scope).u8(type).u32(flags);
    }

    /** Appends a {@code struct ndmsg}. */
    public static void ndmsg(MessageWriter w, int family, int index, int state, int flags, int type) {
        w.u8(family).u8(0).u16(0).u32(index).u16(state).u8(flags).u8(type);
    }
}
