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
        InterfaceName.check(name);
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(timeout, "timeout");
        long deadline = System.nanoTime() + Math.max(0, saturatedNanos(timeout));
        try (NetlinkSubscription events = NetlinkSubscription.open(NetlinkProtocol.ROUTE, ns, RTNLGRP_LINK)) {
            Link[] last = {links.find(name).orElse(null)};
            for (;;) {
                if (last[0] != null && condition.test(last[0])) {
                    return last[0];
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new NetlinkTimeoutException("wait for link " + name, timeout,
                            "last seen: " + (last[0] == null ? "no such link" : last[0]));
                }
                NetlinkSubscription.Status s = events.poll(Duration.ofNanos(left), m -> {
                    // AF_BRIDGE copies of port changes are not the link itself.
                    if ((m.type() == RTM_NEWLINK || m.type() == RTM_DELLINK) && m.u8(0) != LinkCodec.AF_BRIDGE) {
                        Link l = LinkCodec.parse(m);
                        if (name.equals(l.name())) {
                            last[0] = m.type() == RTM_DELLINK ? null : l;
                        }
                    }
                });
                if (s == NetlinkSubscription.Status.OVERRUN) {
                    last[0] = links.find(name).orElse(null);
                }
            }
        }
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE / 2;
        }
    }
}
