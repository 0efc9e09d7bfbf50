package io.netlink4j.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The jar's entry point: JMH with this module's defaults — the GC profiler and
 * {@link MeasuredProfiler} unless {@code -prof} is given, a JSON result file unless
 * {@code -rff} is given — followed by the results table and the target ratios in Markdown
 * ({@link Report}). Any JMH option may be passed; listing options ({@code -h}, {@code -l},
 * {@code -lprof}, {@code -lrf}) go to JMH's own main.
 */
public final class BenchMain {
    private static final Set<String> JMH_ONLY = Set.of("-h", "-help", "--help", "-l", "-lp", "-lprof", "-lrf");

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            if (JMH_ONLY.contains(a)) {
                org.openjdk.jmh.Main.main(args);
                return;
            }
        }
        CommandLineOptions cmd = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cmd);
        if (cmd.getProfilers().isEmpty()) {
            options.addProfiler(GCProfiler.class).addProfiler(MeasuredProfiler.class);
        }
        if (!cmd.getResult().hasValue()) {
            Path dir = Files.isDirectory(Path.of("benchmarks", "target")) ? Path.of("benchmarks", "target") : Path.of(".");
            options.resultFormat(ResultFormatType.JSON).result(dir.resolve("jmh-result.json").toString());
        }
        String before = Report.loadAverage();
        Report.Ticks ticks = Report.Ticks.now();
        long started = System.currentTimeMillis();
        Collection<RunResult> results = new Runner(options.build()).run();
        String others = Report.Ticks.othersShare(ticks, Report.Ticks.now());
        System.out.println();
        System.out.println(Report.markdown(results, before, Report.loadAverage(), started, others));
    }
}
