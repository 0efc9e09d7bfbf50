package io.netlink4j.lab.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lab for a JUnit 5 test: on a class, one lab for all its tests (up before the first, down
 * after the last); on a test method, a lab for that test alone. Test methods (and {@code @BeforeEach}
 * / {@code @AfterEach} methods) get it as a parameter of type {@link io.netlink4j.lab.Lab}. The
 * lab goes down after its tests also when they fail; a test that fails gets the doctor's report
 * and a text drawing of the lab in its output (a report entry and a suppressed exception).
 *
 * <pre>{@code
 * @LabTest(file = "src/test/resources/two-hosts.yaml")
 * class ClusterTest {
 *     @Test void membersSeeEachOther(Lab lab) { lab.pingAll().assertAllReachable(); }
 * }
 *
 * class RoutingTest {
 *     @LabTopology static Topology lab() { return Topologies.linear("routing", 3); }
 *     @Test @LabTest void pings(Lab lab) { lab.pingAll().assertAllReachable(); }
 * }
 * }</pre>
 *
 * <p>The lab is named after the topology with a random suffix ({@code demo_k3x9q}), so tests
 * that run at the same time never share namespaces. Exactly one source of the topology: a
 * {@link #file}, a {@link #mininet} topology, or the test class's {@link LabTopology} member.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(LabExtension.class)
public @interface LabTest {
    /**
     * A lab file: a path (relative to the working directory) or a class-path resource.
     *
     * @return a lab file
     */
    String file() default "";

    /**
     * A Mininet topology, {@code single,3}, {@code linear,4}, {@code tree,2,2}.
     *
     * @return a Mininet topology, {@code single,3}, {@code linear,4}, {@code tree,2,2}
     */
    String mininet() default "";
}
