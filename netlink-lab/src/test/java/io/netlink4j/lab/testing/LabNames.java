package io.netlink4j.lab.testing;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.testing.Ip;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Unique lab names for tests ({@code nltlab} plus a random suffix: other suites run at the same
 * time), and a safety net after each test: every namespace named like a lab handed out
 * ({@code NAME}, {@code NAME-*}) is deleted, whatever the test did, so a failing test leaves nothing.
 */
public final class LabNames implements AfterEachCallback, AfterAllCallback {
    private final List<String> names = new ArrayList<>();

    /** A fresh lab name, cleaned up after the test. */
    public synchronized String next() {
        String n = "nltlab" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36).substring(0, 8);
        names.add(n);
        return n;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        cleanUp();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        cleanUp();
    }

    /** Deletes every namespace of every lab handed out. */
    public synchronized void cleanUp() {
        for (String lab : names) {
            for (String ns : NetNs.list()) {
                if (ns.equals(lab) || ns.startsWith(lab + "-")) {
                    Ip.tryExec(List.of("ip", "netns", "del", ns));
                }
            }
        }
        names.clear();
    }

    /** The namespaces named like lab {@code lab}'s, as {@code ip netns list} shows them. */
    public static List<String> namespacesOf(String lab) {
        List<String> out = new ArrayList<>();
        for (String line : Ip.exec(List.of("ip", "netns", "list")).split("\n")) {
            String ns = line.split(" ")[0].trim();
            if (ns.equals(lab) || ns.startsWith(lab + "-")) {
                out.add(ns);
            }
        }
        out.sort(null);
        return out;
    }
}
