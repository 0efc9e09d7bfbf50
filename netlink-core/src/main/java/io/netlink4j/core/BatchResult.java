package io.netlink4j.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of pipelined requests: one slot per request, in order, holding {@code null} for
 * success or the exception the kernel's ACK produced for that request alone.
 */
public final class BatchResult {
    private final NetlinkException[] errors;
    private int failed;

    BatchResult(int size) {
        this.errors = new NetlinkException[size];
    }

    void fail(int index, NetlinkException e) {
        if (errors[index] == null) {
            failed++;
        }
        errors[index] = e;
    }

    /** Number of requests. */
    public int size() {
        return errors.length;
    }

    /** Number of requests that failed. */
    public int failedCount() {
        return failed;
    }

    /** Whether every request succeeded. */
    public boolean ok() {
        return failed == 0;
    }

    /** The failure of request {@code index}, or {@code null} if it succeeded. */
    public NetlinkException error(int index) {
        return errors[index];
    }

    /** The indices of the failed requests, ascending. */
    public List<Integer> failedIndices() {
        if (failed == 0) {
            return Collections.emptyList();
        }
        List<Integer> out = new ArrayList<>(failed);
        for (int i = 0; i < errors.length; i++) {
            if (errors[i] != null) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Throws if any request failed: the first failure's errno, a message counting the failures,
     * and every other failure attached as suppressed.
     */
    public BatchResult throwIfFailed() {
        if (failed == 0) {
            return this;
        }
        NetlinkException first = null;
        for (NetlinkException e : errors) {
            if (e != null) {
                first = e;
                break;
            }
        }
        NetlinkException all = new NetlinkException(first.errorNumber(),
                failed + " of " + errors.length + " requests failed, first " + first.operation(),
                first.extAck(), first.extAckOffset());
        for (NetlinkException e : errors) {
            if (e != null) {
                all.addSuppressed(e);
            }
        }
        throw all;
    }

    @Override
    public String toString() {
        return "BatchResult[" + (errors.length - failed) + " ok, " + failed + " failed]";
    }
}
