package io.netlink4j.route;

import io.netlink4j.route.tc.TrafficClass;

/**
 * A traffic class was added or changed ({@code RTM_NEWTCLASS}) or deleted ({@code RTM_DELTCLASS},
 * {@code removed} true), as {@code tc monitor} shows it. Joined with {@link EventGroup#TC}.
 *
 * @param removed whether the class went away
 * @param trafficClass the class as the notification describes it, its device named when it could be
 */
public record TrafficClassEvent(boolean removed, TrafficClass trafficClass) implements RtnetlinkEvent {
    /**
     * {@code deleted } in front when removed, as {@code tc monitor} prints it.
     *
     * @return the class as {@code tc class show} prints it
     */
    @Override
    public String toString() {
        return (removed ? "deleted " : "") + trafficClass;
    }
}
