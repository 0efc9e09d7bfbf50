package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Refusals: the kernel's, named after the request and device, and ours, before anything is sent. */
class LinkErrorsTest {
    @Test
    void duplicateNameIsEexistWithTheKernelsMessage() {
        try (TestNs t = new TestNs()) {
            t.links().add(Veth.of("dup0", "dup1"));
            assertThatThrownBy(() -> t.links().add(Bridge.of("dup0")))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.EEXIST))
                    .hasMessageStartingWith("RTM_NEWLINK dup0: File exists (EEXIST)");
            assertThat(t.links().get("dup0").kind()).isEqualTo("veth");
        }
    }

    @Test
    void unknownDeviceIsEnodevNamingIt() {
        try (TestNs t = new TestNs()) {
            t.links().add(Veth.of("v0", "v1"));
            for (Runnable r : List.<Runnable>of(
                    () -> t.links().setUp("nosuch0"),
                    () -> t.links().delete("nosuch0"),
                    () -> t.links().get("nosuch0"),
                    () -> t.links().setMtu("nosuch0", 1400),
                    () -> t.links().setMaster("v0", "nosuch0"),
                    () -> t.links().add(Veth.of("v2", "v3").withMaster("nosuch0")),
                    () -> t.links().add(Macvlan.of("mv0", "nosuch0")))) {
                assertThatThrownBy(r::run)
                        .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENODEV))
                        .hasMessageContaining("nosuch0");
            }
            assertThat(t.links().find("nosuch0")).isEmpty();
            assertThat(t.links().list()).extracting(Link::name).containsExactlyInAnyOrder("lo", "v0", "v1");
        }
    }

    @Test
    void invalidNamesAreRefusedBeforeAnythingIsSent() {
        try (TestNs t = new TestNs()) {
            for (String bad : List.of("sixteen-bytes-xx", "a/b", "a b", "tab\there", "", "a:b")) {
                assertThatThrownBy(() -> t.links().add(Veth.of(bad, "ok0")))
                        .isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> t.links().add(Veth.of("ok0", bad)))
                        .isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> t.links().setUp(bad)).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> t.links().delete(bad)).isInstanceOf(IllegalArgumentException.class);
            }
            assertThatThrownBy(() -> Bridge.of("sixteen-bytes-xx"))
                    .hasMessageContaining("'sixteen-bytes-xx' is 16 bytes long");
            assertThatThrownBy(() -> t.links().add(Veth.of("x0", "x1").withMac("01:00:5e:00:00:01")))
                    .hasMessageContaining("multicast");
            assertThatThrownBy(() -> Vxlan.of("vx0", 1 << 24)).hasMessageContaining("VNI 16777216");
            assertThatThrownBy(() -> t.links().deleteGroup(0)).isInstanceOf(IllegalArgumentException.class);
            assertThat(t.links().list()).extracting(Link::name).containsExactly("lo");
        }
    }

    @Test
    void movingIntoAMissingNamespaceFailsClearlyAndLeavesTheLink() {
        try (TestNs t = new TestNs()) {
            t.links().add(Veth.of("mv0", "mv1"));
            String missing = t.name + "-missing";
            assertThatThrownBy(() -> t.links().moveTo("mv0", missing))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENOENT))
                    .hasMessageContaining("no network namespace named '" + missing + "'");
            assertThatThrownBy(() -> t.links().moveToPid("mv0", Integer.MAX_VALUE - 1))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ESRCH))
                    .hasMessageContaining("mv0");
            assertThat(t.links().list()).extracting(Link::name).containsExactlyInAnyOrder("lo", "mv0", "mv1");
        }
    }
}
