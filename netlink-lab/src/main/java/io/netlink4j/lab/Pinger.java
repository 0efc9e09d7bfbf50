package io.netlink4j.lab;

import io.netlink4j.core.NotFoundException;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.PingOutcome;
import io.netlink4j.lab.model.Plan;
import io.netlink4j.lab.model.Reachability;
import io.netlink4j.route.Rtnetlink;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mininet's {@code pingall}: every host sends one ICMP echo to every other host's first address,
 * the library's own ICMP (no {@code ping} process); the hosts ping in parallel, each its targets
 * one after the other.
 */
final class Pinger {
    private Pinger() {}

    static Reachability pingAll(Plan plan, Spaces spaces, Duration timeout) throws InterruptedException {
        List<String> hosts = plan.nodes(NodeKind.HOST);
        Map<String, List<PingOutcome>> bySource = new ConcurrentHashMap<>();
        Workers.eachInterruptibly(hosts, from -> {
            List<PingOutcome> mine = new ArrayList<>();
            Rtnetlink h;
            try {
                h = Rtnetlink.open(spaces.ns(from));
            } catch (NotFoundException e) {
                h = null; // its namespace is gone: every ping from it fails
            }
            try {
                for (String to : hosts) {
                    Optional<InetAddress> target = plan.addressOf(to);
                    if (to.equals(from) || target.isEmpty()) {
                        continue;
                    }
                    String[] error = {"no namespace " + spaces.nameOf(from)};
                    Duration rtt = h == null ? null : Kernel.ping(h, target.get(), timeout, error);
                    mine.add(new PingOutcome(from, to, target.get(), rtt != null, rtt, error[0]));
                }
            } finally {
                if (h != null) {
                    h.close();
                }
            }
            bySource.put(from, mine);
        });
        List<PingOutcome> all = new ArrayList<>();
        for (String h : hosts) {
            all.addAll(bySource.getOrDefault(h, List.of()));
        }
        return new Reachability(plan.name(), all);
    }
}
