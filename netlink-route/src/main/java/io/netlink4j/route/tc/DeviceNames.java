package io.netlink4j.route.tc;

import io.netlink4j.core.socket.NetlinkSocket;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Device indices to names for results that carry indices (a tc message's {@code tcm_ifindex},
 * a mirred action's target), read with one link dump before the tc dump that needs them: a dump
 * callback may not send requests of its own. An index not found prints as tc prints it,
 * {@code if7}.
 */
final class DeviceNames implements IntFunction<String> {
    private final Map<Integer, String> names;

    private DeviceNames(Map<Integer, String> names) {
        this.names = names;
    }

    /** Every device of the socket's namespace, by index: the link dump route's listings share. */
    static DeviceNames dump(NetlinkSocket socket) {
        return new DeviceNames(new io.netlink4j.route.internal.DeviceNames(socket).load().snapshot());
    }

    /** One known device, for listings of that device alone. */
    static DeviceNames of(int index, String name) {
        return new DeviceNames(Map.of(index, name));
    }

    /** A fixed map, for tests and parsers of captured bytes. */
    static DeviceNames of(Map<Integer, String> names) {
        return new DeviceNames(Map.copyOf(names));
    }

    /**
     * {@code names}, answering for an index it cannot name ({@code null}) as tc prints it,
     * {@code if7}: the records name their device with a string that is never {@code null}.
     */
    static IntFunction<String> orIndex(IntFunction<String> names) {
        return i -> {
            String n = names.apply(i);
            return n != null ? n : "if" + i;
        };
    }

    @Override
    public String apply(int index) {
        String n = names.get(index);
        return n != null ? n : "if" + index;
    }
}
