package io.netlink4j.examples;

import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.run.Kernel;
import io.netlink4j.examples.run.KernelLacks;
import io.netlink4j.examples.run.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A kernel that only records: for testing the CLI and the output without touching namespaces. */
class FakeKernel implements Kernel {
    final List<Op> applied = new ArrayList<>();
    final Set<String> namespaces = new HashSet<>();
    final Set<String> created = new HashSet<>();
    Op failOn;
    boolean failChecks;
    boolean closed;
    /** When set, the kernel lacks netem: its step throws, and the checks that need it are skipped with this reason. */
    String lacking;

    @Override
    public String apply(Op op) {
        if (op.equals(failOn)) {
            throw new IllegalStateException("refused " + op.call());
        }
        if (lacking != null && op instanceof Op.AddNetem) {
            throw new KernelLacks(lacking, null);
        }
        applied.add(op);
        switch (op) {
            case Op.CreateNs c -> {
                namespaces.add(c.name());
                created.add(c.name());
            }
            case Op.DeleteNs d -> {
                return namespaces.remove(d.name()) ? "deleted" : "not there";
            }
            default -> { }
        }
        return "";
    }

    @Override
    public Outcome check(Check check) {
        if (lacking != null && check instanceof Check.IfKernelHas) {
            return Outcome.skip(lacking);
        }
        return failChecks ? Outcome.fail("fake failure") : Outcome.pass("fake");
    }

    @Override
    public boolean namespaceExists(String name) {
        return namespaces.contains(name);
    }

    @Override
    public boolean madeByThisRun(Op deleteOp) {
        return deleteOp instanceof Op.DeleteNs d && created.contains(d.name());
    }

    @Override
    public void close() {
        closed = true;
    }
}
