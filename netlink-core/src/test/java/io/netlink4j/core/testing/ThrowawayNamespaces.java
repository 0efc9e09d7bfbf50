package io.netlink4j.core.testing;

import io.netlink4j.core.ns.NetNs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that hands out throwaway network namespaces and removes them after each
 * test, whether it passed or failed. Named ones get the prefix given (one per helper, so
 * parallel test runs never collide) plus a random suffix.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ThrowawayNamespaces NS = new ThrowawayNamespaces("nlt-core-");
 *
 * @Test void something() {
 *     NetNs ns = NS.anonymous();          // closed after the test
 *     String name = NS.named();           // NetNs.create(name); deleted after the test
 *     String other = NS.reserve();        // a free name; deleted after the test if it then exists
 * }
 * }</pre>
 * Registered as a static field, it cleans up after each test and once more after the class.
 */
public final class ThrowawayNamespaces implements AfterEachCallback, AfterAllCallback {
    private final String prefix;
    private final List<String> names = new ArrayList<>();
    private final List<NetNs> handles = new ArrayList<>();

    /** Namespaces named {@code prefix + random}. */
    public ThrowawayNamespaces(String prefix) {
        this.prefix = prefix;
    }

    /** A fresh name with the prefix, to be deleted after the test if something created it. */
    public synchronized String reserve() {
        String name = prefix + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
        names.add(name);
        return name;
    }

    /** Creates a named namespace with {@link NetNs#create(String)} and returns its name. */
    public String named() {
        String name = reserve();
        NetNs.create(name).close();
        return name;
    }

    /** Creates a named namespace and returns a handle to it (closed after the test). */
    public NetNs namedHandle() {
        return track(NetNs.named(named()));
    }

    /** A new anonymous namespace (its handle is closed after the test, which frees it). */
    public NetNs anonymous() {
        return track(NetNs.create());
    }

    /** Closes {@code ns} after the test. */
    public synchronized NetNs track(NetNs ns) {
        handles.add(ns);
        return ns;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        cleanUp();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        cleanUp();
    }

    /** Deletes every namespace handed out so far; failures are collected and rethrown at the end. */
    public synchronized void cleanUp() {
        RuntimeException failure = null;
        for (NetNs h : handles) {
            try {
                h.close();
            } catch (RuntimeException e) {
                failure = add(failure, e);
            }
        }
        handles.clear();
        for (String n : names) {
            try {
                NetNs.deleteIfExists(n);
            } catch (RuntimeException e) {
                failure = add(failure, e);
            }
        }
        names.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException add(RuntimeException first, RuntimeException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
