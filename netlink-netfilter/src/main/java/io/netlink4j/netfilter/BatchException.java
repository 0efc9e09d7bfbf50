package io.netlink4j.netfilter;

import io.netlink4j.core.NetlinkException;
import java.util.List;

/**
 * An nftables batch the kernel rejected and rolled back as a whole: nothing of it took effect.
 * Its errno and extended ACK are those of the first message that failed; {@link #failedIndex}
 * says which one (0-based, in the order the batch was built), and {@link #failures} lists every
 * message the kernel rejected, each naming itself like {@code nft} would:
 *
 * <pre>nftables batch of 3 rolled back at message 3, add rule ip filter FORWARD: No such file or directory (ENOENT)</pre>
 */
public final class BatchException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    private final int failedIndex;
    private final int size;
    private final transient List<NetlinkException> failures;

    BatchException(int size, int failedIndex, List<NetlinkException> failures) {
        super(failures.get(0).errorNumber(), describe(size, failedIndex, failures.get(0)),
                failures.get(0).extAck(), failures.get(0).extAckOffset());
        this.size = size;
        this.failedIndex = failedIndex;
        this.failures = List.copyOf(failures);
        for (NetlinkException f : failures.subList(1, failures.size())) {
            addSuppressed(f);
        }
    }

    private static String describe(int size, int index, NetlinkException first) {
        String where = index < 0 ? "" : " at message " + (index + 1);
        return "nftables batch of " + size + " rolled back" + where + ", " + first.operation();
    }

    /** Index in the batch of the first message the kernel rejected, or -1 if it rejected the batch itself. */
    public int failedIndex() {
        return failedIndex;
    }

    /** Number of messages in the batch. */
    public int batchSize() {
        return size;
    }

    /** Every rejection, in batch order, each naming its message ({@code "add rule ip filter FORWARD"}). */
    public List<NetlinkException> failures() {
        return failures;
    }
}
