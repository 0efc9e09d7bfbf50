package io.netlink4j.route.tc;

import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.RawAttribute;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A qdisc as the kernel reports it ({@code RTM_NEWQDISC}): the {@code tc -s qdisc show} view.
 *
 * @param dev     the device's name
 * @param handle  its handle ({@code 1:}; {@code 0:} for a device's default qdisc)
 * @param parent  where it hangs: {@link TcHandle#ROOT}, a class, or {@link TcHandle#INGRESS}
 * @param kind    the kind and options as the kernel reports them ({@link OtherQdisc} for kinds not modelled)
 * @param refcnt  the kernel's reference count ({@code tcm_info})
 * @param stats   the counters
 * @param unknown top-level attributes not modelled, in the order received (the legacy {@code TCA_STATS}, {@code TCA_XSTATS}...)
 */
public record Qdisc(String dev, TcHandle handle, TcHandle parent, QdiscKind kind, int refcnt, TcStats stats,
                    List<RawAttribute> unknown) {
    /** Copies the unknown attributes. */
    public Qdisc {
        Objects.requireNonNull(dev, "dev");
        Objects.requireNonNull(kind, "kind");
        unknown = List.copyOf(unknown);
    }

    /**
     * The qdisc an {@code RTM_NEWQDISC}/{@code RTM_DELQDISC} message describes
     * (a dump reply or an event, as {@code tc monitor} shows it), its device named through
     * {@code deviceNames} (index to name; an index it answers {@code null} for is named as tc
     * names it, {@code if7}). Times and rates are read with this machine's packet scheduler clock
     * ({@code /proc/net/psched}), as {@code tc} reads them.
     *
     * @param m           the message, its payload starting with {@code struct tcmsg}
     * @param deviceNames index to device name
     * @return the qdisc, or {@code null} for a message of another type
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Qdisc parse(Message m, IntFunction<String> deviceNames) {
        Objects.requireNonNull(m, "m");
        return QdiscCodec.parse(m, DeviceNames.orIndex(Objects.requireNonNull(deviceNames, "deviceNames")),
                Psched.system());
    }

    /**
     * The key that names this qdisc for {@link Qdiscs#delete} and {@link Qdiscs#get}.
     *
     * @return the key: device, parent and handle, without the kind
     */
    public QdiscSpec key() {
        return new QdiscSpec(dev, parent, handle, null);
    }

    /** {@code qdisc tbf 8001: dev veth-a root refcnt 2 rate 8Mbit burst 32Kb latency 50ms}, as {@code tc qdisc show}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("qdisc ").append(kind.kind()).append(' ')
                .append(Integer.toHexString(handle.major())).append(": dev ").append(dev);
        if (parent.equals(TcHandle.ROOT)) {
            b.append(" root");
        } else if (!parent.equals(TcHandle.UNSPEC)) {
            b.append(" parent ").append(parent);
        }
        if (refcnt != 0) {
            b.append(" refcnt ").append(refcnt);
        }
        return b.append(Kinds.options(kind.kind(), kind.toString())).toString();
    }
}
