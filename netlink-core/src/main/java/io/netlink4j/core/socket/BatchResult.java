package io.netlink4j.core.socket;

import io.netlink4j.core.KernelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of pipelined requests: one slot per request, in order, holding nothing for
 * success or the {@link KernelException} the kernel's ACK produced for that request alone. For
 * a transaction, also the error the kernel addressed to the transaction as a whole.
 */
public final class BatchResult {
    private final KernelException[] errors;
    private KernelException whole;
    private int failed;

    BatchResult(int size) {
        this.errors = new KernelException[size];
    }

    void fail(int index, KernelException e) {
        if (errors[index] == null) {
            failed++;
        }
        errors[index] = e;
    }

    void failWhole(KernelException e) {
        whole = e;
    }

    /**
     * The number of requests, one slot each.
     *
     * @return how many requests were sent
     */
    public int size() {
        return errors.length;
    }

    /**
     * The number of requests the kernel refused one by one (not counting a transaction's own error).
     *
     * @return 0 up to {@link #size()}
     */
    public int failedCount() {
        return failed;
    }

    /**
     * Whether everything succeeded.
     *
     * @return {@code true} if every request succeeded and, for a transaction, the transaction itself
     */
    public boolean ok() {
        return failed == 0 && whole == null;
    }

    /**
     * The failure of one request.
     *
     * @param index the request's position in the list that was sent, from 0
     * @return its exception, or empty if it succeeded
     * @throws IndexOutOfBoundsException if {@code index} is not below {@link #size()}
     */
    public Optional<KernelException> error(int index) {
        return Optional.ofNullable(errors[index]);
    }

    /**
     * For a transaction: the error the kernel addressed to the transaction as a whole (to its
     * {@code NFNL_MSG_BATCH_END}, say), which rolled every request back.
     *
     * @return the error, or empty when there was none or this is not a transaction
     */
    public Optional<KernelException> transactionError() {
        return Optional.ofNullable(whole);
    }

    /**
     * The requests that failed.
     *
     * @return their indices, ascending; a new list
     */
    public List<Integer> failedIndices() {
        List<Integer> out = new ArrayList<>(failed);
        for (int i = 0; i < errors.length && out.size() < failed; i++) {
            if (errors[i] != null) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Throws if anything failed: an exception of the first failure's type (so
     * {@code AlreadyExistsException} stays catchable as such) whose message counts the failures
     * and names the first, with the first as its cause and every other failure suppressed.
     *
     * @return this, when nothing failed
     * @throws KernelException if any request or the transaction failed
     */
    public BatchResult throwIfFailed() {
        if (ok()) {
            return this;
        }
        KernelException first = whole;
        for (int i = 0; first == null && i < errors.length; i++) {
            first = errors[i];
        }
        String what = whole != null ? "transaction of " + errors.length + " requests failed as a whole, "
                + first.operation() : failed + " of " + errors.length + " requests failed, first " + first.operation();
        KernelException all = first.reframe(what, null);
        for (KernelException e : errors) {
            if (e != null && e != first) {
                all.addSuppressed(e);
            }
        }
        throw all;
    }

    @Override
    public String toString() {
        return "BatchResult[" + (errors.length - failed) + " ok, " + failed + " failed"
                + (whole != null ? ", transaction failed: " + whole.getMessage() : "") + "]";
    }
}
