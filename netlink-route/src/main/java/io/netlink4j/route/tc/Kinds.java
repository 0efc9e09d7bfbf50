package io.netlink4j.route.tc;

/** Small helpers the kind records and results share. */
final class Kinds {
    private Kinds() {}

    /** Appends {@code " flowid C"} and {@code " action A"} for each action, as {@code tc} writes them. */
    static StringBuilder appendTarget(StringBuilder b, TcHandle classId, java.util.List<TcAction> actions) {
        if (!classId.equals(TcHandle.UNSPEC)) {
            b.append(" flowid ").append(classId);
        }
        actions.forEach(a -> b.append(" action ").append(a));
        return b;
    }

    /** Checks a filter's action list: at most {@code TCA_ACT_MAX_PRIO} (32); returns an unmodifiable copy. */
    static java.util.List<TcAction> actions(java.util.List<TcAction> actions) {
        java.util.List<TcAction> a = java.util.List.copyOf(java.util.Objects.requireNonNull(actions, "actions"));
        if (a.size() > 32) {
            throw new IllegalArgumentException(a.size() + " actions: at most 32 (TCA_ACT_MAX_PRIO)");
        }
        return a;
    }

    /** {@code list} with {@code action} appended. */
    static java.util.List<TcAction> plus(java.util.List<TcAction> list, TcAction action) {
        java.util.List<TcAction> a = new java.util.ArrayList<>(list);
        a.add(java.util.Objects.requireNonNull(action, "action"));
        return a;
    }

    /** The options part of a kind's {@code toString} ({@code " rate 8Mbit ..."}), without the kind's name. */
    static String options(String kind, String full) {
        return full.startsWith(kind) ? full.substring(kind.length()) : " " + full;
    }
}
