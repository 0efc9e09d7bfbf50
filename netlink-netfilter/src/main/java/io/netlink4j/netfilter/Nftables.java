package io.netlink4j.netfilter;

import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSocket;
import java.util.Objects;

/**
 * nftables in one network namespace, spoken over {@code NETLINK_NETFILTER} ({@code nfnetlink},
 * subsystem {@code NFNL_SUBSYS_NFTABLES}) — what the {@code nft} command does, without running
 * it. It hands out the families ({@link #tables()}, {@link #chains()}, {@link #rules()}) and
 * {@link #transaction()}s, and has the one-liners the articles need. Every change goes to the
 * kernel as an atomic transaction: all of it or none. The package overview has the table of
 * {@code iptables}/{@code nft} commands and the calls that replace them.
 *
 * <pre>{@code
 * try (Nftables nft = Nftables.open("nl-sandbox")) {
 *     nft.masquerade("nat", "eth0");   // iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
 * }
 * }</pre>
 *
 * <p>The one-liners make an {@code ip} family table named as given, with the chain {@code nft}
 * and {@code iptables-nft} would use ({@code POSTROUTING}: {@code type nat hook postrouting
 * priority srcnat}; {@code PREROUTING}: {@code type nat hook prerouting priority dstnat};
 * {@code FORWARD}: {@code type filter hook forward priority filter}), all with policy accept, and
 * append the rule — unless an identical rule is already in the chain, so calling them again
 * changes nothing. They return the rule with its handle. The articles' {@code sysctl -w
 * net.ipv4.ip_forward=1}, which these rules need to matter, is netlink-route's business.
 *
 * <p>Thread-safe: requests are serialized on the handle's socket.
 */
public final class Nftables implements AutoCloseable {
    private static final String POSTROUTING = "POSTROUTING";
    private static final String PREROUTING = "PREROUTING";
    private static final String FORWARD = "FORWARD";

    private final NetlinkSocket socket;
    private final Tables tables;
    private final Chains chains;
    private final Rules rules;

    private Nftables(NetlinkSocket socket) {
        this.socket = socket;
        this.tables = new Tables(socket);
        this.chains = new Chains(socket);
        this.rules = new Rules(socket);
    }

    /**
     * nftables of the calling thread's namespace.
     *
     * @return the handle; close it when done
     */
    public static Nftables open() {
        return new Nftables(NetlinkSocket.open(NetlinkProtocol.NETFILTER));
    }

    /**
     * nftables of namespace {@code ns}: the socket is created inside {@code ns} by a library
     * thread and stays there; the caller's thread never moves. {@code ns} may be closed after.
     *
     * @param ns the namespace
     * @return the handle; close it when done
     */
    public static Nftables open(NetNs ns) {
        return new Nftables(NetlinkSocket.open(NetlinkProtocol.NETFILTER, Objects.requireNonNull(ns, "ns")));
    }

    /**
     * nftables of the named namespace {@code /run/netns/NAME} ({@code ip netns exec NAME nft ...}).
     *
     * @param namespaceName a namespace name, as in {@code /run/netns/NAME}
     * @return the handle; close it when done
     * @throws io.netlink4j.core.NotFoundException if there is no namespace of that name
     */
    public static Nftables open(String namespaceName) {
        try (NetNs ns = NetNs.named(Objects.requireNonNull(namespaceName, "namespaceName"))) {
            return open(ns);
        }
    }

    /**
     * The tables: {@code nft add|create|delete|list table}.
     *
     * @return the family facade, the same one each time
     */
    public Tables tables() {
        return tables;
    }

    /**
     * The chains: {@code nft add|create|delete|flush|list chain}.
     *
     * @return the family facade, the same one each time
     */
    public Chains chains() {
        return chains;
    }

    /**
     * The rules: {@code nft add|insert|replace|delete rule}, listings with handles.
     *
     * @return the family facade, the same one each time
     */
    public Rules rules() {
        return rules;
    }

    /**
     * A new, empty transaction for this namespace ({@code nft -f FILE}); {@link Transaction#commit} sends it.
     *
     * @return a new, empty transaction
     */
    public Transaction transaction() {
        return new Transaction(socket);
    }

    // ---- one-liners -------------------------------------------------------------------------

    /**
     * Masquerades traffic leaving by {@code outInterface}: a1's
     * {@code iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE}, i.e.
     * {@code nft add rule ip TABLE POSTROUTING oifname "eth0" masquerade}, with the table and its
     * srcnat chain made if missing.
     *
     * @param table the table's name
     * @param outInterface the interface the packets leave by
     * @return the rule, with its handle
     */
    public Rule masquerade(String table, String outInterface) {
        Objects.requireNonNull(outInterface, "outInterface");
        return ensure(natChain(table, POSTROUTING, Hook.POSTROUTING, Priority.SRCNAT),
                Rule.in(Family.IP, table, POSTROUTING).oifname(outInterface).masquerade());
    }

