package io.netlink4j.route.tc;

import java.util.List;

/**
 * A classifier and its options, as {@code tc filter add ... KIND OPTIONS} gives them: the part
 * of a {@link FilterSpec} after the device, parent, protocol and priority.
 */
public sealed interface FilterKind permits U32, Matchall, Flower, Bpf, OtherFilter {
    /** The kernel's name of the classifier, {@code TCA_KIND}: {@code "u32"}, {@code "bpf"}. */
    String kind();

    /** The class matched packets go to ({@code flowid}/{@code classid}), or {@link TcHandle#UNSPEC}. */
    TcHandle classId();

    /** The actions applied to matched packets, in order. */
    List<TcAction> actions();
}
