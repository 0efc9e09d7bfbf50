package io.netlink4j.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Formats a run as the Markdown that {@code benchmarks/README.md} records: the machine, every
 * score with its error, CPU and allocation per operation, and the ratios the issue sets as
 * targets — of the scores, and of CPU time per operation (inverted, so that both read "times
 * better"), which other load on the machine disturbs far less.
 */
final class Report {
    /** A target: {@code numerator / denominator >= min}, compared at the same {@code pairs}. */
    private record Target(String numerator, String denominator, double min) {}

    private static final List<Target> TARGETS = List.of(
            new Target("vethCreate", "ipBatch", 0.95),
            new Target("vethCreate", "ipLinkAddForked", 3),
            new Target("vethCreatePipelined", "ipBatch", 1.5),
            new Target("vethCreatePipelinedOneQueue", "ipBatch", 1.5),
            new Target("vethCreateOneQueue", "ipBatchOneQueue", 0.95),
            new Target("vethDeleteBulk", "vethDelete", 40),
            new Target("vethDeleteBulkAll", "vethDelete", 40),
            new Target("namespaceCreate", "ipNetnsAddForked", 3));
    private static final List<String> ALLOCATION_TARGETS = List.of("vethCreate", "vethCreatePipelined",
            "vethCreateOneQueue", "vethCreatePipelinedOneQueue");
    private static final double MAX_BYTES_PER_PAIR = 1024;

    private Report() {}

    /** CPU ticks so far: the whole machine busy (all CPUs), and this JVM with its reaped children. */
    record Ticks(long machineBusy, long machineTotal, long ours) {
        static Ticks now() {
            long busy = 0;
            long total = 0;
            for (String line : lines("/proc/stat")) {
                if (line.startsWith("cpu ")) {
                    String[] f = line.trim().split("\\s+");
                    for (int i = 1; i < f.length && i <= 8; i++) {
                        long v = Long.parseLong(f[i]);
                        total += v;
                        // user nice system idle iowait irq softirq steal: idle and iowait are not busy
                        if (i != 4 && i != 5) {
                            busy += v;
                        }
                    }
                }
            }
            String s = read("/proc/self/stat");
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            long ours = 0;
            for (int i = 11; i <= 14; i++) {
                ours += Long.parseLong(f[i]);
            }
            return new Ticks(busy, total, ours);
        }

        /** The share of the machine's CPU that others (not this run) used between two readings. */
        static String othersShare(Ticks a, Ticks b) {
            long total = b.machineTotal - a.machineTotal;
            long others = (b.machineBusy - a.machineBusy) - (b.ours - a.ours);
            long oursUsed = b.ours - a.ours;
            return total <= 0 ? "?" : String.format(Locale.ROOT,
                    "%.0f%% of the machine's CPU time used by other processes and kernel threads,"
                            + " %.0f%% by this run", 100.0 * Math.max(0, others) / total, 100.0 * oursUsed / total);
        }
    }

    static String markdown(Collection<RunResult> results, String loadBefore, String loadAfter, long startedMillis,
                           String othersShare) {
        StringBuilder out = new StringBuilder();
        out.append("## Run of ").append(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                Instant.ofEpochMilli(startedMillis).atOffset(ZoneOffset.UTC).withNano(0))).append(" UTC")
                .append(" (").append(Duration.ofMillis(System.currentTimeMillis() - startedMillis).toSeconds())
                .append(" s)\n\n");
        out.append("- machine: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, ").append(memory()).append('\n');
        out.append("- kernel: ").append(read("/proc/sys/kernel/osrelease")).append('\n');
        out.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append('\n');
        out.append("- load average (1, 5, 15 min) before: ").append(loadBefore).append(", after: ")
                .append(loadAfter).append('\n');
        out.append("- during the run: ").append(othersShare).append('\n');
        out.append('\n');
        out.append("| benchmark | pairs | score | ± error (99.9%) | unit | CPU user µs/op | CPU sys µs/op"
                + " | heap B/op, measured code | heap B/op, gc.alloc.rate.norm |\n");
        out.append("|---|---:|---:|---:|---|---:|---:|---:|---:|\n");
        Map<String, Result<?>> scores = new HashMap<>();
        Map<String, Result<?>> perPair = new HashMap<>();
        Map<String, Double> cpu = new HashMap<>();
        for (RunResult r : results) {
            String method = method(r);
            String pairs = pairs(r);
            Result<?> p = r.getPrimaryResult();
            Result<?> alloc = r.getSecondaryResults().get("alloc.op");
            Result<?> user = r.getSecondaryResults().get("cpu.user");
            Result<?> sys = r.getSecondaryResults().get("cpu.sys");
            Result<?> gc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            scores.put(method + "|" + pairs, p);
            if (alloc != null) {
                perPair.put(method + "|" + pairs, alloc);
            }
            if (user != null && sys != null) {
                cpu.put(method + "|" + pairs, user.getScore() + sys.getScore());
            }
            out.append("| ").append(shortClass(r)).append('.').append(method).append(" | ").append(pairs)
                    .append(" | ").append(fmt(p.getScore())).append(" | ").append(fmt(p.getScoreError()))
                    .append(" | ").append(p.getScoreUnit())
                    .append(" | ").append(user == null ? "" : fmt(user.getScore()))
                    .append(" | ").append(sys == null ? "" : fmt(sys.getScore()))
                    .append(" | ").append(alloc == null ? "" : fmt(alloc.getScore()))
                    .append(" | ").append(gc == null ? "" : fmt(gc.getScore())).append(" |\n");
        }
        out.append('\n');
        out.append("| target | pairs | ratio of scores | wanted | met | ratio of CPU per op |\n");
        out.append("|---|---:|---:|---:|---|---:|\n");
        TreeSet<String> sizes = new TreeSet<>();
        for (String k : scores.keySet()) {
            sizes.add(k.substring(k.indexOf('|') + 1));
        }
        int rows = 0;
        for (Target t : TARGETS) {
            for (String size : sizes) {
                Result<?> a = scores.get(t.numerator + "|" + size);
                Result<?> b = scores.get(t.denominator + "|" + size);
                if (a == null || b == null) {
                    continue;
                }
                rows++;
                double ratio = a.getScore() / b.getScore();
                Double cpuA = cpu.get(t.numerator + "|" + size);
                Double cpuB = cpu.get(t.denominator + "|" + size);
                out.append("| ").append(t.numerator).append(" / ").append(t.denominator).append(" | ")
                        .append(size).append(" | ").append(String.format(Locale.ROOT, "%.2f", ratio))
                        .append(" | ≥ ").append(t.min).append(" | ").append(ratio >= t.min ? "yes" : "**no**")
                        .append(" | ").append(cpuA == null || cpuB == null ? ""
                                : String.format(Locale.ROOT, "%.2f", cpuB / cpuA)).append(" |\n");
            }
        }
        for (String m : ALLOCATION_TARGETS) {
            for (String size : sizes) {
                Result<?> a = perPair.get(m + "|" + size);
                if (a == null) {
                    continue;
                }
                rows++;
                out.append("| ").append(m).append(" heap B/pair | ").append(size).append(" | ")
                        .append(fmt(a.getScore())).append(" | < ").append((int) MAX_BYTES_PER_PAIR).append(" | ")
                        .append(a.getScore() < MAX_BYTES_PER_PAIR ? "yes" : "**no**").append(" | |\n");
            }
        }
        if (rows == 0) {
            out.append("| (this run had neither side of any target) | | | | | |\n");
        }
        return out.toString();
    }

    static String loadAverage() {
        String s = read("/proc/loadavg");
        String[] f = s.split(" ");
        return f.length >= 3 ? f[0] + ", " + f[1] + ", " + f[2] : s;
    }

    private static String method(RunResult r) {
        String b = r.getParams().getBenchmark();
        return b.substring(b.lastIndexOf('.') + 1);
    }

    private static String shortClass(RunResult r) {
        String b = r.getParams().getBenchmark();
        String cls = b.substring(0, b.lastIndexOf('.'));
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    private static String pairs(RunResult r) {
        String p = r.getParams().getParam("pairs");
        return p == null ? "-" : p;
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String cpu() {
        for (String line : lines("/proc/cpuinfo")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return System.getProperty("os.arch");
    }

    private static String memory() {
        for (String line : lines("/proc/meminfo")) {
            if (line.startsWith("MemTotal:")) {
                long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return (kb / (1024 * 1024)) + " GiB RAM";
            }
        }
        return "";
    }

    private static List<String> lines(String path) {
        try {
            return Files.readAllLines(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new ArrayList<>();
        }
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path)).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
