package io.netlink4j.netfilter;

import static io.netlink4j.core.message.Netlink.NETLINK_NETFILTER;
import static io.netlink4j.netfilter.internal.NfTables.*;
import static io.netlink4j.netfilter.internal.Netfilter.NFPROTO_UNSPEC;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkSocket;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.netfilter.internal.ObjectCodec;
import java.util.List;

/**
 * nftables in one network namespace, spoken over {@code NETLINK_NETFILTER} ({@code nfnetlink},
 * subsystem {@code NFNL_SUBSYS_NFTABLES}) — what the {@code nft} command does, without running it.
 * Every change goes to the kernel as an atomic batch ({@link Batch}): all of it or none.
 *
 * <h2>The articles' commands and the calls that replace them</h2>
 * <table>
 * <caption>iptables / nft and netlink4j</caption>
 * <tr><th>command</th><th>netlink4j</th></tr>
 * <tr><td>{@code iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE} (a1)<br>
 *         {@code nft add table ip nat}<br>
 *         {@code nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority srcnat; policy accept; }'}<br>
 *         {@code nft add rule ip nat POSTROUTING oifname "eth0" masquerade}</td>
 *     <td>{@code nft.masquerade("nat", "eth0")}</td></tr>
 * <tr><td>{@code iptables -t nat -A POSTROUTING -s 10.244.0.0/24 ! -o cni0 -j MASQUERADE} (a3)<br>
 *         {@code nft add rule ip nat POSTROUTING ip saddr 10.244.0.0/24 oifname != "cni0" masquerade}</td>
 *     <td>{@code nft.masqueradeSource("nat", "10.244.0.0/24", "cni0")}</td></tr>
 * <tr><td>{@code iptables -t nat -A PREROUTING -i eth0 -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.2:80}<br>
 *         {@code nft add rule ip nat PREROUTING iifname "eth0" tcp dport 8080 dnat to 10.0.0.2:80}</td>
 *     <td>{@code nft.dnat("nat", "eth0", Nftables.TCP, 8080, "10.0.0.2", 80)}</td></tr>
 * <tr><td>{@code iptables -A FORWARD -i br0 -o eth0 -j ACCEPT}<br>
 *         {@code nft add rule ip filter FORWARD iifname "br0" oifname "eth0" accept}</td>
 *     <td>{@code nft.allowForward("filter", "br0", "eth0")}</td></tr>
 * <tr><td>{@code nft delete table ip nat} (no error if absent: {@code nft destroy table ip nat})</td>
 *     <td>{@code nft.deleteTable("ip", "nat")}</td></tr>
 * <tr><td>{@code nft list tables} / {@code nft list chains} / {@code nft -a list chain ip nat POSTROUTING}</td>
 *     <td>{@code nft.listTables()} / {@code nft.listChains()} / {@code nft.listRules(Family.IP, "nat", "POSTROUTING")}</td></tr>
 * <tr><td>{@code nft flush table ip nat}</td><td>{@code nft.batch().flushTable(Family.IP, "nat").commit()}</td></tr>
 * <tr><td>{@code nft delete rule ip nat POSTROUTING handle 4}</td>
 *     <td>{@code nft.deleteRule(rule)} (a rule as listed or returned)</td></tr>
 * <tr><td>{@code nft -f FILE} (atomic)</td><td>{@code nft.batch()...commit()}, see {@link Batch}</td></tr>
 * </table>
 *
 * <pre>{@code
 * try (NetNs ns = NetNs.named("nl-sandbox"); Nftables nft = Nftables.open(ns)) {
 *     nft.masquerade("nat", "eth0");   // iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
 * }
 * }</pre>
 *
 * <p>The articles' {@code sysctl -w net.ipv4.ip_forward=1}, which these rules need to matter,
 * is netlink-route's {@code RouteHandle.open(ns).sysctl().setIpForwarding(true)}.
 *
 * <p>The one-liners make an {@code ip} family table named as given, with the chain {@code nft}
 * and {@code iptables-nft} would use ({@code POSTROUTING}: {@code type nat hook postrouting
 * priority srcnat}; {@code PREROUTING}: {@code type nat hook prerouting priority dstnat};
 * {@code FORWARD}: {@code type filter hook forward priority filter}), all with policy accept, and
 * append the rule — unless an identical rule is already in the chain, so calling them again
 * changes nothing. They return the rule with its handle. Rules are written exactly as {@code nft}
 * compiles the same words ({@link RuleBuilder}), so {@code nft list ruleset} shows them as if
 * {@code nft} had made them.
 *
 * <p>Bad arguments (an interface name over 15 bytes, a prefix of 33, a port of 0) throw
 * {@link IllegalArgumentException} before anything is sent. Kernel rejections throw
 * {@link BatchException}, and leave the ruleset as it was.
 *
 * <p>Thread-safe: requests are serialized on the handle's socket.
 */
