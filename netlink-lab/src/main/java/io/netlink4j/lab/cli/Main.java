package io.netlink4j.lab.cli;

import io.netlink4j.core.NetlinkException;
import io.netlink4j.lab.Lab;
import io.netlink4j.lab.model.Change;
import io.netlink4j.lab.model.DoctorReport;
import io.netlink4j.lab.model.Names;
import io.netlink4j.lab.model.PingOutcome;
import io.netlink4j.lab.model.Reachability;
import io.netlink4j.lab.model.Snapshot;
import io.netlink4j.lab.model.Topologies;
import io.netlink4j.lab.model.Topology;
import io.netlink4j.lab.render.Dot;
import io.netlink4j.lab.render.Svg;
import io.netlink4j.lab.render.TextDrawing;
import io.netlink4j.lab.yaml.LabFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code netlink-lab} command:
 * <pre>
 * java -jar netlink-lab.jar up|down|diff|show|pingall|doctor FILE
 * </pre>
 * Exit codes a script can use: 0 all well; 1 a check failed (a pair that cannot reach, a diff);
 * 2 a usage or file error; 3 the kernel refused (or a namespace is in the way). Without root
 * privileges it runs itself again in namespaces of the user's own (see {@link Rootless}).
 */
public final class Main {
    static final int OK = 0;
    static final int CHECK_FAILED = 1;
    static final int USAGE = 2;
    static final int KERNEL = 3;
    private static final String USAGE_TEXT = """
            usage: java -jar netlink-lab.jar COMMAND (FILE | --topo single,N|linear,N|tree,D,F [--name NAME]) [OPTIONS]
              up FILE         bring the lab up, or change a running one to match FILE
              down FILE|NAME  take the lab down (by its file or its name)
              diff FILE       what differs between FILE and the kernel (exit 1 if anything)
              show FILE       the lab drawn for a terminal, read from the kernel (the plan if it is not up)
                              --dot: as Graphviz DOT; --svg OUT: as SVG (needs Graphviz's dot)
              pingall FILE    every host pings every other once (exit 1 if a pair cannot reach);
                              a lab that is not up is brought up, pinged and taken down
              doctor FILE     for each pair that cannot reach the other, the first reason (exit 1 if any);
                              a lab that is not up is brought up, examined and taken down
              run FILE -- COMMAND...   bring the lab up, run COMMAND, take it down; COMMAND's exit code
              rootless -- COMMAND...   run COMMAND in new user, network and mount namespaces with a
                              private /run/netns: a lab without root (done by itself when not root)
              --timeout MS    how long a ping waits for its reply (default 1000)
            exit codes: 0 ok, 1 a check failed, 2 usage or file error, 3 kernel error""";

    private final PrintStream out;
    private final PrintStream err;

