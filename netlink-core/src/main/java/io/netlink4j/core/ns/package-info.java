/**
 * Network namespaces: {@link io.netlink4j.core.ns.NetNs} handles, named namespaces shared with
 * iproute2, descriptors (sockets, channels) made inside a namespace for use from the JVM's own
 * threads, code run inside on library threads that cannot start threads or processes, and child
 * processes started inside ({@link io.netlink4j.core.ns.NetNs#start}, as {@code ip netns exec} does).
 */
package io.netlink4j.core.ns;
