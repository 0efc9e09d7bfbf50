package io.netlink4j.core.ns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 10, items 1 and 3, each in a JVM of its own ({@link SharedPoolScenarios}): code inside
 * that outlives the pools' keep-alive and then starts a virtual thread or uses the common pool
 * leaves none of the JVM's shared threads in the namespace; and a virtual thread's call does
 * not stall the other virtual threads.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SharedThreadsStayHomeTest {
    private static Map<String, String> fork(String scenario) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = location(NetNs.class) + File.pathSeparator + location(SharedPoolScenarios.class);
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp", cp, SharedPoolScenarios.class.getName(), scenario)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("scenario %s printed:%n%s", scenario, out).isZero();
        Map<String, String> values = new TreeMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("[")) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        values.put("output", out);
        return values;
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNothingLeaked(Map<String, String> r) {
        assertThat(r.get("foreign.counts")).as("tasks of main that ran inside; output:%n%s", r.get("output"))
                .isEqualTo("{delayed=0, parallel=0, supplyAsync=0, virtual=0}");
        assertThat(r.get("threads.inside")).as("threads of the JVM in the namespace").isEqualTo("[]");
        // The pools had no worker left, so the virtual thread could only start with a carrier born
        // inside: it was refused instead.
        assertThat(r.get("inside.attempts")).startsWith("virtual failed: OutOfMemoryError");
    }

    @Test
    void aResidentThreadThatOutlivesTheKeepAliveLeavesNoSharedWorkerInside() throws Exception {
        assertNothingLeaked(fork("resident"));
    }

    @Test
    void aCallThatOutlivesTheKeepAliveLeavesNoSharedWorkerInside() throws Exception {
        assertNothingLeaked(fork("call"));
    }

    @Test
    void aVirtualThreadsCallDoesNotStallTheOtherVirtualThreads() throws Exception {
        Map<String, String> r = fork("virtual-caller");
        long baseline = Long.parseLong(r.get("baseline.gap.micros"));
        long during = Long.parseLong(r.get("call.gap.micros"));
        // Generous: the worst gap of the second before the call, plus half the 200 ms stall the
        // warm-up's rendezvous used to cause.
        assertThat(during).as("longest gap between ticks during the call (µs), baseline %d µs; output:%n%s",
                baseline, r.get("output")).isLessThan(baseline + 100_000);
    }

    @Test
    void childrenStartedInsideLeaveNoSharedWorkerInside() throws Exception {
        Map<String, String> r = fork("process");
        assertThat(r.get("children.ran.in")).as("output:%n%s", r.get("output")).isEqualTo("[INSIDE]");
        assertThat(r.get("threads.inside.while.running")).isEqualTo("[]");
        assertThat(r.get("onExit.ran.in")).isEqualTo("[HOME]");
        assertThat(r.get("foreign.counts")).isEqualTo("{supplyAsync=0, virtual=0}");
        assertThat(r.get("reapers.ran.in")).isEqualTo("[HOME] [HOME]");
        assertThat(r.get("threads.inside")).isEqualTo("[]");
    }
}
