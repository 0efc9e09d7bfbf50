package io.netlink4j.route.tc;

/**
 * {@code clsact}: a device's ingress and egress classifier hooks (for filters with actions and
 * eBPF), without queueing; created with {@link QdiscSpec#clsact(String)}. Filters attach at
 * {@link TcHandle#CLSACT_INGRESS} and {@link TcHandle#CLSACT_EGRESS}.
 */
public record Clsact() implements QdiscKind {
    /** {@code "clsact"}. */
    @Override
    public String kind() {
        return "clsact";
    }

    /** {@code clsact}. */
    @Override
    public String toString() {
        return "clsact";
    }
}
