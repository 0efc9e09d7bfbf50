/**
 * IPv4 and IPv6 addresses of a namespace ({@code ip address}): the {@link
 * io.netlink4j.route.address.Addresses} facade, the {@link io.netlink4j.route.address.AddressSpec}
 * of an address to add or delete, the {@link io.netlink4j.route.address.Address} the kernel
 * reports, and the {@link io.netlink4j.route.address.AddressFilter} of a dump.
 *
 * <table>
 * <caption>{@code ip address} and the calls that replace it ({@code h} is the namespace's {@code Rtnetlink})</caption>
 * <tr><th>iproute2</th><th>netlink4j</th></tr>
 * <tr><td>{@code ip addr add 10.0.0.1/24 dev veth-blue}</td>
 *     <td>{@code h.addresses().add(AddressSpec.of("10.0.0.1/24", "veth-blue"))}</td></tr>
 * <tr><td>{@code ip addr add 10.200.1.1 dev veth2} (a bare address is a /32)</td>
 *     <td>{@code h.addresses().add(AddressSpec.of("10.200.1.1", "veth2"))}</td></tr>
 * <tr><td>{@code ip addr add 172.16.0.1/24 brd + dev br0}</td>
 *     <td>{@code h.addresses().add(AddressSpec.of("172.16.0.1/24", "br0").withBroadcast("+"))}</td></tr>
 * <tr><td>{@code ip addr add 10.0.0.1/24 dev veth0 label veth0:1}</td>
 *     <td>{@code h.addresses().add(AddressSpec.of("10.0.0.1/24", "veth0").withLabel("veth0:1"))}</td></tr>
 * <tr><td>{@code ip addr add fd00::1/64 dev veth0 nodad}</td>
 *     <td>{@code h.addresses().add(AddressSpec.of("fd00::1/64", "veth0").withNoDad())}</td></tr>
 * <tr><td>{@code ip addr replace 10.0.0.1/24 dev veth0 metric 10}</td>
 *     <td>{@code h.addresses().replace(AddressSpec.of("10.0.0.1/24", "veth0").withMetric(10))}</td></tr>
 * <tr><td>{@code ip addr del 10.0.0.1/24 dev veth0}</td>
 *     <td>{@code h.addresses().delete(AddressSpec.of("10.0.0.1/24", "veth0"))}</td></tr>
 * <tr><td>{@code ip addr flush dev veth0}</td>
 *     <td>{@code h.addresses().flush("veth0")}</td></tr>
 * <tr><td>{@code ip addr show}</td><td>{@code h.addresses().list()}</td></tr>
 * <tr><td>{@code ip -4 addr show dev veth0}</td>
 *     <td>{@code h.addresses().list(AddressFilter.dev("veth0").withFamily(AddressFamily.INET))}</td></tr>
 * </table>
 *
 * <p><b>Dumps under heavy change.</b> A dump that runs while many addresses change at once can be
 * marked interrupted by the kernel ({@code NLM_F_DUMP_INTR}). A {@code list} method forgets what
 * it collected and dumps again, up to 8 times; a {@code forEach} cannot take back what it handed
 * over, so it does not restart. Either then fails, after the dump, with a {@link
 * io.netlink4j.core.KernelException} of {@code EINTR}; nothing was changed, and listing again is
 * safe.
 */
package io.netlink4j.route.address;
