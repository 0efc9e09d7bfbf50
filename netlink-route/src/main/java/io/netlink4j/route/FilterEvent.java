package io.netlink4j.route;

import io.netlink4j.route.tc.Filter;

/**
 * A filter was added or changed ({@code RTM_NEWTFILTER}) or deleted ({@code RTM_DELTFILTER},
 * {@code removed} true), as {@code tc monitor} shows it. Joined with {@link EventGroup#TC}.
 *
 * @param removed whether the filter went away
 * @param filter the filter as the notification describes it, its device named when it could be
 */
public record FilterEvent(boolean removed, Filter filter) implements RtnetlinkEvent {
    /**
     * {@code deleted } in front when removed, as {@code tc monitor} prints it.
     *
     * @return the filter as {@code tc filter show} prints it
     */
    @Override
    public String toString() {
        return (removed ? "deleted " : "") + filter;
    }
}
