package io.netlink4j.examples.show;

import io.netlink4j.examples.run.Target;
import java.io.PrintStream;

/** Placeholder until netlink-route lands: {@code show} draws namespaces read from the kernel. */
public final class Show {
    private Show() {}

    /** Draws what exists now. */
    public static int run(Target t, PrintStream out) {
        out.println("show: not available yet");
        return 1;
    }
}
