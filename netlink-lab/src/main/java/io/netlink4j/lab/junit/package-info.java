/**
 * Labs in JUnit 5 tests: {@link io.netlink4j.lab.junit.LabTest} on a class or a test method
 * brings a lab up (from a file, a Mininet topology, or a {@link io.netlink4j.lab.junit.LabTopology}
 * member), injects it as a {@code Lab} parameter, takes it down afterwards even when the test
 * fails, and attaches the doctor's report and a drawing of the lab to a failed test's output.
 * Needs {@code junit-jupiter-api} on the class path (an optional dependency of this module).
 */
package io.netlink4j.lab.junit;
