/**
 * Traffic control over rtnetlink: qdiscs, classes and filters with their actions, the
 * {@code tc} command's objects, with the counters {@code tc -s} shows.
 *
 * <p>Facades hang from the per-namespace handle: {@code Rtnetlink.qdiscs()} ({@link Qdiscs}),
 * {@code classes()} ({@link TrafficClasses}) and {@code filters()} ({@link Filters}). Specs are
 * records built as {@code tc}'s arguments read ({@link QdiscSpec}, {@link TrafficClassSpec},
 * {@link FilterSpec}, with kinds such as {@link Tbf}, {@link Htb}, {@link HtbClass}, {@link U32});
 * what the kernel reports comes back as {@link Qdisc}, {@link TrafficClass} and {@link Filter}.
 * Values are written as {@code tc} writes them and read by its rules: handles {@link TcHandle}
 * ({@code "1:10"}), rates {@link Rate} ({@code "8mbit"}), sizes {@link Size} ({@code "32kb"}),
 * times {@link TcTime} ({@code "50ms"}), probabilities {@link Percent} ({@code "1%"}). Requests
 * carry what {@code tc} 6.1 sends, byte for byte: rate tables, buffers in scheduler ticks and
 * limits computed as tc/tc_core.c computes them from {@code /proc/net/psched}.
 *
 * <table>
 * <caption>{@code tc} commands and the calls that replace them ({@code a} is the namespace's {@code Rtnetlink})</caption>
 * <tr><th>tc</th><th>netlink4j</th></tr>
 * <tr><td>{@code tc qdisc add dev veth-a root tbf rate 8mbit burst 32kb latency 50ms}</td>
 *     <td>{@code a.qdiscs().add(QdiscSpec.root("veth-a", Tbf.of("8mbit").withBurst("32kb").withLatency("50ms")))}</td></tr>
 * <tr><td>{@code tc qdisc add dev veth-a root handle 1: htb default 30}</td>
 *     <td>{@code a.qdiscs().add(QdiscSpec.root("veth-a", Htb.of().withDefault("30")).withHandle("1:"))}</td></tr>
 * <tr><td>{@code tc qdisc add dev veth-a root netem delay 50ms loss 1%}</td>
 *     <td>{@code a.qdiscs().add(QdiscSpec.root("veth-a", Netem.of().withDelay("50ms").withLoss("1%")))}</td></tr>
 * <tr><td>{@code tc qdisc add dev veth-a parent 1:10 fq_codel}</td>
 *     <td>{@code a.qdiscs().add(QdiscSpec.parent("veth-a", "1:10", FqCodel.of()))}</td></tr>
 * <tr><td>{@code tc qdisc add dev veth-a clsact}</td><td>{@code a.qdiscs().add(QdiscSpec.clsact("veth-a"))}</td></tr>
 * <tr><td>{@code tc qdisc replace dev veth-a root pfifo limit 100}</td>
 *     <td>{@code a.qdiscs().replace(QdiscSpec.root("veth-a", Pfifo.of().withLimit(100)))}</td></tr>
 * <tr><td>{@code tc qdisc change dev veth-a root tbf rate 4mbit burst 32kb latency 50ms}</td>
 *     <td>{@code a.qdiscs().change(QdiscSpec.root("veth-a", Tbf.of("4mbit").withBurst("32kb").withLatency("50ms")))}</td></tr>
 * <tr><td>{@code tc qdisc del dev veth-a root}</td><td>{@code a.qdiscs().delete(QdiscSpec.root("veth-a"))}</td></tr>
 * <tr><td>{@code tc -s qdisc show dev veth-a}</td><td>{@code a.qdiscs().list("veth-a")}, each with {@code stats()}</td></tr>
 * <tr><td>{@code tc class add dev veth-a parent 1:1 classid 1:10 htb rate 4mbit ceil 4mbit}</td>
 *     <td>{@code a.classes().add(TrafficClassSpec.of("veth-a", "1:1", "1:10", HtbClass.of("4mbit").withCeil("4mbit")))}</td></tr>
 * <tr><td>{@code tc class del dev veth-a classid 1:10}</td><td>{@code a.classes().delete(TrafficClassSpec.of("veth-a", "1:10"))}</td></tr>
 * <tr><td>{@code tc -s class show dev veth-a}</td><td>{@code a.classes().list("veth-a")}</td></tr>
 * <tr><td>{@code tc filter add dev veth-a parent 1: protocol ip prio 1 u32 match ip dst 10.10.0.2/32 flowid 1:10}</td>
 *     <td>{@code a.filters().add(FilterSpec.of("veth-a", "1:", U32.of().matchIpDst("10.10.0.2/32").withClassId("1:10")).withProtocol("ip").withPriority(1))}</td></tr>
 * <tr><td>{@code tc filter add dev veth-b ingress matchall action mirred egress redirect dev veth-c}</td>
 *     <td>{@code a.filters().add(FilterSpec.ingress("veth-b", Matchall.of().withAction(Mirred.egressRedirect("veth-c"))))}</td></tr>
 * <tr><td>{@code tc filter add dev veth-a ingress protocol ip flower dst_ip 10.0.0.2 ip_proto tcp dst_port 80 action drop}</td>
 *     <td>{@code a.filters().add(FilterSpec.ingress("veth-a", Flower.of().withDstIp("10.0.0.2").withIpProto("tcp").withDstPort(80).withAction(Gact.drop())).withProtocol("ip"))}</td></tr>
 * <tr><td>{@code tc filter add dev veth-a ingress matchall action police rate 1mbit burst 10k conform-exceed drop}</td>
 *     <td>{@code a.filters().add(FilterSpec.ingress("veth-a", Matchall.of().withAction(Police.of("1mbit", "10k").withExceed(ActionControl.DROP))))}</td></tr>
 * <tr><td>{@code tc filter add dev veth-a ingress bpf da obj prog.o} (the program loaded elsewhere)</td>
 *     <td>{@code a.filters().add(FilterSpec.ingress("veth-a", Bpf.of(programFd).withName("prog").withDirectAction()))}</td></tr>
 * <tr><td>{@code tc filter del dev veth-a parent 1: prio 1}</td>
 *     <td>{@code a.filters().delete(FilterSpec.of("veth-a", "1:").withPriority(1))}</td></tr>
 * <tr><td>{@code tc -s filter show dev veth-a parent 1:} / {@code ... ingress}</td>
 *     <td>{@code a.filters().list("veth-a", "1:")} / {@code list("veth-a", "ingress")}</td></tr>
 * </table>
 *
 * <p>Kinds not modelled come back raw ({@link OtherQdisc}, {@link OtherClass}, {@link OtherFilter},
 * {@link OtherAction}); attributes not modelled are kept in each result's {@code unknown} map.
 *
 * <p><b>Dumps under heavy change.</b> A dump that runs while many qdiscs, classes or filters change at once can be
 * marked interrupted by the kernel ({@code NLM_F_DUMP_INTR}). A {@code list} method forgets what
 * it collected and dumps again, up to 8 times; a {@code forEach} cannot take back what it handed
 * over, so it does not restart. Either then fails, after the dump, with a {@link
 * io.netlink4j.core.KernelException} of {@code EINTR}; nothing was changed, and listing again is
 * safe.
 */
package io.netlink4j.route.tc;
