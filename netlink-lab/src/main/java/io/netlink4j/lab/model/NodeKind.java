package io.netlink4j.lab.model;

import java.util.Locale;
import java.util.Optional;

/** What a node of a lab is, and so what the lab makes for it. */
public enum NodeKind {
    /** A network namespace with {@code lo} up; it does not forward. */
    HOST,
    /** A bridge in the lab's own namespace; its links are its ports. */
    SWITCH,
    /** A network namespace with {@code lo} up and IPv4 forwarding on. */
    ROUTER;

    /**
     * The kind's word in files and output: {@code host}, {@code switch}, {@code router}.
     *
     * @return the kind's word in files and output
     */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind a file's word names ({@code host}, {@code switch}, {@code router}), if any.
     *
     * @param word the word
     * @return the kind a file's word names
     */
    public static Optional<NodeKind> fromWord(String word) {
        for (NodeKind k : values()) {
            if (k.word().equals(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the node has a namespace and addresses of its own (a host or a router).
     *
     * @return whether the node has a namespace and addresses of its own
     */
    public boolean isL3() {
        return this != SWITCH;
    }

    @Override
    public String toString() {
        return word();
    }
}
