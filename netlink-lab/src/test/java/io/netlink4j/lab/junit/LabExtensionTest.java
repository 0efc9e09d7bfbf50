package io.netlink4j.lab.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.netlink4j.core.testing.Ip;
import io.netlink4j.lab.Lab;
import io.netlink4j.lab.model.Topologies;
import io.netlink4j.lab.model.Topology;
import io.netlink4j.lab.testing.LabNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * The extension, driven the way a build runs it: the JUnit Platform launcher runs small test
 * classes (nested here, so the build does not run them itself) and this test looks at what they
 * saw and what was left behind.
 */
class LabExtensionTest {
    /** What the nested classes saw: test name to the lab's name. */
    static final Map<String, String> SEEN = new ConcurrentHashMap<>();

    /** What a launched class did. */
    record Outcome(List<TestExecutionResult> results, List<ReportEntry> reports) {}

    static Outcome launch(Class<?> testClass) {
        List<TestExecutionResult> results = Collections.synchronizedList(new ArrayList<>());
        List<ReportEntry> reports = Collections.synchronizedList(new ArrayList<>());
        Launcher launcher = LauncherFactory.create();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
                new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (id.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                            results.add(result);
                        }
                    }

                    @Override
                    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
                        reports.add(entry);
                    }
                });
        return new Outcome(results, reports);
    }

    private static boolean up(String lab) {
        return LabNames.namespacesOf(lab).contains(lab);
    }

    // ---- the launched classes ---------------------------------------------------------------------

    @LabTest(mininet = "single,2")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class OneLabForTheClass {
        @Test
        @Order(1)
        void first(Lab lab) throws Exception {
            SEEN.put("class-first", lab.name());
            assertThat(up(lab.name())).isTrue();
            lab.pingAll().assertAllReachable();
        }

        @Test
        @Order(2)
        void second(Lab lab) throws Exception {
            SEEN.put("class-second", lab.name());
            assertThat(lab.node("h2").namespaceName()).isEqualTo(lab.name() + "-h2");
        }
    }

    static class OneLabPerMethod {
        @LabTopology
        static Topology topology() {
            return Topologies.linear("perTest", 2);
        }

        @Test
        @LabTest
        void one(Lab lab) throws Exception {
            SEEN.put("method-one", lab.name());
            lab.pingAll().assertAllReachable();
        }

        @Test
        @LabTest
        void two(Lab lab) throws Exception {
            SEEN.put("method-two", lab.name());
        }
    }

    @LabTest(file = "labs/pair.yaml")
    static class Failing {
        @Test
        void cutsTheCableAndFails(Lab lab) throws Exception {
            SEEN.put("failing", lab.name());
            Ip.exec(List.of("ip", "-n", lab.name() + "-b", "link", "set", "eth0", "down"));
            lab.pingAll(java.time.Duration.ofMillis(200)).assertAllReachable();
        }
    }

    @LabTest
    static class NoTopology {
        @Test
        void never(Lab lab) throws Exception {
            SEEN.put("never", lab.name());
        }
    }

    static class NoLab {
        @Test
        void wantsALab(Lab lab) throws Exception {
            SEEN.put("nolab", lab.name());
        }
    }

    // ---- the tests ------------------------------------------------------------------------------

    @Test
    void aLabOnTheClassServesAllItsTestsAndGoesDownAfterTheLast() throws Exception {
        Outcome o = launch(OneLabForTheClass.class);
        assertThat(o.results()).extracting(TestExecutionResult::getStatus)
                .containsOnly(TestExecutionResult.Status.SUCCESSFUL).hasSize(2);
        String lab = SEEN.get("class-first");
        assertThat(lab).matches("OneLabForTheClass_[a-z0-9]{5}");
        assertThat(SEEN.get("class-second")).isEqualTo(lab);
        assertThat(LabNames.namespacesOf(lab)).isEmpty();
    }

    @Test
    void aLabOnATestIsThatTestsAlone() throws Exception {
        Outcome o = launch(OneLabPerMethod.class);
        assertThat(o.results()).extracting(TestExecutionResult::getStatus)
                .containsOnly(TestExecutionResult.Status.SUCCESSFUL).hasSize(2);
        assertThat(SEEN.get("method-one")).startsWith("perTest_").isNotEqualTo(SEEN.get("method-two"));
        assertThat(LabNames.namespacesOf(SEEN.get("method-one"))).isEmpty();
        assertThat(LabNames.namespacesOf(SEEN.get("method-two"))).isEmpty();
    }

    @Test
    void aFailedTestGetsTheDoctorsReportAndTheDrawingAndItsLabStillGoesDown() throws Exception {
        Outcome o = launch(Failing.class);
        assertThat(o.results()).hasSize(1);
        TestExecutionResult r = o.results().getFirst();
        assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        Throwable failure = r.getThrowable().orElseThrow();
        assertThat(failure).isInstanceOf(AssertionError.class).hasMessageContaining("2 of 2 pings got no reply");
        String lab = SEEN.get("failing");
        assertThat(failure.getSuppressed()).hasSize(1);
        String report = failure.getSuppressed()[0].getMessage();
        assertThat(report).contains("lab " + lab + ": 2 of 2 pairs of hosts have a problem",
                "a -> b (10.0.0.2): link a:eth0 -- b:eth0 is down: b:eth0 is administratively down",
                "lab " + lab + " (read from the kernel): 2 nodes, 1 links", "└── eth0 10.0.0.2/24 ── a:eth0 10.0.0.1/24  DOWN");
        assertThat(o.reports()).hasSize(1);
        assertThat(o.reports().getFirst().getKeyValuePairs()).containsKey("netlink-lab " + lab);
        assertThat(LabNames.namespacesOf(lab)).isEmpty();
    }

    @Test
    void aLabWithoutATopologyOrALabParameterWithoutALabAreConfigurationErrors() throws Exception {
        Outcome none = launch(NoTopology.class);
        assertThat(none.results()).hasSize(1);
        assertThat(none.results().getFirst().getThrowable().orElseThrow())
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("exactly one static @LabTopology field or method must give the Topology; found 0");
        assertThat(SEEN).doesNotContainKey("never");
        Outcome noLab = launch(NoLab.class);
        assertThat(noLab.results().getFirst().getThrowable().orElseThrow())
                .hasMessageContaining("No ParameterResolver registered for parameter");
    }

    @Test
    void uniqueNamesFitTheRule() throws Exception {
        assertThat(LabExtension.unique("demo")).matches("demo_[a-z0-9]{5}");
        assertThat(LabExtension.unique("x".repeat(32))).hasSize(32).matches("x{26}_[a-z0-9]{5}");
    }
}
