package io.netlink4j.core.uapi;

/** Constants of {@code <linux/netlink.h>}, named as there. */
public final class Netlink {
    private Netlink() {}

    /** Protocol of rtnetlink: links, addresses, routes, neighbours, rules, traffic control. */
    public static final int NETLINK_ROUTE = 0;
    /** Protocol of nfnetlink: nftables, conntrack. */
    public static final int NETLINK_NETFILTER = 12;
    /** Protocol of generic netlink, whose families are resolved by name. */
    public static final int NETLINK_GENERIC = 16;

    /** Message type: nothing, to be ignored. */
    public static final int NLMSG_NOOP = 0x1;
    /** Message type: an error or, with error 0, an acknowledgement ({@code struct nlmsgerr}). */
    public static final int NLMSG_ERROR = 0x2;
    /** Message type: the end of a dump; its payload, when present, is 0 or {@code -errno}. */
    public static final int NLMSG_DONE = 0x3;
    /** Message type: data lost (unused by the kernel). */
    public static final int NLMSG_OVERRUN = 0x4;
    /** The first message type of a family; lower ones are netlink's own. */
    public static final int NLMSG_MIN_TYPE = 0x10;
    /** Bytes of {@code struct nlmsghdr}, aligned. */
    public static final int NLMSG_HDRLEN = 16;

    /** Flag: the message is a request; every message to the kernel has it. */
    public static final int NLM_F_REQUEST = 0x01;
    /** Flag: part of a multipart answer (a dump), ended by {@code NLMSG_DONE}. */
    public static final int NLM_F_MULTI = 0x02;
    /** Flag: asks for an acknowledgement ({@code NLMSG_ERROR} with error 0) on success. */
    public static final int NLM_F_ACK = 0x04;
    /** Flag: asks the kernel to send the resulting object back to the requester. */
    public static final int NLM_F_ECHO = 0x08;
    /** Flag on a dump's messages: the objects changed while it ran, so it may be inconsistent. */
    public static final int NLM_F_DUMP_INTR = 0x10;
    /** Flag on a dump's messages: the kernel applied the request's filter. */
    public static final int NLM_F_DUMP_FILTERED = 0x20;
    /** Get flag: the whole table, not one entry. */
    public static final int NLM_F_ROOT = 0x100;
    /** Get flag: every entry that matches. */
    public static final int NLM_F_MATCH = 0x200;
    /** Get flag: an atomic snapshot of the table. */
    public static final int NLM_F_ATOMIC = 0x400;
    /** Get flags of a dump: {@code NLM_F_ROOT | NLM_F_MATCH}. */
    public static final int NLM_F_DUMP = NLM_F_ROOT | NLM_F_MATCH;
    /** New flag: replace an existing object. */
    public static final int NLM_F_REPLACE = 0x100;
    /** New flag: fail with {@code EEXIST} if the object exists. */
    public static final int NLM_F_EXCL = 0x200;
    /** New flag: create the object if it does not exist. */
    public static final int NLM_F_CREATE = 0x400;
    /** New flag: add to the end of the list. */
    public static final int NLM_F_APPEND = 0x800;
    /** Delete flag: do not delete recursively (nftables: {@code EBUSY} for a table or chain in use). */
    public static final int NLM_F_NONREC = 0x100;
    /** Delete flag: delete every object that matches (bulk delete). */
    public static final int NLM_F_BULK = 0x200;
    /** Ack flag: the echoed request was cut to its header ({@code NETLINK_CAP_ACK}). */
    public static final int NLM_F_CAPPED = 0x100;
    /** Ack flag: extended-ACK attributes ({@code NLMSGERR_ATTR_*}) follow. */
    public static final int NLM_F_ACK_TLVS = 0x200;

    /** Socket option level of netlink's own options. */
    public static final int SOL_NETLINK = 270;
    /** Socket option: join a multicast group (by number). */
    public static final int NETLINK_ADD_MEMBERSHIP = 1;
    /** Socket option: leave a multicast group. */
    public static final int NETLINK_DROP_MEMBERSHIP = 2;
    /** Socket option: report errors of a broadcast the socket sends. */
    public static final int NETLINK_BROADCAST_ERROR = 4;
    /** Socket option: do not report {@code ENOBUFS} when notifications are lost. */
    public static final int NETLINK_NO_ENOBUFS = 5;
    /** Socket option: hear notifications of every namespace that has an id in this one. */
    public static final int NETLINK_LISTEN_ALL_NSID = 8;
    /** Socket option: acknowledgements echo only the request's header, not all of it. */
    public static final int NETLINK_CAP_ACK = 10;
    /** Socket option: errors carry the kernel's text and the offending attribute. */
    public static final int NETLINK_EXT_ACK = 11;
    /** Socket option: the kernel checks get and dump requests strictly and applies their filters. */
    public static final int NETLINK_GET_STRICT_CHK = 12;

    /** Extended-ACK attribute: the error text. */
    public static final int NLMSGERR_ATTR_MSG = 1;
    /** Extended-ACK attribute: the offset in the request of the attribute at fault. */
    public static final int NLMSGERR_ATTR_OFFS = 2;
    /** Extended-ACK attribute: an opaque cookie the kernel returns. */
    public static final int NLMSGERR_ATTR_COOKIE = 3;
    /** Extended-ACK attribute: the policy the rejected attribute broke. */
    public static final int NLMSGERR_ATTR_POLICY = 4;
    /** Extended-ACK attribute: the type of a required attribute that was missing. */
    public static final int NLMSGERR_ATTR_MISS_TYPE = 5;
    /** Extended-ACK attribute: the offset of the nest that lacked it. */
    public static final int NLMSGERR_ATTR_MISS_NEST = 6;

    /** Attribute type flag: the payload is attributes. */
    public static final int NLA_F_NESTED = 1 << 15;
    /** Attribute type flag: the payload is in network byte order. */
    public static final int NLA_F_NET_BYTEORDER = 1 << 14;
    /** The bits of {@code nla_type} that are the type, without the two flags. */
    public static final int NLA_TYPE_MASK = ~(NLA_F_NESTED | NLA_F_NET_BYTEORDER) & 0xffff;
    /** Bytes of {@code struct nlattr}, aligned. */
    public static final int NLA_HDRLEN = 4;

    /**
     * Rounds up to the 4-byte netlink alignment ({@code NLMSG_ALIGN}, {@code NLA_ALIGN}).
     *
     * @param len a length in bytes, 0 or more
     * @return the next multiple of 4 at or above {@code len}
     */
    public static int align(int len) {
        return (len + 3) & ~3;
    }
}
