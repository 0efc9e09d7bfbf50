package io.netlink4j.lab;

import io.netlink4j.lab.model.Change;
import io.netlink4j.lab.model.Diff;
import io.netlink4j.lab.model.Doctor;
import io.netlink4j.lab.model.DoctorReport;
import io.netlink4j.lab.model.Impairment;
import io.netlink4j.lab.model.PlannedLink;
import io.netlink4j.lab.model.Names;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.Plan;
import io.netlink4j.lab.model.Reachability;
import io.netlink4j.lab.model.Snapshot;
import io.netlink4j.lab.model.Topology;
import io.netlink4j.lab.render.Dot;
import io.netlink4j.lab.render.TextDrawing;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A lab in the kernel: its hosts and routers are network namespaces ({@code LAB-NODE}), its
 * switches bridges in the lab's own namespace ({@code LAB}), its links veth pairs. Nothing is
 * made in the namespace the program runs in.
 *
 * <pre>{@code
 * try (Lab lab = Lab.up(Topology.named("demo").withSwitch("s1").withHost("h1").withHost("h2")
 *         .withLink("h1", "s1").withLink("h2", "s1"))) {
 *     lab.pingAll().assertAllReachable();
 *     ServerSocket server = lab.node("h1").serverSocket(8080);   // a socket inside h1
 * }                                                              // down: every namespace gone
 * }</pre>
 *
 * <p>{@link #up} is idempotent: on a lab that is up it changes only what differs from the
 * topology ({@link #diff}). A lab outlives the program that made it; {@link #find} finds it again
 * by its name (each namespace carries a marker naming its lab, and nothing without it is touched).
 * Handles are thread-safe; {@link #close} takes the lab down.
 */
public final class Lab implements AutoCloseable {
    /** How long {@link #pingAll()} waits for each reply. */
    public static final Duration PING_TIMEOUT = Duration.ofSeconds(1);
    private final Plan plan;
    /** Handles given out through {@link LabNode}; every operation opens and closes its own. */
    private final Spaces held;
    private final Object lock = new Object();
    /** Made (or checked, namespace by namespace) by {@link #up}: teardown need not check markers. */
    private final boolean trusted;
    private boolean down;

    private Lab(Plan plan, boolean trusted) {
        this.plan = plan;
        this.held = new Spaces(plan.name());
        this.trusted = trusted;
    }

    /**
     * Brings {@code topology} up: every namespace, bridge, veth pair, address and route, in bulk.
     * If a lab of that name is up already, changes only what differs.
     *
     * @param topology the topology
     * @return the lab, up
     * @throws IllegalArgumentException if the topology cannot be planned (nothing is made then)
     * @throws IllegalStateException if a namespace the lab needs exists without its marker
     * @throws io.netlink4j.core.NetlinkException if the kernel refuses something; a lab that was
     *         not up before is then taken down again, a running one is left as it is
     */
    public static Lab up(Topology topology) {
        Plan plan = Objects.requireNonNull(topology, "topology").plan();
        List<String> namespaces = Observer.namespaces(plan.name());
        if (namespaces.isEmpty()) {
            try (Spaces spaces = new Spaces(plan.name())) {
                new Bringup(plan, spaces).fresh();
            } catch (RuntimeException | Error e) {
                try (Spaces spaces = new Spaces(plan.name())) {
                    Teardown.run(plan, spaces, true);
                } catch (RuntimeException t) {
                    e.addSuppressed(t);
                }
                throw e;
            }
        } else {
            Observer.Observation o = Observer.observe(plan.name(), plan, namespaces);
            if (!o.foreign().isEmpty()) {
                throw new IllegalStateException("lab " + plan.name() + ": namespaces " + o.foreign()
                        + " exist without the lab's marker (the alias of their lo): the lab does not touch them;"
                        + " delete them (ip netns del NAME) or choose another lab name");
            }
            try (Spaces spaces = new Spaces(plan.name())) {
                new Reconciler(plan, spaces).apply(o, Diff.between(plan, o.snapshot()));
            }
        }
        return new Lab(plan, true);
    }

    /**
     * The lab named {@code name} as the kernel has it, if any of its namespaces is there; its
     * topology is read back from the kernel (every name and address spelled out).
     *
     * @param name the name
     * @return the lab named {@code name} as the kernel has it, if any of its namespaces is there
     */
    public static Optional<Lab> find(String name) {
        Names.checkLab(name);
        Observer.Observation o = Observer.observe(name, null);
        if (o.empty()) {
            return Optional.empty();
        }
        Topology t = Reconstruct.topology(o.snapshot());
        return Optional.of(new Lab(t.plan(), false));
    }

    /**
     * The lab of {@code topology} if it is up (a namespace with the lab's marker is there), taken
     * as it is: nothing is changed. Unlike {@link #find(String)}, the lab keeps the topology's plan.
     *
     * @param topology the topology
     * @return the lab of {@code topology} if it is up
     */
    public static Optional<Lab> find(Topology topology) {
        Plan plan = Objects.requireNonNull(topology, "topology").plan();
        // Up means a namespace carries the lab's marker; reading the markers alone settles it.
        if (!Observer.anyMarked(plan.name(), Observer.namespaces(plan.name()))) {
            return Optional.empty();
        }
        return Optional.of(new Lab(plan, false));
    }

    /**
     * The lab's name.
     *
     * @return the lab's name
     */
    public String name() {
        return plan.name();
    }

    /**
     * The topology this lab was brought up from (for a {@link #find found} lab: read back).
     *
     * @return the topology this lab was brought up from
     */
    public Topology topology() {
        return plan.topology();
    }

    /**
     * The resolved topology: interface names, addresses, routes.
     *
     * @return the resolved topology
     */
    public Plan plan() {
        return plan;
    }

    /**
     * A node of the lab, to run things inside it.
     *
     * @param name the name
     * @return a node of the lab, to run things inside it
     * @throws IllegalArgumentException if the lab has no such node
     */
    public LabNode node(String name) {
        NodeKind kind = plan.kindOf(Objects.requireNonNull(name, "name"));
        return new LabNode(this, name, kind);
    }

    /** The handles of this lab's namespaces given out through {@link LabNode}, open until {@link #down}. */
    Spaces held() {
        return held;
    }

    /**
     * What the kernel shows of the lab now.
     *
     * @return what the kernel shows of the lab now
     */
    public Snapshot snapshot() {
        return Observer.observe(plan.name(), plan).snapshot();
    }

    /**
     * What differs between the topology and the kernel; empty when they agree.
     *
     * @return what differs between the topology and the kernel
     */
    public List<Change> diff() {
        return Diff.between(plan, snapshot());
    }

    /**
     * Every host pings every other host once ({@code pingall}), waiting {@link #PING_TIMEOUT} per
     * reply; the hosts ping at the same time, each its targets one after the other.
     *
     * @return what every ping saw
     * @throws InterruptedException if the caller is interrupted (the pings stop)
     */
    public Reachability pingAll() throws InterruptedException {
        return pingAll(PING_TIMEOUT);
    }

    /**
     * {@link #pingAll()} waiting {@code timeout} for each reply.
     *
     * @param timeout how long each ping waits for its reply
     * @return what every ping saw
     * @throws InterruptedException if the caller is interrupted (the pings stop)
     */
    public Reachability pingAll(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        try (Spaces spaces = new Spaces(plan.name())) {
            return Pinger.pingAll(plan, spaces, timeout);
        }
    }

    /**
     * Pings every pair of hosts and, for each that cannot reach the other, finds the first reason
     * along the way in what the kernel shows (see {@link Doctor}).
     *
     * @return the doctor's findings
     * @throws InterruptedException if the caller is interrupted while the hosts ping
     */
    public DoctorReport doctor() throws InterruptedException {
        return doctor(PING_TIMEOUT);
    }

    /**
     * {@link #doctor()} waiting {@code timeout} for each ping's reply.
     *
     * @param timeout how long each ping waits for its reply
     * @return the doctor's findings
     * @throws InterruptedException if the caller is interrupted while the hosts ping
     */
    public DoctorReport doctor(Duration timeout) throws InterruptedException {
        Reachability r = pingAll(timeout);
        return Doctor.examine(plan, snapshot(), r);
    }

    /**
     * The lab drawn for a terminal, read back from the kernel.
     *
     * @return the lab drawn for a terminal, read back from the kernel
     */
    public String text() {
        return TextDrawing.render(snapshot(), "read from the kernel");
    }

    /**
     * The lab as a Graphviz DOT graph, read back from the kernel.
     *
     * @return the lab as a Graphviz DOT graph, read back from the kernel
     */
    public String dot() {
        return Dot.render(snapshot(), "read from the kernel");
    }

    /**
     * Cuts the link between {@code a} and {@code b} (each {@code NODE} or {@code NODE:INTERFACE}):
     * one end goes administratively down — a switch's port where there is one, so the host keeps
     * its routes — and the other loses its carrier.
     *
     * @param a one end, {@code NODE} or {@code NODE:INTERFACE}
     * @param b the other end, {@code NODE} or {@code NODE:INTERFACE}
     * @throws IllegalArgumentException unless exactly one link joins them
     */
    public void setLinkDown(String a, String b) {
        LinkControl.setDown(this, a, b);
    }

    /**
     * Mends a link cut by {@link #setLinkDown}: both ends up, and the routes the plan has through them back.
     *
     * @param a one end, {@code NODE} or {@code NODE:INTERFACE}
     * @param b the other end, {@code NODE} or {@code NODE:INTERFACE}
     */
    public void setLinkUp(String a, String b) {
        LinkControl.setUp(this, a, b);
    }

    /**
     * Impairs the link between {@code a} and {@code b} (each {@code NODE} or {@code NODE:INTERFACE})
     * as {@code impairment} says, in both directions, replacing what it had;
     * {@link Impairment#NONE} clears it. Rate: tbf on both ends; delay and jitter: netem (where the
     * kernel has it); loss: an nftables rule per direction.
     *
     * @param a one end, {@code NODE} or {@code NODE:INTERFACE}
     * @param b the other end, {@code NODE} or {@code NODE:INTERFACE}
     * @param impairment the impairment
     * @throws IllegalArgumentException unless exactly one link joins them
     * @throws UnsupportedOperationException for a delay or jitter on a kernel without netem
     */
    public void impair(String a, String b, Impairment impairment) {
        Objects.requireNonNull(impairment, "impairment");
        PlannedLink l = LinkControl.resolve(this, a, b);
        try (Spaces spaces = new Spaces(plan.name())) {
            Impairments.set(spaces, l, impairment);
        }
    }

    /**
     * Cuts every node of {@code a} off from every node of {@code b}, both ways: each drops the
     * other side's addresses (nftables rules in each node). Links stay up; {@link #heal} ends it.
     *
     * @param a the names of the nodes on one side
     * @param b the names of the nodes on the other side
     * @throws IllegalArgumentException for an empty side, a node on both sides, a switch, or a
     *         node the lab does not have
     */
    public void partition(Set<String> a, Set<String> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        for (Set<String> side : List.of(a, b)) {
            if (side.isEmpty()) {
                throw new IllegalArgumentException("lab " + name() + ": a partition needs nodes on both sides");
            }
            for (String n : side) {
                if (!plan.kindOf(n).isL3()) {
                    throw new IllegalArgumentException("lab " + name() + ": " + n + " is a switch; partition hosts and"
                            + " routers (cut a switch's links with setLinkDown)");
                }
                if (a.contains(n) && b.contains(n)) {
                    throw new IllegalArgumentException("lab " + name() + ": " + n + " is on both sides of the partition");
                }
            }
        }
        try (Spaces spaces = new Spaces(plan.name())) {
            Impairments.partition(plan, spaces, a, b);
        }
    }

    /** Ends every partition: the drop rules {@link #partition} put in the nodes go. */
    public void heal() {
        List<String> l3 = new java.util.ArrayList<>(plan.nodes(NodeKind.HOST));
        l3.addAll(plan.nodes(NodeKind.ROUTER));
        try (Spaces spaces = new Spaces(plan.name())) {
            Workers.each(l3, n -> Impairments.heal(spaces, n));
        }
    }

    /**
     * Takes the lab down: every device and namespace of the lab, also those it gained since.
     * Idempotent.
     */
    public void down() {
        synchronized (lock) {
            if (down) {
                return;
            }
            down = true;
            held.close();
            try (Spaces spaces = new Spaces(plan.name())) {
                Teardown.run(plan, spaces, trusted);
            }
        }
    }

    /** {@link #down()}. */
    @Override
    public void close() {
        down();
    }

    /** {@code lab demo: 3 nodes, 2 links}. */
    @Override
    public String toString() {
        return plan.topology().toString();
    }
}
