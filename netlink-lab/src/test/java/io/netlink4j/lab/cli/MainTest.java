package io.netlink4j.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.testing.Ip;
import io.netlink4j.lab.testing.LabNames;
import io.netlink4j.lab.testing.Witness;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command: what it prints and the exit code a script sees, on the examples, with iproute2 as witness. */
class MainTest {
    @RegisterExtension
    static final LabNames NAMES = new LabNames();

    /** A run's exit code and output. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageAndFileErrorsExitWithTwo() throws IOException {
        Run none = run();
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("usage: java -jar netlink-lab.jar COMMAND");
        assertThat(run("--help").code()).isZero();
        Run unknown = run("start", "examples/two-hosts.yaml");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("netlink-lab: unknown command 'start'");
        Run missing = run("up", "no/such/file.yaml");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("netlink-lab: no/such/file.yaml: no such lab file\n");
        Path bad = Files.createTempFile("lab", ".yaml");
        try {
            Files.writeString(bad, "name: x\ntopology:\n  nodes:\n    h1: {kind: hub}\n");
            Run r = run("show", bad.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("netlink-lab: " + bad + ":4:16: node h1: kind 'hub' is not host, switch or router\n");
        } finally {
            Files.delete(bad);
        }
        assertThat(run("up").err()).contains("a FILE (or --topo SPEC) is needed");
        assertThat(run("up", "a.yaml", "b.yaml").err()).contains("one FILE only");
        assertThat(run("pingall", "--topo", "single,2", "--timeout", "x").err())
                .contains("--timeout x is not a number of milliseconds");
        assertThat(run("rootless").err()).contains("rootless needs a command: rootless -- COMMAND...");
    }

    @Test
    void pingallOnALabThatIsNotUpBringsItUpPingsAndTakesItDown() {
        String n = NAMES.next();
        Run r = run("pingall", "examples/two-hosts.yaml", "--name", n);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("*** Results: 0% dropped (2/2 received)\n");
        assertThat(r.code()).isZero();
        assertThat(LabNames.namespacesOf(n)).isEmpty();
        Run mn = run("pingall", "--topo", "single,4", "--name", NAMES.next());
        assertThat(mn.out()).isEqualTo("*** Results: 0% dropped (12/12 received)\n");
    }

    @Test
    void aLabsLifeFromTheCommandLine() {
        String n = NAMES.next();
        String f = "examples/routed.yaml";
        Run up = run("up", f, "--name", n);
        assertThat(up.code()).isZero();
        assertThat(up.out()).matches("lab " + n + " is up: 8 nodes, 7 links \\(\\d+ ms\\)\n");
        assertThat(Witness.addresses(n + "-r1", "wan")).containsExactly("10.9.0.1/30");
        assertThat(Witness.link(n + "-r1", "wan").get("mtu")).isEqualTo(9000L);
        assertThat(Witness.routes(n + "-r1")).contains("10.1.1.0/24 via 10.9.0.2 dev wan");

        assertThat(run("up", f, "--name", n).out()).isEqualTo("lab " + n + " is up and matches " + f + "\n");
        assertThat(run("diff", f, "--name", n)).isEqualTo(new Run(0, "lab " + n + " matches " + f + "\n", ""));
        assertThat(run("pingall", f, "--name", n).code()).isZero();
        assertThat(run("doctor", f, "--name", n).out()).isEqualTo("lab " + n + ": all 12 pairs of hosts reach each other\n");

        Ip.exec(List.of("ip", "-n", n + "-h3", "link", "set", "eth0", "down"));
        Ip.exec(List.of("ip", "-n", n + "-h1", "route", "del", "default"));
        Run diff = run("diff", f, "--name", n);
        assertThat(diff.code()).isEqualTo(1);
        assertThat(diff.out()).isEqualTo("~ h3:eth0 down -> up\n+ route default via 10.1.0.254 on h1\n"
                + "+ route default via 10.1.1.254 on h3\n");
        Run doctor = run("doctor", f, "--name", n, "--timeout", "200");
        assertThat(doctor.code()).isEqualTo(1);
        assertThat(doctor.out()).contains("h1 -> h3 (10.1.1.1): no route from h1 to 10.1.1.1 (the plan has default via"
                + " 10.1.0.254 dev eth0)");
        assertThat(doctor.out()).contains("h2 -> h3 (10.1.1.1): link h3:eth0 -- s2:s2-eth2 is down: h3:eth0 is"
                + " administratively down");
        Run ping = run("pingall", f, "--name", n, "--timeout", "200");
        assertThat(ping.code()).isEqualTo(1);
        assertThat(ping.out()).contains("h1 -> h3 (10.1.1.1): no reply").doesNotContain("h1 -> h2")
                .endsWith("*** Results: 67% dropped (4/12 received)\n");

        Run fix = run("up", f, "--name", n);
        assertThat(fix.out()).startsWith("~ h3:eth0 down -> up\n+ route default via 10.1.0.254 on h1\n")
                .contains("lab " + n + " is up: 3 changes made");
        assertThat(run("pingall", f, "--name", n).code()).isZero();

        Run show = run("show", f, "--name", n);
        assertThat(show.out()).startsWith("lab " + n + " (read from the kernel): 8 nodes, 7 links\n")
                .contains("r1 (router)\n├── lan 10.1.0.254/24 ── s1:s1-eth3\n├── wan 10.9.0.1/30 ── r2:wan 10.9.0.2/30"
                        + "  mtu 9000\n└── route 10.1.1.0/24 via 10.9.0.2 dev wan\n");
        assertThat(run("show", f, "--name", n, "--dot").out()).startsWith("graph \"" + n + "\" {");
        if (!io.netlink4j.lab.render.Svg.available()) {
            assertThat(run("show", f, "--name", n, "--svg", "/tmp/never.svg")).isEqualTo(new Run(2, "",
                    "netlink-lab: --svg needs Graphviz's dot (apt-get install graphviz); --dot prints the DOT text\n"));
        }

        assertThat(run("down", n)).isEqualTo(new Run(0, "lab " + n + " is down\n", ""));
        assertThat(LabNames.namespacesOf(n)).isEmpty();
        assertThat(run("down", f, "--name", n).out()).isEqualTo("lab " + n + " is not up\n");
        assertThat(run("show", f, "--name", n).out()).startsWith("lab " + n + " (planned: it is not up): 8 nodes, 7 links");
        assertThat(run("diff", f, "--name", n)).isEqualTo(new Run(1, "lab " + n + " is not up: everything differs\n", ""));
    }

    @Test
    void aNamespaceInTheWayIsAKernelErrorAndIsLeftAlone() {
        String n = NAMES.next();
        Ip.exec(List.of("ip", "netns", "add", n + "-h1"));
        Ip.exec(List.of("ip", "-n", n + "-h1", "link", "add", "mine", "type", "veth", "peer", "name", "yours"));
        Run r = run("up", "examples/two-hosts.yaml", "--name", n);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("netlink-lab: lab " + n + ": namespaces [" + n + "-h1] exist without the lab's marker");
        assertThat(Witness.names(n + "-h1")).contains("mine", "yours");
        assertThat(run("down", n).out()).isEqualTo("lab " + n + " is not up\n");
        assertThat(run("down", "examples/two-hosts.yaml", "--name", n).out()).isEqualTo("lab " + n + " is not up\n");
        assertThat(Witness.names(n + "-h1")).contains("mine");
        assertThat(LabNames.namespacesOf(n)).containsExactly(n + "-h1");
    }
}
