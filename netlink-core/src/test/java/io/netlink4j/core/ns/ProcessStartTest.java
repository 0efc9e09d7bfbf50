package io.netlink4j.core.ns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.netlink4j.core.testing.Ip;
import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link NetNs#start}: a child started inside sees the namespace, and behaves like a child of
 * {@code ProcessBuilder.start} (streams, redirects, exit codes, signals, environment, directory).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProcessStartTest {
    @RegisterExtension
    static final ThrowawayNamespaces NS = new ThrowawayNamespaces("nlt-proc-");

    @TempDir
    Path tmp;

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Runs {@code command} inside {@code ns} with stdout and stderr piped; returns "exit|stdout|stderr". */
    static String run(NetNs ns, String... command) throws Exception {
        Process p = ns.start(new ProcessBuilder(command));
        p.getOutputStream().close();
        String out = read(p.getInputStream());
        String err = read(p.getErrorStream());
        return p.waitFor() + "|" + out + "|" + err;
    }

    @Test
    void aChildStartedInsideIsInTheNamespaceAndSeesItsDevices() throws Exception {
        String name = NS.named();
        Ip.run("-n", name, "link", "add", "pin-a", "type", "veth", "peer", "name", "pin-b");
        NetNs ns = NS.track(NetNs.named(name));
        long home = NetNs.currentInode();

        assertThat(run(ns, "readlink", "/proc/self/ns/net")).isEqualTo("0|net:[" + ns.inode() + "]\n|");
        Process ip = ns.start(new ProcessBuilder("ip", "-j", "addr"));
        String json = read(ip.getInputStream());
        assertThat(ip.waitFor()).isZero();
        assertThat(Ip.parseLinks(json).keySet()).containsExactlyInAnyOrder("lo", "pin-a", "pin-b");
        // The witness from outside agrees, and the caller never moved.
        assertThat(Ip.links(name).keySet()).containsExactlyInAnyOrder("lo", "pin-a", "pin-b");
        assertThat(NetNs.currentInode()).isEqualTo(home);
        assertThat(NamespaceThreads.settledIn(ns.inode())).as("threads of this JVM in the namespace").isEmpty();
    }

    @Test
    void theChildIsAnOrdinaryProcessThatMayForkWithACleanSignalState() throws Exception {
        NetNs ns = NS.anonymous();
        // No seccomp filter passed on (it would forbid sh's fork of grep), no signal blocked, no
        // ordinary signal ignored. Signals 32 and 33 are glibc's own, which posix_spawn leaves
        // ignored in every child, the JDK's ProcessBuilder children included.
        String status = run(ns, "sh", "-c", "grep -E '^(Seccomp|SigBlk|SigIgn):' /proc/self/status; echo forked");
        assertThat(status).startsWith("0|").endsWith("forked\n|")
                .contains("Seccomp:\t0\n", "SigBlk:\t0000000000000000\n");
        long ignored = Long.parseLong(status.replaceAll("(?s).*SigIgn:\t([0-9a-f]+).*", "$1"), 16);
        assertThat(ignored & 0x7fffffffL).as("ignored signals 1-31, mask %x", ignored).isZero();
        // Only 0, 1 and 2 are open in the child: the JVM's own descriptors stay home.
        assertThat(run(ns, "ls", "/proc/self/fd")).isEqualTo("0|0\n1\n2\n3\n|"); // 3 is ls's own directory
    }

    @Test
    void pipesCarryStdinStdoutAndStderr() throws Exception {
        NetNs ns = NS.anonymous();
        Process cat = ns.start(new ProcessBuilder("cat"));
        try (OutputStream in = cat.getOutputStream()) {
            in.write("hello from the JVM\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(cat.getInputStream())).isEqualTo("hello from the JVM\n");
        assertThat(cat.waitFor()).isZero();

        assertThat(run(ns, "sh", "-c", "echo out; echo err >&2; exit 3")).isEqualTo("3|out\n|err\n");

        Process merged = ns.start(new ProcessBuilder("sh", "-c", "echo out; echo err >&2").redirectErrorStream(true));
        assertThat(read(merged.getInputStream())).isEqualTo("out\nerr\n");
        assertThat(merged.getErrorStream().read()).isEqualTo(-1);
        assertThat(merged.waitFor()).isZero();
    }

    @Test
    void redirectsToFilesDiscardAndInheritGoWhereTheBuilderSays() throws Exception {
        NetNs ns = NS.anonymous();
        File out = tmp.resolve("out.txt").toFile();
        assertThat(ns.start(new ProcessBuilder("echo", "first").redirectOutput(out)).waitFor()).isZero();
        assertThat(ns.start(new ProcessBuilder("echo", "second").redirectOutput(Redirect.appendTo(out))).waitFor())
                .isZero();
        assertThat(Files.readString(out.toPath())).isEqualTo("first\nsecond\n");

        Process fromFile = ns.start(new ProcessBuilder("cat").redirectInput(out));
        assertThat(read(fromFile.getInputStream())).isEqualTo("first\nsecond\n");
        assertThatThrownBy(() -> fromFile.getOutputStream().write(1)).isInstanceOf(IOException.class);
        assertThat(fromFile.waitFor()).isZero();

        Process discard = ns.start(new ProcessBuilder("echo", "lost").redirectOutput(Redirect.DISCARD));
        assertThat(discard.getInputStream().read()).isEqualTo(-1);
        assertThat(discard.waitFor()).isZero();

        // Where each descriptor of a running child leads, read from outside.
        Process sleeper = ns.start(new ProcessBuilder("sleep", "30").redirectInput(Redirect.INHERIT)
                .redirectOutput(Redirect.DISCARD).redirectError(Redirect.appendTo(out)));
        try {
            assertThat(fdTarget(sleeper.pid(), 0)).isEqualTo(fdTarget(ProcessHandle.current().pid(), 0));
            assertThat(fdTarget(sleeper.pid(), 1)).isEqualTo("/dev/null");
            assertThat(fdTarget(sleeper.pid(), 2)).isEqualTo(out.getPath());
            assertThat(sleeper.getInputStream().read()).isEqualTo(-1);
            assertThat(sleeper.getErrorStream().read()).isEqualTo(-1);
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
        Process inherit = ns.start(new ProcessBuilder("sleep", "30").inheritIO());
        try {
            for (int fd = 0; fd < 3; fd++) {
                assertThat(fdTarget(inherit.pid(), fd)).isEqualTo(fdTarget(ProcessHandle.current().pid(), fd));
            }
        } finally {
            inherit.destroyForcibly().waitFor();
        }
    }

    private static String fdTarget(long pid, int fd) throws IOException {
        return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "fd", Integer.toString(fd))).toString();
    }

    @Test
    void exitCodesAndSignalsReadAsTheJdkReportsThem() throws Exception {
        NetNs ns = NS.anonymous();
        assertThat(ns.start(new ProcessBuilder("sh", "-c", "exit 7")).waitFor()).isEqualTo(7);
        assertThat(ns.start(new ProcessBuilder("sh", "-c", "kill -KILL $$")).waitFor()).isEqualTo(128 + 9);

        Process sleeper = ns.start(new ProcessBuilder("sleep", "30"));
        assertThat(sleeper.waitFor(200, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(sleeper.isAlive()).isTrue();
        assertThatThrownBy(sleeper::exitValue).isInstanceOf(IllegalThreadStateException.class);
        assertThat(sleeper.toHandle().pid()).isEqualTo(sleeper.pid());
        assertThat(sleeper.toHandle().isAlive()).isTrue();
        assertThat(sleeper.toString()).isEqualTo("Process[pid=" + sleeper.pid() + ", namespace=anonymous, "
                + "exitValue=\"not exited\"]");
        var exited = sleeper.onExit();
        sleeper.destroy();
        assertThat(sleeper.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sleeper.exitValue()).isEqualTo(128 + 15);
        assertThat(exited.get(10, TimeUnit.SECONDS)).isSameAs(sleeper);
        assertThat(sleeper.isAlive()).isFalse();
        assertThat(sleeper.toHandle().isAlive()).isFalse();
        assertThat(Files.exists(Path.of("/proc", Long.toString(sleeper.pid())))).as("reaped, no zombie").isFalse();
        sleeper.destroy(); // after the end: nothing to signal, no other process reached

        Process stubborn = ns.start(new ProcessBuilder("sh", "-c", "trap '' TERM; while :; do sleep 0.05; done"));
        Thread.sleep(300); // let sh install its trap
        stubborn.destroy();
        assertThat(stubborn.waitFor(300, TimeUnit.MILLISECONDS)).as("SIGTERM is ignored by the trap").isFalse();
        assertThat(stubborn.destroyForcibly()).isSameAs(stubborn);
        assertThat(stubborn.waitFor()).isEqualTo(128 + 9);
    }

    @Test
    void environmentAndDirectoryAreTheBuilders() throws Exception {
        NetNs ns = NS.anonymous();
        ProcessBuilder pb = new ProcessBuilder("env").directory(tmp.toFile());
        pb.environment().clear();
        pb.environment().put("NETLINK4J", "inside é");
        Process env = ns.start(pb);
        assertThat(read(env.getInputStream())).isEqualTo("NETLINK4J=inside é\n");
        assertThat(env.waitFor()).isZero();

        ProcessBuilder pwd = new ProcessBuilder("pwd").directory(tmp.toFile());
        Process inTmp = ns.start(pwd);
        assertThat(read(inTmp.getInputStream())).isEqualTo(tmp.toRealPath() + "\n");
        assertThat(inTmp.waitFor()).isZero();
        // Unset, the child inherits the JVM's environment and directory, as with ProcessBuilder.start.
        Process inherited = ns.start(new ProcessBuilder("sh", "-c", "pwd; echo $HOME"));
        assertThat(read(inherited.getInputStream())).isEqualTo(
                Path.of("").toAbsolutePath() + "\n" + System.getenv("HOME") + "\n");
        assertThat(inherited.waitFor()).isZero();
    }

    @Test
    void aProgramThatCannotRunFailsByNameAndLeavesNothing() throws Exception {
        NetNs ns = NS.anonymous();
        run(ns, "true"); // the reaper's own descriptor exists from here on
        List<String> fdsBefore = ProcessHygiene.openDescriptors();

        assertThatThrownBy(() -> ns.start(new ProcessBuilder("no-such-program-nlt", "x")))
                .isInstanceOf(IOException.class)
                .hasMessage("Cannot run program \"no-such-program-nlt\" in namespace anonymous: error=2, "
                        + "No such file or directory (ENOENT)");
        File nowhere = tmp.resolve("nowhere").toFile();
        assertThatThrownBy(() -> ns.start(new ProcessBuilder("true").directory(nowhere)))
                .isInstanceOf(IOException.class)
                .hasMessage("Cannot run program \"true\" (in directory \"" + nowhere + "\") in namespace anonymous: "
                        + "error=2, No such file or directory (ENOENT)");
        assertThatThrownBy(() -> ns.start(new ProcessBuilder("true").redirectOutput(new File(nowhere, "out"))))
                .isInstanceOf(FileNotFoundException.class)
                .hasMessage(nowhere + "/out (No such file or directory), the process's stdout");
        Path script = Files.writeString(tmp.resolve("not-executable.sh"), "#!/bin/sh\n");
        assertThat(catchThrowable(() -> ns.start(new ProcessBuilder(script.toString()))))
                .hasMessageContaining("error=13, Permission denied (EACCES)");

        assertThat(ProcessHygiene.openDescriptors()).isEqualTo(fdsBefore);
        assertThat(ProcessHygiene.zombieChildren()).isEmpty();
        assertThat(NamespaceThreads.settledIn(ns.inode())).isEmpty();
    }

    @Test
    void badBuildersAndHandlesAreRefusedBeforeAnythingRuns() {
        NetNs ns = NS.anonymous();
        assertThatThrownBy(() -> ns.start(null)).isInstanceOf(NullPointerException.class).hasMessage("builder");
        assertThatThrownBy(() -> ns.start(new ProcessBuilder())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("command is empty");
        assertThatThrownBy(() -> ns.start(new ProcessBuilder("echo", null)))
                .isInstanceOf(NullPointerException.class).hasMessage("command element 1 is null");
        assertThatThrownBy(() -> ns.start(new ProcessBuilder("echo", "a\0b"))).isInstanceOf(IOException.class);
        Throwable inside = ns.call(() -> catchThrowable(() -> ns.start(new ProcessBuilder("true"))));
        assertThat(inside).isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot use NetNs");
        NetNs closed = NetNs.create();
        closed.close();
        assertThatThrownBy(() -> closed.start(new ProcessBuilder("true"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aVirtualThreadStartsAndWaitsAndStaysHome() throws Exception {
        NetNs ns = NS.anonymous();
        long home = NetNs.currentInode();
        AtomicReference<Object> seen = new AtomicReference<>();
        Thread.ofVirtual().start(() -> {
            try {
                Process p = ns.start(new ProcessBuilder("readlink", "/proc/self/ns/net"));
                String out = read(p.getInputStream());
                seen.set(List.of(out, p.waitFor(), NetNs.currentInode()));
            } catch (Throwable e) {
                seen.set(e);
            }
        }).join();
        assertThat(seen.get()).isEqualTo(List.of("net:[" + ns.inode() + "]\n", 0, home));
    }

    @Test
    void pingRunsInsideAndReachesAnAddressOfTheNamespace() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("ping"), "ping is not installed: skipped");
        String name = NS.named();
        Ip.run("-n", name, "link", "set", "lo", "up");
        Ip.run("-n", name, "link", "add", "pin-a", "type", "veth", "peer", "name", "pin-b");
        Ip.run("-n", name, "addr", "add", "192.0.2.1/24", "dev", "pin-a");
        Ip.run("-n", name, "link", "set", "pin-a", "up");
        Ip.run("-n", name, "link", "set", "pin-b", "up");
        NetNs ns = NS.track(NetNs.named(name));
        Process ping = ns.start(new ProcessBuilder("ping", "-c1", "-W2", "192.0.2.1").redirectErrorStream(true));
        String out = read(ping.getInputStream());
        assertThat(ping.waitFor()).as(out).isZero();
        assertThat(out).contains("1 packets transmitted, 1 received");
        // Where the namespace's routes lead nowhere, ping says so: it really runs inside.
        Process unreachable = ns.start(new ProcessBuilder("ping", "-c1", "-W1", "198.51.100.1")
                .redirectErrorStream(true));
        String why = read(unreachable.getInputStream());
        assertThat(unreachable.waitFor()).as(why).isNotZero();
        assertThat(why).contains("Network is unreachable");
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
