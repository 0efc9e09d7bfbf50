package io.netlink4j.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.testing.Ip;
import io.netlink4j.lab.model.Change;
import io.netlink4j.lab.model.Link;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.Topologies;
import io.netlink4j.lab.model.Topology;
import io.netlink4j.lab.testing.LabNames;
import io.netlink4j.lab.testing.Witness;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A running lab over its life: changed by up, found again, compared, cut and mended, used from inside. */
class LabLifecycleTest {
    @RegisterExtension
    static final LabNames NAMES = new LabNames();

    private static Object ifindex(String ns, String dev) {
        return Witness.link(ns, dev).get("ifindex");
    }

    @Test
    void upOnARunningLabChangesOnlyWhatDiffers() throws Exception {
        String n = NAMES.next();
        Topology t = Topologies.single(n, 3);
        try (Lab lab = Lab.up(t)) {
            Object h1eth0 = ifindex(n + "-h1", "eth0");
            Object port1 = ifindex(n, "s1-eth1");
            Lab again = Lab.up(t);
            assertThat(again.diff()).isEmpty();
            assertThat(lab.plan()).isNotSameAs(again.plan());
            assertThat(ifindex(n + "-h1", "eth0")).isEqualTo(h1eth0);

            Topology grown = t.withHost("h4").withLink("h4", "s1").withRouter("r1")
                    .withLink(Link.of("r1", "s1").withMtu(1400));
            Lab.up(grown);
            assertThat(ifindex(n + "-h1", "eth0")).isEqualTo(h1eth0);
            assertThat(ifindex(n, "s1-eth1")).isEqualTo(port1);
            assertThat(Witness.addresses(n + "-h4", "eth0")).containsExactly("10.0.0.4/24");
            assertThat(Witness.link(n + "-r1", "eth0").get("mtu")).isEqualTo(1400L);
            assertThat(Witness.link(n, "s1-eth5").get("mtu")).isEqualTo(1400L);
            assertThat(Witness.sysctl(n + "-r1", "net.ipv4.ip_forward")).isEqualTo("1");
            assertThat(Witness.routes(n + "-h1")).containsExactly("10.0.0.0/24 dev eth0 proto kernel scope link src 10.0.0.1");
            assertThat(Lab.find(grown).orElseThrow().diff()).isEmpty();

            Topology shrunk = Topology.named(n).withSwitch("s1").withHost("h1").withRouter("h2").withLink("h1", "s1")
                    .withLink(Link.of("h2", "s1").withMtu(9000));
            Lab small = Lab.up(shrunk);
            assertThat(LabNames.namespacesOf(n)).containsExactly(n, n + "-h1", n + "-h2");
            assertThat(Witness.names(n)).containsExactlyInAnyOrder("lo", "s1", "s1-eth1", "s1-eth2");
            assertThat(Witness.link(n + "-h2", "lo").get("ifalias")).isEqualTo("netlink-lab:" + n + ":h2:router");
            assertThat(Witness.sysctl(n + "-h2", "net.ipv4.ip_forward")).isEqualTo("1");
            assertThat(Witness.link(n + "-h2", "eth0").get("mtu")).isEqualTo(9000L);
            assertThat(ifindex(n + "-h1", "eth0")).isEqualTo(h1eth0);
            assertThat(small.diff()).isEmpty();
            small.pingAll().assertAllReachable();
        }
        assertThat(LabNames.namespacesOf(n)).isEmpty();
    }

