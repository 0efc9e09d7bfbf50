package io.netlink4j.examples.run;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Op;

/** Placeholder until netlink-route lands. */
public final class LibraryKernel implements Kernel {
    private final Target target;

    /** A kernel for {@code target}. */
    public LibraryKernel(Target target) {
        this.target = target;
    }

    @Override
    public String apply(Op op) {
        throw new UnsupportedOperationException("netlink-route is not merged yet: " + op.call() + " " + target);
    }

    @Override
    public Outcome check(Check check) {
        return Outcome.fail("netlink-route is not merged yet");
    }

    @Override
    public boolean namespaceExists(String name) {
        return NetNs.exists(name);
    }

    @Override
    public boolean madeByThisRun(Op deleteOp) {
        return false;
    }

    @Override
    public void close() {}
}
