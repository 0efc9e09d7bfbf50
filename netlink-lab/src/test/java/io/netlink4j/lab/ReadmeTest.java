package io.netlink4j.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.lab.model.Impairment;
import io.netlink4j.lab.model.Link;
import io.netlink4j.lab.model.Topology;
import io.netlink4j.lab.testing.LabNames;
import io.netlink4j.lab.testing.Witness;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's lab in ten lines of Java, as written there (with a unique name), and what it claims. */
class ReadmeTest {
    @RegisterExtension
    static final LabNames NAMES = new LabNames();

    @Test
    void theTenLines() throws Exception {
        String demo = NAMES.next();
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("try (Lab lab = Lab.up(t)) {", "lab.partition(Set.of(\"h1\"), Set.of(\"h2\"));",
                "Process ping = lab.node(\"h1\").start(\"ping\", \"-c\", \"1\", \"10.0.1.1\");");
        Topology t = Topology.named(demo)
                .withSwitch("s1").withRouter("r1").withHost("h1").withHost("h2")
                .withLink("h1", "s1").withLink("r1", "s1")
                .withLink(Link.of("r1", "h2").withImpairment(Impairment.rate("10mbit")));
        try (Lab lab = Lab.up(t)) {
            assertThat(LabNames.namespacesOf(demo)).containsExactly(demo, demo + "-h1", demo + "-h2", demo + "-r1");
            lab.pingAll().assertAllReachable();
            ServerSocket server = lab.node("h2").serverSocket(8080);
            // README's line inherits the JVM's output; here ping's output is discarded, since
            // Surefire's forked JVM talks to Maven over its stdout and a child's lines there
            // corrupt that channel. start(String...) is the same call with inheritIO().
            Process ping = lab.node("h1").start(new ProcessBuilder("ping", "-c", "1", "10.0.1.1")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD));
            assertThat(ping.waitFor()).isZero();
            Process quiet = lab.node("h1").start("sh", "-c", "exec ping -c 1 10.0.1.1 >/dev/null");
            assertThat(quiet.waitFor()).isZero();
            lab.partition(Set.of("h1"), Set.of("h2"));
            assertThat(lab.doctor(java.time.Duration.ofMillis(100)).finding("h1", "h2").reason())
                    .startsWith("a partition: h1 drops packets from 10.0.0.1 to 10.0.1.1");
            lab.heal();
            assertThat(Witness.addresses(demo + "-h1", "eth0")).containsExactly("10.0.0.1/24");
            assertThat(Witness.addresses(demo + "-r1", "eth0")).containsExactly("10.0.0.254/24");
            assertThat(Witness.addresses(demo + "-h2", "eth0")).containsExactly("10.0.1.1/24");
            server.close();
        }
        assertThat(LabNames.namespacesOf(demo)).isEmpty();
    }
}
