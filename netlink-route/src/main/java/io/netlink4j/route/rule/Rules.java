package io.netlink4j.route.rule;

import static io.netlink4j.core.uapi.Netlink.NLM_F_CREATE;
import static io.netlink4j.core.uapi.Netlink.NLM_F_EXCL;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELRULE;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_GETRULE;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWRULE;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code ip rule}: the policy routing rules of the handle's namespace, IPv4 and IPv6. Each rule
 * selects packets (source, destination, mark, devices, ports...) and says which routing table
 * they use, or drops them; the kernel tries rules in ascending priority.
 *
 * <pre>{@code
 * host.rules().add(RuleSpec.from("10.2.0.0/24").withTable(RouteTable.of(100)));
 * host.rules().add(RuleSpec.all().withFwmark(0x1).withTable(RouteTable.of(100)));
 * host.rules().list(AddressFamily.INET).forEach(System.out::println);   // as ip rule prints
 * }</pre>
 *
 * <p>Errors: an identical rule already there is {@link io.netlink4j.core.AlreadyExistsException}
 * ({@code EEXIST}); deleting a rule that is not there is {@link NotFoundException}
 * ({@code ENOENT}); a bad value is {@link IllegalArgumentException} before anything is sent.
 * Rules naming a device that does not exist ({@code iif}/{@code oif}) are accepted by the kernel
 * and stay inactive until it appears.
 */
public final class Rules {
    private final NetlinkSocket socket;
    private final NetNs namespace;

    /**
     * The facade over {@code socket} (a {@code NETLINK_ROUTE} socket in {@code namespace}).
     * Usually obtained from the handle: {@code Rtnetlink.rules()}.
      *
      * @param socket a {@code NETLINK_ROUTE} socket
      * @param namespace the namespace {@code socket} belongs to
     */
    public Rules(NetlinkSocket socket, NetNs namespace) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * {@code ip rule add ...}: adds the rule ({@code NLM_F_CREATE | NLM_F_EXCL}).
     *
     * @throws io.netlink4j.core.AlreadyExistsException if a rule with the same selectors, priority and action exists
      * @param spec the rule
     */
    public void add(RuleSpec spec) {
        socket.execute(addRequest(spec));
    }

    /**
     * Adds many rules, pipelined; every spec is encoded before the first is sent.
     *
     * @return each rule's own outcome, in order
      * @param specs the specs, in the order they are sent
     */
    public BatchResult addAll(List<RuleSpec> specs) {
        List<Request> requests = new ArrayList<>(specs.size());
        for (RuleSpec s : specs) {
            requests.add(addRequest(s));
        }
        return socket.executeAll(requests);
    }

    /**
     * Makes {@code spec} the rule at its priority: adds it, then deletes the rules that were at
     * that priority before (of its family), so a packet always finds one of them. The kernel has
     * no in-place replace for rules ({@code NLM_F_REPLACE} is ignored for them), hence the two
     * steps; a rule already there exactly as asked, and alone at its priority, is left alone.
     *
     * @throws IllegalArgumentException if {@code spec} has no priority, the key of a replace
      * @param spec the rule
     */
    public void replace(RuleSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (spec.priority() == null) {
            throw new IllegalArgumentException("replace " + spec + ": needs a priority (withPriority), "
                    + "which names the rules it replaces");
        }
        List<Rule> before = new ArrayList<>();
        forEach(spec.family(), r -> {
            if (r.priority() == spec.priority()) {
                before.add(r);
            }
        });
        RuleSpec wanted = RuleCodec.withDefaults(spec);
        if (before.size() == 1 && RuleCodec.withDefaults(before.get(0).toSpec()).equals(wanted)) {
            return;
        }
        // Not EXCL: the new rule may equal one of the old ones, which go below.
        socket.execute(request(RTM_NEWRULE, NLM_F_CREATE, spec));
        // A rule is added after the others of its priority, and a delete takes the first rule its
        // key matches: deleting the old rules in order removes them and never the new one.
        for (Rule old : before) {
            socket.execute(deleteRequest(old.toSpec()));
        }
    }

    /**
     * {@code ip rule del ...}: deletes the first rule matching {@code spec}; fields it leaves
     * unset match anything, as with {@code ip rule del}.
     *
     * @throws NotFoundException if no rule matches
      * @param spec the rule
     */
    public void delete(RuleSpec spec) {
        socket.execute(deleteRequest(spec));
    }

    /**
     * {@link #delete} that returns {@code false} instead of failing when no rule matches.
     *
     * @param spec the rule
     * @return whether it was there
     */
    public boolean deleteIfExists(RuleSpec spec) {
        try {
            delete(spec);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * {@code ip rule show} and {@code ip -6 rule show}: every IPv4 and IPv6 rule, by priority.
     *
     * @return what the kernel reports, in its order
     */
    public List<Rule> list() {
        return list(null);
    }

    /**
     * {@code ip -4 rule show} ({@link AddressFamily#INET}), {@code ip -6 rule show}, or both for {@code null}.
     *
     * @param family IPv4 or IPv6, or {@code null} for both
     * @return what the kernel reports, in its order
     */
    public List<Rule> list(AddressFamily family) {
        return socket.dump(dumpRequest(family), RuleCodec::parse);
    }

    /**
     * The dump of {@link #list(AddressFamily)}, streamed: each rule goes to {@code each} as it is
     * parsed. {@code each} must not call this handle.
      *
      * @param family IPv4 or IPv6, or {@code null} for both
      * @param each receives each one as it is parsed
     */
    public void forEach(AddressFamily family, Consumer<? super Rule> each) {
        socket.dump(dumpRequest(family), RuleCodec::parse, Objects.requireNonNull(each, "each"));
    }

    /** {@code ip rule add}: what {@link #add} sends. */
    static Request addRequest(RuleSpec spec) {
        return request(RTM_NEWRULE, NLM_F_CREATE | NLM_F_EXCL, spec);
    }

    /** {@code ip rule del}: what {@link #delete} sends. */
    static Request deleteRequest(RuleSpec spec) {
        return request(RTM_DELRULE, 0, spec);
    }

    /** {@code ip rule show}: the dump {@link #list} sends. */
    static Request dumpRequest(AddressFamily family) {
        return Request.of(RTM_GETRULE, 0, "RTM_GETRULE", family, w -> RuleCodec.writeDump(w, family));
    }

    private static Request request(int type, int flags, RuleSpec spec) {
        Objects.requireNonNull(spec, "spec");
        boolean delete = type == RTM_DELRULE;
        return Request.of(type, flags, delete ? "RTM_DELRULE" : "RTM_NEWRULE", spec,
                w -> RuleCodec.write(w, spec, delete));
    }

    @Override
    public String toString() {
        return "Rules[" + namespace + "]";
    }
}
