/**
 * nftables over NFNETLINK: tables, chains, rules and NAT — what {@code nft} and
 * {@code iptables-nft} do, spoken directly to the kernel, in any network namespace.
 *
 * <p>{@link io.netlink4j.netfilter.Nftables} is the per-namespace handle; it hands out
 * {@link io.netlink4j.netfilter.Tables}, {@link io.netlink4j.netfilter.Chains},
 * {@link io.netlink4j.netfilter.Rules} and {@link io.netlink4j.netfilter.Transaction}s, and has the
 * one-liners the articles need.
 *
 * <h2>The commands and the calls that replace them</h2>
 * <table>
 * <caption>iptables / nft and netlink4j ({@code nft} is an {@code Nftables})</caption>
 * <tr><th>command</th><th>netlink4j</th></tr>
 * <tr><td>{@code iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE} (a1)<br>
 *         {@code nft add rule ip nat POSTROUTING oifname "eth0" masquerade}, table and chain made if missing</td>
 *     <td>{@code nft.masquerade("nat", "eth0")}</td></tr>
 * <tr><td>{@code iptables -t nat -A POSTROUTING -s 10.244.0.0/24 ! -o cni0 -j MASQUERADE} (a3)</td>
 *     <td>{@code nft.masqueradeSource("nat", "10.244.0.0/24", "cni0")}</td></tr>
 * <tr><td>{@code iptables -t nat -A PREROUTING -i eth0 -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.2:80}</td>
 *     <td>{@code nft.dnat("nat", "eth0", IpProtocol.TCP, 8080, "10.0.0.2", 80)}</td></tr>
 * <tr><td>{@code iptables -A FORWARD -i br0 -o eth0 -j ACCEPT}</td>
 *     <td>{@code nft.allowForward("filter", "br0", "eth0")}</td></tr>
 * <tr><td>{@code nft add table ip nat}</td><td>{@code nft.tables().replace(Table.of(Family.IP, "nat"))}</td></tr>
 * <tr><td>{@code nft create table ip nat}</td><td>{@code nft.tables().add(Table.of(Family.IP, "nat"))}</td></tr>
 * <tr><td>{@code nft delete table ip nat} / {@code nft destroy table ip nat}</td>
 *     <td>{@code nft.tables().delete(Family.IP, "nat")} / {@code deleteIfExists(Family.IP, "nat")}</td></tr>
 * <tr><td>{@code nft flush table ip nat}</td><td>{@code nft.tables().flush(Family.IP, "nat")}</td></tr>
 * <tr><td>{@code nft list tables}</td><td>{@code nft.tables().list()}</td></tr>
 * <tr><td>{@code nft add chain ip nat POSTROUTING '{ type nat hook postrouting priority srcnat; policy accept; }'}</td>
 *     <td>{@code nft.chains().replace(Chain.base(Family.IP, "nat", "POSTROUTING", Hook.POSTROUTING)}<br>
 *         {@code .withType(ChainType.NAT).withPriority(Priority.SRCNAT).withPolicy(Policy.ACCEPT))}</td></tr>
 * <tr><td>{@code nft add chain ip filter mine}</td>
 *     <td>{@code nft.chains().replace(Chain.regular(Family.IP, "filter", "mine"))}</td></tr>
 * <tr><td>{@code nft delete chain ip filter mine} / {@code nft flush chain ip filter mine}</td>
 *     <td>{@code nft.chains().delete(Family.IP, "filter", "mine")} / {@code flush(...)}</td></tr>
 * <tr><td>{@code nft list chains} / {@code nft list chain ip nat POSTROUTING}</td>
 *     <td>{@code nft.chains().list()} / {@code nft.chains().get(Family.IP, "nat", "POSTROUTING")}</td></tr>
 * <tr><td>{@code nft add rule ip filter FORWARD ct state established,related accept}</td>
 *     <td>{@code nft.rules().add(Rule.in(Family.IP, "filter", "FORWARD").ctState(CtState.ESTABLISHED, CtState.RELATED).accept())}</td></tr>
 * <tr><td>{@code nft insert rule ...} / {@code nft add rule ... position 4} / {@code nft insert rule ... position 4}</td>
 *     <td>{@code nft.rules().insert(rule)} / {@code addAfter(rule, 4)} / {@code insertBefore(rule, 4)}</td></tr>
 * <tr><td>{@code nft replace rule ip filter FORWARD handle 4 ...}</td>
 *     <td>{@code nft.rules().replace(rule.withHandle(4))}</td></tr>
 * <tr><td>{@code nft delete rule ip nat POSTROUTING handle 4}</td>
 *     <td>{@code nft.rules().delete(rule)} (a rule as listed or returned)</td></tr>
 * <tr><td>{@code nft -a list chain ip nat POSTROUTING} / {@code nft -a list table ip nat}</td>
 *     <td>{@code nft.rules().list(Family.IP, "nat", "POSTROUTING")} / {@code list(Family.IP, "nat")};
 *         {@code forEach(...)} streams</td></tr>
 * <tr><td>{@code nft -f FILE} (atomic)</td><td>{@code nft.transaction().replace(...).add(...).commit()}</td></tr>
 * </table>
 *
 * <h2>Conventions of this package</h2>
 * <ul>
 *   <li><b>Verbs.</b> {@code add} creates and fails with {@code AlreadyExistsException} if the
 *       object exists ({@code nft create}); {@code replace} creates or updates, keeping contents
 *       ({@code nft add table|chain}; for rules {@code nft replace rule}); {@code delete} fails
 *       with {@code NotFoundException} when the object is absent, {@code deleteIfExists} returns
 *       {@code false}; {@code get} fails and {@code find} is empty when absent; {@code list}
 *       collects a dump and {@code forEach} streams it. {@code flush} and {@code insert} keep
 *       {@code nft}'s verbs. There is no pipelined {@code addAll}: nf_tables takes changes only
 *       in transactions, so several changes are a {@link io.netlink4j.netfilter.Transaction},
 *       all or nothing.</li>
 *   <li><b>Records are specs and listings.</b> {@link io.netlink4j.netfilter.Table},
 *       {@link io.netlink4j.netfilter.Chain} and {@link io.netlink4j.netfilter.Rule} take their
 *       required parts in a factory ({@code Table.of}, {@code Chain.base}, {@code Rule.in}) and
 *       the rest as {@code with…} copies; a {@code Rule}'s match and statement methods read like
 *       {@code nft}'s words and return a new rule. The kernel's listing fills in the handle and
 *       keeps attributes the records do not model in {@code unknown}; {@code toString} prints
 *       each as {@code nft} writes it after {@code add}, with {@code # handle N} as {@code nft -a}.</li>
 *   <li><b>Bytes as nft sends them.</b> The messages equal what {@code nft -e} 1.0 sends for the
 *       same words (capture tests hold them to it), except that every message asks for an ACK,
 *       so each one's own outcome is known; expressions are the kernel's
 *       ({@link io.netlink4j.netfilter.Expr}), and one this library does not model is kept as
 *       {@link io.netlink4j.netfilter.UnknownExpr} and written back unchanged.</li>
 *   <li><b>Names.</b> Tables and chains: 1..255 bytes, no NUL. Interface names in
 *       {@code iifname}/{@code oifname}: core's {@code InterfaceName.check}, the kernel's device
 *       name rule; {@code nft}'s wildcard patterns ({@code "eth*"}) are not offered, and a name is
 *       always matched whole.</li>
 *   <li><b>Errors.</b> Bad arguments: {@code IllegalArgumentException} (null:
 *       {@code NullPointerException} naming the parameter) before anything is sent. The kernel's
 *       refusal: a {@code KernelException} of the matching type, named as {@code nft} would
 *       ({@code add rule ip filter FORWARD}); in a transaction of several, prefixed with the
 *       message's place ({@code nftables batch of 3 rolled back at message 3, ...}) and naming
 *       the expression the extended ACK points at.</li>
 * </ul>
 */
package io.netlink4j.netfilter;
