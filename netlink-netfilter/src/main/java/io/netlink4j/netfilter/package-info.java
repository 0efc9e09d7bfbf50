/**
 * nftables over NFNETLINK: tables, chains, rules, NAT — what {@code nft} and {@code iptables-nft}
 * do, spoken directly to the kernel, in any network namespace.
 *
 * <ul>
 *   <li>{@link io.netlink4j.netfilter.Nftables}: the handle, with the one-liners the articles need
 *       ({@code masquerade}, {@code masqueradeSource}, {@code dnat}, {@code allowForward},
 *       {@code deleteTable}) and a table of the commands they replace;</li>
 *   <li>{@link io.netlink4j.netfilter.Batch}: atomic transactions, errors mapped to the message
 *       (and expression) that failed ({@link io.netlink4j.netfilter.BatchException});</li>
 *   <li>{@link io.netlink4j.netfilter.Table}, {@link io.netlink4j.netfilter.Chain},
 *       {@link io.netlink4j.netfilter.Rule}: records, both specs and listings;</li>
 *   <li>{@link io.netlink4j.netfilter.RuleBuilder}: rules the way {@code nft} compiles them;
 *       {@link io.netlink4j.netfilter.Expr}: the kernel expressions themselves, read back typed.</li>
 * </ul>
 */
package io.netlink4j.netfilter;
