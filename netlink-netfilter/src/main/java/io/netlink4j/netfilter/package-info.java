/** nftables over NFNETLINK: tables, chains, rules, NAT. */
package io.netlink4j.netfilter;
