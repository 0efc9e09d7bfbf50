package io.netlink4j.route.link;

import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELLINK;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWLINK;
import static io.netlink4j.route.uapi.RtnetlinkH.RTNLGRP_LINK;

import io.netlink4j.core.InterfaceName;
import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.NetlinkTimeoutException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.NetlinkSubscription;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/** {@link Links#waitFor}: link notifications, not polling. */
final class LinkWait {
    private LinkWait() {}

    /** See {@link Links#waitFor}. */
    static Link waitFor(Links links, NetNs ns, String name, Predicate<Link> condition, Duration timeout)
            throws InterruptedException {
        InterfaceName.check(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(timeout, "timeout");
        long start = System.nanoTime();
        try (NetlinkSubscription events = NetlinkSubscription.open(NetlinkProtocol.ROUTE, ns, RTNLGRP_LINK)) {
            Link[] last = {links.find(name).orElse(null)};
            boolean[] changed = {false};
            for (;;) {
                if (changed[0] && last[0] != null) {
                    last[0] = links.named(last[0]);
                }
                changed[0] = false;
                if (last[0] != null && condition.test(last[0])) {
                    return last[0];
                }
                // Duration arithmetic: any timeout, Duration.ofMillis(Long.MAX_VALUE) too, without overflow.
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                if (timeout.compareTo(elapsed) <= 0) {
                    throw new NetlinkTimeoutException("wait for link " + name, timeout,
                            "last seen: " + (last[0] == null ? "no such link" : last[0]));
                }
                NetlinkSubscription.Status s = events.poll(timeout.minus(elapsed), m -> {
                    if (m.type() == RTM_NEWLINK || m.type() == RTM_DELLINK) {
                        Link l = LinkCodec.parse(m); // null for AF_BRIDGE port notices: not the link itself
                        if (l != null && name.equals(l.name())) {
                            last[0] = m.type() == RTM_DELLINK ? null : l;
                            changed[0] = true;
                        }
                    }
                });
                if (s == NetlinkSubscription.Status.OVERRUN) {
                    last[0] = links.find(name).orElse(null);
                }
            }
        }
    }
}
