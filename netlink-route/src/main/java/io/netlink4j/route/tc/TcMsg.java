package io.netlink4j.route.tc;

import io.netlink4j.core.message.MessageWriter;

/** {@code struct tcmsg}, the family header of every tc message: family u8, pad u8, pad u16, ifindex s32, handle, parent, info u32. */
final class TcMsg {
    private TcMsg() {}

    static final int LEN = 20;
    static final int IFINDEX = 4;
    static final int HANDLE = 8;
    static final int PARENT = 12;
    static final int INFO = 16;

    /** Appends a {@code struct tcmsg} with family {@code AF_UNSPEC}, as tc sends it. */
    static void write(MessageWriter w, int ifindex, int handle, int parent, int info) {
        w.u8(0).u8(0).u16(0).u32(ifindex).u32(handle).u32(parent).u32(info);
    }
}
