package io.netlink4j.route.tc;

/** Small helpers the kind records and results share. */
final class Kinds {
    private Kinds() {}

    /** The options part of a kind's {@code toString} ({@code " rate 8Mbit ..."}), without the kind's name. */
    static String options(String kind, String full) {
        return full.startsWith(kind) ? full.substring(kind.length()) : " " + full;
    }
}
