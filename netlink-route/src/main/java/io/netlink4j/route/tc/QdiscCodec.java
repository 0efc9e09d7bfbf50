package io.netlink4j.route.tc;

import static io.netlink4j.route.uapi.PktSchedH.*;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_DELQDISC;
import static io.netlink4j.route.uapi.RtnetlinkH.RTM_NEWQDISC;

import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.message.RawAttribute;
import java.util.ArrayList;
import java.util.List;

/** {@code RTM_NEWQDISC}/{@code RTM_DELQDISC}/{@code RTM_GETQDISC} bodies as tc/tc_qdisc.c builds them, and the parser of qdisc messages. */
final class QdiscCodec {
    private QdiscCodec() {}

    /** tcmsg, {@code TCA_KIND} (with its NUL, as tc sends it) and the kind's options. */
    static void writeNew(MessageWriter w, int ifindex, QdiscSpec s, Psched clock) {
        TcMsg.write(w, ifindex, s.handle().value(), s.parent().value(), 0);
        w.putString(TCA_KIND, s.kind().kind());
        switch (s.kind()) {
            case Tbf t -> ShaperCodec.writeTbf(w, t, clock);
            case Htb h -> ShaperCodec.writeHtb(w, h);
            case Pfifo p -> QueueCodec.writeFifo(w, p.limit());
            case Bfifo b -> QueueCodec.writeFifo(w, b.limit());
            case Prio p -> QueueCodec.writePrio(w, p);
            case Sfq q -> QueueCodec.writeSfq(w, q);
            case FqCodel f -> QueueCodec.writeFqCodel(w, f);
            case Netem n -> NetemCodec.writeNetem(w, n, clock);
            case Clsact c -> { }
            case Ingress i -> { }
            case OtherQdisc o -> {
                if (o.options() != null) {
                    w.putBytes(TCA_OPTIONS, o.options());
                }
            }
        }
    }

    /** The body of a delete or get: the tcmsg alone, as {@code tc qdisc del dev DEV root} sends it. */
    static void writeKey(MessageWriter w, int ifindex, QdiscSpec s) {
        TcMsg.write(w, ifindex, s.handle().value(), s.parent().value(), 0);
    }

    /** The body of a dump, of one device ({@code ifindex} > 0) or all. */
    static void writeDump(MessageWriter w, int ifindex) {
        TcMsg.write(w, ifindex, 0, 0, 0);
    }

    /**
     * Parses an {@code RTM_NEWQDISC}/{@code RTM_DELQDISC} message (or a request for one, as the
     * capture tests do), naming the device with {@code names}.
     *
     * @throws ProtocolException if the message is malformed
     */
    static Qdisc parse(Message m, java.util.function.IntFunction<String> names, Psched clock) {
        if (m.type() != RTM_NEWQDISC && m.type() != RTM_DELQDISC) {
            return null;
        }
        int ifindex = m.u32(TcMsg.IFINDEX);
        TcHandle handle = new TcHandle(m.u32(TcMsg.HANDLE));
        TcHandle parent = new TcHandle(m.u32(TcMsg.PARENT));
        int refcnt = m.u32(TcMsg.INFO);
        String kind = null;
        Attributes a = m.attributes(TcMsg.LEN);
        List<RawAttribute> unknown = new ArrayList<>();
        QdiscKind options = null;
        TcStats stats = TcStats.NONE;
        while (a.next()) {
            switch (a.type()) {
                case TCA_KIND -> kind = a.string();
                case TCA_OPTIONS -> { }
                case TCA_STATS2 -> stats = StatsCodec.read(a.nested()).counters();
                default -> unknown.add(a.raw());
            }
        }
        if (kind == null) {
            throw new ProtocolException("qdisc message for ifindex " + ifindex + " without TCA_KIND");
        }
        // A second pass reads the options once the kind is known (TCA_KIND comes first in practice, but need not).
        Attributes b = m.attributes(TcMsg.LEN);
        while (b.next()) {
            if (b.type() == TCA_OPTIONS) {
                options = readOptions(kind, b, clock);
            }
        }
        if (options == null) {
            options = bare(kind);
        }
        return new Qdisc(names.apply(ifindex), handle, parent, options, refcnt, stats, unknown);
    }

    /** A kind without {@code TCA_OPTIONS}. */
    private static QdiscKind bare(String kind) {
        return switch (kind) {
            case "clsact" -> new Clsact();
            case "ingress" -> new Ingress();
            case "pfifo" -> Pfifo.of();
            case "bfifo" -> Bfifo.of();
            case "sfq" -> Sfq.of();
            default -> new OtherQdisc(kind, null);
        };
    }

    /** The options of {@code kind} from its {@code TCA_OPTIONS} attribute; raw for kinds not modelled. */
    private static QdiscKind readOptions(String kind, Attributes a, Psched clock) {
        try {
            return switch (kind) {
                case "tbf" -> ShaperCodec.readTbf(a.nested(), clock);
                case "htb" -> ShaperCodec.readHtb(a.nested());
                case "pfifo" -> new Pfifo(QueueCodec.readFifo(a.payload()));
                case "bfifo" -> new Bfifo(QueueCodec.readFifo(a.payload()));
                case "prio" -> QueueCodec.readPrio(a.payload());
                case "sfq" -> QueueCodec.readSfq(a.payload());
                case "fq_codel" -> QueueCodec.readFqCodel(a.nested());
                case "netem" -> NetemCodec.readNetem(a.payload(), clock);
                case "clsact" -> new Clsact();
                case "ingress" -> new Ingress();
                default -> new OtherQdisc(kind, a.bytes());
            };
        } catch (IllegalArgumentException e) {
            // A value the kernel reports that no spec may hold is malformed input, not a caller's mistake.
            throw new ProtocolException(kind + " options: " + e.getMessage());
        }
    }
}