public final class Nftables implements AutoCloseable {
    /** {@code IPPROTO_TCP}, for {@link #dnat}. */
    public static final int TCP = RuleBuilder.TCP;
    /** {@code IPPROTO_UDP}, for {@link #dnat}. */
    public static final int UDP = RuleBuilder.UDP;

    private static final String POSTROUTING = "POSTROUTING";
    private static final String PREROUTING = "PREROUTING";
    private static final String FORWARD = "FORWARD";

    private final NetlinkSocket socket;

    private Nftables(NetlinkSocket socket) {
        this.socket = socket;
    }

    /** nftables of the calling thread's namespace. */
    public static Nftables open() {
        return new Nftables(NetlinkSocket.open(NETLINK_NETFILTER));
    }

    /**
     * nftables of namespace {@code ns}: the socket is created inside {@code ns} by a library
     * thread, and stays there; the caller's thread never moves.
     */
    public static Nftables open(NetNs ns) {
        return new Nftables(NetlinkSocket.open(NETLINK_NETFILTER, ns));
    }

    // ---- batches ----------------------------------------------------------------------------

    /** A new, empty batch for this namespace; {@link Batch#commit} sends it. */
    public Batch batch() {
        return new Batch(this);
    }

    /** Sends {@code batch} as one transaction. */
    public Committed commit(Batch batch) {
        return Transaction.commit(socket, batch.ops());
    }

    // ---- tables -----------------------------------------------------------------------------

    /** {@code nft add table FAMILY NAME}: creates it unless it exists. */
    public void addTable(Family family, String name) {
        batch().addTable(family, name).commit();
    }

    /**
     * {@code nft delete table FAMILY NAME}, everything in it included; idempotent.
     *
     * @return whether there was a table to delete
     */
    public boolean deleteTable(Family family, String name) {
        try {
            batch().deleteTable(family, name).commit();
            return true;
        } catch (BatchException e) {
            if (e.errno() == Errno.ENOENT) {
                return false;
            }
            throw e;
        }
    }

    /**
     * {@link #deleteTable(Family, String)} with the family as {@code nft} writes it
     * ({@code "ip"}, {@code "ip6"}, {@code "inet"}); for cleanup: no error if it is not there.
     *
     * @return whether there was a table to delete
     */
    public boolean deleteTable(String family, String name) {
        return deleteTable(Family.of(family), name);
    }

    /** {@code nft list tables}: every table of every family. */
    public List<Table> listTables() {
        return socket.dump(ObjectCodec.type(NFT_MSG_GETTABLE), "list tables",
                w -> ObjectCodec.nfgenmsg(w, NFPROTO_UNSPEC, 0), ObjectCodec::readTable);
    }

    /** {@code nft list tables FAMILY}. */
    public List<Table> listTables(Family family) {
        return socket.dump(ObjectCodec.type(NFT_MSG_GETTABLE), "list tables " + family,
                w -> ObjectCodec.nfgenmsg(w, family.code(), 0), ObjectCodec::readTable);
    }

    // ---- chains -----------------------------------------------------------------------------

    /** {@code nft add chain ...}: creates it unless it exists (with the same hook and priority). */
    public void addChain(Chain chain) {
        batch().addChain(chain).commit();
    }

    /** {@code nft delete chain FAMILY TABLE NAME}; the chain must be empty and unreferenced. */
    public void deleteChain(Family family, String table, String name) {
        batch().deleteChain(family, table, name).commit();
    }

    /** {@code nft list chains}: every chain of every table. */
    public List<Chain> listChains() {
        return socket.dump(ObjectCodec.type(NFT_MSG_GETCHAIN), "list chains",
                w -> ObjectCodec.nfgenmsg(w, NFPROTO_UNSPEC, 0), ObjectCodec::readChain);
    }

    /** The chains of table {@code family table}. */
    public List<Chain> listChains(Family family, String table) {
        Names.checkTable(table);
        return socket.dump(ObjectCodec.type(NFT_MSG_GETCHAIN), "list chains " + family + " " + table,
                w -> ObjectCodec.nfgenmsg(w, family.code(), 0), m -> {
                    Chain c = ObjectCodec.readChain(m);
                    return c != null && c.table().equals(table) ? c : null;
                });
    }

    // ---- rules ------------------------------------------------------------------------------

    /** {@code nft add rule ...}: appends; returns the rule with its handle. */
    public Rule addRule(Rule rule) {
        return only(batch().addRule(rule).commit(), rule);
    }

    /** {@code nft insert rule ...}: at the start of the chain; returns the rule with its handle. */
    public Rule insertRule(Rule rule) {
        return only(batch().insertRule(rule).commit(), rule);
    }

    /** {@code nft delete rule ... handle H} of a rule as listed or returned. */
    public void deleteRule(Rule rule) {
        batch().deleteRule(rule).commit();
    }

    /** {@code nft -a list table FAMILY TABLE}: its rules with their handles, chain by chain. */
    public List<Rule> listRules(Family family, String table) {
        Names.checkTable(table);
        return socket.dump(ObjectCodec.type(NFT_MSG_GETRULE), "list rules " + family + " " + table,
                w -> ObjectCodec.writeChainName(w, family, table, NFTA_RULE_TABLE, null, NFTA_RULE_CHAIN),
                RuleCodec::read);
    }

