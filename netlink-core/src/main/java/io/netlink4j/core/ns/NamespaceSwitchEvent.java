package io.netlink4j.core.ns;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A Java Flight Recorder event for each time a library thread enters a namespace: to run a
 * {@link NetNs#call} ({@code call}), to make a socket or channel for the namespace's factories
 * ({@code socket}), to start a process ({@code process}), to make a new namespace
 * ({@code create}), or for the life of a {@link NetNs#startThread} thread ({@code thread}). Its
 * duration is the stay inside as the caller sees it (thread start to end); the event of a
 * {@code thread} is committed when its body ends. Enabled like any JFR event ({@code jfr print
 * --events io.netlink4j.NamespaceSwitch}); it costs nothing measurable when nobody records it.
 */
@Name("io.netlink4j.NamespaceSwitch")
@Label("Namespace Switch")
@Category({"netlink4j"})
@Description("A library thread entered a network namespace to run something there")
@StackTrace(false)
final class NamespaceSwitchEvent extends Event {
    @Label("Namespace")
    @Description("The namespace's name, or how it was opened: anonymous, pid 42, a path")
    String namespace;

    @Label("What")
    @Description("call, socket, process, create or thread")
    String what;

    @Label("Outcome")
    @Description("ok, or the type and message of what was thrown")
    String outcome;

    /** The outcome field for a task that ended with {@code failure} (null: it returned). */
    static String outcome(Throwable failure) {
        return failure == null ? "ok" : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
