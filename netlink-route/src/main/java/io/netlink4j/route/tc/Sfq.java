package io.netlink4j.route.tc;

/**
 * {@code sfq}, stochastic fairness queueing: flows hashed into queues served round robin.
 * Options not given are left to the kernel (as {@code tc} leaves them).
 *
 * <pre>{@code
 * // tc qdisc add dev veth-a root sfq perturb 10
 * QdiscSpec.root("veth-a", Sfq.of().withPerturb(10))
 * }</pre>
 *
 * @param perturb  seconds between hash perturbations, 0 for never
 * @param quantum  bytes a flow may send per round, 0 for the kernel's (the MTU)
 * @param limit    packets in all queues, 0 for the kernel's (127); at least 2 when given
 * @param divisor  hash table size, 0 for the kernel's (1024)
 * @param flows    number of flows, 0 for the kernel's
 * @param depth    packets per flow, 0 for the kernel's
 * @param headdrop drop from the head of a full queue instead of the tail
 */
public record Sfq(int perturb, long quantum, long limit, long divisor, long flows, long depth, boolean headdrop)
        implements QdiscKind {
    /** Checks the ranges. */
    public Sfq {
        if (perturb < 0) {
            throw new IllegalArgumentException("sfq perturb " + perturb + " s is negative");
        }
        Size.check(quantum, "sfq quantum");
        Size.check(divisor, "sfq divisor");
        Size.check(flows, "sfq flows");
        Size.check(depth, "sfq depth");
        if (limit == 1 || limit < 0 || limit > Size.MAX) {
            throw new IllegalArgumentException("sfq limit " + limit + " is out of range: 2.." + Size.MAX
                    + " packets, or 0 for the kernel's");
        }
    }

    /**
     * {@code sfq} with the kernel's defaults.
     *
     * @return an sfq that leaves every option to the kernel
     */
    public static Sfq of() {
        return new Sfq(0, 0, 0, 0, 0, 0, false);
    }

    /**
     * {@code perturb SECONDS}.
     *
     * @param seconds seconds between hash perturbations, 0 for never
     * @return this sfq with the perturbation period
     * @throws IllegalArgumentException if {@code seconds} is negative
     */
    public Sfq withPerturb(int seconds) {
        return new Sfq(seconds, quantum, limit, divisor, flows, depth, headdrop);
    }

    /**
     * {@code quantum BYTES}.
     *
     * @param bytes bytes a flow may send per round, 0..4294967295; 0 for the kernel's (the device's MTU)
     * @return this sfq with the quantum
     * @throws IllegalArgumentException if {@code bytes} is out of range
     */
    public Sfq withQuantum(long bytes) {
        return new Sfq(perturb, bytes, limit, divisor, flows, depth, headdrop);
    }

    /**
     * {@code limit PACKETS}.
     *
     * @param packets packets in all queues, 2..4294967295; 0 for the kernel's (127)
     * @return this sfq with the limit
     * @throws IllegalArgumentException if {@code packets} is 1 or out of range
     */
    public Sfq withLimit(long packets) {
        return new Sfq(perturb, quantum, packets, divisor, flows, depth, headdrop);
    }

    /**
     * {@code divisor N}.
     *
     * @param n the hash table's size, 0..4294967295; 0 for the kernel's (1024)
     * @return this sfq with the divisor
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public Sfq withDivisor(long n) {
        return new Sfq(perturb, quantum, limit, n, flows, depth, headdrop);
    }

    /**
     * {@code flows N}.
     *
     * @param n the number of flows, 0..4294967295; 0 for the kernel's (128)
     * @return this sfq with the flow count
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public Sfq withFlows(long n) {
        return new Sfq(perturb, quantum, limit, divisor, n, depth, headdrop);
    }

    /**
     * {@code depth PACKETS}.
     *
     * @param packets packets per flow, 0..4294967295; 0 for the kernel's (127)
     * @return this sfq with the depth
     * @throws IllegalArgumentException if {@code packets} is out of range
     */
    public Sfq withDepth(long packets) {
        return new Sfq(perturb, quantum, limit, divisor, flows, packets, headdrop);
    }

    /**
     * {@code headdrop}.
     *
     * @return this sfq dropping from the head of a full queue
     */
    public Sfq withHeaddrop() {
        return new Sfq(perturb, quantum, limit, divisor, flows, depth, true);
    }

    /** Whether any option is set: {@code tc} sends none otherwise. */
    boolean hasOptions() {
        return perturb != 0 || quantum != 0 || limit != 0 || divisor != 0 || flows != 0 || depth != 0 || headdrop;
    }

    /** {@code "sfq"}. */
    @Override
    public String kind() {
        return "sfq";
    }

    /** {@code sfq perturb 10sec}, the options given. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("sfq");
        if (limit != 0) {
            b.append(" limit ").append(limit).append('p');
        }
        if (quantum != 0) {
            b.append(" quantum ").append(Size.format(quantum));
        }
        if (depth != 0) {
            b.append(" depth ").append(depth);
        }
        if (flows != 0) {
            b.append(" flows ").append(flows);
        }
        if (divisor != 0) {
            b.append(" divisor ").append(divisor);
        }
        if (perturb != 0) {
            b.append(" perturb ").append(perturb).append("sec");
        }
        if (headdrop) {
            b.append(" headdrop");
        }
        return b.toString();
    }
}
