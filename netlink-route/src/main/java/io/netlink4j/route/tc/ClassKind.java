package io.netlink4j.route.tc;

/**
 * A traffic class's kind and options, as {@code tc class add ... KIND OPTIONS} gives them: the
 * part of a {@link TrafficClassSpec} after the device, parent and class id.
 */
public sealed interface ClassKind permits HtbClass, OtherClass {
    /**
     * The kernel's name of the kind ({@code TCA_KIND}), the same as the qdisc's: {@code "htb"}.
     *
     * @return the kind's name, at most 15 characters
     */
    String kind();
}
