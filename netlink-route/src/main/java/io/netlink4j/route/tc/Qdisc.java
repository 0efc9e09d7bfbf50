package io.netlink4j.route.tc;

import io.netlink4j.core.message.RawAttribute;
import java.util.List;
import java.util.Objects;

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
