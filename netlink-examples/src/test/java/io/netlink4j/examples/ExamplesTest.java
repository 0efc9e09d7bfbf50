package io.netlink4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.testing.Ip;
import io.netlink4j.core.testing.KernelConfig;
import io.netlink4j.examples.catalog.Catalog;
import io.netlink4j.examples.model.Example;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Place;
import io.netlink4j.examples.model.Step;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example, for real, in a sandbox of its own: up, then iproute2 as an independent witness
 * that the state is the article's; verify; down, and nothing left; down again (idempotent); demo.
 * The article namespaces have fixed global names (ns1, red, netns1...), so these run one at a time
 * (JUnit's default) and clean up in finally.
 */
class ExamplesTest {
    /** One fact per example, written from the article by hand rather than from the catalog. */
    private static final Map<String, String[]> ARTICLE_FACT = Map.ofEntries(
            Map.entry("scratch-veth", new String[] {"ns-blue", "veth-blue", "10.0.0.1", "24"}),
            Map.entry("scratch-bridge", new String[] {"ns-green", "veth-green", "10.0.0.2", "24"}),
            Map.entry("scratch-nat", new String[] {"SANDBOX", "br0", "10.0.0.254", "24"}),
            Map.entry("k8s-veth", new String[] {"ns2", "veth2", "10.0.0.2", "24"}),
            Map.entry("k8s-bridge", new String[] {"ns3", "veth3_1", "10.0.0.3", "24"}),
            Map.entry("dojo-veth", new String[] {"red", "veth-red", "10.0.0.1", "24"}),
            Map.entry("dojo-bridge", new String[] {"ns3", "veth-ns3", "10.0.0.3", "24"}),
            Map.entry("dojo-cni", new String[] {"container1", "eth0", "10.244.0.2", "24"}),
            Map.entry("deepdive-bridge", new String[] {"SANDBOX", "br0", "172.16.0.1", "24"}),
            Map.entry("deepdive-single", new String[] {"netns1", "veth2", "10.200.1.1", "32"}),
            // beyond the articles: issues 12 and 13
            Map.entry("tc-shaping", new String[] {"tc-b", "veth-b", "10.10.0.2", "24"}),
            Map.entry("tc-classes", new String[] {"tc-b", "veth-b", "10.10.0.3", "24"}),
            Map.entry("tc-netem", new String[] {"tc-a", "veth-a", "10.10.0.1", "24"}),
            Map.entry("vxlan-overlay", new String[] {"vx-h2-p1", "eth0", "10.100.0.21", "24"}),
            Map.entry("policy-routing", new String[] {"pr-isp-b", "lo", "198.18.2.1", "32"}),
            Map.entry("bridge-isolation", new String[] {"SANDBOX", "brv", "10.50.0.254", "24"}));

    static List<String> ids() {
        return Catalog.ids();
    }

    private record Run(int code, String out) {}

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = Main.run(args, ps, ps);
        String text = out.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        return new Run(code, text);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void upMatchesTheArticleVerifyPassesDownLeavesNothing(String id) {
        Example e = Catalog.find(id).orElseThrow();
        String sandbox = "nlt-ex-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        List<String> mine = new ArrayList<>(e.namespaces());
        mine.add(sandbox);
        mine.add(sandbox + "-wan");
        assertThat(Ip.netnsList()).as("namespaces with the article's names left by someone else")
                .doesNotContainAnyElementsOf(mine);
        try {
            Run up = cli(id, "up", "--sandbox", sandbox);
            assertThat(up.code()).as(up.out()).isZero();
            witness(e, sandbox);

            Run verify = cli(id, "verify", "--sandbox", sandbox);
            assertThat(verify.code()).as(verify.out()).isZero();
            assertThat(verify.out()).contains("[PASS] ").doesNotContain("[FAIL]");
            assertThat(verify.out().lines().filter(l -> l.contains("[PASS] ") || l.contains("[SKIP] ")))
                    .hasSize(e.checks().size());
            afterVerify(e);
            if (id.equals("tc-netem") && !KERNEL_HAS_NETEM) {
                assertThat(verify.out()).as("a kernel without netem is said so, not failed")
                        .contains("[SKIP] ").contains("this kernel has no netem qdisc");
            } else {
                assertThat(verify.out()).doesNotContain("[SKIP] ");
            }

            Run down = cli(id, "down", "--sandbox", sandbox);
            assertThat(down.code()).as(down.out()).isZero();
            assertThat(Ip.netnsList()).doesNotContainAnyElementsOf(mine);
            Run again = cli(id, "down", "--sandbox", sandbox);
            assertThat(again.code()).as("down is idempotent: " + again.out()).isZero();
            assertThat(again.out()).contains("not there");

            Run demo = cli(id, "demo", "--sandbox", sandbox);
            assertThat(demo.code()).as(demo.out()).isZero();
            assertThat(demo.out()).contains("[PASS] ").doesNotContain("[FAIL]").containsPattern(id + " +up ok .*PASS");
            assertThat(Ip.netnsList()).doesNotContainAnyElementsOf(mine);
        } finally {
            for (String n : mine) {
                Ip.tryExec(List.of("ip", "netns", "del", n));
            }
        }
    }

    /** What verify's traffic left behind, as the witnesses see it. */
    private static void afterVerify(Example e) {
        switch (e.id()) {
            case "tc-classes" -> {
                String classes = Ip.exec(List.of("tc", "-n", "tc-a", "-s", "class", "show", "dev", "veth-a"));
                for (String id : List.of("1:10", "1:20")) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("class htb " + id + " .*\\n Sent (\\d+) bytes")
                            .matcher(classes);
                    assertThat(m.find()).as(classes).isTrue();
                    assertThat(Long.parseLong(m.group(1))).as("bytes through " + id).isGreaterThan(400_000L);
                }
            }
            case "tc-shaping" -> assertThat(Ip.exec(List.of("tc", "-n", "tc-a", "-j", "-s", "qdisc", "show", "dev", "veth-a")))
                    .containsPattern("\"kind\":\"tbf\".*\"overlimits\":[1-9]");
            case "policy-routing" -> {
                assertThat(Ip.run("-n", "pr-host", "-j", "route", "get", "198.18.1.1", "from", "10.2.0.2", "iif", "c2"))
                        .contains("\"gateway\":\"100.64.2.2\"").contains("\"dev\":\"isp-b\"");
                assertThat(Ip.run("-n", "pr-host", "-j", "route", "get", "198.18.1.1", "from", "10.1.0.2", "iif", "c1"))
                        .contains("\"gateway\":\"100.64.1.2\"").contains("\"dev\":\"isp-a\"");
                assertThat(Ip.run("-n", "pr-host", "-j", "route", "get", "198.18.1.1", "mark", "1"))
                        .contains("\"gateway\":\"100.64.2.2\"");
            }
            default -> { }
        }
    }

    /** iproute2's view of the state after up, step by step, against what the article does. */
    private static void witness(Example e, String sandbox) {
        List<String> netns = Ip.netnsList();
        assertThat(netns).containsAll(e.namespaces()).contains(sandbox, sandbox + "-wan");

        String[] fact = ARTICLE_FACT.get(e.id());
        String factNs = fact[0].equals("SANDBOX") ? sandbox : fact[0];
        assertThat(Ip.run("-n", factNs, "-j", "addr", "show", "dev", fact[1]))
                .contains("\"local\":\"" + fact[2] + "\",\"prefixlen\":" + fact[3]);

        assertThat(Ip.run("-n", sandbox, "-j", "addr", "show", "dev", "eth0"))
                .contains("\"local\":\"203.0.113.2\",\"prefixlen\":24");
        assertThat(Ip.run("-n", sandbox, "-j", "route", "show", "default")).contains("\"gateway\":\"203.0.113.1\"");
        assertThat(Ip.run("-n", sandbox + "-wan", "-j", "addr", "show", "dev", "lo")).contains("\"local\":\"198.51.100.1\"");
        assertThat(Ip.run("-n", sandbox + "-wan", "-j", "route", "show")).doesNotContain("10.0.0.", "10.244.", "172.16.");

        List<Step> steps = e.steps();
        for (int i = 0; i < steps.size(); i++) {
            Op op = steps.get(i).op();
            List<Step> later = steps.subList(i + 1, steps.size());
            switch (op) {
                case Op.AddAddress a -> {
                    String[] c = a.cidr().split("/");
                    assertThat(Ip.run("-n", nsOf(a.at(), sandbox), "-j", "addr", "show", "dev", a.dev()))
                            .as(a.toString()).contains("\"local\":\"" + c[0] + "\",\"prefixlen\":" + c[1]);
                }
                case Op.SetUp u when !movedLater(later, u.at(), u.dev()) ->
                    assertThat(Ip.run("-n", nsOf(u.at(), sandbox), "-j", "link", "show", "dev", u.dev()))
                            .as(u.toString()).containsPattern("\"flags\":\\[[^]]*\"UP\"");
                case Op.SetMaster m -> assertThat(Ip.run("-n", nsOf(m.at(), sandbox), "-j", "link", "show", "dev", m.dev()))
                        .as(m.toString()).contains("\"master\":\"" + m.bridge() + "\"");
                case Op.AddBridge b -> assertThat(Ip.run("-n", nsOf(b.at(), sandbox), "-d", "-j", "link", "show", "dev", b.name()))
                        .as(b.toString()).contains("\"info_kind\":\"bridge\"");
                case Op.MoveTo m -> assertThat(Ip.run("-n", m.ns(), "-j", "link", "show", "dev", m.dev()))
                        .as(m.toString()).contains("\"ifname\":\"" + m.dev() + "\"");
                case Op.AddVeth v when v.peerNs() != null -> {
                    String peer = Ip.run("-n", v.peerNs(), "-d", "-j", "link", "show", "dev", v.peer());
                    assertThat(peer).as(v.toString()).contains("\"info_kind\":\"veth\"");
                    if (v.peerMac() != null) {
                        assertThat(peer).as(v.toString()).contains("\"address\":\"" + v.peerMac() + "\"")
                                .contains("\"mtu\":" + v.mtu());
                    }
                    if (v.master() != null && !movedLater(later, v.at(), v.name())) {
                        assertThat(Ip.run("-n", nsOf(v.at(), sandbox), "-j", "link", "show", "dev", v.name()))
                                .as(v.toString()).contains("\"master\":\"" + v.master() + "\"");
                    }
                }
                case Op.AddRoute r -> {
                    String dst = r.destination().replace("/32", "");
                    String shown = Ip.run("-n", nsOf(r.at(), sandbox), "-j", "route", "show", "table",
                            r.table() == null ? "main" : r.table().toString(), r.destination());
                    assertThat(shown).as(r.toString()).contains("\"dst\":\"" + dst + "\"");
                    if (r.via() != null) {
                        assertThat(shown).as(r.toString()).contains("\"gateway\":\"" + r.via() + "\"");
                    }
                    if (r.dev() != null) {
                        assertThat(shown).as(r.toString()).contains("\"dev\":\"" + r.dev() + "\"");
                    }
                }
                case Op.AddVxlan x -> assertThat(Ip.run("-n", nsOf(x.at(), sandbox), "-d", "-j", "link", "show", "dev", x.name()))
                        .as(x.toString()).contains("\"info_kind\":\"vxlan\"").contains("\"id\":" + x.vni())
                        .contains("\"local\":\"" + x.local() + "\"").contains("\"port\":" + x.port())
                        .contains("\"learning\":false").contains("\"master\":\"" + x.master() + "\"");
                case Op.AddRule r -> assertThat(Ip.run("-n", nsOf(r.at(), sandbox), "-j", "rule", "show"))
                        .as(r.toString()).contains(r.from() == null ? "\"fwmark\":\"0x" + Long.toHexString(r.fwmark()) + "\",\"table\":\"" + r.table() + "\""
                                : "\"src\":\"" + r.from().split("/")[0] + "\",\"srclen\":" + r.from().split("/")[1]
                                        + ",\"table\":\"" + r.table() + "\"");
                case Op.SetPortIsolated p -> assertThat(Ip.exec(List.of("bridge", "-n", nsOf(p.at(), sandbox), "-d", "-j", "link", "show",
                        "dev", p.dev()))).as(p.toString()).contains("\"isolated\":" + p.isolated());
                case Op.AddFdb f -> assertThat(Ip.exec(List.of("bridge", "-n", nsOf(f.at(), sandbox), "-j", "fdb", "show", "dev", f.dev())))
                        .as(f.toString()).containsPattern("\\{\"mac\":\"" + f.mac() + "\",\"dst\":\"" + f.dst() + "\"[^}]*\"state\":\""
                                + (f.isStatic() ? "static" : "permanent") + "\"");
                case Op.AddTbf t -> assertThat(Ip.exec(List.of("tc", "-n", nsOf(t.at(), sandbox), "-j", "-s", "qdisc", "show", "dev", t.dev())))
                        .as(t.toString()).contains("\"kind\":\"tbf\"").contains("\"rate\":1000000").contains("\"burst\":32768")
                        .contains("\"lat\":50000");
                case Op.AddHtb h -> assertThat(Ip.exec(List.of("tc", "-n", nsOf(h.at(), sandbox), "-j", "-s", "qdisc", "show", "dev", h.dev())))
                        .as(h.toString()).contains("\"kind\":\"htb\",\"handle\":\"" + h.handle() + "\"")
                        .contains("\"default\":\"0x" + h.defaultClass() + "\"");
                case Op.AddHtbClass c -> // tc 6.1 prints htb classes as text even with -j
                    assertThat(Ip.exec(List.of("tc", "-n", nsOf(c.at(), sandbox), "-s", "class", "show", "dev", c.dev())))
                            .as(c.toString()).containsPattern("class htb " + c.classId() + " "
                                    + (c.parent().endsWith(":") ? "root" : "parent " + c.parent()) + " .*rate "
                                    + c.rate().replace("mbit", "Mbit") + " ceil "
                                    + (c.ceil() == null ? c.rate() : c.ceil()).replace("mbit", "Mbit") + " ");
                case Op.AddU32 f -> assertThat(Ip.exec(List.of("tc", "-n", nsOf(f.at(), sandbox), "-j", "filter", "show", "dev", f.dev(),
                        "parent", f.parent()))).as(f.toString()).contains("\"flowid\":\"" + f.classId() + "\"");
                case Op.AddNetem n -> {
                    String q = Ip.exec(List.of("tc", "-n", nsOf(n.at(), sandbox), "-j", "qdisc", "show", "dev", n.dev()));
                    if (KERNEL_HAS_NETEM) {
                        assertThat(q).as(n.toString()).contains("\"kind\":\"netem\"");
                    } else {
                        assertThat(q).as("no netem where the kernel lacks it").doesNotContain("netem");
                    }
                }
                case Op.IpForward f -> assertThat(Ip.run("netns", "exec", nsOf(f.at(), sandbox), "cat",
                        "/proc/sys/net/ipv4/ip_forward").trim()).isEqualTo("1");
                case Op.Masquerade m -> assertThat(nftTable(nsOf(m.at(), sandbox), m.table())).as(m.toString())
                        .containsPattern("\\{\"match\":\\{\"op\":\"==\",\"left\":\\{\"meta\":\\{\"key\":\"oifname\"}},\"right\":\""
                                + m.outInterface() + "\"}},\\{\"masquerade\":null}");
                case Op.MasqueradeSource m -> {
                    String[] src = m.source().split("/");
                    assertThat(nftTable(nsOf(m.at(), sandbox), m.table()))
                            .as(m.toString())
                            .contains("\"right\":{\"prefix\":{\"addr\":\"" + src[0] + "\",\"len\":" + src[1] + "}}")
                            .contains("{\"op\":\"!=\",\"left\":{\"meta\":{\"key\":\"oifname\"}},\"right\":\""
                                    + m.notOutInterface() + "\"}").contains("{\"masquerade\":null}");
                }
                default -> { }
            }
        }
    }

    /** Whether this kernel has netem, from its config as the witness reads it (the example asks the kernel itself). */
    private static final boolean KERNEL_HAS_NETEM = KernelConfig.hasNetem();

    /** {@code nft -j list table ip TABLE} in {@code ns}, without spaces; nft is the NAT witness, so it must be there. */
    private static String nftTable(String ns, String table) {
        assertThat(Ip.hasNft()).as("nft is not installed (apt-get install nftables): the NAT rules cannot be witnessed")
                .isTrue();
        return Ip.run("netns", "exec", ns, "nft", "-j", "list", "table", "ip", table).replace(" ", "");
    }

    private static boolean movedLater(List<Step> later, Place at, String dev) {
        return later.stream().anyMatch(s -> s.op() instanceof Op.MoveTo m && m.at().equals(at) && m.dev().equals(dev));
    }

    private static String nsOf(Place p, String sandbox) {
        return p.isHost() ? sandbox : p.namespace();
    }
}
