package io.netlink4j.route.internal;

/** What a route or neighbour request does: {@code ip route|neigh add}, {@code replace} or {@code del}. */
public enum Verb {
    /** {@code add}: {@code NLM_F_CREATE | NLM_F_EXCL}. */
    ADD,
    /** {@code replace}: {@code NLM_F_CREATE | NLM_F_REPLACE}. */
    REPLACE,
    /** {@code del}. */
    DELETE
}