    @Test
    void upPutsBackWhatWasBrokenBehindItsBack() throws Exception {
        String n = NAMES.next();
        Topology t = Topology.named(n).withSwitch("s1").withRouter("r1").withHost("h1").withHost("h2").withHost("h3")
                .withLink("h1", "s1").withLink("h2", "s1").withLink("r1", "s1").withLink("r1", "h3");
        try (Lab lab = Lab.up(t)) {
            Ip.exec(List.of("ip", "-n", n + "-h1", "link", "set", "eth0", "down"));
            Ip.exec(List.of("ip", "-n", n + "-h2", "addr", "add", "10.0.0.99/24", "dev", "eth0"));
            Ip.exec(List.of("ip", "-n", n + "-h3", "link", "set", "eth0", "mtu", "1400"));
            Ip.exec(List.of("ip", "-n", n, "link", "set", "s1-eth2", "nomaster"));
            Ip.exec(List.of("ip", "netns", "exec", n + "-r1", "sysctl", "-qw", "net.ipv4.ip_forward=0"));
            Ip.exec(List.of("ip", "-n", n + "-h2", "route", "add", "192.168.7.0/24", "via", "10.0.0.3"));
            Ip.exec(List.of("ip", "-n", n + "-h2", "link", "add", "extra0", "type", "veth", "peer", "name", "extra1"));
            Ip.exec(List.of("ip", "netns", "del", n + "-h3"));
            awaitGone(n + "-r1", "eth1"); // the kernel deletes a dying namespace's devices (and their peers) a moment later
            assertThat(lab.diff()).extracting(Change::toString).containsExactly(
                    "~ r1 net.ipv4.ip_forward 0 -> 1",
                    "+ node h3 (host)",
                    "~ h1:eth0 down -> up",
                    "- address 10.0.0.99/24 on h2:eth0",
                    "~ s1:s1-eth2 master none -> s1",
                    "+ link r1:eth1 -- h3:eth0",
                    "- link h2:extra0 -- h2:extra1",
                    "+ route default via 10.0.0.254 on h1",
                    "- route 192.168.7.0/24 via 10.0.0.3 dev eth0 proto boot on h2",
                    "+ route default via 10.0.1.254 on h3");
            Lab.up(t);
            assertThat(lab.diff()).isEmpty();
            assertThat(Witness.names(n + "-h2")).containsExactly("lo", "eth0");
            assertThat(Witness.addresses(n + "-h2", "eth0")).containsExactly("10.0.0.2/24");
            assertThat(Witness.link(n, "s1-eth2").get("master")).isEqualTo("s1");
            assertThat(Witness.routes(n + "-h3")).contains("default via 10.0.1.254 dev eth0");
            lab.pingAll().assertAllReachable();
        }
    }

