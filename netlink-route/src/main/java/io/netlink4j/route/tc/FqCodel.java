package io.netlink4j.route.tc;

import java.time.Duration;

/**
 * {@code fq_codel}: fair queueing across flows with CoDel's delay-based dropping in each.
 * Options not given are left to the kernel (as {@code tc} leaves them).
 *
 * <pre>{@code
 * // tc qdisc add dev veth-a root fq_codel limit 1000 target 5ms interval 100ms
 * QdiscSpec.root("veth-a", FqCodel.of().withLimit(1000).withTarget("5ms").withInterval("100ms"))
 * }</pre>
 *
 * @param limit       queue limit in packets, 0 for the kernel's
 * @param flows       number of flow queues, 0 for the kernel's
 * @param quantum     bytes dequeued per flow per round, 0 for the kernel's
 * @param target      acceptable queue delay, or {@code null}
 * @param interval    the width of CoDel's moving window, or {@code null}
 * @param ecn         mark with ECN instead of dropping ({@code true}), drop ({@code false}), or {@code null}
 * @param ceThreshold delay above which packets are marked CE, or {@code null}
 * @param memoryLimit bytes of memory for packets, or -1 for the kernel's
 * @param dropBatch   packets dropped at once when over limit, 0 for the kernel's
 */
public record FqCodel(long limit, long flows, long quantum, Duration target, Duration interval, Boolean ecn,
                      Duration ceThreshold, long memoryLimit, long dropBatch) implements QdiscKind {
    /** Checks the ranges (32 bits each; times in whole microseconds). */
    public FqCodel {
        Size.check(limit, "fq_codel limit");
        Size.check(flows, "fq_codel flows");
        Size.check(quantum, "fq_codel quantum");
        Size.check(dropBatch, "fq_codel drop_batch");
        if (memoryLimit < -1 || memoryLimit >= Size.MAX) {
            throw new IllegalArgumentException("fq_codel memory_limit of " + memoryLimit + " bytes is out of range 0.."
                    + (Size.MAX - 1));
        }
        for (Duration d : new Duration[] {target, interval, ceThreshold}) {
            if (d != null && TcTime.micros(d, "fq_codel time") >= Size.MAX) {
                throw new IllegalArgumentException("fq_codel time " + d + " is out of range");
            }
        }
    }

    /**
     * {@code fq_codel} with the kernel's defaults.
     *
     * @return an fq_codel that leaves every option to the kernel
     */
    public static FqCodel of() {
        return new FqCodel(0, 0, 0, null, null, null, null, -1, 0);
    }

    /**
     * {@code limit PACKETS}.
     *
     * @param packets the queue limit in packets, 1..4294967295; 0 for the kernel's (10240)
     * @return this fq_codel with the limit
     * @throws IllegalArgumentException if {@code packets} is out of range
     */
    public FqCodel withLimit(long packets) {
        return new FqCodel(packets, flows, quantum, target, interval, ecn, ceThreshold, memoryLimit, dropBatch);
    }

    /**
     * {@code flows N}.
     *
     * @param n the number of flow queues, 0..4294967295; 0 for the kernel's (1024)
     * @return this fq_codel with the flow count
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public FqCodel withFlows(long n) {
        return new FqCodel(limit, n, quantum, target, interval, ecn, ceThreshold, memoryLimit, dropBatch);
    }

    /**
     * {@code quantum BYTES}.
     *
     * @param bytes the bytes a flow may send per round, 0..4294967295; 0 for the kernel's (the device's MTU plus its
     *     header)
     * @return this fq_codel with the quantum
     * @throws IllegalArgumentException if {@code bytes} is out of range
     */
    public FqCodel withQuantum(long bytes) {
        return new FqCodel(limit, flows, bytes, target, interval, ecn, ceThreshold, memoryLimit, dropBatch);
    }

    /**
     * {@code target 5ms} ({@link TcTime#parse}).
     *
     * @param target a time as {@code tc} writes it, e.g. {@code "5ms"}
     * @return this fq_codel with the target delay
     * @throws IllegalArgumentException if the text is malformed
     */
    public FqCodel withTarget(String target) {
        return withTarget(TcTime.parse(target, "fq_codel target"));
    }

    /**
     * {@code target TIME}.
     *
     * @param target the acceptable standing queue delay, whole microseconds
     * @return this fq_codel with the target delay
     * @throws IllegalArgumentException if {@code target} is negative, not whole microseconds or too large
     */
    public FqCodel withTarget(Duration target) {
        return new FqCodel(limit, flows, quantum, target, interval, ecn, ceThreshold, memoryLimit, dropBatch);
    }

    /**
     * {@code interval 100ms} ({@link TcTime#parse}).
     *
     * @param interval a time as {@code tc} writes it, e.g. {@code "100ms"}
     * @return this fq_codel with the interval
     * @throws IllegalArgumentException if the text is malformed
     */
    public FqCodel withInterval(String interval) {
        return withInterval(TcTime.parse(interval, "fq_codel interval"));
    }

    /**
     * {@code interval TIME}.
     *
     * @param interval the window over which the delay is measured, whole microseconds
     * @return this fq_codel with the interval
     * @throws IllegalArgumentException if {@code interval} is negative, not whole microseconds or too large
     */
    public FqCodel withInterval(Duration interval) {
        return new FqCodel(limit, flows, quantum, target, interval, ecn, ceThreshold, memoryLimit, dropBatch);
    }

    /**
     * {@code ecn} ({@code true}) or {@code noecn} ({@code false}).
     *
     * @param on {@code true} to mark ECN-capable packets instead of dropping them, {@code false} to drop
     * @return this fq_codel with the ECN choice
     */
    public FqCodel withEcn(boolean on) {
        return new FqCodel(limit, flows, quantum, target, interval, on, ceThreshold, memoryLimit, dropBatch);
    }

    /**
     * {@code ce_threshold TIME}.
     *
     * @param threshold the queue delay above which ECN-capable packets are marked CE, whole microseconds
     * @return this fq_codel with the threshold
     * @throws IllegalArgumentException if {@code threshold} is negative, not whole microseconds or too large
     */
    public FqCodel withCeThreshold(Duration threshold) {
        return new FqCodel(limit, flows, quantum, target, interval, ecn, threshold, memoryLimit, dropBatch);
    }

    /**
     * {@code memory_limit 32mb} ({@link Size#parse}).
     *
     * @param bytes a size as {@code tc} writes it, e.g. {@code "32mb"}
     * @return this fq_codel with the memory limit
     * @throws IllegalArgumentException if the text is malformed or the size out of range
     */
    public FqCodel withMemoryLimit(String bytes) {
        return withMemoryLimit(Size.parse(bytes, "fq_codel memory_limit"));
    }

    /**
     * {@code memory_limit BYTES}.
     *
     * @param bytes the bytes of memory queued packets may use, 0..4294967294, or -1 for the kernel's (32 MB)
     * @return this fq_codel with the memory limit
     * @throws IllegalArgumentException if {@code bytes} is out of range
     */
    public FqCodel withMemoryLimit(long bytes) {
        return new FqCodel(limit, flows, quantum, target, interval, ecn, ceThreshold, bytes, dropBatch);
    }

    /**
     * {@code drop_batch PACKETS}.
     *
     * @param packets the most packets dropped at once over the limit, 0..4294967295; 0 for the kernel's (64)
     * @return this fq_codel with the batch size
     * @throws IllegalArgumentException if {@code packets} is out of range
     */
    public FqCodel withDropBatch(long packets) {
        return new FqCodel(limit, flows, quantum, target, interval, ecn, ceThreshold, memoryLimit, packets);
    }

    /** {@code "fq_codel"}. */
    @Override
    public String kind() {
        return "fq_codel";
    }

    /** {@code fq_codel limit 1000p target 5ms interval 100ms}, the options given. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("fq_codel");
        if (limit != 0) {
            b.append(" limit ").append(limit).append('p');
        }
        if (flows != 0) {
            b.append(" flows ").append(flows);
        }
        if (quantum != 0) {
            b.append(" quantum ").append(quantum);
        }
        if (target != null) {
            b.append(" target ").append(TcTime.format(target));
        }
        if (interval != null) {
            b.append(" interval ").append(TcTime.format(interval));
        }
        if (ceThreshold != null) {
            b.append(" ce_threshold ").append(TcTime.format(ceThreshold));
        }
        if (memoryLimit >= 0) {
            b.append(" memory_limit ").append(Size.format(memoryLimit));
        }
        if (dropBatch != 0) {
            b.append(" drop_batch ").append(dropBatch);
        }
        if (ecn != null) {
            b.append(ecn ? " ecn" : " noecn");
        }
        return b.toString();
    }
}
