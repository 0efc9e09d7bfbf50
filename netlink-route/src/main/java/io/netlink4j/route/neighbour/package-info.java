/**
 * The ARP (IPv4) and NDP (IPv6) tables of a namespace ({@code ip neighbour}): the {@link
 * io.netlink4j.route.neighbour.Neighbours} facade, the {@link
 * io.netlink4j.route.neighbour.NeighbourSpec} of an entry to add or delete, the {@link
 * io.netlink4j.route.neighbour.Neighbour} the kernel reports, and the {@link
 * io.netlink4j.route.neighbour.NeighbourFilter} of a dump.
 *
 * <table>
 * <caption>{@code ip neighbour} and the calls that replace it ({@code h} is the namespace's {@code Rtnetlink})</caption>
 * <tr><th>iproute2</th><th>netlink4j</th></tr>
 * <tr><td>{@code ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev veth0}</td>
 *     <td>{@code h.neighbours().add(NeighbourSpec.of("10.0.0.7", "veth0").withLladdr("02:00:00:00:00:07"))}</td></tr>
 * <tr><td>{@code ip neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev veth0 nud reachable}</td>
 *     <td>{@code h.neighbours().add(NeighbourSpec.of("10.0.0.7", "veth0").withLladdr("02:00:00:00:00:07")
 *     .withState(NeighbourState.REACHABLE))}</td></tr>
 * <tr><td>{@code ip -6 neigh add fd00::7 lladdr 02:00:00:00:00:07 dev veth0}</td>
 *     <td>{@code h.neighbours().add(NeighbourSpec.of("fd00::7", "veth0").withLladdr("02:00:00:00:00:07"))}</td></tr>
 * <tr><td>{@code ip neigh replace 10.0.0.7 lladdr 02:00:00:00:00:07 dev veth0 nud stale}</td>
 *     <td>{@code h.neighbours().replace(NeighbourSpec.of("10.0.0.7", "veth0").withLladdr("02:00:00:00:00:07")
 *     .withState(NeighbourState.STALE))}</td></tr>
 * <tr><td>{@code ip neigh del 10.0.0.7 dev veth0}</td>
 *     <td>{@code h.neighbours().delete(NeighbourSpec.of("10.0.0.7", "veth0"))}</td></tr>
 * <tr><td>{@code ip neigh show}</td><td>{@code h.neighbours().list()}</td></tr>
 * <tr><td>{@code ip neigh show dev veth0}</td><td>{@code h.neighbours().list(NeighbourFilter.dev("veth0"))}</td></tr>
 * </table>
 *
 * <p><b>Dumps under heavy change.</b> A dump that runs while many neighbour entries change at once can be
 * marked interrupted by the kernel ({@code NLM_F_DUMP_INTR}). A {@code list} method forgets what
 * it collected and dumps again, up to 8 times; a {@code forEach} cannot take back what it handed
 * over, so it does not restart. Either then fails, after the dump, with a {@link
 * io.netlink4j.core.KernelException} of {@code EINTR}; nothing was changed, and listing again is
 * safe.
 */
package io.netlink4j.route.neighbour;
