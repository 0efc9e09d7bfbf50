package io.netlink4j.route.tc;

import static io.netlink4j.route.uapi.PktSchedH.*;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELTCLASS;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWTCLASS;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.RawAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** {@code RTM_NEWTCLASS}/{@code RTM_DELTCLASS}/{@code RTM_GETTCLASS} bodies as tc/tc_class.c builds them, and the parser of class messages. */
final class ClassCodec {
    private ClassCodec() {}

    static void writeNew(MessageWriter w, int ifindex, TrafficClassSpec s, Psched clock) {
        TcMsg.write(w, ifindex, s.classId().value(), s.parent().value(), 0);
        w.putString(TCA_KIND, s.kind().kind());
        switch (s.kind()) {
            case HtbClass h -> ShaperCodec.writeHtbClass(w, h, clock);
            case OtherClass o -> {
                if (o.options() != null) {
                    w.putBytes(TCA_OPTIONS, o.options());
                }
            }
        }
    }

    /** The body of a delete or get: the tcmsg alone, as {@code tc class del dev DEV classid C} sends it. */
    static void writeKey(MessageWriter w, int ifindex, TrafficClassSpec s) {
        TcMsg.write(w, ifindex, s.classId().value(), s.parent().value(), 0);
    }

    /** The body of a dump of one device's classes (the kernel needs the device). */
    static void writeDump(MessageWriter w, int ifindex) {
        TcMsg.write(w, ifindex, 0, 0, 0);
    }

    /**
     * Parses an {@code RTM_NEWTCLASS}/{@code RTM_DELTCLASS} message (or a request for one).
     *
     * @throws ProtocolException if the message is malformed
     */
    static TrafficClass parse(Message m, IntFunction<String> names, Psched clock) {
        if (m.type() != RTM_NEWTCLASS && m.type() != RTM_DELTCLASS) {
            return null;
        }
        int ifindex = m.u32(TcMsg.IFINDEX);
        TcHandle classId = new TcHandle(m.u32(TcMsg.HANDLE));
        TcHandle parent = new TcHandle(m.u32(TcMsg.PARENT));
        TcHandle leaf = new TcHandle(m.u32(TcMsg.INFO));
        String kind = null;
        TcStats stats = TcStats.NONE;
        byte[] app = null;
        List<RawAttribute> unknown = new ArrayList<>();
        Attributes a = m.attributes(TcMsg.LEN);
        while (a.next()) {
            switch (a.type()) {
                case TCA_KIND -> kind = a.string();
                case TCA_OPTIONS -> { }
                case TCA_STATS2 -> {
                    StatsCodec.Stats s = StatsCodec.read(a.nested());
                    stats = s.counters();
                    app = s.app();
                }
                default -> unknown.add(a.raw());
            }
        }
        if (kind == null) {
            throw new ProtocolException("class message " + classId + " without TCA_KIND");
        }
        ClassKind options = null;
        Attributes b = m.attributes(TcMsg.LEN);
        while (b.next()) {
            if (b.type() == TCA_OPTIONS) {
                try {
                    options = kind.equals("htb") ? ShaperCodec.readHtbClass(b.nested(), clock) : new OtherClass(kind, b.bytes());
                } catch (IllegalArgumentException e) {
                    throw new ProtocolException(kind + " class options: " + e.getMessage());
                }
            }
        }
        if (options == null) {
            options = new OtherClass(kind, null);
        }
        return new TrafficClass(names.apply(ifindex), classId, parent, options, leaf, stats,
                kind.equals("htb") ? StatsCodec.htb(app) : null, unknown);
    }
}
