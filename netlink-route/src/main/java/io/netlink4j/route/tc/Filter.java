package io.netlink4j.route.tc;

import java.util.List;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.RawAttribute;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A filter as the kernel reports it ({@code RTM_NEWTFILTER}): the {@code tc -s filter show} view.
 * A u32 filter's hash table shows as an entry of its own (no keys, {@code TCA_U32_DIVISOR} among
 * the unknown options), as {@code tc} shows it.
 *
 * @param dev            the device's name
 * @param parent         the qdisc or class it hangs at
 * @param priority       its priority ({@code pref})
 * @param protocol       the packets it applies to
 * @param handle         its handle (u32: {@code htid:bucket:node})
 * @param chain          the chain index
 * @param kind           the classifier and options ({@link OtherFilter} for kinds not modelled)
 * @param actionStats    the counters of each of the kind's actions, in order
 * @param unknown        top-level attributes not modelled, in the order received
 * @param unknownOptions attributes inside {@code TCA_OPTIONS} not modelled, in the order received (flags, hash tables, counters)
 */
public record Filter(String dev, TcHandle parent, int priority, EtherType protocol, int handle, int chain,
                     FilterKind kind, List<TcStats> actionStats, List<RawAttribute> unknown,
                     List<RawAttribute> unknownOptions) {
    /** Copies the lists and maps. */
    public Filter {
        Objects.requireNonNull(dev, "dev");
        Objects.requireNonNull(kind, "kind");
        actionStats = List.copyOf(actionStats);
        unknown = List.copyOf(unknown);
        unknownOptions = List.copyOf(unknownOptions);
    }

    /**
     * The filter an {@code RTM_NEWTFILTER}/{@code RTM_DELTFILTER} message describes
     * (a dump reply or an event, as {@code tc monitor} shows it), its device (and a mirred
     * action's target) named through {@code deviceNames} (index to name; an index it answers
     * {@code null} for is named as tc names it, {@code if7}). Times and rates are read with this
     * machine's packet scheduler clock ({@code /proc/net/psched}), as {@code tc} reads them.
     *
     * @param m           the message, its payload starting with {@code struct tcmsg}
     * @param deviceNames index to device name
     * @return the filter, or {@code null} for a message of another type
     * @throws io.netlink4j.core.ProtocolException if the message is malformed
     */
    public static Filter parse(Message m, IntFunction<String> deviceNames) {
        Objects.requireNonNull(m, "m");
        return FilterCodec.parse(m, DeviceNames.orIndex(Objects.requireNonNull(deviceNames, "deviceNames")),
                Psched.system());
    }

    /**
     * The key that names this one filter for {@link Filters#delete}.
     *
     * @return the key: device, parent, priority, protocol, handle and chain, without the classifier
     */
    public FilterSpec key() {
        return new FilterSpec(dev, parent, priority, protocol, handle, chain == 0 ? null : chain, null);
    }

    /** {@code filter dev veth-a parent 1: protocol ip pref 1 u32 chain 0 fh 800::800 match ... flowid 1:10}, as {@code tc filter show}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("filter dev ").append(dev).append(" parent ").append(parent)
                .append(" protocol ").append(protocol).append(" pref ").append(priority).append(' ').append(kind.kind())
                .append(" chain ").append(Integer.toUnsignedString(chain));
        if (handle != 0) {
            b.append(kind instanceof U32 ? " fh " + u32Handle(handle) : " handle 0x" + Integer.toHexString(handle));
        }
        return b.append(Kinds.options(kind.kind(), kind.toString())).toString();
    }

    /** tc's sprint_u32_handle: {@code 800:} for a hash table, {@code 800::800} for a node. */
    static String u32Handle(int h) {
        int htid = h >>> 20;
        int hash = (h >>> 12) & 0xff;
        int node = h & 0xfff;
        StringBuilder b = new StringBuilder();
        if (htid != 0) {
            b.append(Integer.toHexString(htid)).append(':');
        }
        if (hash != 0) {
            b.append(Integer.toHexString(hash));
        }
        if (node != 0) {
            b.append(':').append(Integer.toHexString(node));
        }
        return b.toString();
    }
}
