/** JMH benchmarks of netlink4j; filled in by the benchmarks issue. */
package io.netlink4j.benchmarks;
