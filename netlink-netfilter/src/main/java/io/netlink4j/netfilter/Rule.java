package io.netlink4j.netfilter;

import io.netlink4j.core.Cidr;
import io.netlink4j.core.message.RawAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An nftables rule: where it lives, its expressions in kernel form, and its handle. A rule reads
 * like the {@code nft} command that makes it — each method returns a new rule with the
 * expressions {@code nft} compiles for its words appended:
 *
 * <pre>{@code
 * // nft add rule ip nat POSTROUTING oifname "eth0" masquerade
 * Rule.in(Family.IP, "nat", "POSTROUTING").oifname("eth0").masquerade()
 * // nft add rule ip nat POSTROUTING ip saddr 10.244.0.0/24 oifname != "cni0" masquerade
 * Rule.in(Family.IP, "nat", "POSTROUTING").saddr("10.244.0.0/24").oifnameNot("cni0").masquerade()
 * // nft add rule ip nat PREROUTING iifname "eth0" tcp dport 8080 dnat to 10.0.0.2:80
 * Rule.in(Family.IP, "nat", "PREROUTING").iifname("eth0").tcpDport(8080).dnat("10.0.0.2", 80)
 * // nft add rule ip filter FORWARD ct state established,related accept
 * Rule.in(Family.IP, "filter", "FORWARD").ctState(CtState.ESTABLISHED, CtState.RELATED).accept()
 * }</pre>
 *
 * The expressions are exactly those {@code nft} 1.0 sends for the same words (dependencies
 * included: {@code tcp dport} loads {@code meta l4proto} first, {@code ip saddr} in an
 * {@code inet} table checks {@code meta nfproto} first), so {@code nft list ruleset} shows what
 * was meant, and a rule read back ({@link Rules#list}) equals the one written except for its
 * handle. {@link #toString()} prints it in {@code nft}'s words. Bad values are refused with
 * {@link IllegalArgumentException} by the method that takes them, before anything is sent.
 *
 * @param family      the table's family
 * @param table       the table's name
 * @param chain       the chain's name
 * @param expressions what the rule does, in order
 * @param handle      the kernel's handle, for delete, replace and positions (0 in a spec)
 * @param unknown     attributes of a listing the record does not model (a comment's
 *                    {@code NFTA_RULE_USERDATA}...), kept as sent; never written back
 */
public record Rule(Family family, String table, String chain, List<Expr> expressions, long handle,
                   List<RawAttribute> unknown) {
    /** Checks the names; copies the lists. */
    public Rule {
        Objects.requireNonNull(family, "family");
        Names.checkTable(Objects.requireNonNull(table, "table"));
        Names.checkChain(Objects.requireNonNull(chain, "chain"));
        Objects.requireNonNull(expressions, "expressions");
        for (Expr e : expressions) {
            Objects.requireNonNull(e, "expression");
        }
        expressions = List.copyOf(expressions);
        unknown = List.copyOf(Objects.requireNonNull(unknown, "unknown"));
        if (handle < 0) {
            throw new IllegalArgumentException("rule handle " + handle + " is negative");
        }
    }

    /**
     * An empty rule for chain {@code chain} of table {@code family table}: {@code nft add rule ip nat POSTROUTING}.
     *
     * @param family the table's family
     * @param table the table's name
     * @param chain the chain's name
     * @return the rule, without expressions yet
     */
    public static Rule in(Family family, String table, String chain) {
        return new Rule(family, table, chain, List.of(), 0, List.of());
    }

    /**
     * A rule spec from expressions, for what the methods below do not cover.
     *
     * @param family the table's family
     * @param table the table's name
     * @param chain the chain's name
     * @param expressions what the rule does, in order
     * @return the rule
     */
    public static Rule of(Family family, String table, String chain, List<Expr> expressions) {
        return new Rule(family, table, chain, expressions, 0, List.of());
    }

    /**
     * This rule with {@code e} appended.
     *
     * @param e the expression
     * @return a new rule: this one with {@code e} appended
     */
    public Rule withExpr(Expr e) {
        return append(List.of(Objects.requireNonNull(e, "e")));
    }

    /**
     * This rule with another handle: to delete or replace a rule whose handle is known.
     *
     * @param handle a rule's handle, as listed or returned
     * @return a copy with {@code handle}
     */
    public Rule withHandle(long handle) {
        return new Rule(family, table, chain, expressions, handle, unknown);
    }

    // ---- interfaces -------------------------------------------------------------------------

    /**
     * {@code iifname "NAME"}: the packet came in on interface NAME; {@code iptables -i NAME}.
     *
     * @param name an interface name, by core's {@code InterfaceName} rule (1..15 bytes)
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule iifname(String name) {
        return append(RuleWords.ifname(Meta.Key.IIFNAME, Cmp.Op.EQ, name));
    }

    /**
     * {@code iifname != "NAME"}; {@code iptables ! -i NAME}.
     *
     * @param name an interface name, by core's {@code InterfaceName} rule (1..15 bytes)
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule iifnameNot(String name) {
        return append(RuleWords.ifname(Meta.Key.IIFNAME, Cmp.Op.NEQ, name));
    }

    /**
     * {@code oifname "NAME"}: the packet leaves by interface NAME; {@code iptables -o NAME}.
     *
     * @param name an interface name, by core's {@code InterfaceName} rule (1..15 bytes)
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule oifname(String name) {
        return append(RuleWords.ifname(Meta.Key.OIFNAME, Cmp.Op.EQ, name));
    }

    /**
     * {@code oifname != "NAME"}; {@code iptables ! -o NAME}.
     *
     * @param name an interface name, by core's {@code InterfaceName} rule (1..15 bytes)
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule oifnameNot(String name) {
        return append(RuleWords.ifname(Meta.Key.OIFNAME, Cmp.Op.NEQ, name));
    }

    // ---- meta -------------------------------------------------------------------------------

    /**
     * {@code meta l4proto P}: the transport protocol; {@code iptables -p P}.
     *
     * @param protocol a protocol with ports: tcp, udp, sctp, udplite or dccp
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule l4proto(IpProtocol protocol) {
        return append(RuleWords.l4proto(protocol));
    }

    /**
     * {@code meta mark MARK}.
     *
     * @param mark the packet mark
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule mark(int mark) {
        return append(RuleWords.mark(Cmp.Op.EQ, mark));
    }

    /**
     * {@code meta mark OP MARK}.
     *
     * @param op the comparison
     * @param mark the packet mark
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule mark(Cmp.Op op, int mark) {
        return append(RuleWords.mark(op, mark));
    }

    // ---- addresses --------------------------------------------------------------------------

    /**
     * {@code ip saddr CIDR} (or {@code ip6 saddr}): {@code iptables -s CIDR}; a bare address means /32 (/128).
     *
     * @param cidr a prefix or an address of the table's family: {@code "10.244.0.0/24"}, {@code "10.0.0.1"}
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule saddr(String cidr) {
        return append(RuleWords.address(family, true, Cmp.Op.EQ, cidr));
    }

    /**
     * {@code ip saddr CIDR} (or {@code ip6 saddr}) of a parsed prefix: {@link #saddr(String)}
     * without the text, {@code saddr(new Cidr(address, 32))} for one address.
     *
     * @param cidr a prefix of the table's family; its host bits are dropped, as {@code nft} does
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule saddr(Cidr cidr) {
        Objects.requireNonNull(cidr, "cidr");
        return append(RuleWords.address(family, true, Cmp.Op.EQ, cidr, cidr.toString()));
    }

    /**
     * {@code ip saddr != CIDR}; {@code iptables ! -s CIDR}.
     *
     * @param cidr a prefix or an address of the table's family: {@code "10.244.0.0/24"}, {@code "10.0.0.1"}
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule saddrNot(String cidr) {
        return append(RuleWords.address(family, true, Cmp.Op.NEQ, cidr));
    }

    /**
     * {@code ip daddr CIDR}: {@code iptables -d CIDR}.
     *
     * @param cidr a prefix or an address of the table's family: {@code "10.244.0.0/24"}, {@code "10.0.0.1"}
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule daddr(String cidr) {
        return append(RuleWords.address(family, false, Cmp.Op.EQ, cidr));
    }

    /**
     * {@code ip daddr CIDR} (or {@code ip6 daddr}) of a parsed prefix: {@link #daddr(String)}
     * without the text, {@code daddr(new Cidr(address, 32))} for one address.
     *
     * @param cidr a prefix of the table's family; its host bits are dropped, as {@code nft} does
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule daddr(Cidr cidr) {
        Objects.requireNonNull(cidr, "cidr");
        return append(RuleWords.address(family, false, Cmp.Op.EQ, cidr, cidr.toString()));
    }

    /**
     * {@code ip daddr != CIDR}; {@code iptables ! -d CIDR}.
     *
     * @param cidr a prefix or an address of the table's family: {@code "10.244.0.0/24"}, {@code "10.0.0.1"}
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule daddrNot(String cidr) {
        return append(RuleWords.address(family, false, Cmp.Op.NEQ, cidr));
    }

    // ---- ports ------------------------------------------------------------------------------

    /**
     * {@code tcp dport PORT}; {@code iptables -p tcp --dport PORT}.
     *
     * @param port a port, 1..65535
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule tcpDport(int port) {
        return append(RuleWords.port(IpProtocol.TCP, true, Cmp.Op.EQ, port));
    }

    /**
     * {@code udp dport PORT}; {@code iptables -p udp --dport PORT}.
     *
     * @param port a port, 1..65535
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule udpDport(int port) {
        return append(RuleWords.port(IpProtocol.UDP, true, Cmp.Op.EQ, port));
    }

    /**
     * {@code tcp|udp dport OP PORT}, e.g. {@code dport(IpProtocol.TCP, Cmp.Op.LT, 1024)} for {@code tcp dport < 1024}.
     *
     * @param protocol a protocol with ports: tcp, udp, sctp, udplite or dccp
     * @param op the comparison
     * @param port a port, 1..65535
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule dport(IpProtocol protocol, Cmp.Op op, int port) {
        return append(RuleWords.port(protocol, true, op, port));
    }

    /**
     * {@code tcp|udp sport OP PORT}.
     *
     * @param protocol a protocol with ports: tcp, udp, sctp, udplite or dccp
     * @param op the comparison
     * @param port a port, 1..65535
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule sport(IpProtocol protocol, Cmp.Op op, int port) {
        return append(RuleWords.port(protocol, false, op, port));
    }

    // ---- conntrack --------------------------------------------------------------------------

    /**
     * {@code ct state S1,S2}: the connection is in any of the states; {@code -m state --state ...}.
     *
     * @param states one or more states
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule ctState(CtState... states) {
        return append(RuleWords.ctState(states));
    }

    // ---- statements -------------------------------------------------------------------------

    /**
     * {@code counter}.
     *
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule counter() {
        return append(List.of(Counter.zero()));
    }

    /**
     * {@code accept}; {@code -j ACCEPT}.
     *
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule accept() {
        return append(List.of(Verdict.accept()));
    }

    /**
     * {@code drop}; {@code -j DROP}.
     *
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule drop() {
        return append(List.of(Verdict.drop()));
    }

    /**
     * {@code return}; {@code -j RETURN}.
     *
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule ret() {
        return append(List.of(Verdict.ret()));
    }

    /**
     * {@code jump CHAIN}; {@code -j CHAIN}.
     *
     * @param chain the target chain's name
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule jump(String chain) {
        return append(List.of(Verdict.jump(chain)));
    }

    /**
     * {@code goto CHAIN}; {@code -g CHAIN}.
     *
     * @param chain the target chain's name
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule goTo(String chain) {
        return append(List.of(Verdict.goTo(chain)));
    }

    /**
     * {@code masquerade}; {@code -j MASQUERADE}. Only in a {@code nat} chain on postrouting.
     *
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule masquerade() {
        return append(List.of(Masquerade.plain()));
    }

    /**
     * {@code snat to ADDRESS}; {@code -j SNAT --to-source ADDRESS}.
     *
     * @param address an address of the table's family
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule snat(String address) {
        return append(RuleWords.nat(family, Nat.Type.SNAT, address, -1));
    }

    /**
     * {@code snat to ADDRESS:PORT}: needs a transport match ({@link #l4proto}, a port match) first.
     *
     * @param address an address of the table's family
     * @param port a port, 1..65535
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule snat(String address, int port) {
        return append(RuleWords.nat(family, Nat.Type.SNAT, address, RuleWords.checkPort(port)));
    }

    /**
     * {@code dnat to ADDRESS}; {@code -j DNAT --to-destination ADDRESS}.
     *
     * @param address an address of the table's family
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule dnat(String address) {
        return append(RuleWords.nat(family, Nat.Type.DNAT, address, -1));
    }

    /**
     * {@code dnat to ADDRESS:PORT}: needs a transport match first.
     *
     * @param address an address of the table's family
     * @param port a port, 1..65535
     * @return a new rule: this one with the expressions {@code nft} compiles for these words appended
     */
    public Rule dnat(String address, int port) {
        return append(RuleWords.nat(family, Nat.Type.DNAT, address, RuleWords.checkPort(port)));
    }

    private Rule append(List<Expr> more) {
        List<Expr> all = new ArrayList<>(expressions.size() + more.size());
        all.addAll(expressions);
        all.addAll(more);
        return new Rule(family, table, chain, all, handle, unknown);
    }

    /** {@code rule ip nat POSTROUTING}: where the rule lives, as errors name it. */
    String place() {
        return "rule " + family + " " + table + " " + chain;
    }

    /**
     * What the rule does in {@code nft}'s words, as {@link #toString()} prints them without where
     * the rule lives and without its handle: {@code oifname "eth0" masquerade}.
     *
     * @return the words; empty for a rule without expressions
     */
    public String words() {
        return NftText.of(family, expressions);
    }

    /**
     * As {@code nft} writes it after {@code add}: {@code rule ip nat POSTROUTING oifname "eth0"
     * masquerade}, with {@code # handle 4} (as {@code nft -a}) when the kernel gave one.
     * Expressions {@code nft} would print in other words than the ones modelled here appear as
     * {@code nft --debug=netlink} prints them ({@code [ limit ... ]}).
     */
    @Override
    public String toString() {
        String words = words();
        String s = place() + (words.isEmpty() ? "" : " " + words);
        return handle != 0 ? s + " # handle " + handle : s;
    }
}
