package io.netlink4j.route;

import io.netlink4j.route.tc.Qdisc;

/**
 * A qdisc was added or replaced ({@code RTM_NEWQDISC}) or deleted ({@code RTM_DELQDISC}, {@code
 * removed} true), as {@code tc monitor} shows it. Joined with {@link EventGroup#TC}.
 *
 * @param removed whether the qdisc went away
 * @param qdisc the qdisc as the notification describes it, its device named when it could be
 */
public record QdiscEvent(boolean removed, Qdisc qdisc) implements RtnetlinkEvent {
    /**
     * {@code deleted } in front when removed, as {@code tc monitor} prints it.
     *
     * @return the qdisc as {@code tc qdisc show} prints it
     */
    @Override
    public String toString() {
        return (removed ? "deleted " : "") + qdisc;
    }
}
