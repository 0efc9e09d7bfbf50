package io.netlink4j.route;

import io.netlink4j.route.rule.Rule;

/**
 * A policy routing rule was added ({@code RTM_NEWRULE}) or deleted ({@code RTM_DELRULE},
 * {@code removed} true), IPv4 or IPv6, as {@code ip monitor rule} shows it.
 *
 * @param removed whether the rule went away
 * @param rule    the rule as the notification describes it
 */
public record RuleEvent(boolean removed, Rule rule) implements RtnetlinkEvent {
    /**
     * {@code Deleted } in front of the rule when removed, as {@code ip monitor} prints it.
     *
     * @return {@code 100:\tfrom 10.2.0.0/24 lookup 100}, or {@code Deleted 100:\t...}
     */
    @Override
    public String toString() {
        return (removed ? "Deleted " : "") + rule;
    }
}
