package io.netlink4j.benchmarks;

import io.netlink4j.core.ns.NetNs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Forks iproute2's {@code ip}: the baselines the library is measured against. Only the
 * benchmarks fork; the library never does.
 */
final class Ip {
    /** Resolved once, as a shell's command hash would, so the baseline pays no PATH search. */
    private static final String IP = locate();

    private Ip() {}

    /** Runs {@code ip -V} once, so that the first measured fork pays no class loading or PATH lookup. */
    static void warmUp() {
        run(null, "-V");
    }

    /**
     * Runs {@code ip ARGS...} inside {@code ns} ({@code null}: the JVM's own namespace) and waits
     * for it; a non-zero exit fails the benchmark. Inside a namespace the child is started with
     * {@link NetNs#start}, because code run inside a namespace may not start processes itself.
     */
    static void run(NetNs ns, String... args) {
        List<String> command = new ArrayList<>(args.length + 1);
        command.add(IP);
        command.addAll(List.of(args));
        try {
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            Process p = ns == null ? pb.start() : ns.start(pb);
            int rc = p.waitFor();
            if (rc != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + rc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
        }
    }

    /**
     * Writes an {@code ip -batch} file creating the pairs {@code names[i]}/{@code peers[i]} in
     * interface group {@code group}, {@code options} added to each end ({@code ""} for none); the
     * file is deleted when the JVM exits, also if JMH skips the trial teardown.
     */
    static Path vethBatchFile(String[] names, String[] peers, int group, String options) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            sb.append("link add ").append(names[i]).append(" group ").append(group).append(options)
                    .append(" type veth peer name ").append(peers[i]).append(options).append('\n');
        }
        Path file = Files.createTempFile("nlb-veth", ".batch");
        file.toFile().deleteOnExit();
        Files.writeString(file, sb);
        return file;
    }

    private static String locate() {
        for (String dir : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
            Path p = Path.of(dir, "ip");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new IllegalStateException("iproute2's ip not found in /usr/sbin, /sbin, /usr/bin or /bin"
                + " (apt-get install iproute2): the baselines need it");
    }
}
