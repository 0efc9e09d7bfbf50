package io.netlink4j.route.tc;

import java.util.Objects;

/**
 * {@code gact}, the generic action: a verdict for the matched packets.
 *
 * <pre>{@code
 * // tc filter add dev veth-a ingress matchall action drop
 * FilterSpec.ingress("veth-a", Matchall.of().withAction(Gact.drop()))
 * }</pre>
 *
 * @param control the verdict
 */
public record Gact(ActionControl control) implements TcAction {
    /** Checks the verdict is given. */
    public Gact {
        Objects.requireNonNull(control, "control");
    }

    /**
     * {@code action pass}.
     *
     * @return the action with verdict {@link ActionControl#PASS}
     */
    public static Gact pass() {
        return new Gact(ActionControl.PASS);
    }

    /**
     * {@code action drop}.
     *
     * @return the action with verdict {@link ActionControl#DROP}
     */
    public static Gact drop() {
        return new Gact(ActionControl.DROP);
    }

    /**
     * {@code action gact CONTROL}.
     *
     * @param control the verdict
     * @return the action with that verdict
     */
    public static Gact of(ActionControl control) {
        return new Gact(control);
    }

    /** {@code "gact"}. */
    @Override
    public String kind() {
        return "gact";
    }

    /** {@code gact drop}. */
    @Override
    public String toString() {
        return "gact " + control;
    }
}
