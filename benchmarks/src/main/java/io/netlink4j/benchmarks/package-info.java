/**
 * JMH benchmarks of netlink4j: veth pairs created and deleted per second, named namespaces, and
 * a CNI-style pod attachment, side by side with iproute2 in the same run, each in throwaway
 * namespaces of its own. Run with {@code ./build.sh bench}; see {@code benchmarks/README.md}.
 */
package io.netlink4j.benchmarks;