    /**
     * Masquerades traffic from {@code sourceCidr} leaving by any interface except
     * {@code notOutInterface}: a3's {@code iptables -t nat -A POSTROUTING -s 10.244.0.0/24 ! -o cni0
     * -j MASQUERADE}, i.e. {@code nft add rule ip TABLE POSTROUTING ip saddr 10.244.0.0/24 oifname
     * != "cni0" masquerade}.
     *
     * @param table the table's name
     * @param sourceCidr the source prefix, {@code "10.244.0.0/24"}
     * @param notOutInterface the interface the packets must not leave by
     * @return the rule, with its handle
     */
    public Rule masqueradeSource(String table, String sourceCidr, String notOutInterface) {
        Objects.requireNonNull(sourceCidr, "sourceCidr");
        Objects.requireNonNull(notOutInterface, "notOutInterface");
        return ensure(natChain(table, POSTROUTING, Hook.POSTROUTING, Priority.SRCNAT),
                Rule.in(Family.IP, table, POSTROUTING).saddr(sourceCidr).oifnameNot(notOutInterface).masquerade());
    }

    /**
     * Forwards connections arriving on {@code inInterface} to {@code protocol} port {@code port}
     * on to {@code toAddress:toPort}: {@code iptables -t nat -A PREROUTING -i eth0 -p tcp --dport
     * 8080 -j DNAT --to-destination 10.0.0.2:80}, i.e. {@code nft add rule ip TABLE PREROUTING
     * iifname "eth0" tcp dport 8080 dnat to 10.0.0.2:80}.
     *
     * @param table the table's name
     * @param inInterface the interface the connections arrive on
     * @param protocol a protocol with ports: tcp, udp, sctp, udplite or dccp
     * @param port a port, 1..65535
     * @param toAddress the IPv4 address to forward to
     * @param toPort the port to forward to, 1..65535
     * @return the rule, with its handle
     */
    public Rule dnat(String table, String inInterface, IpProtocol protocol, int port, String toAddress, int toPort) {
        Objects.requireNonNull(inInterface, "inInterface");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(toAddress, "toAddress");
        return ensure(natChain(table, PREROUTING, Hook.PREROUTING, Priority.DSTNAT),
                Rule.in(Family.IP, table, PREROUTING).iifname(inInterface).dport(protocol, Cmp.Op.EQ, port)
                        .dnat(toAddress, toPort));
    }

    /**
     * Accepts forwarded packets from {@code in} to {@code out}: {@code iptables -A FORWARD -i br0
     * -o eth0 -j ACCEPT}, i.e. {@code nft add rule ip TABLE FORWARD iifname "br0" oifname "eth0"
     * accept}. It matters where another base chain on the forward hook drops by default: replies
     * need their own rule (the other direction, or {@code ct state established,related accept}).
     *
     * @param table the table's name
     * @param in the interface the packets arrive on
     * @param out the interface the packets leave by
     * @return the rule, with its handle
     */
    public Rule allowForward(String table, String in, String out) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Chain forward = Chain.base(Family.IP, table, FORWARD, Hook.FORWARD).withPolicy(Policy.ACCEPT);
        return ensure(forward, Rule.in(Family.IP, table, FORWARD).iifname(in).oifname(out).accept());
    }

    private static Chain natChain(String table, String name, Hook hook, Priority priority) {
        Objects.requireNonNull(table, "table");
        return Chain.base(Family.IP, table, name, hook).withType(ChainType.NAT).withPriority(priority)
                .withPolicy(Policy.ACCEPT);
    }

    /** Table, chain and rule in one transaction, unless the chain already holds an identical rule. */
    private Rule ensure(Chain chain, Rule rule) {
        for (Rule r : rules.list(rule.family(), rule.table(), rule.chain())) {
            if (r.expressions().equals(rule.expressions())) {
                return r;
            }
        }
        Committed c = transaction().replace(Table.of(chain.family(), chain.table())).replace(chain).add(rule).commit();
        return Transaction.echo(c.rules(), rule);
    }

    /** Closes the socket; idempotent. */
    @Override
    public void close() {
        socket.close();
    }

    /** {@code Nftables[NetlinkSocket[NETLINK_NETFILTER, port N]]}. */
    @Override
    public String toString() {
        return "Nftables[" + socket + "]";
    }
}
