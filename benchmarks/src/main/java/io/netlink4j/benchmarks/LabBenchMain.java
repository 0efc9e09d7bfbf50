package io.netlink4j.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * netlink-lab against Mininet in one run: {@link LabBenchmark} and {@link MininetBenchmark}
 * (unless benchmarks are named on the command line), then the usual results table
 * ({@link Report}) and the lab's targets — the ratios of the times, the 1,000-host lab's time and
 * memory — in Markdown.
 *
 * <pre>
 * sudo benchmarks/mininet.sh install
 * sudo java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar io.netlink4j.benchmarks.LabBenchMain
 * </pre>
 */
public final class LabBenchMain {
    private LabBenchMain() {}

    public static void main(String[] args) throws Exception {
        CommandLineOptions cmd = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cmd);
        if (cmd.getIncludes().isEmpty()) {
            options.include(LabBenchmark.class.getSimpleName()).include(MininetBenchmark.class.getSimpleName());
        }
        if (cmd.getProfilers().isEmpty()) {
            options.addProfiler(GCProfiler.class).addProfiler(MeasuredProfiler.class);
        }
        if (!cmd.getResult().hasValue()) {
            Path dir = Files.isDirectory(Path.of("benchmarks", "target")) ? Path.of("benchmarks", "target") : Path.of(".");
            options.resultFormat(ResultFormatType.JSON).result(dir.resolve("jmh-lab-result.json").toString());
        }
        String before = Report.loadAverage();
        Report.Ticks ticks = Report.Ticks.now();
        long started = System.currentTimeMillis();
        Collection<RunResult> results = new Runner(options.build()).run();
        String others = Report.Ticks.othersShare(ticks, Report.Ticks.now());
        System.out.println();
        System.out.println(Report.markdown(results, before, Report.loadAverage(), started, others));
        System.out.println(targets(results));
    }

    /** The lab's targets against Mininet, and the 1,000-host lab. */
    static String targets(Collection<RunResult> results) {
        Map<String, RunResult> by = new HashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            by.put(label.substring(label.lastIndexOf('.') + 1), r);
        }
        StringBuilder out = new StringBuilder("| target | netlink-lab ms | Mininet ms | Mininet / lab | wanted | met |\n"
                + "|---|---:|---:|---:|---:|---|\n");
        ratio(out, by, "linear,50 up + down", "linear50UpDown", "mininetLinear50UpDown", 50);
        ratio(out, by, "linear,50 up + down, back to back", "linear50UpDownBackToBack", "mininetLinear50UpDown", 50);
        ratio(out, by, "single,20 up + pingall + down", "single20UpPingallDown", "mininetSingle20Pingall", 10);
        ratio(out, by, "single,20 up + pingall + down, back to back", "single20UpPingallDownBackToBack",
                "mininetSingle20Pingall", 10);
        out.append('\n').append(halves(by, "linear50UpDown")).append(halves(by, "linear50UpDownBackToBack"));
        RunResult large = by.get("tree1000UpDown");
        if (large != null) {
            out.append(String.format(Locale.ROOT, "1,000-host lab (tree,3,10: 1,000 hosts, 111 switches, "
                            + "1,111 veth pairs, 1,001 namespaces): up and down %.0f ms (up %.0f ms, down %.0f ms);"
                            + " the JVM's resident memory while it is up %.0f MiB, heap in use %.0f MiB\n",
                    large.getPrimaryResult().getScore(), score(large, "upMs"), score(large, "downMs"),
                    score(large, "rssMiB"), score(large, "heapMiB")));
        }
        return out.toString();
    }

    /** The mean of an {@code @AuxCounters} value: JMH sums event counters over the iterations. */
    private static double score(RunResult run, String key) {
        Result<?> r = run.getSecondaryResults().get(key);
        return r == null ? Double.NaN : r.getScore() / run.getParams().getMeasurement().getCount();
    }

    /** A comment row with the up and down halves of a benchmark that reports them. */
    private static String halves(Map<String, RunResult> by, String name) {
        RunResult r = by.get(name);
        if (r == null || r.getSecondaryResults().get("upMs") == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%s: up %.0f ms, down %.0f ms%n", name, score(r, "upMs"),
                score(r, "downMs"));
    }

    private static void ratio(StringBuilder out, Map<String, RunResult> by, String what, String lab, String mn, double wanted) {
        RunResult a = by.get(lab);
        RunResult b = by.get(mn);
        if (a == null || b == null) {
            return;
        }
        double la = a.getPrimaryResult().getScore();
        double mb = b.getPrimaryResult().getScore();
        double ratio = mb / la;
        out.append(String.format(Locale.ROOT, "| %s | %.1f ± %.1f | %.0f ± %.0f | %.1f | ≥ %.0f | %s |\n", what, la,
                a.getPrimaryResult().getScoreError(), mb, b.getPrimaryResult().getScoreError(), ratio, wanted,
                ratio >= wanted ? "yes" : "**no**"));
    }
}
