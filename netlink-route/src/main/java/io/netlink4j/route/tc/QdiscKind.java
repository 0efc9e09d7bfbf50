package io.netlink4j.route.tc;

/**
 * A queueing discipline and its options, as {@code tc qdisc add ... KIND OPTIONS} gives them:
 * the part of a {@link QdiscSpec} after the device and parent. What the kernel reports comes
 * back as the same types ({@link OtherQdisc} for kinds this library does not model).
 */
public sealed interface QdiscKind permits Htb, Tbf, Pfifo, Bfifo, Prio, FqCodel, Sfq, Netem, Clsact, Ingress,
        OtherQdisc {
    /**
     * The kernel's name of the kind, {@code TCA_KIND}: {@code "htb"}, {@code "tbf"}.
     *
     * @return the kind's name, at most 15 characters
     */
    String kind();
}
