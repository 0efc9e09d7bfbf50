package io.netlink4j.route.tc;

import io.netlink4j.core.InterfaceName;
import java.util.Objects;

/**
 * {@code mirred}: redirects or mirrors packets to another device of the namespace.
 *
 * <pre>{@code
 * // tc filter add dev veth-a ingress matchall action mirred egress redirect dev veth-b
 * FilterSpec.ingress("veth-a", Matchall.of().withAction(Mirred.egressRedirect("veth-b")))
 * }</pre>
 *
 * @param action what to do and which way
 * @param dev    the target device's name
 */
public record Mirred(MirredAction action, String dev) implements TcAction {
    /** Checks the device name. */
    public Mirred {
        Objects.requireNonNull(action, "action");
        InterfaceName.check(dev);
    }

    /**
     * {@code mirred egress redirect dev DEV}: the packet leaves through {@code dev} instead.
     *
     * @param dev the target device's name
     * @return the action, {@link MirredAction#EGRESS_REDIRECT}
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static Mirred egressRedirect(String dev) {
        return new Mirred(MirredAction.EGRESS_REDIRECT, dev);
    }

    /**
     * {@code mirred egress mirror dev DEV}: a copy leaves through {@code dev}; the packet goes on.
     *
     * @param dev the target device's name
     * @return the action, {@link MirredAction#EGRESS_MIRROR}
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static Mirred egressMirror(String dev) {
        return new Mirred(MirredAction.EGRESS_MIRROR, dev);
    }

    /**
     * {@code mirred ingress redirect dev DEV}: the packet arrives at {@code dev} instead.
     *
     * @param dev the target device's name
     * @return the action, {@link MirredAction#INGRESS_REDIRECT}
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static Mirred ingressRedirect(String dev) {
        return new Mirred(MirredAction.INGRESS_REDIRECT, dev);
    }

    /**
     * {@code mirred ingress mirror dev DEV}: a copy arrives at {@code dev}.
     *
     * @param dev the target device's name
     * @return the action, {@link MirredAction#INGRESS_MIRROR}
     * @throws IllegalArgumentException if {@code dev} is not a valid device name
     */
    public static Mirred ingressMirror(String dev) {
        return new Mirred(MirredAction.INGRESS_MIRROR, dev);
    }

    /**
     * The verdict tc gives it: {@code stolen} for a redirect, {@code pipe} for a mirror.
     *
     * @return {@link ActionControl#STOLEN} or {@link ActionControl#PIPE}
     */
    public ActionControl control() {
        return action.isRedirect() ? ActionControl.STOLEN : ActionControl.PIPE;
    }

    /** {@code "mirred"}. */
    @Override
    public String kind() {
        return "mirred";
    }

    /** {@code mirred egress redirect dev veth-b}. */
    @Override
    public String toString() {
        return "mirred " + action + " dev " + dev;
    }
}
