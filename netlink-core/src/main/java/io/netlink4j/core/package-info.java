/**
 * The values and errors every netlink4j module shares, with no netlink mechanics in them.
 *
 * <p>Errors: {@link io.netlink4j.core.NetlinkException} is the sealed root of every failure the
 * library reports; a caller tells them apart by type — {@link io.netlink4j.core.KernelException}
 * (the kernel refused: {@link io.netlink4j.core.AlreadyExistsException},
 * {@link io.netlink4j.core.NotFoundException}, {@link io.netlink4j.core.PermissionDeniedException}
 * or a plain one with its {@link io.netlink4j.core.Errno}), {@link io.netlink4j.core.SystemCallException},
 * {@link io.netlink4j.core.ProtocolException} and {@link io.netlink4j.core.NetlinkTimeoutException}.
 * Every message reads as one sentence: {@code RTM_NEWLINK veth-blue: File exists (EEXIST)}.
 *
 * <pre>{@code
 * try {
 *     host.links().add(Veth.of("veth-host", "veth-blue"));
 * } catch (AlreadyExistsException e) {
 *     // there from an earlier run: fine
 * }
 * }</pre>
 *
 * <p>Values, each checked by the kernel's own rule before anything is sent:
 * {@link io.netlink4j.core.Cidr} ({@code 10.0.0.1/24}, parsed as {@code inet_pton} does),
 * {@link io.netlink4j.core.MacAddress}, {@link io.netlink4j.core.InterfaceName}
 * ({@code dev_valid_name}), {@link io.netlink4j.core.AddressFamily} and
 * {@link io.netlink4j.core.NetlinkProtocol}.
 */
package io.netlink4j.core;
