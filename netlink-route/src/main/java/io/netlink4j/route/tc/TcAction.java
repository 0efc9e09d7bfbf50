package io.netlink4j.route.tc;

/**
 * An action a filter applies to the packets it matches, as {@code tc filter ... action KIND ...}
 * gives it; a filter's actions run in order.
 */
public sealed interface TcAction permits Mirred, Gact, Police, OtherAction {
    /**
     * The kernel's name of the action, {@code TCA_ACT_KIND}: {@code "mirred"}, {@code "gact"}.
     *
     * @return the action's name, at most 15 characters
     */
    String kind();
}
