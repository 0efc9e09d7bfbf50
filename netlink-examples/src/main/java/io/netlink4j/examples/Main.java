package io.netlink4j.examples;

import io.netlink4j.examples.catalog.Catalog;
import io.netlink4j.examples.model.Example;
import io.netlink4j.examples.run.Kernel;
import io.netlink4j.examples.run.LibraryKernel;
import io.netlink4j.examples.run.Runner;
import io.netlink4j.examples.run.Target;
import io.netlink4j.examples.show.Show;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The examples' command line (contract in DESIGN.md):
 * <pre>
 * java -jar netlink-examples.jar list
 * java -jar netlink-examples.jar &lt;id&gt; up|verify|down|demo [--host] [--sandbox NAME]
 * java -jar netlink-examples.jar demo [--host] [--sandbox NAME]      every id in turn
 * java -jar netlink-examples.jar show [--host] [--sandbox NAME]      draw what exists now
 * java -jar netlink-examples.jar commands                            article command -> library call (Markdown)
 * </pre>
 * Exit status: 0 success, 1 a step or check failed, 2 bad usage.
 */
public final class Main {
    /** Exit status for success. */
    public static final int OK = 0;
    /** Exit status when a step or check failed. */
    public static final int FAILED = 1;
    /** Exit status for bad usage. */
    public static final int USAGE = 2;

    private Main() {}

    /** Entry point of the jar. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns the exit status instead of exiting (for tests and embedding). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, LibraryKernel::new);
    }

    static int run(String[] args, PrintStream out, PrintStream err, Function<Target, Kernel> kernels) {
        Invocation inv;
        try {
            inv = Invocation.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("netlink-examples: " + e.getMessage());
            err.println("try: java -jar netlink-examples.jar help");
            return USAGE;
        }
        try {
            return dispatch(inv, out, kernels);
        } catch (RuntimeException | LinkageError e) {
            err.println("netlink-examples: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return FAILED;
        } finally {
            out.flush();
        }
    }

    private static int dispatch(Invocation inv, PrintStream out, Function<Target, Kernel> kernels) {
        Runner runner = new Runner(out, kernels);
        switch (inv.command()) {
            case "help" -> {
                out.print(Invocation.USAGE_TEXT);
                return OK;
            }
            case "list" -> {
                list(out);
                return OK;
            }
            case "commands" -> {
                out.print(CommandsTable.markdown());
                return OK;
            }
            case "show" -> {
                return Show.run(inv.target(), out);
            }
            default -> { }
        }
        if (inv.example() == null) {
            return runner.demoAll(Catalog.all(), inv.target());
        }
        Example e = inv.example();
        return switch (inv.command()) {
            case "up" -> runner.up(e, inv.target());
            case "verify" -> runner.verify(e, inv.target());
            case "down" -> runner.down(e, inv.target());
            case "demo" -> runner.demo(e, inv.target());
            default -> throw new IllegalStateException(inv.command());
        };
    }

    private static void list(PrintStream out) {
        out.printf("%-16s %-8s %s%n", "ID", "ARTICLE", "STEP");
        for (Example e : Catalog.all()) {
            out.printf("%-16s %-8s %s%n", e.id(), e.article().key(), e.step());
        }
    }

    /** A parsed command line. */
    record Invocation(String command, Example example, Target target) {
        static final String USAGE_TEXT = """
                usage: java -jar netlink-examples.jar COMMAND
                  list                                        the examples: id, article, step
                  <id> up|verify|down|demo [--host] [--sandbox NAME]
                                                              build / check / remove / all three, for one example
                  demo [--host] [--sandbox NAME]              every example in turn, each in a fresh sandbox
                  show [--host] [--sandbox NAME]              draw the namespaces, interfaces, veth pairs and bridges that exist now
                  commands                                    the article commands and the library calls replacing them (Markdown)
                  help                                        this text

                By default "the host" of the articles is a throwaway namespace (nl-sandbox, or --sandbox NAME)
                with an uplink eth0 203.0.113.2/24 to NAME-wan (203.0.113.1, server 198.51.100.1): this machine's
                own network is never touched. --host works on the real host namespace instead.
                Needs root (CAP_NET_ADMIN and CAP_SYS_ADMIN). Exit status: 0 ok, 1 a step or check failed, 2 usage.
                """;

        static Invocation parse(String[] args) {
            List<String> words = new ArrayList<>();
            boolean host = false;
            String sandbox = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--host" -> host = true;
                    case "--sandbox" -> {
                        if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                            throw new IllegalArgumentException("--sandbox needs a NAME");
                        }
                        sandbox = args[++i];
                    }
                    case "-h", "--help" -> words.add("help");
                    default -> {
                        if (a.startsWith("--sandbox=")) {
                            sandbox = a.substring("--sandbox=".length());
                        } else if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option '" + a + "'");
                        } else {
                            words.add(a);
                        }
                    }
                }
            }
            if (host && sandbox != null) {
                throw new IllegalArgumentException("--host and --sandbox exclude each other");
            }
            Target target = host ? Target.host() : Target.sandbox(sandbox == null ? Target.DEFAULT_SANDBOX : sandbox);
            if (words.isEmpty() || words.contains("help")) {
                return new Invocation("help", null, target);
            }
            String first = words.get(0);
            if (List.of("list", "commands", "show", "demo").contains(first) && words.size() == 1) {
                return new Invocation(first, null, target);
            }
            if (words.size() != 2) {
                throw new IllegalArgumentException("expected '<id> up|verify|down|demo' or one of list, demo, show,"
                        + " commands, help; got '" + String.join(" ", words) + "'");
            }
            Optional<Example> e = Catalog.find(first);
            if (e.isEmpty()) {
                throw new IllegalArgumentException("unknown example '" + first + "'; the ids are: "
                        + String.join(", ", Catalog.ids()));
            }
            String cmd = words.get(1);
            if (!List.of("up", "verify", "down", "demo").contains(cmd)) {
                throw new IllegalArgumentException("unknown command '" + cmd + "' for " + first
                        + ": expected up, verify, down or demo");
            }
            return new Invocation(cmd, e.get(), target);
        }
    }
}
