package io.netlink4j.examples.run;

import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.examples.model.Check;
import io.netlink4j.examples.model.Op;
import io.netlink4j.examples.model.Place;
import io.netlink4j.netfilter.Family;
import io.netlink4j.netfilter.Nftables;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.tc.Netem;
import io.netlink4j.route.tc.QdiscSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Performs the examples' ops through netlink4j alone: an {@link Rtnetlink} handle per namespace,
 * {@link NetNs} for named namespaces, {@link Nftables} for masquerade; {@link Verifier} does the
 * checks. Nothing is forked.
 *
 * <p>In the sandbox, "the host" is a handle on the sandbox namespace, opened by name: if the
 * sandbox is missing the op fails, it never falls back to the machine's own namespace.
 */
public final class LibraryKernel implements Kernel {
    private final Target target;
    private final Map<String, Rtnetlink> handles = new LinkedHashMap<>();
    private final Set<String> made = new HashSet<>();
    private final Map<String, Optional<String>> lacking = new HashMap<>();
    private final Verifier verifier;

    /** A kernel for {@code target}; handles are opened on first use. */
    public LibraryKernel(Target target) {
        this.target = target;
        this.verifier = new Verifier(this, target);
    }

    /** The namespace name a place stands for; "" for the real host with {@code --host}. */
    String key(Place p) {
        if (!p.isHost()) {
            return p.namespace();
        }
        return target.isHost() ? "" : target.sandbox();
    }

    /** The handle on a place's namespace, opened once. */
    Rtnetlink handle(Place p) {
        return handles.computeIfAbsent(key(p), k -> k.isEmpty() ? Rtnetlink.open() : Rtnetlink.open(k));
    }

    private void forget(String ns) {
        Rtnetlink h = handles.remove(ns);
        if (h != null) {
            h.close();
        }
    }

    @Override
    public String apply(Op op) {
        switch (op) {
            case Op.CreateNs c -> {
                NetNs.create(c.name()).close();
                made.add("ns:" + c.name());
            }
            case Op.DeleteNs d -> {
                forget(d.name());
                return NetNs.deleteIfExists(d.name()) ? "deleted" : "not there";
            }
            case Op.AddVeth v -> {
                NetNs peerNs = v.peerNs() == null ? null : handle(Place.ns(v.peerNs())).namespace();
                handle(v.at()).links().add(Specs.veth(v, peerNs));
                made.add("link:" + v.name());
                if (v.peerNs() == null) {
                    made.add("link:" + v.peer());
                }
            }
            case Op.AddBridge b -> {
                handle(b.at()).links().add(Specs.bridge(b));
                made.add("link:" + b.name());
            }
            case Op.AddVxlan x -> {
                handle(x.at()).links().add(Specs.vxlan(x));
                made.add("link:" + x.name());
            }
            case Op.DeleteLink d -> {
                return handle(d.at()).links().deleteIfExists(d.name()) ? "deleted" : "not there";
            }
            case Op.MoveTo m -> handle(m.at()).links().moveTo(m.dev(), m.ns());
            case Op.SetMaster m -> handle(m.at()).links().setMaster(m.dev(), m.bridge());
            case Op.SetUp u -> handle(u.at()).links().setUp(u.dev());
            case Op.AddAddress a -> handle(a.at()).addresses().add(Specs.address(a));
            case Op.AddRoute r -> handle(r.at()).routes().add(Specs.route(r));
            case Op.AddRule r -> handle(r.at()).rules().add(Specs.rule(r));
            case Op.IpForward f -> handle(f.at()).sysctl().setIpForwarding(true);
            case Op.Sysctl c -> handle(c.at()).sysctl().set(c.key(), c.value());
            case Op.SetPortIsolated p -> handle(p.at()).bridgePorts().change(Specs.port(p));
            case Op.AddFdb f -> {
                if (f.append()) {
                    handle(f.at()).fdb().append(Specs.fdb(f));
                } else {
                    handle(f.at()).fdb().add(Specs.fdb(f));
                }
            }
            case Op.AddTbf t -> handle(t.at()).qdiscs().add(Specs.qdisc(t));
            case Op.AddHtb h -> handle(h.at()).qdiscs().add(Specs.qdisc(h));
            case Op.AddHtbClass c -> handle(c.at()).classes().add(Specs.trafficClass(c));
            case Op.AddU32 f -> handle(f.at()).filters().add(Specs.filter(f));
            case Op.AddNetem n -> {
                try {
                    handle(n.at()).qdiscs().add(Specs.qdisc(n));
                } catch (NotFoundException e) {
                    if (unknownKind(e)) {
                        throw new KernelLacks(lacksMessage("netem"), e);
                    }
                    throw e;
                }
            }
            case Op.Masquerade m -> {
                try (Nftables nft = Nftables.open(handle(m.at()).namespace())) {
                    nft.masquerade(m.table(), m.outInterface());
                }
                made.add("nft:" + m.table());
            }
            case Op.MasqueradeSource m -> {
                try (Nftables nft = Nftables.open(handle(m.at()).namespace())) {
                    nft.masqueradeSource(m.table(), m.source(), m.notOutInterface());
                }
                made.add("nft:" + m.table());
            }
            case Op.DeleteNftTable d -> {
                try (Nftables nft = Nftables.open(handle(d.at()).namespace())) {
                    return nft.tables().deleteIfExists(Family.IP, d.table()) ? "deleted" : "not there";
                }
            }
            case Op.Nothing n -> {
                return "";
            }
        }
        return "";
    }

    /** The kernel's answer when a qdisc kind is neither built in nor loadable as a module. */
    private static boolean unknownKind(NotFoundException e) {
        return e.extAck() != null && e.extAck().contains("kind is unknown");
    }

    private static String lacksMessage(String kind) {
        return "this kernel has no " + kind + " qdisc (sch_" + kind + ", CONFIG_NET_SCH_" + kind.toUpperCase()
                + "): skipped, not failed";
    }

    /**
     * Why this kernel cannot run qdisc {@code kind}, or empty when it can: asked of the kernel
     * itself, by adding one to {@code lo} of a throwaway namespace (nothing else is touched).
     */
    Optional<String> lacks(String kind) {
        if (!kind.equals("netem")) {
            throw new IllegalArgumentException("no probe for qdisc kind '" + kind + "'");
        }
        return lacking.computeIfAbsent(kind, k -> {
            try (NetNs probe = NetNs.create(); Rtnetlink h = Rtnetlink.open(probe)) {
                h.qdiscs().add(QdiscSpec.root("lo", Netem.of().withDelay("1ms")));
                return Optional.empty();
            } catch (NotFoundException e) {
                if (unknownKind(e)) {
                    return Optional.of(lacksMessage(k));
                }
                throw e;
            }
        });
    }

    @Override
    public Outcome check(Check check) {
        return verifier.check(check);
    }

    @Override
    public boolean namespaceExists(String name) {
        return NetNs.exists(name);
    }

    @Override
    public boolean madeByThisRun(Op deleteOp) {
        return switch (deleteOp) {
            case Op.DeleteNs d -> made.contains("ns:" + d.name());
            case Op.DeleteLink d -> made.contains("link:" + d.name());
            case Op.DeleteNftTable d -> made.contains("nft:" + d.table());
            default -> false;
        };
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (Rtnetlink h : handles.values()) {
            try {
                h.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        handles.clear();
        if (first != null) {
            throw first;
        }
    }
}
