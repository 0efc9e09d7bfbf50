package io.netlink4j.examples;

import static io.netlink4j.examples.Ip.ip;
import static org.assertj.core.api.Assertions.assertThat;

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
    private static final Map<String, String[]> ARTICLE_FACT = Map.of(
            "scratch-veth", new String[] {"ns-blue", "veth-blue", "10.0.0.1", "24"},
            "scratch-bridge", new String[] {"ns-green", "veth-green", "10.0.0.2", "24"},
            "scratch-nat", new String[] {"SANDBOX", "br0", "10.0.0.254", "24"},
            "k8s-veth", new String[] {"ns2", "veth2", "10.0.0.2", "24"},
            "k8s-bridge", new String[] {"ns3", "veth3_1", "10.0.0.3", "24"},
            "dojo-veth", new String[] {"red", "veth-red", "10.0.0.1", "24"},
            "dojo-bridge", new String[] {"ns3", "veth-ns3", "10.0.0.3", "24"},
            "dojo-cni", new String[] {"container1", "eth0", "10.244.0.2", "24"},
            "deepdive-bridge", new String[] {"SANDBOX", "br0", "172.16.0.1", "24"},
            "deepdive-single", new String[] {"netns1", "veth2", "10.200.1.1", "32"});

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
            assertThat(verify.out().lines().filter(l -> l.contains("[PASS] "))).hasSize(e.checks().size());

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
                Ip.exec(List.of("ip", "netns", "del", n));
            }
        }
    }

    /** iproute2's view of the state after up, step by step, against what the article does. */
    private static void witness(Example e, String sandbox) {
        List<String> netns = Ip.netnsList();
        assertThat(netns).containsAll(e.namespaces()).contains(sandbox, sandbox + "-wan");

        String[] fact = ARTICLE_FACT.get(e.id());
        String factNs = fact[0].equals("SANDBOX") ? sandbox : fact[0];
        assertThat(ip("-n", factNs, "-j", "addr", "show", "dev", fact[1]))
                .contains("\"local\":\"" + fact[2] + "\",\"prefixlen\":" + fact[3]);

        assertThat(ip("-n", sandbox, "-j", "addr", "show", "dev", "eth0"))
                .contains("\"local\":\"203.0.113.2\",\"prefixlen\":24");
        assertThat(ip("-n", sandbox, "-j", "route", "show", "default")).contains("\"gateway\":\"203.0.113.1\"");
        assertThat(ip("-n", sandbox + "-wan", "-j", "addr", "show", "dev", "lo")).contains("\"local\":\"198.51.100.1\"");
        assertThat(ip("-n", sandbox + "-wan", "-j", "route", "show")).doesNotContain("10.0.0.", "10.244.", "172.16.");

        List<Step> steps = e.steps();
        for (int i = 0; i < steps.size(); i++) {
            Op op = steps.get(i).op();
            List<Step> later = steps.subList(i + 1, steps.size());
            switch (op) {
                case Op.AddAddress a -> {
                    String[] c = a.cidr().split("/");
                    assertThat(ip("-n", nsOf(a.at(), sandbox), "-j", "addr", "show", "dev", a.dev()))
                            .as(a.toString()).contains("\"local\":\"" + c[0] + "\",\"prefixlen\":" + c[1]);
                }
                case Op.SetUp u when !movedLater(later, u.at(), u.dev()) ->
                    assertThat(ip("-n", nsOf(u.at(), sandbox), "-j", "link", "show", "dev", u.dev()))
                            .as(u.toString()).containsPattern("\"flags\":\\[[^]]*\"UP\"");
                case Op.SetMaster m -> assertThat(ip("-n", nsOf(m.at(), sandbox), "-j", "link", "show", "dev", m.dev()))
                        .as(m.toString()).contains("\"master\":\"" + m.bridge() + "\"");
                case Op.AddBridge b -> assertThat(ip("-n", nsOf(b.at(), sandbox), "-d", "-j", "link", "show", "dev", b.name()))
                        .as(b.toString()).contains("\"info_kind\":\"bridge\"");
                case Op.MoveTo m -> assertThat(ip("-n", m.ns(), "-j", "link", "show", "dev", m.dev()))
                        .as(m.toString()).contains("\"ifname\":\"" + m.dev() + "\"");
                case Op.AddVeth v when v.peerNs() != null ->
                    assertThat(ip("-n", v.peerNs(), "-d", "-j", "link", "show", "dev", v.peer()))
                            .as(v.toString()).contains("\"info_kind\":\"veth\"");
                case Op.AddDefault d -> {
                    String r = ip("-n", nsOf(d.at(), sandbox), "-j", "route", "show", "default");
                    assertThat(r).as(d.toString()).contains("\"dst\":\"default\"");
                    if (d.via() != null) {
                        assertThat(r).as(d.toString()).contains("\"gateway\":\"" + d.via() + "\"");
                    }
                    if (d.dev() != null) {
                        assertThat(r).as(d.toString()).contains("\"dev\":\"" + d.dev() + "\"");
                    }
                }
                case Op.AddRoute r -> assertThat(ip("-n", nsOf(r.at(), sandbox), "-j", "route", "show", r.destination()))
                        .as(r.toString()).contains("\"dst\":\"" + r.destination().replace("/32", "") + "\"")
                        .contains("\"dev\":\"" + r.dev() + "\"");
                case Op.IpForward f -> assertThat(ip("netns", "exec", nsOf(f.at(), sandbox), "cat",
                        "/proc/sys/net/ipv4/ip_forward").trim()).isEqualTo("1");
                case Op.Masquerade m when Ip.hasNft() -> assertThat(ip("netns", "exec", nsOf(m.at(), sandbox),
                        "nft", "list", "ruleset")).contains("oifname \"" + m.outInterface() + "\"").contains("masquerade");
                case Op.MasqueradeSource m when Ip.hasNft() -> assertThat(ip("netns", "exec", nsOf(m.at(), sandbox),
                        "nft", "list", "ruleset")).contains(m.source()).contains("masquerade");
                default -> { }
            }
        }
    }

    private static boolean movedLater(List<Step> later, Place at, String dev) {
        return later.stream().anyMatch(s -> s.op() instanceof Op.MoveTo m && m.at().equals(at) && m.dev().equals(dev));
    }

    private static String nsOf(Place p, String sandbox) {
        return p.isHost() ? sandbox : p.namespace();
    }
}
