package io.netlink4j.route.link;

import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.route.internal.DeviceNames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@link Links#list(LinkFilter)} and {@link Links#forEach}: the dump, and naming the devices its links refer to. */
final class LinkListing {
    private LinkListing() {}

    /** The dump collected; names from the dump itself, and for those it lacks, one lookup each. */
    static List<Link> list(NetlinkSocket socket, LinkFilter filter, int masterIndex) {
        Request r = LinkRequests.list(filter, masterIndex);
        List<Link> raw = socket.dump(r, m -> keep(LinkCodec.parse(m), filter));
        DeviceNames names = new DeviceNames(socket);
        raw.forEach(l -> names.put(l.index(), l.name()));
        List<Link> out = new ArrayList<>(raw.size());
        for (Link l : raw) {
            out.add(LinkCodec.named(l, names::name));
        }
        return out;
    }

    /** The dump streamed; names from a light dump of names taken first (the socket is busy during the dump). */
    static void forEach(NetlinkSocket socket, LinkFilter filter, int masterIndex, Consumer<? super Link> each) {
        Request r = LinkRequests.list(filter, masterIndex);
        DeviceNames names = new DeviceNames(socket).load();
        socket.dump(r, m -> {
            Link l = keep(LinkCodec.parse(m), filter);
            return l == null ? null : LinkCodec.named(l, names::cached);
        }, each);
    }

    private static Link keep(Link l, LinkFilter filter) {
        return l != null && filter.matches(l) ? l : null;
    }
}
