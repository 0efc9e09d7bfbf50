package io.netlink4j.examples.run;

import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Example;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Section;
import io.netlink4j.examples.model.Step;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Runs {@code up}, {@code verify}, {@code down} and {@code demo} for examples, printing as it goes. */
public final class Runner {
    private final PrintStream out;
    private final Printer p;
    private final Function<Target, Kernel> kernels;

    /**
     * A runner printing to {@code out}, with {@code kernels} making a kernel per command run.
     */
    public Runner(PrintStream out, Function<Target, Kernel> kernels) {
        this.out = out;
        this.p = new Printer(out);
        this.kernels = kernels;
    }

    /** Outcome of {@code up}: how many steps ran, whether all did, how long it took. */
    record UpResult(boolean ok, int steps, int missing, int lacking, long nanos) {
        /** Whether every step was done (none failed, none missing). */
        boolean complete() {
            return ok && missing == 0;
        }
    }

    /** Outcome of {@code verify}. */
    record VerifyResult(int passed, int failed, int skipped) {
        boolean ok() {
            return failed == 0;
        }
    }

    /** {@code up}: exit status 0 when every step succeeded. */
    public int up(Example e, Target t) {
        try (Kernel k = kernels.apply(t)) {
            UpResult r = up(e, t, k);
            if (!r.ok()) {
                p.line("up stopped; '" + e.id() + " down" + flags(t) + "' removes what was made");
            }
            return r.complete() ? 0 : 1;
        }
    }

    /** {@code verify}: exit status 0 when every check passed. */
    public int verify(Example e, Target t) {
        try (Kernel k = kernels.apply(t)) {
            return verify(e, t, k, true).ok() ? 0 : 1;
        }
    }

    /** {@code down}: exit status 0 when everything that existed was removed. */
    public int down(Example e, Target t) {
        try (Kernel k = kernels.apply(t)) {
            p.banner(e, "down", t);
            return down(e, t, k, false) ? 0 : 1;
        }
    }

    /** {@code demo}: up, verify, down, and a summary. */
    public int demo(Example e, Target t) {
        String row = demoOne(e, t);
        p.section("summary");
        p.line("   " + row);
        return row.endsWith("PASS") ? 0 : 1;
    }

    /** {@code demo} without an id: every example in turn, each in a fresh sandbox, then a summary. */
    public int demoAll(List<Example> examples, Target t) {
        List<String> rows = new ArrayList<>();
        int passed = 0;
        long start = System.nanoTime();
        for (Example e : examples) {
            String row = demoOne(e, t);
            rows.add(row);
            if (row.endsWith("PASS")) {
                passed++;
            }
        }
        out.println();
        out.println("==== summary " + "=".repeat(66));
        rows.forEach(r -> p.line("   " + r));
        p.line(String.format(Locale.ROOT, "   %d of %d examples passed in %.1f s", passed, examples.size(),
                (System.nanoTime() - start) / 1e9));
        return passed == examples.size() ? 0 : 1;
    }

    private String demoOne(Example e, Target t) {
        UpResult up;
        VerifyResult v = null;
        boolean down;
        try (Kernel k = kernels.apply(t)) {
            up = up(e, t, k);
            if (up.ok()) {
                v = verify(e, t, k, false);
            }
            p.shortBanner(e, "down");
            down = down(e, t, k, !up.ok());
        }
        boolean ok = up.complete() && v != null && v.ok() && down;
        return String.format(Locale.ROOT, "%-16s up %-21s verify %-25s down %-5s %s", e.id(),
                (up.ok() ? up.missing() > 0 ? "MISSING" : "ok" : "FAILED")
                        + String.format(Locale.ROOT, " (%d, %.0f ms)", up.steps(), up.nanos() / 1e6),
                v == null ? "skipped" : v.passed() + "/" + (v.passed() + v.failed()) + " passed"
                        + (v.skipped() == 0 ? "" : ", " + v.skipped() + " skipped"),
                down ? "ok" : "FAIL", ok ? "PASS" : "FAIL");
    }

