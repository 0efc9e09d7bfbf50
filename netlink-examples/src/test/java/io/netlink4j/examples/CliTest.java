package io.netlink4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.examples.catalog.Catalog;
import io.netlink4j.examples.model.Op;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line and the output layout, against a recording kernel (no namespaces touched). */
class CliTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final FakeKernel fake = new FakeKernel();

    private int run(String... args) {
        return Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), t -> fake);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowsTheSixteenIdsOfTheContract() {
        assertThat(run("list")).isZero();
        assertThat(Catalog.ids()).containsExactly("scratch-veth", "scratch-bridge", "scratch-nat", "k8s-veth",
                "k8s-bridge", "dojo-veth", "dojo-bridge", "dojo-cni", "deepdive-bridge", "deepdive-single",
                "tc-shaping", "tc-classes", "tc-netem", "vxlan-overlay", "policy-routing", "bridge-isolation");
        for (String id : Catalog.ids()) {
            assertThat(out()).contains(id);
        }
    }

    @Test
    void badUsageExitsTwoWithTheReason() {
        assertThat(run("nope", "up")).isEqualTo(2);
        assertThat(err()).contains("unknown example 'nope'").contains("scratch-veth");
        assertThat(run("scratch-veth", "sideways")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'sideways'");
        assertThat(run("scratch-veth", "up", "--host", "--sandbox", "x")).isEqualTo(2);
        assertThat(err()).contains("--host and --sandbox exclude each other");
        assertThat(run("scratch-veth", "up", "--sandbox")).isEqualTo(2);
        assertThat(run("scratch-veth", "up", "--bogus")).isEqualTo(2);
        assertThat(fake.applied).isEmpty();
    }

    @Test
    void helpExitsZero() {
        assertThat(run()).isZero();
        assertThat(out()).contains("usage:").contains("--sandbox NAME");
        assertThat(run("--help")).isZero();
    }

    @Test
    void demoBuildsTheSandboxFirstThenTheArticleAndRemovesBoth() {
        assertThat(run("scratch-nat", "demo", "--sandbox", "sb")).isZero();
        assertThat(fake.applied.get(0)).isEqualTo(new Op.CreateNs("sb"));
        assertThat(fake.applied.get(1)).isEqualTo(new Op.CreateNs("sb-wan"));
        assertThat(fake.applied).contains(new Op.Masquerade(io.netlink4j.examples.model.Place.HOST, "netlink4j", "eth0"));
        assertThat(fake.applied.subList(fake.applied.size() - 4, fake.applied.size())).containsExactly(
                new Op.DeleteNs("ns-green"), new Op.DeleteNs("ns-blue"), new Op.DeleteNs("sb"), new Op.DeleteNs("sb-wan"));
        assertThat(fake.namespaces).isEmpty();
        String o = out();
        assertThat(o).contains("--- Sandbox: the host is namespace sb, the internet is sb-wan")
                .contains("--- Getting out")
                .contains("iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE")
                .contains("nft.masquerade(\"netlink4j\", \"eth0\")").contains("nft = Nftables.open(host.namespace())")
                .contains("[PASS] NAT: ping the internet from ns-blue (198.51.100.1)")
                .contains("note: the article's bridge step assigns no addresses")
                .containsPattern("scratch-nat +up ok .*PASS");
        assertThat(fake.closed).isTrue();
    }

    @Test
    void aFailingCheckMakesVerifyAndDemoExitOne() {
        fake.failChecks = true;
        assertThat(run("dojo-veth", "verify")).isEqualTo(1);
        assertThat(out()).contains("[FAIL] namespace red exists").contains("verify: 0 passed, 10 failed");
        assertThat(run("dojo-veth", "demo")).isEqualTo(1);
    }

    @Test
    void aFailedUpInDemoRemovesOnlyWhatThatRunMade() {
        fake.namespaces.add("blue"); // somebody else's namespace with the article's name
        fake.failOn = new Op.CreateNs("blue");
        assertThat(run("dojo-veth", "demo")).isEqualTo(1);
        assertThat(fake.applied).contains(new Op.DeleteNs("red"), new Op.DeleteNs("nl-sandbox"))
                .doesNotContain(new Op.DeleteNs("blue"));
        assertThat(fake.namespaces).containsExactly("blue");
        assertThat(out()).contains("FAILED").contains("verify").containsPattern("dojo-veth +up FAILED");
    }

    @Test
    void hostModeDownRemovesBridgesAndTheNatTableToo() {
        assertThat(run("dojo-cni", "down", "--host")).isZero();
        assertThat(fake.applied).containsExactly(
                new Op.DeleteNs("container1"),
                new Op.DeleteLink(io.netlink4j.examples.model.Place.HOST, "cni0"),
                new Op.DeleteLink(io.netlink4j.examples.model.Place.HOST, "veth0"),
                new Op.DeleteNftTable(io.netlink4j.examples.model.Place.HOST, "netlink4j"));
        assertThat(out()).contains("ip_forward stays 1");
    }

    @Test
    void upReusesASandboxThatExistsAndCreatesOnlyTheArticleNamespaces() {
        fake.namespaces.add("nl-sandbox");
        assertThat(run("k8s-veth", "up")).isZero();
        assertThat(fake.applied.stream().filter(o -> o instanceof Op.CreateNs).toList())
                .containsExactly(new Op.CreateNs("ns1"), new Op.CreateNs("ns2"));
        assertThat(out()).contains("Sandbox nl-sandbox exists already: reused");
    }

    @Test
    void aMissingFeatureIsReportedAndUpGoesOnButDoesNotPass() {
        FakeKernel missing = new FakeKernel() {
            @Override
            public String apply(Op op) {
                if (op instanceof Op.Masquerade) {
                    throw new io.netlink4j.examples.run.MissingFeature("NAT is missing");
                }
                return super.apply(op);
            }
        };
        int code = Main.run(new String[] {"scratch-nat", "demo"}, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), t -> missing);
        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("MISSING").contains("NAT is missing").contains("1 MISSING")
                .contains("==== scratch-nat verify").containsPattern("scratch-nat +up MISSING");
        assertThat(missing.namespaces).isEmpty();
    }

    @Test
    void aKernelWithoutNetemSkipsItsStepAndChecksAndTheDemoStillPasses() {
        fake.lacking = "this kernel has no netem qdisc (sch_netem, CONFIG_NET_SCH_NETEM): skipped, not failed";
        assertThat(run("tc-netem", "demo")).isZero();
        assertThat(out()).contains("tc qdisc add dev veth-a root netem delay 50ms loss 1%")
                .contains("ns(\"tc-a\").qdiscs().add(QdiscSpec.root(\"veth-a\", Netem.of().withDelay(\"50ms\").withLoss(\"1%\")))")
                .contains("SKIPPED").contains("this kernel has no netem qdisc").contains("1 skipped (this kernel lacks")
                .contains("[SKIP] tc-a: qdisc netem delay 50ms loss 1% on veth-a")
                .contains("[SKIP] ping 10.10.0.2 from tc-a: round trips of at least 50 ms")
                .contains("[PASS] ping 10.10.0.2 from tc-a").doesNotContain("[FAIL]")
                .containsPattern("tc-netem +up ok .* 7/7 passed, 2 skipped .*PASS");
        assertThat(fake.namespaces).isEmpty();
    }

    @Test
    void theNewExamplesPrintTheCommandsTheyReplaceNextToTheCalls() {
        assertThat(run("tc-classes", "up")).isZero();
        assertThat(out()).contains("ip netns exec tc-a tc class add dev veth-a parent 1:1 classid 1:10 htb rate 4mbit ceil 4mbit")
                .contains("ns(\"tc-a\").classes().add(TrafficClassSpec.of(\"veth-a\", \"1:1\", \"1:10\","
                        + " HtbClass.of(\"4mbit\").withCeil(\"4mbit\")))");
        assertThat(run("policy-routing", "up")).isZero();
        assertThat(out()).contains("ip netns exec pr-host ip rule add from 10.2.0.0/24 lookup 100")
                .contains("ns(\"pr-host\").rules().add(RuleSpec.from(\"10.2.0.0/24\").withTable(RouteTable.of(100)))")
                .contains("ns(\"pr-host\").rules().add(RuleSpec.all().withFwmark(0x1).withTable(RouteTable.of(100)))");
        assertThat(run("vxlan-overlay", "up")).isZero();
        assertThat(out()).contains("ip netns exec vx-h1 bridge fdb append 00:00:00:00:00:00 dev vxlan100 dst 192.0.2.2")
                .contains("ns(\"vx-h1\").fdb().append(FdbSpec.of(MacAddress.ZERO, \"vxlan100\").withDst(\"192.0.2.2\"))");
        assertThat(run("bridge-isolation", "up")).isZero();
        assertThat(out()).contains("bridge link set dev bv-p1 isolated on")
                .contains("host.bridgePorts().change(BridgePortSpec.of(\"bv-p1\").withIsolated(true))");
    }

    @Test
    void demoWithoutIdRunsEveryExampleAndSumsUp() {
        assertThat(run("demo", "--sandbox", "sb")).isZero();
        assertThat(out()).contains("16 of 16 examples passed");
        assertThat(fake.applied.stream().filter(o -> o.equals(new Op.CreateNs("sb")))).hasSize(16);
    }

    @Test
    void commandsMdIsWhatTheCatalogSays() throws Exception {
        assertThat(run("commands")).isZero();
        Path md = Path.of("COMMANDS.md");
        assertThat(md).exists();
        assertThat(Files.readString(md)).isEqualTo(out());
    }
}
