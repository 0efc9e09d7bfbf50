package io.netlink4j.route.tc;

import java.util.List;

/**
 * A classifier and its options, as {@code tc filter add ... KIND OPTIONS} gives them: the part
 * of a {@link FilterSpec} after the device, parent, protocol and priority.
 */
public sealed interface FilterKind permits U32, Matchall, Flower, Bpf, OtherFilter {
    /**
     * The kernel's name of the classifier, {@code TCA_KIND}: {@code "u32"}, {@code "bpf"}.
     *
     * @return the classifier's name, at most 15 characters
     */
    String kind();

    /**
     * The class matched packets go to ({@code flowid}/{@code classid}), or {@link TcHandle#UNSPEC}.
     *
     * @return the class, or {@link TcHandle#UNSPEC} for none
     */
    TcHandle classId();

    /**
     * The actions applied to matched packets, in order.
     *
     * @return the actions, an unmodifiable list, empty for none
     */
    List<TcAction> actions();
}
