package io.netlink4j.netfilter.internal;

import static io.netlink4j.netfilter.uapi.NetfilterH.NFPROTO_UNSPEC;
import static io.netlink4j.netfilter.uapi.NfNetlinkH.NFNETLINK_V0;
import static io.netlink4j.netfilter.uapi.NfNetlinkH.NFNL_MSG_BATCH_BEGIN;
import static io.netlink4j.netfilter.uapi.NfNetlinkH.NFNL_MSG_BATCH_END;
import static io.netlink4j.netfilter.uapi.NfNetlinkH.NFNL_SUBSYS_NFTABLES;

import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.socket.Request;

/**
 * The {@code nfnetlink} framing every nf_tables message shares: the message type (subsystem in
 * the high byte), the 4-byte {@code struct nfgenmsg} header, and the batch's BEGIN and END
 * messages.
 */
public final class NfGenMsg {
    /** {@code sizeof(struct nfgenmsg)}. */
    public static final int LENGTH = 4;

    private NfGenMsg() {}

    /** The netlink message type of nf_tables message {@code msg} ({@code NFT_MSG_NEWTABLE}...). */
    public static int type(int msg) {
        return NFNL_SUBSYS_NFTABLES << 8 | msg;
    }

    /** Appends {@code struct nfgenmsg}: family, {@code NFNETLINK_V0}, {@code res_id} in network order. */
    public static void write(MessageWriter w, int family, int resId) {
        w.u8(family).u8(NFNETLINK_V0).u16be(resId);
    }

    /** {@code NFNL_MSG_BATCH_BEGIN}, whose {@code res_id} names the subsystem the batch is for. */
    public static Request batchBegin(String what) {
        return Request.of(NFNL_MSG_BATCH_BEGIN, 0, what, null, w -> write(w, NFPROTO_UNSPEC, NFNL_SUBSYS_NFTABLES));
    }

    /** {@code NFNL_MSG_BATCH_END}: the kernel commits when it reads it. */
    public static Request batchEnd() {
        return Request.of(NFNL_MSG_BATCH_END, 0, "NFNL_MSG_BATCH_END", null,
                w -> write(w, NFPROTO_UNSPEC, NFNL_SUBSYS_NFTABLES));
    }
}