    private UpResult up(Example e, Target t, Kernel k) {
        p.banner(e, "up", t);
        p.legend(t);
        List<Section> sections = new ArrayList<>();
        if (!t.isHost()) {
            if (k.namespaceExists(t.sandbox())) {
                p.section("Sandbox " + t.sandbox() + " exists already: reused (down removes it)");
            } else {
                sections.add(Plans.sandbox(t));
            }
        }
        sections.addAll(e.sections());
        List<Step> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.steps()));
        p.fit(all);
        long start = System.nanoTime();
        int done = 0;
        int missing = 0;
        int lacking = 0;
        for (Section s : sections) {
            p.section(s.title());
            for (Step step : s.steps()) {
                long t0 = System.nanoTime();
                String detail;
                try {
                    detail = k.apply(step.op());
                } catch (MissingFeature ex) {
                    p.missingStep(step, ex);
                    missing++;
                    continue;
                } catch (KernelLacks ex) {
                    p.lackingStep(step, ex);
                    lacking++;
                    continue;
                } catch (RuntimeException ex) {
                    p.failedStep(step, ex);
                    if (step.op() instanceof Op.CreateNs c && String.valueOf(ex.getMessage()).contains("EEXIST")) {
                        p.line("      namespace " + c.name() + " is there already (an earlier run?); '" + e.id()
                                + " down" + flags(t) + "' deletes the article's namespaces by name");
                    }
                    return new UpResult(false, done, missing, lacking, System.nanoTime() - start);
                }
                p.step(step, System.nanoTime() - t0, detail);
                done++;
            }
            p.notes(s);
        }
        long nanos = System.nanoTime() - start;
        p.line("");
        p.line(String.format(Locale.ROOT, "up: %d steps in %.1f ms", done, nanos / 1e6)
                + (missing == 0 ? "" : "; " + missing + " MISSING (the library cannot do them yet)")
                + (lacking == 0 ? "" : "; " + lacking + " skipped (this kernel lacks what they need)"));
        return new UpResult(true, done, missing, lacking, nanos);
    }

    private VerifyResult verify(Example e, Target t, Kernel k, boolean fullBanner) {
        if (fullBanner) {
            p.banner(e, "verify", t);
        } else {
            p.shortBanner(e, "verify");
        }
        p.line("");
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (Check c : e.checks()) {
            Outcome o;
            try {
                o = k.check(c);
            } catch (RuntimeException ex) {
                o = Outcome.fail(Printer.describe(ex));
            }
            String description = c.describe();
            if (c instanceof Check.Internet) {
                description += " (" + t.internetAddress() + ")";
            }
            p.check(o, description);
            if (o.skipped()) {
                skipped++;
            } else if (o.ok()) {
                passed++;
            } else {
                failed++;
            }
        }
        p.line("");
        p.line("verify: " + passed + " passed, " + failed + " failed" + (skipped == 0 ? "" : ", " + skipped + " skipped"));
        return new VerifyResult(passed, failed, skipped);
    }

    /** Runs the down plan; with {@code onlyOwn}, removes only what this run made (after a failed up). */
    private boolean down(Example e, Target t, Kernel k, boolean onlyOwn) {
        Section plan = Plans.down(e, t);
        List<Step> steps = onlyOwn
                ? plan.steps().stream().filter(s -> k.madeByThisRun(s.op())).toList()
                : plan.steps();
        p.fit(steps);
        p.section(onlyOwn ? plan.title() + " (only what this run made)" : plan.title());
        boolean ok = true;
        for (Step step : steps) {
            long t0 = System.nanoTime();
            try {
                String detail = k.apply(step.op());
                p.step(step, System.nanoTime() - t0, detail);
            } catch (RuntimeException ex) {
                p.failedStep(step, ex);
                ok = false;
            }
        }
        p.notes(plan);
        if (!onlyOwn) {
            // verify that the down really left nothing, the way a user would look: ip netns list
            List<String> left = new ArrayList<>();
            for (Step s : steps) {
                if (s.op() instanceof Op.DeleteNs d && k.namespaceExists(d.name())) {
                    left.add(d.name());
                }
            }
            if (!left.isEmpty()) {
                p.line("   still there: " + String.join(", ", left));
                ok = false;
            }
        }
        p.line("");
        p.line("down: " + (ok ? "ok" : "FAILED"));
        return ok;
    }

    private static String flags(Target t) {
        if (t.isHost()) {
            return " --host";
        }
        return Target.DEFAULT_SANDBOX.equals(t.sandbox()) ? "" : " --sandbox " + t.sandbox();
    }
}
