package io.netlink4j.route.tc;

/**
 * {@code ingress}: a device's ingress classifier hook (the older, ingress-only form of
 * {@link Clsact}); created with {@link QdiscSpec#ingress(String)}. Filters attach at
 * {@link TcHandle#CLSACT_INGRESS} ({@code ffff:fff2}) or {@code ffff:}.
 */
public record Ingress() implements QdiscKind {
    /** {@code "ingress"}. */
    @Override
    public String kind() {
        return "ingress";
    }

    /** {@code ingress}. */
    @Override
    public String toString() {
        return "ingress";
    }
}