    private static void awaitGone(String ns, String dev) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (Witness.names(ns).contains(dev)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(dev + " is still in " + ns);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void aLabIsFoundAgainByItsNameAfterItsMakerIsGone() throws Exception {
        String n = NAMES.next();
        Topology t = Topology.named(n).withSwitch("s1").withRouter("r1").withHost("h1").withHost("h2")
                .withLink("h1", "s1").withLink("r1", "s1").withLink(Link.of("r1", "h2").withMtu(9000));
        Lab.up(t); // and forgotten, as by a program that crashed
        Ip.exec(List.of("ip", "netns", "add", n + "-stranger"));
        try {
            Lab found = Lab.find(n).orElseThrow();
            Topology back = found.topology();
            assertThat(back.nodes()).extracting(nd -> nd.name() + " " + nd.kind())
                    .containsExactly("s1 switch", "r1 router", "h1 host", "h2 host");
            assertThat(back.links()).extracting(Link::toString).containsExactlyInAnyOrder(
                    "s1:s1-eth1 -- h1:eth0 10.0.0.1/24", "s1:s1-eth2 -- r1:eth0 10.0.0.254/24",
                    "r1:eth1 10.0.1.254/24 -- h2:eth0 10.0.1.1/24 mtu 9000");
            assertThat(back.autoRoutes()).isFalse();
            assertThat(back.node("h1").orElseThrow().routes()).extracting(Object::toString)
                    .containsExactly("default via 10.0.0.254");
            assertThat(found.diff()).isEmpty();
            assertThat(found.node("r1").kind()).isEqualTo(NodeKind.ROUTER);
            found.pingAll().assertAllReachable();
            found.down();
            assertThat(LabNames.namespacesOf(n)).containsExactly(n + "-stranger");
            assertThat(Lab.find(n)).isEmpty();
        } finally {
            Ip.exec(List.of("ip", "netns", "del", n + "-stranger"));
        }
    }

    @Test
    void aCutLinkStopsTrafficAndAMendedOneCarriesItAgain() throws Exception {
        String n = NAMES.next();
        Topology t = Topology.named(n).withSwitch("s1").withRouter("r1").withHost("h1").withHost("h2")
                .withLink("h1", "s1").withLink("r1", "s1").withLink("r1", "h2");
        try (Lab lab = Lab.up(t)) {
            lab.setLinkDown("h1", "s1");
            assertThat(Witness.flags(n, "s1-eth1")).doesNotContain("UP");
            assertThat(Witness.flags(n + "-h1", "eth0")).contains("UP", "NO-CARRIER");
            assertThat(Witness.routes(n + "-h1")).contains("default via 10.0.0.254 dev eth0 linkdown");
            assertThat(lab.pingAll(Duration.ofMillis(200)).reached("h1", "h2")).isFalse();
            lab.setLinkUp("s1", "h1");
            lab.setLinkDown("r1", "h2");
            assertThat(Witness.flags(n + "-r1", "eth1")).doesNotContain("UP");
            assertThat(lab.pingAll(Duration.ofMillis(200)).reached("h1", "h2")).isFalse();
            lab.setLinkUp("r1:eth1", "h2");
            assertThat(Witness.routes(n + "-r1")).contains("10.0.1.0/24 dev eth1 proto kernel scope link src 10.0.1.254");
            lab.pingAll().assertAllReachable();
            assertThat(lab.diff()).isEmpty();
            assertThatThrownBy(() -> lab.setLinkDown("h1", "h2")).hasMessage("lab " + n + ": no link between h1 and h2");
            assertThatThrownBy(() -> lab.setLinkDown("h1:eth5", "s1")).hasMessage("lab " + n + ": no link between h1:eth5 and s1");
        }
    }

    @Test
    void socketsMadeInsideNodesTalkAcrossTheLab() throws Exception {
        String n = NAMES.next();
        try (Lab lab = Lab.up(Topology.named(n).withRouter("r1").withHost("h1").withHost("h2")
                .withLink("h1", "r1").withLink("r1", "h2"));
             ServerSocket server = lab.node("h2").serverSocket(7070)) {
            assertThat(lab.node("h2").address().getHostAddress()).isEqualTo("10.0.1.1");
            assertThat(Ip.exec(List.of("ip", "netns", "exec", n + "-h2", "ss", "-Htln")))
                    .contains("*:7070").contains("LISTEN");
            try (Socket client = lab.node("h1").connect(lab.node("h2").address(), 7070);
                 Socket accepted = server.accept()) {
                assertThat(accepted.getInetAddress().getHostAddress()).isEqualTo("10.0.0.1");
                OutputStream out = client.getOutputStream();
                out.write("over the router".getBytes());
                out.flush();
                InputStream in = accepted.getInputStream();
                assertThat(new String(in.readNBytes(15))).isEqualTo("over the router");
            }
            String inside = lab.node("h1").call(() -> java.nio.file.Files.readString(
                    java.nio.file.Path.of("/proc/sys/net/ipv4/ip_forward")).strip());
            assertThat(inside).isEqualTo("0");
            assertThat(lab.node("r1").call(() -> java.nio.file.Files.readString(
                    java.nio.file.Path.of("/proc/sys/net/ipv4/ip_forward")).strip())).isEqualTo("1");
            assertThatThrownBy(() -> lab.node("h9")).hasMessage("lab " + n + " has no node h9");

            // A process started in a node lives in its namespace, and so does what it starts.
            Process p = lab.node("h1").start(new ProcessBuilder("sh", "-c", "readlink /proc/self/ns/net;"
                    + " ping -c 1 -W 1 10.0.1.1 > /dev/null && echo reached").redirectErrorStream(true));
            String out = new String(p.getInputStream().readAllBytes()).strip();
            assertThat(p.waitFor()).isZero();
            assertThat(out).isEqualTo("net:[" + lab.node("h1").namespace().inode() + "]\nreached");
        }
    }

    @Test
    void badTopologiesMakeNothing() throws Exception {
        String n = NAMES.next();
        Topology loop = Topology.named(n).withSwitch("s1").withSwitch("s2").withLink("s1", "s2").withLink("s2", "s1");
        assertThatThrownBy(() -> Lab.up(loop)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loop");
        assertThat(LabNames.namespacesOf(n)).isEmpty();
        assertThatThrownBy(() -> Lab.up(null)).isInstanceOf(NullPointerException.class).hasMessage("topology");
        assertThatThrownBy(() -> Lab.find("bad-name")).hasMessageContaining("lab name 'bad-name' is invalid");
        assertThat(Set.of(Lab.find(n).isEmpty())).containsExactly(true);
    }
}
