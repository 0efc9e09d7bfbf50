package io.netlink4j.examples.run;

import io.netlink4j.examples.model.Example;
import io.netlink4j.examples.model.Section;
import io.netlink4j.examples.model.Step;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terminal layout: a header per example and per article step, then one aligned line per
 * command — the article's command, the library call that replaced it, the time it took.
 * Plain ASCII so it reads the same in any locale and in CI logs.
 */
final class Printer {
    private static final int MAX_COMMAND = 64;
    private static final int MAX_CALL = 80;
    private static final int WRAP = 100;

    private final PrintStream out;
    private int commandWidth = 40;
    private int callWidth = 40;

    Printer(PrintStream out) {
        this.out = out;
    }

    /** Fits the columns to the steps about to be printed. */
    void fit(List<Step> steps) {
        commandWidth = Math.min(MAX_COMMAND, steps.stream().mapToInt(s -> s.command().length()).max().orElse(20));
        callWidth = Math.min(MAX_CALL, steps.stream().mapToInt(s -> s.op().call().length()).max().orElse(20));
    }

    void banner(Example e, String what, Target t) {
        shortBanner(e, what);
        out.println("     " + e.article().key() + ": " + e.article().title());
        out.println("     step: " + e.step());
        out.println("     host: " + t.describe());
    }

    /** The one-line banner for the later phases of a demo, whose context was printed already. */
    void shortBanner(Example e, String what) {
        out.println();
        out.println("==== " + e.id() + " " + what + " " + "=".repeat(Math.max(4, 70 - e.id().length() - what.length())));
    }

    void legend(Target t) {
        out.println("     calls: " + t.legend());
        out.println("     marks: ' ' as in the article, '~' changed, '+' added, '.' sandbox/clean-up");
    }

    void section(String title) {
        out.println();
        out.println("--- " + title);
    }

    void notes(Section s) {
        for (String n : s.notes()) {
            wrap("note: ", n);
        }
    }

    void step(Step s, long nanos, String detail) {
        String mark = s.change() == Step.Change.SUPPORT ? "." : s.change().mark();
        String cmd = s.command();
        if (cmd.length() > commandWidth) {
            out.println(" " + mark + " " + cmd);
            cmd = "";
        }
        String line = " " + mark + " " + pad(cmd, commandWidth) + "  " + pad(s.op().call(), callWidth) + "  "
                + String.format(Locale.ROOT, "%8.2f ms", nanos / 1e6);
        out.println(detail == null || detail.isEmpty() ? line : line + "  " + detail);
    }

    void failedStep(Step s, Throwable e) {
        String mark = s.change() == Step.Change.SUPPORT ? "." : s.change().mark();
        out.println(" " + mark + " " + pad(s.command(), commandWidth) + "  " + pad(s.op().call(), callWidth) + "  FAILED");
        wrap("      ", describe(e));
    }

    void missingStep(Step s, MissingFeature e) {
        String mark = s.change() == Step.Change.SUPPORT ? "." : s.change().mark();
        out.println(" " + mark + " " + pad(s.command(), commandWidth) + "  " + pad(s.op().call(), callWidth) + "  MISSING");
        wrap("      ", e.getMessage());
    }

    void lackingStep(Step s, KernelLacks e) {
        String mark = s.change() == Step.Change.SUPPORT ? "." : s.change().mark();
        out.println(" " + mark + " " + pad(s.command(), commandWidth) + "  " + pad(s.op().call(), callWidth) + "  SKIPPED");
        wrap("      ", e.getMessage());
    }

    void check(Outcome o, String description) {
        String detail = o.detail();
        String line = (o.skipped() ? "[SKIP] " : o.ok() ? "[PASS] " : "[FAIL] ") + pad(description, 52);
        out.println(" " + (detail == null || detail.isEmpty() ? line.stripTrailing() : line + "  " + detail));
    }

    void line(String s) {
        out.println(s);
    }

    /** One-line description of a failure: the library's message, never a stack trace. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return m == null ? kind : (e instanceof RuntimeException && !kind.equals("NetlinkException") ? kind + ": " + m : m);
    }

    private void wrap(String prefix, String text) {
        String indent = " ".repeat(3 + prefix.length());
        StringBuilder line = new StringBuilder("   " + prefix);
        List<String> lines = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WRAP && line.length() > indent.length()) {
                lines.add(line.toString().stripTrailing());
                line = new StringBuilder(indent);
            }
            line.append(word).append(' ');
        }
        lines.add(line.toString().stripTrailing());
        lines.forEach(out::println);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
