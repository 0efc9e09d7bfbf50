package io.netlink4j.examples.run;

import io.netlink4j.core.MacAddress;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.examples.model.Op;
import io.netlink4j.route.address.AddressSpec;
import io.netlink4j.route.bridge.BridgePortSpec;
import io.netlink4j.route.bridge.FdbSpec;
import io.netlink4j.route.bridge.FdbState;
import io.netlink4j.route.link.Bridge;
import io.netlink4j.route.link.Veth;
import io.netlink4j.route.link.Vxlan;
import io.netlink4j.route.route.RouteSpec;
import io.netlink4j.route.route.RouteTable;
import io.netlink4j.route.rule.RuleSpec;
import io.netlink4j.route.tc.FilterSpec;
import io.netlink4j.route.tc.Htb;
import io.netlink4j.route.tc.HtbClass;
import io.netlink4j.route.tc.Netem;
import io.netlink4j.route.tc.QdiscSpec;
import io.netlink4j.route.tc.Tbf;
import io.netlink4j.route.tc.TrafficClassSpec;
import io.netlink4j.route.tc.U32;

/**
 * The library's spec for each op, built from the same fields its printed call shows — so that
 * {@code up} runs exactly what it prints, and {@code verify} compares what the kernel reports
 * with what was asked.
 */
final class Specs {
    private Specs() {}

    /** The veth pair; {@code peerNs} is the open namespace of {@code v.peerNs()}, or null. */
    static Veth veth(Op.AddVeth v, NetNs peerNs) {
        Veth s = Veth.of(v.name(), v.peer());
        if (peerNs != null) {
            s = s.withPeerIn(peerNs);
        }
        if (v.mtu() > 0) {
            s = s.withMtu(v.mtu()).withPeerMtu(v.mtu());
        }
        if (v.peerMac() != null) {
            s = s.withPeerMac(v.peerMac());
        }
        if (v.master() != null) {
            s = s.withMaster(v.master());
        }
        return v.up() ? s.withUp() : s;
    }

    static Bridge bridge(Op.AddBridge b) {
        return b.up() ? Bridge.of(b.name()).withUp() : Bridge.of(b.name());
    }

    static Vxlan vxlan(Op.AddVxlan x) {
        return Vxlan.of(x.name(), x.vni()).withDevice(x.dev()).withLocal(x.local()).withLearning(false)
                .withPort(x.port()).withMaster(x.master()).withUp();
    }

    static AddressSpec address(Op.AddAddress a) {
        return AddressSpec.of(a.cidr(), a.dev());
    }

    static RouteSpec route(Op.AddRoute r) {
        RouteSpec s = RouteSpec.to(r.destination());
        if (r.via() != null) {
            s = s.withVia(r.via());
        }
        if (r.dev() != null) {
            s = s.withDev(r.dev());
        }
        return r.table() == null ? s : s.withTable(RouteTable.of(r.table()));
    }

    static RuleSpec rule(Op.AddRule r) {
        RuleSpec s = r.from() == null ? RuleSpec.all() : RuleSpec.from(r.from());
        if (r.fwmark() != null) {
            s = s.withFwmark(r.fwmark());
        }
        return s.withTable(RouteTable.of(r.table()));
    }

    static BridgePortSpec port(Op.SetPortIsolated p) {
        return BridgePortSpec.of(p.dev()).withIsolated(p.isolated());
    }

    static FdbSpec fdb(Op.AddFdb f) {
        FdbSpec s = FdbSpec.of(f.flood() ? MacAddress.ZERO : MacAddress.parse(f.mac()), f.dev()).withDst(f.dst());
        return f.isStatic() ? s.withState(FdbState.STATIC) : s;
    }

    static Tbf tbf(Op.AddTbf t) {
        return Tbf.of(t.rate()).withBurst(t.burst()).withLatency(t.latency());
    }

    static QdiscSpec qdisc(Op.AddTbf t) {
        return QdiscSpec.root(t.dev(), tbf(t));
    }

    static Htb htb(Op.AddHtb h) {
        return Htb.of().withDefault(h.defaultClass());
    }

    static QdiscSpec qdisc(Op.AddHtb h) {
        return QdiscSpec.root(h.dev(), htb(h)).withHandle(h.handle());
    }

    static HtbClass htbClass(Op.AddHtbClass c) {
        HtbClass k = HtbClass.of(c.rate());
        return c.ceil() == null ? k : k.withCeil(c.ceil());
    }

    static TrafficClassSpec trafficClass(Op.AddHtbClass c) {
        return TrafficClassSpec.of(c.dev(), c.parent(), c.classId(), htbClass(c));
    }

    static U32 u32(Op.AddU32 f) {
        return U32.of().matchIpDst(f.dst()).withClassId(f.classId());
    }

    static FilterSpec filter(Op.AddU32 f) {
        return FilterSpec.of(f.dev(), f.parent(), u32(f)).withProtocol("ip").withPriority(f.priority());
    }

    static Netem netem(Op.AddNetem n) {
        return Netem.of().withDelay(n.delay()).withLoss(n.loss());
    }

    static QdiscSpec qdisc(Op.AddNetem n) {
        return QdiscSpec.root(n.dev(), netem(n));
    }
}