    private Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command, printing to {@code out} and {@code err}; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return new Main(out, err).dispatch(Arrays.asList(args));
    }

    private int dispatch(List<String> args) {
        if (args.isEmpty() || args.getFirst().equals("-h") || args.getFirst().equals("--help")) {
            (args.isEmpty() ? err : out).println(USAGE_TEXT);
            return args.isEmpty() ? USAGE : OK;
        }
        String cmd = args.getFirst();
        try {
            if (cmd.equals("rootless")) {
                return rootless(args.subList(1, args.size()));
            }
            if (!List.of("up", "down", "diff", "show", "pingall", "doctor", "run").contains(cmd)) {
                return usage("unknown command '" + cmd + "'");
            }
            if (!Rootless.privileged() && !Rootless.inside() && !(cmd.equals("show") || cmd.equals("diff"))) {
                String why = Rootless.forbidden();
                if (why != null) {
                    err.println("netlink-lab: not root, and " + why);
                    return USAGE;
                }
                return Rootless.run(Rootless.javaCommand(args));
            }
            Args a = Args.parse(args.subList(1, args.size()));
            return switch (cmd) {
                case "up" -> up(a);
                case "down" -> down(a);
                case "diff" -> diff(a);
                case "show" -> show(a);
                case "pingall" -> pingall(a);
                case "doctor" -> doctor(a);
                default -> runCommand(a);
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println("netlink-lab: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("netlink-lab: " + e.getMessage());
            return USAGE;
        } catch (NetlinkException | IllegalStateException e) {
            err.println("netlink-lab: " + e.getMessage());
            return KERNEL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("netlink-lab: interrupted");
            return KERNEL;
        }
    }

    private int usage(String problem) {
        err.println("netlink-lab: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private int up(Args a) throws IOException {
        Topology t = a.topology();
        Optional<Lab> running = Lab.find(t);
        List<Change> changes = running.isPresent() ? running.get().diff() : List.of();
        long start = System.nanoTime();
        Lab lab = Lab.up(t);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (running.isEmpty()) {
            out.println("lab " + lab.name() + " is up: " + t.nodes().size() + " nodes, " + t.links().size() + " links ("
                    + ms + " ms)");
        } else if (changes.isEmpty()) {
            out.println("lab " + lab.name() + " is up and matches " + a.source());
        } else {
            changes.forEach(out::println);
            out.println("lab " + lab.name() + " is up: " + changes.size() + " changes made (" + ms + " ms)");
        }
        if (Rootless.inside()) {
            err.println("netlink-lab: note: without root the lab lives only as long as this command;"
                    + " use pingall FILE, or run FILE -- COMMAND");
        }
        return OK;
    }

    private int down(Args a) throws IOException {
        Optional<Lab> lab = a.isName() ? Lab.find(a.name()) : Lab.find(a.topology());
        String name = a.isName() ? a.name() : a.topology().name();
        if (lab.isEmpty()) {
            out.println("lab " + name + " is not up");
            return OK;
        }
        lab.get().down();
        out.println("lab " + name + " is down");
        return OK;
    }

    private int diff(Args a) throws IOException {
        Topology t = a.topology();
        Optional<Lab> lab = Lab.find(t);
        if (lab.isEmpty()) {
            out.println("lab " + t.name() + " is not up: everything differs");
            return CHECK_FAILED;
        }
        List<Change> changes = lab.get().diff();
        if (changes.isEmpty()) {
            out.println("lab " + t.name() + " matches " + a.source());
            return OK;
        }
        changes.forEach(out::println);
        return CHECK_FAILED;
    }

    private int show(Args a) throws IOException {
        Topology t = a.topology();
        Optional<Lab> lab = Lab.find(t);
        Snapshot s = lab.isPresent() ? lab.get().snapshot() : Snapshot.expected(t.plan());
        String title = lab.isPresent() ? "read from the kernel" : "planned: it is not up";
        if (a.svg != null) {
            Optional<String> svg = Svg.render(Dot.render(s, title));
            if (svg.isEmpty()) {
                err.println("netlink-lab: --svg needs Graphviz's dot (apt-get install graphviz); --dot prints the DOT text");
                return USAGE;
            }
            Files.writeString(Path.of(a.svg), svg.get());
            out.println("wrote " + a.svg);
        } else {
            out.print(a.dot ? Dot.render(s, title) : TextDrawing.render(s, title));
        }
        return OK;
    }

    /** What a command does with its lab; its exit code. */
    @FunctionalInterface
    private interface LabWork {
        int applyAsInt(Lab lab) throws InterruptedException;
    }

    private int pingall(Args a) throws IOException, InterruptedException {
        return oneShot(a, lab -> {
            Reachability r = lab.pingAll(a.timeout);
            for (PingOutcome o : r.outcomes()) {
                if (!o.reached()) {
                    out.println(o);
                }
            }
            out.println(r.summary());
            return r.allReachable() ? OK : CHECK_FAILED;
        });
    }

    private int doctor(Args a) throws IOException, InterruptedException {
        return oneShot(a, lab -> {
            DoctorReport r = lab.doctor(a.timeout);
            out.println(r);
            return r.healthy() ? OK : CHECK_FAILED;
        });
    }

    private int runCommand(Args a) throws IOException, InterruptedException {
        if (a.command.isEmpty()) {
            throw new UsageException("run needs a command after --");
        }
        return oneShot(a, lab -> {
            ProcessBuilder pb = new ProcessBuilder(a.command).inheritIO();
            pb.environment().put("NETLINK_LAB", lab.name());
            try {
                return pb.start().waitFor();
            } catch (IOException e) {
                err.println("netlink-lab: cannot run " + a.command.getFirst() + ": " + e.getMessage());
                return USAGE;
            }
        });
    }

    /** Runs {@code work} on the lab: the running one, or one brought up for it and taken down after. */
    private int oneShot(Args a, LabWork work) throws IOException, InterruptedException {
        Topology t = a.topology();
        Optional<Lab> running = Lab.find(t);
        if (running.isPresent()) {
            return work.applyAsInt(running.get());
        }
        try (Lab lab = Lab.up(t)) {
            return work.applyAsInt(lab);
        }
    }

    private int rootless(List<String> args) throws IOException, InterruptedException {
        if (args.isEmpty() || !args.getFirst().equals("--") || args.size() < 2) {
            throw new UsageException("rootless needs a command: rootless -- COMMAND...");
        }
        String why = Rootless.forbidden();
        if (why != null) {
            err.println("netlink-lab: " + why);
            return USAGE;
        }
        return Rootless.run(args.subList(1, args.size()));
    }

    /** A command line's file (or Mininet topology or lab name) and options. */
    private static final class Args {
        private String file;
        private String topo;
        private String name;
        private boolean dot;
        private String svg;
        private Duration timeout = Lab.PING_TIMEOUT;
        private List<String> command = new ArrayList<>();

        static Args parse(List<String> args) {
            Args a = new Args();
            for (int i = 0; i < args.size(); i++) {
                String s = args.get(i);
                switch (s) {
                    case "--" -> {
                        a.command = new ArrayList<>(args.subList(i + 1, args.size()));
                        i = args.size();
                    }
                    case "--topo" -> a.topo = value(args, ++i, s);
                    case "--name" -> a.name = value(args, ++i, s);
                    case "--dot" -> a.dot = true;
                    case "--svg" -> a.svg = value(args, ++i, s);
                    case "--timeout" -> {
                        String v = value(args, ++i, s);
                        try {
                            a.timeout = Duration.ofMillis(Long.parseLong(v));
                        } catch (NumberFormatException e) {
                            throw new UsageException("--timeout " + v + " is not a number of milliseconds");
                        }
                    }
                    default -> {
                        if (s.startsWith("-")) {
                            throw new UsageException("unknown option " + s);
                        }
                        if (a.file != null) {
                            throw new UsageException("one FILE only, not " + a.file + " and " + s);
                        }
                        a.file = s;
                    }
                }
            }
            if ((a.file == null) == (a.topo == null)) {
                throw new UsageException(a.file == null ? "a FILE (or --topo SPEC) is needed" : "give FILE or --topo, not both");
            }
            return a;
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            return args.get(i);
        }

        /** Whether the argument names a lab rather than a file ({@code down demo}). */
        boolean isName() {
            return file != null && !Files.exists(Path.of(file)) && file.matches("[A-Za-z0-9_]+");
        }

        String name() {
            return Names.checkLab(file);
        }

        String source() {
            return file != null ? file : "--topo " + topo;
        }

        Topology topology() throws IOException {
            if (topo != null) {
                return Topologies.parse(name == null ? "mn" : name, topo);
            }
            Path p = Path.of(file);
            if (!Files.exists(p)) {
                throw new java.nio.file.NoSuchFileException(file, null, "no such lab file");
            }
            Topology t = LabFile.read(p);
            return name == null ? t : t.withName(name);
        }
    }

    /** A command line that makes no sense. */
    private static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
