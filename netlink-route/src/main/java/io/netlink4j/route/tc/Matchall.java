package io.netlink4j.route.tc;

import java.util.List;
import java.util.Objects;

/**
 * {@code matchall}: matches every packet, for a class or actions applied to all traffic.
 *
 * <pre>{@code
 * // tc filter add dev veth-a ingress matchall action mirred egress redirect dev veth-b
 * FilterSpec.ingress("veth-a", Matchall.of().withAction(Mirred.egressRedirect("veth-b")))
 * }</pre>
 *
 * @param classId where packets go ({@code classid}), or {@link TcHandle#UNSPEC}
 * @param actions what happens to them, in order
 */
public record Matchall(TcHandle classId, List<TcAction> actions) implements FilterKind {
    /** Copies the actions. */
    public Matchall {
        Objects.requireNonNull(classId, "classId");
        actions = Kinds.actions(actions);
    }

    /**
     * {@code matchall}, with nothing to do yet.
     *
     * @return a matchall without class or actions
     */
    public static Matchall of() {
        return new Matchall(TcHandle.UNSPEC, List.of());
    }

    /**
     * {@code classid 1:10} ({@link TcHandle#parse}).
     *
     * @param classId a class as {@code tc} writes it, e.g. {@code "1:10"}
     * @return this filter sending packets to that class
     * @throws IllegalArgumentException if {@code classId} is malformed
     */
    public Matchall withClassId(String classId) {
        return withClassId(TcHandle.parse(classId));
    }

    /**
     * {@code classid C}.
     *
     * @param classId the class packets go to
     * @return this filter sending packets to that class
     */
    public Matchall withClassId(TcHandle classId) {
        return new Matchall(classId, actions);
    }

    /**
     * {@code action ...}: appends an action.
     *
     * @param action the action, run after the ones added before
     * @return this filter with the action appended
     */
    public Matchall withAction(TcAction action) {
        return new Matchall(classId, Kinds.plus(actions, action));
    }

    /** {@code "matchall"}. */
    @Override
    public String kind() {
        return "matchall";
    }

    /** {@code matchall action mirred egress redirect dev veth-b}. */
    @Override
    public String toString() {
        return Kinds.appendTarget(new StringBuilder("matchall"), classId, actions).toString();
    }
}