    /** {@code nft -a list chain FAMILY TABLE CHAIN}: its rules in order, with their handles. */
    public List<Rule> listRules(Family family, String table, String chain) {
        Names.checkTable(table);
        Names.checkChain(chain);
        return socket.dump(ObjectCodec.type(NFT_MSG_GETRULE), "list rules " + family + " " + table + " " + chain,
                w -> ObjectCodec.writeChainName(w, family, table, NFTA_RULE_TABLE, chain, NFTA_RULE_CHAIN),
                RuleCodec::read);
    }

    // ---- one-liners -------------------------------------------------------------------------

    /**
     * Masquerades traffic leaving by {@code outInterface}: a1's
     * {@code iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE}, i.e.
     * {@code nft add rule ip TABLE POSTROUTING oifname "eth0" masquerade} with the table and its
     * srcnat chain made if missing.
     */
    public Rule masquerade(String table, String outInterface) {
        return ensure(natChain(table, POSTROUTING, Hook.POSTROUTING, Priority.SRCNAT),
                Rule.in(Family.IP, table, POSTROUTING).oifname(outInterface).masquerade().build());
    }

    /**
     * Masquerades traffic from {@code sourceCidr} leaving by any interface except
     * {@code notOutInterface}: a3's {@code iptables -t nat -A POSTROUTING -s 10.244.0.0/24 ! -o cni0
     * -j MASQUERADE}, i.e. {@code nft add rule ip TABLE POSTROUTING ip saddr 10.244.0.0/24 oifname
     * != "cni0" masquerade}.
     */
    public Rule masqueradeSource(String table, String sourceCidr, String notOutInterface) {
        return ensure(natChain(table, POSTROUTING, Hook.POSTROUTING, Priority.SRCNAT),
                Rule.in(Family.IP, table, POSTROUTING).saddr(sourceCidr).oifnameNot(notOutInterface).masquerade()
                        .build());
    }

    /**
     * Forwards connections arriving on {@code inInterface} to {@code protocol} ({@link #TCP} or
     * {@link #UDP}) port {@code port} on to {@code toAddress:toPort}: {@code iptables -t nat -A
     * PREROUTING -i eth0 -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.2:80}, i.e.
     * {@code nft add rule ip TABLE PREROUTING iifname "eth0" tcp dport 8080 dnat to 10.0.0.2:80}.
     */
    public Rule dnat(String table, String inInterface, int protocol, int port, String toAddress, int toPort) {
        return ensure(natChain(table, PREROUTING, Hook.PREROUTING, Priority.DSTNAT),
                Rule.in(Family.IP, table, PREROUTING).iifname(inInterface).dport(protocol, Cmp.Op.EQ, port)
                        .dnat(toAddress, toPort).build());
    }

    /**
     * Accepts forwarded packets from {@code in} to {@code out}: {@code iptables -A FORWARD -i br0
     * -o eth0 -j ACCEPT}, i.e. {@code nft add rule ip TABLE FORWARD iifname "br0" oifname "eth0"
     * accept}. It matters where another base chain on the forward hook drops by default: replies
     * need their own rule (the other direction, or {@code ct state established,related accept}).
     */
    public Rule allowForward(String table, String in, String out) {
        Chain forward = Chain.base(Family.IP, table, FORWARD, ChainType.FILTER, Hook.FORWARD, Priority.FILTER,
                Policy.ACCEPT);
        return ensure(forward, Rule.in(Family.IP, table, FORWARD).iifname(in).oifname(out).accept().build());
    }

    private static Chain natChain(String table, String name, Hook hook, int priority) {
        return Chain.base(Family.IP, table, name, ChainType.NAT, hook, priority, Policy.ACCEPT);
    }

    /** Table, chain and rule in one batch, unless the chain already holds an identical rule. */
    private Rule ensure(Chain chain, Rule rule) {
        for (Rule r : listRules(rule.family(), rule.table(), rule.chain())) {
            if (r.expressions().equals(rule.expressions())) {
                return r;
            }
        }
        Committed c = batch().addTable(chain.family(), chain.table()).addChain(chain).addRule(rule).commit();
        return only(c, rule);
    }

    /** The rule the batch added, with the handle the kernel echoed (or, failing that, found by listing). */
    private Rule only(Committed c, Rule spec) {
        if (!c.rules().isEmpty()) {
            return c.rules().get(c.rules().size() - 1);
        }
        List<Rule> now = listRules(spec.family(), spec.table(), spec.chain());
        for (int i = now.size() - 1; i >= 0; i--) {
            if (now.get(i).expressions().equals(spec.expressions())) {
                return now.get(i);
            }
        }
        return spec;
    }

    /** Closes the socket; idempotent. */
    @Override
    public void close() {
        socket.close();
    }
}
