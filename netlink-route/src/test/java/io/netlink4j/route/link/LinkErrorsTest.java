package io.netlink4j.route.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.route.testing.TestNs;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Refusals: the kernel's, typed and naming the request and device, and ours, before anything is sent. */
class LinkErrorsTest {
    @Test
    void aDuplicateNameIsAlreadyExistsWithTheKernelsMessage() {
        try (TestNs t = new TestNs()) {
            t.links().add(Veth.of("dup0", "dup1"));
            assertThatThrownBy(() -> t.links().add(Bridge.of("dup0")))
                    .isInstanceOfSatisfying(AlreadyExistsException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EEXIST))
                    .hasMessageStartingWith("RTM_NEWLINK dup0: File exists (EEXIST)");
            assertThatThrownBy(() -> t.links().add(Veth.of("dup0", "other0")))
                    .isInstanceOf(AlreadyExistsException.class).hasMessageStartingWith("RTM_NEWLINK dup0: File exists");
            assertThat(t.links().get("dup0").kind()).isEqualTo("veth");
        }
    }

    /** Issue 10, item 8: the kernel says EEXIST for either end; the error names the end whose name is taken. */
    @Test
    void aVethWhosePeerNameIsTakenInTheOtherNamespaceNamesThePeerAndThatNamespace() {
        try (TestNs host = new TestNs(); TestNs pod = new TestNs()) {
            pod.links().add(Bridge.of("eth0"));
            assertThatThrownBy(() -> host.links().add(Veth.of("veth0", "eth0").withPeerIn(pod.ns)))
                    .isInstanceOf(AlreadyExistsException.class)
                    .hasMessageStartingWith("RTM_NEWLINK veth0 peer eth0: File exists (EEXIST)")
                    .hasMessageContaining("eth0 is taken in namespace " + pod.name);
            host.links().add(Bridge.of("taken0"));
            assertThatThrownBy(() -> host.links().add(Veth.of("veth1", "taken0")))
                    .isInstanceOf(AlreadyExistsException.class)
                    .hasMessageStartingWith("RTM_NEWLINK veth1 peer taken0: File exists (EEXIST)")
                    .hasMessageContaining("taken0 is taken in namespace " + host.name);
            assertThat(host.links().find("veth0")).isEmpty();
            assertThat(host.links().find("veth1")).isEmpty();
        }
    }

    @Test
    void anUnknownDeviceIsNotFoundNamingIt() {
        try (TestNs t = new TestNs()) {
            t.links().add(Veth.of("v0", "v1"));
            List<ThrowingCallable> calls = List.of(
                    () -> t.links().setUp("nosuch0"),
                    () -> t.links().delete("nosuch0"),
                    () -> t.links().get("nosuch0"),
                    () -> t.links().setMtu("nosuch0", 1400),
                    () -> t.links().setMaster("v0", "nosuch0"),
                    () -> t.links().rename("nosuch0", "x"),
                    () -> t.links().moveTo("nosuch0", t.ns),
                    () -> t.links().add(Veth.of("v2", "v3").withMaster("nosuch0")),
                    () -> t.links().add(Macvlan.of("mv0", "nosuch0")),
                    () -> t.links().add(Vxlan.of("vx0", 1).withDevice("nosuch0")));
            for (ThrowingCallable c : calls) {
                assertThatThrownBy(c).isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.errno()).isEqualTo(Errno.ENODEV)).hasMessageContaining("nosuch0");
            }
            assertThatThrownBy(() -> t.links().setUp("nosuch0"))
                    .hasMessage("RTM_NEWLINK nosuch0 up: No such device (ENODEV): no device named 'nosuch0'");
            assertThat(t.links().find("nosuch0")).isEmpty();
            assertThat(t.links().list()).extracting(Link::name).containsExactlyInAnyOrder("lo", "v0", "v1");
        }
    }

    @Test
    void badNamesAreRefusedBeforeAnythingIsSent() {
        try (TestNs t = new TestNs()) {
            for (String bad : List.of("sixteen-bytes-xx", "a/b", "a b", "tab\there", "", "a:b", "br%d", "àb",
                    "no\u00a0break", ".", "..")) {
                assertThatThrownBy(() -> t.links().add(Veth.of(bad, "ok0"))).as(bad).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> t.links().add(Veth.of("ok0", bad))).as(bad).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> Bridge.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> t.links().setUp(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> t.links().delete(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> t.links().rename("lo", bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            }
            // Issue 10, item 8: the kernel would pick a free name for br%d (br0) instead of the one given.
            assertThatThrownBy(() -> Bridge.of("br%d")).hasMessageContaining("'%'");
            assertThatThrownBy(() -> Bridge.of("àb")).hasMessageContaining("0xA0");
            assertThatThrownBy(() -> Bridge.of("sixteen-bytes-xx")).hasMessageContaining("'sixteen-bytes-xx' is 16 bytes long");
            assertThat(t.links().list()).extracting(Link::name).containsExactly("lo");
        }
    }

    @Test
    void badValuesAreRefusedWithTheRuleTheyBreak() {
        // Full-width digits are not hex digits to the kernel or to ip (issue 10, item 8).
        assertThatThrownBy(() -> Veth.of("x0", "x1").withMac("０２:00:00:00:00:01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a MAC address");
        assertThatThrownBy(() -> Veth.of("x0", "x1").withMac("01:00:5e:00:00:01")).hasMessageContaining("multicast");
        assertThatThrownBy(() -> Veth.of("x0", "x1").withPeerMac("ff:ff:ff:ff:ff:ff")).hasMessageContaining("multicast");
        assertThatThrownBy(() -> Vxlan.of("vx0", 1 << 24)).hasMessageContaining("VNI 16777216 is out of range");
        assertThatThrownBy(() -> Vxlan.of("vx0", 1).withRemote("239.1.1.1")).hasMessageContaining("is multicast");
        assertThatThrownBy(() -> Vxlan.of("vx0", 1).withMulticastGroup("10.0.0.1")).hasMessageContaining("not multicast");
        assertThatThrownBy(() -> Vxlan.of("vx0", 1).withLocal("10.0.0.1").withRemote("fd00::1"))
                .hasMessageContaining("different address families");
        assertThatThrownBy(() -> Vxlan.of("vx0", 1).withRemote("010.0.0.1")).hasMessageContaining("010.0.0.1");
        assertThatThrownBy(() -> Vxlan.of("vx0", 1).withPort(0)).hasMessageContaining("port 0");
        assertThatThrownBy(() -> Vlan.of("v.1", "eth0", 4095)).hasMessageContaining("id 4095 is out of range: 0..4094");
        assertThatThrownBy(() -> Veth.of("x0", "x1").withMtu(0)).hasMessageContaining("mtu 0");
        assertThatThrownBy(() -> Veth.of("x0", "x1").withQueues(4097)).hasMessageContaining("queues 4097");
        assertThatThrownBy(() -> Bridge.of("br0").withForwardDelay(Duration.ofMillis(1005)))
                .hasMessageContaining("whole number of centiseconds");
        assertThatThrownBy(() -> Bridge.of("br0").withAgeingTime(Duration.ofSeconds(-1))).hasMessageContaining("negative");
        assertThatThrownBy(() -> Veth.of("x0", "x1").withOptions(LinkOptions.DEFAULT.withUp()).withPeerIn(null))
                .isInstanceOf(NullPointerException.class).hasMessage("ns");
        assertThatThrownBy(() -> new Veth("x0", "x1", null, LinkOptions.DEFAULT, LinkOptions.DEFAULT.withUp()))
                .hasMessageContaining("cannot be created up");
        assertThatThrownBy(() -> new Veth("x0", "x1", null, LinkOptions.DEFAULT, LinkOptions.DEFAULT.withMaster("br0")))
                .hasMessageContaining("a master cannot be set at creation");
    }

    @Test
    void nullsAreRefusedNamingTheParameter() {
        try (TestNs t = new TestNs()) {
            List<Object[]> cases = List.<Object[]>of(
                    new Object[] {(ThrowingCallable) () -> Veth.of(null, "x"), "name"},
                    new Object[] {(ThrowingCallable) () -> Veth.of("x", null), "peerName"},
                    new Object[] {(ThrowingCallable) () -> Bridge.of(null), "name"},
                    new Object[] {(ThrowingCallable) () -> Vlan.of("v", null, 1), "parent"},
                    new Object[] {(ThrowingCallable) () -> Macvlan.of("m", "p").withMode(null), "mode"},
                    new Object[] {(ThrowingCallable) () -> Veth.of("a", "b").withMac((String) null), "mac"},
                    new Object[] {(ThrowingCallable) () -> Veth.of("a", "b").withMaster(null), "master"},
                    new Object[] {(ThrowingCallable) () -> Vxlan.of("v", 1).withRemote((String) null), "ip"},
                    new Object[] {(ThrowingCallable) () -> LinkFilter.ofKind(null), "kind"},
                    new Object[] {(ThrowingCallable) () -> t.links().add(null), "spec"},
                    new Object[] {(ThrowingCallable) () -> t.links().addAll(null), "specs"},
                    new Object[] {(ThrowingCallable) () -> t.links().get((String) null), "name"},
                    new Object[] {(ThrowingCallable) () -> t.links().setUp(null), "name"},
                    new Object[] {(ThrowingCallable) () -> t.links().setMaster("lo", null), "bridge"},
                    new Object[] {(ThrowingCallable) () -> t.links().setAlias("lo", null), "alias"},
                    new Object[] {(ThrowingCallable) () -> t.links().moveTo("lo", (String) null), "namespaceName"},
                    new Object[] {(ThrowingCallable) () -> t.links().list(null), "filter"},
                    new Object[] {(ThrowingCallable) () -> t.links().waitFor("lo", null, Duration.ZERO), "condition"});
            for (Object[] c : cases) {
                assertThatThrownBy((ThrowingCallable) c[0]).isInstanceOf(NullPointerException.class).hasMessage((String) c[1]);
            }
        }
    }

    @Test
    void movingIntoAMissingNamespaceFailsClearlyAndLeavesTheLink() {
        try (TestNs t = new TestNs()) {
            t.links().add(Veth.of("mv0", "mv1"));
            String missing = t.name + "-missing";
            assertThatThrownBy(() -> t.links().moveTo("mv0", missing))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOENT))
                    .hasMessageContaining("no network namespace named '" + missing + "'");
            assertThatThrownBy(() -> t.links().moveToPid("mv0", Integer.MAX_VALUE - 1))
                    .isInstanceOfSatisfying(KernelException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ESRCH))
                    .hasMessageContaining("mv0");
            assertThat(t.links().list()).extracting(Link::name).containsExactlyInAnyOrder("lo", "mv0", "mv1");
        }
    }
}
