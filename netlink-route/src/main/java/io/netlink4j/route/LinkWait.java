package io.netlink4j.route;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/** {@link Links#waitFor}: link notifications, not polling. */
final class LinkWait {
    private LinkWait() {}

    /** See {@link Links#waitFor}. */
    static Link waitFor(Links links, Events ev, String name, Predicate<Link> condition, Duration timeout) {
        InterfaceName.check(name);
        Objects.requireNonNull(condition, "condition");
        long deadline = System.nanoTime() + timeout.toNanos();
        try (EventStream events = ev.open(EventGroup.LINK)) {
            Link last = links.find(name).orElse(null);
            if (last != null && condition.test(last)) {
                return last;
            }
            for (;;) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new NetlinkException(Errno.ETIMEDOUT, "waitFor " + name,
                            "condition not met within " + timeout + "; last seen: "
                                    + (last == null ? "no such link" : last));
                }
                RouteEvent e = events.next(Duration.ofNanos(left));
                if (e instanceof LinkEvent le && name.equals(le.link().name())) {
                    last = le.removed() ? null : le.link();
                } else if (e instanceof Overrun) {
                    last = links.find(name).orElse(null);
                } else {
                    continue;
                }
                if (last != null && condition.test(last)) {
                    return last;
                }
            }
        }
    }
}
