package io.netlink4j.netfilter;

/** Placeholder: filled in by the netlink-netfilter issue. */
public final class Nftables {
    private Nftables() {}
}
