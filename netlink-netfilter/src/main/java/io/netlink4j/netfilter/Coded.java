package io.netlink4j.netfilter;

/** An enum constant that stands for a kernel number ({@code NFT_META_*}, {@code NFT_CMP_*}...). */
interface Coded {
    /** The kernel's number. */
    int code();

    /** The constant of {@code all} whose number is {@code code}, or {@code null}: a kernel value this library does not name. */
    static <T extends Coded> T find(T[] all, int code) {
        for (T t : all) {
            if (t.code() == code) {
                return t;
            }
        }
        return null;
    }
}
