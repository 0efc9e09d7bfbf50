package io.netlink4j.route.tc;

import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.RawAttribute;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A traffic class as the kernel reports it ({@code RTM_NEWTCLASS}): the {@code tc -s class show} view.
 *
 * @param dev     the device's name
 * @param classId the class's id
 * @param parent  its parent class, or the qdisc's handle for a top class ({@link TcHandle#ROOT} as tc shows "root")
 * @param kind    the kind and options ({@link OtherClass} for kinds not modelled)
 * @param leaf    the handle of the qdisc inside a leaf class ({@code tcm_info}), {@link TcHandle#UNSPEC} for none
 * @param stats   the counters
 * @param htb     htb's own counters (tokens, borrowing), or {@code null} for other kinds
 * @param unknown top-level attributes not modelled, in the order received
 */
public record TrafficClass(String dev, TcHandle classId, TcHandle parent, ClassKind kind, TcHandle leaf, TcStats stats,
                           HtbClassStats htb, List<RawAttribute> unknown) {
    /** Copies the unknown attributes. */
    public TrafficClass {
        Objects.requireNonNull(dev, "dev");
        Objects.requireNonNull(kind, "kind");
        unknown = List.copyOf(unknown);
    }

    /**
     * The class an {@code RTM_NEWTCLASS}/{@code RTM_DELTCLASS} message describes
     * (a dump reply or an event, as {@code tc monitor} shows it), its device named through
     * {@code deviceNames} (index to name; an index it answers {@code null} for is named as tc
     * names it, {@code if7}). Times and rates are read with this machine's packet scheduler clock
     * ({@code /proc/net/psched}), as {@code tc} reads them.
     *
     * @param m           the message, its payload starting with {@code struct tcmsg}
     * @param deviceNames index to device name
     * @return the class, or {@code null} for a message of another type
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static TrafficClass parse(Message m, IntFunction<String> deviceNames) {
        Objects.requireNonNull(m, "m");
        return ClassCodec.parse(m, DeviceNames.orIndex(Objects.requireNonNull(deviceNames, "deviceNames")),
                Psched.system());
    }

    /**
     * The key that names this class for {@link TrafficClasses#delete} and {@link TrafficClasses#get}.
     *
     * @return the key: device and class id
     */
    public TrafficClassSpec key() {
        return TrafficClassSpec.of(dev, classId);
    }

    /** {@code class htb 1:10 dev veth-a parent 1:1 rate 4Mbit ceil 4Mbit burst 1600b cburst 1600b}, as {@code tc class show}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("class ").append(kind.kind()).append(' ').append(classId).append(" dev ").append(dev);
        if (parent.equals(TcHandle.ROOT) || parent.equals(classId.qdisc())) {
            b.append(" root");
        } else {
            b.append(" parent ").append(parent);
        }
        if (!leaf.equals(TcHandle.UNSPEC)) {
            b.append(" leaf ").append(leaf);
        }
        return b.append(Kinds.options(kind.kind(), kind.toString())).toString();
    }
}
