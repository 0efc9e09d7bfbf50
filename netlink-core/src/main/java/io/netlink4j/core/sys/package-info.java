/**
 * System calls through {@code java.lang.foreign}: {@link io.netlink4j.core.sys.Libc}, one
 * downcall per C library function with its {@code errno} captured per call, and
 * {@link io.netlink4j.core.sys.Sys}, one-off calls ({@code open}, {@code setns}, {@code mount})
 * that throw {@link io.netlink4j.core.SystemCallException} naming the call.
 *
 * <p>Every buffer is a {@code MemorySegment} whose own size is the length given to the kernel,
 * and every string must end inside its segment, so no caller can make the kernel read or write
 * past a segment. Still, these are raw system calls: the package is exported only to the
 * library's own modules ({@code io.netlink4j.route}, {@code io.netlink4j.netfilter}), never to
 * applications.
 */
package io.netlink4j.core.sys;
