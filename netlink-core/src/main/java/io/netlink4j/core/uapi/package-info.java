/**
 * Kernel and C library constants, named as in their headers: {@link io.netlink4j.core.uapi.Netlink}
 * ({@code <linux/netlink.h>}) and {@link io.netlink4j.core.uapi.SysConst} (sockets, files,
 * namespaces, seccomp, system call numbers). The bottom floor: it imports nothing.
 *
 * <p>Exported only to the library's own modules; public signatures use enums
 * ({@link io.netlink4j.core.AddressFamily}, {@link io.netlink4j.core.NetlinkProtocol}), never these
 * numbers.
 */
package io.netlink4j.core.uapi;
