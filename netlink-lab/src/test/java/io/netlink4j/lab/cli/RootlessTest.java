package io.netlink4j.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netlink4j.lab.testing.LabNames;
import io.netlink4j.lab.testing.RootlessProbe;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Labs without root: the command and the Java API run as uid 65534 ({@code setpriv --reuid=65534
 * --regid=65534 --clear-groups}, no capabilities), and the labs live in user, network and mount
 * namespaces of that user's own, made by the launcher. The class path is copied where that user
 * can read it ({@code /root} is closed to it). Skipped, with a plain message, only where the
 * kernel forbids unprivileged user namespaces.
 */
class RootlessTest {
    private static Path dir;
    private static String classPath;

    @BeforeAll
    static void copyTheClassPath() throws IOException {
        assumeTrue(Rootless.forbidden() == null, "unprivileged user namespaces are forbidden here: " + Rootless.forbidden());
        dir = Files.createTempDirectory("netlink-lab-rootless", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path src = Path.of(e);
            if (!Files.exists(src)) {
                continue;
            }
            Path dst = dir.resolve("cp" + i++ + (Files.isDirectory(src) ? "" : ".jar"));
            copy(src, dst);
            entries.add(dst.toString());
        }
        classPath = String.join(File.pathSeparator, entries);
        Files.copy(Path.of("examples/two-hosts.yaml"), dir.resolve("two-hosts.yaml"));
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static void copy(Path src, Path dst) throws IOException {
        if (!Files.isDirectory(src)) {
            Files.copy(src, dst, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @AfterAll
    static void removeTheCopy() throws IOException {
        if (dir != null) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A run as uid 65534: exit code and output (stderr after stdout). */
    record Run(int code, String out) {}

    private static Run asNobody(String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                "--inh-caps=-all", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", classPath));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove(Rootless.ENV);
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished: %s", out).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void pingallWithoutRootRunsTheLabInTheUsersOwnNamespaces() throws Exception {
        String name = "nltlabrootless1";
        Run r = asNobody(Main.class.getName(), "pingall", "two-hosts.yaml", "--name", name);
        assertThat(r.out()).isEqualTo("*** Results: 0% dropped (2/2 received)\n");
        assertThat(r.code()).isZero();
        assertThat(LabNames.namespacesOf(name)).isEmpty();
    }

    @Test
    void runShowsTheLabToACommandInTheSameNamespaces() throws Exception {
        String name = "nltlabrootless2";
        Run r = asNobody(Main.class.getName(), "run", "two-hosts.yaml", "--name", name, "--", "sh", "-c",
                "cat /proc/self/uid_map; ip netns list; ip -n " + name + "-h2 -4 -o addr show dev eth0;"
                        + " ip netns exec " + name + "-h1 ping -c 1 -W 1 10.0.0.2 > /dev/null && echo pinged; exit 7");
        assertThat(r.code()).isEqualTo(7);
        List<String> lines = r.out().lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList();
        assertThat(lines.getFirst()).isEqualTo("0 65534 1");
        assertThat(lines).contains(name + "-h2", name + "-h1", name, "pinged");
        assertThat(lines).anyMatch(l -> l.matches("\\d+: eth0 inet 10\\.0\\.0\\.2/24 .*"));
        assertThat(LabNames.namespacesOf(name)).isEmpty();
    }

    @Test
    void theJavaApiWithoutRootThroughTheLauncher() throws Exception {
        String name = "nltlabrootless3";
        Run r = asNobody(Main.class.getName(), "rootless", "--", Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED", "-cp", classPath, RootlessProbe.class.getName(), name);
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo("uid_map 0 65534 1\n"
                + "namespaces [" + name + ", " + name + "-h1, " + name + "-h2, " + name + "-h3]\n"
                + "*** Results: 0% dropped (6/6 received)\n"
                + "h2 " + r.out().lines().filter(l -> l.startsWith("h2 ")).findFirst().orElse("h2 ?").substring(3) + "\n"
                + "exit 0\n"
                + "after []\n");
        assertThat(r.out()).containsPattern("h2 \\d+: eth0 inet 10\\.0\\.0\\.2/24 ");
    }

    @Test
    void withoutRootAndWithoutACommandTheLauncherSaysWhatItNeeds() throws Exception {
        Run r = asNobody(Main.class.getName(), "rootless");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).startsWith("netlink-lab: rootless needs a command: rootless -- COMMAND...");
    }
}
