package io.netlink4j.route.link;

import io.netlink4j.core.InterfaceName;
import java.util.Objects;

/**
 * Which links a {@link Links#list(LinkFilter)} or {@link Links#forEach} returns, as
 * {@code ip link show [type KIND] [master BRIDGE] [group GROUP]} selects them. The kind and master
 * go to the kernel, which filters by them; the kind (which the kernel ignores when no driver of
 * that kind is loaded) and the group are checked here too, as {@code ip} does.
 *
 * <pre>{@code
 * LinkFilter.ALL                                  // ip link show
 * LinkFilter.ofKind("veth")                       // ip link show type veth
 * LinkFilter.ALL.withMaster("br0")                // ip link show master br0
 * LinkFilter.ofKind("veth").withGroup(7)          // ip link show type veth group 7
 * }</pre>
 *
 * @param kind   {@code IFLA_INFO_KIND} to match, or {@code null} for any
 * @param master the bridge whose ports to list, or {@code null} for any
 * @param group  the interface group to match, or {@code null} for any
 */
public record LinkFilter(String kind, String master, Integer group) {
    /** Every link. */
    public static final LinkFilter ALL = new LinkFilter(null, null, null);

    /** Checks the master's name and that the kind is a non-empty word. */
    public LinkFilter {
        if (kind != null && (kind.isEmpty() || !kind.chars().allMatch(c -> c > ' ' && c < 0x7f))) {
            throw new IllegalArgumentException("link kind '" + kind + "' must be a non-empty word of printable ASCII");
        }
        if (master != null) {
            InterfaceName.check(master);
        }
    }

    /**
     * Links of kind {@code kind}: {@code ip link show type KIND}.
     *
     * @param kind the kind's name, e.g. {@code "veth"}, {@code "bridge"}
     * @return a filter for links of that kind
     * @throws IllegalArgumentException if {@code kind} is empty or not printable ASCII
     */
    public static LinkFilter ofKind(String kind) {
        return new LinkFilter(Objects.requireNonNull(kind, "kind"), null, null);
    }

    /**
     * A copy that matches links of kind {@code kind} only.
     *
     * @param kind the kind's name, e.g. {@code "veth"}
     * @return a filter like this one, for links of that kind only
     * @throws IllegalArgumentException if {@code kind} is empty or not printable ASCII
     */
    public LinkFilter withKind(String kind) {
        return new LinkFilter(Objects.requireNonNull(kind, "kind"), master, group);
    }

    /**
     * A copy that matches the ports of {@code master} only: {@code master BRIDGE}.
     *
     * @param master the bridge's name
     * @return a filter like this one, for the bridge's ports only
     * @throws IllegalArgumentException if {@code master} is not a valid device name
     */
    public LinkFilter withMaster(String master) {
        return new LinkFilter(kind, Objects.requireNonNull(master, "master"), group);
    }

    /**
     * A copy that matches links in interface group {@code group} only: {@code group N}.
     *
     * @param group the group number
     * @return a filter like this one, for links in that group only
     */
    public LinkFilter withGroup(int group) {
        return new LinkFilter(kind, master, group);
    }

    /** Whether {@code l} passes the kind and group conditions (the kernel applies the master). */
    boolean matches(Link l) {
        return (kind == null || kind.equals(l.kind())) && (group == null || group == l.group());
    }

    /** {@code ip link show} arguments: {@code type veth master br0 group 7}, empty for all. */
    @Override
    public String toString() {
        return ((kind == null ? "" : " type " + kind) + (master == null ? "" : " master " + master)
                + (group == null ? "" : " group " + Integer.toUnsignedString(group))).strip();
    }
}
