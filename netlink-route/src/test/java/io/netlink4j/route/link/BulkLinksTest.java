package io.netlink4j.route.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.socket.BatchResult;
import io.netlink4j.route.testing.TestNs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipelined creation and deletion, and deletion of a whole interface group in one request. */
class BulkLinksTest {
    @Test
    void addAllReportsEachItemsErrorAndDeleteGroupRemovesTheGroupOnly() {
        try (TestNs t = new TestNs()) {
            t.links().add(Veth.of("keep0", "keep1"));
            t.links().add(Bridge.of("br0"));
            List<LinkSpec> specs = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                specs.add(Veth.of("a" + i, "b" + i).withGroup(7));
            }
            specs.set(70, Veth.of("keep0", "b70").withGroup(7));
            specs.add(Veth.of("c0", "c1").withGroup(7).withMaster("br0"));
            BatchResult r = t.links().addAll(specs);
            assertThat(r.size()).isEqualTo(151);
            assertThat(r.failedIndices()).containsExactly(70);
            assertThat(r.error(70).orElseThrow()).isInstanceOf(AlreadyExistsException.class)
                    .hasMessageStartingWith("RTM_NEWLINK keep0: File exists (EEXIST)");
            assertThat(t.links().list(LinkFilter.ofKind("veth"))).hasSize(2 + 2 * 149 + 2); // keep, the batch but #70, c
            assertThat(t.links().get("a149").group()).isEqualTo(7);
            assertThat(t.links().get("c0").master()).isEqualTo("br0");
            assertThat(t.ipLinks()).hasSize(1 + 1 + 2 + 2 * 149 + 2);

            t.links().deleteGroup(7);
            assertThat(t.links().list()).extracting(Link::name).containsExactlyInAnyOrder("lo", "keep0", "keep1", "br0");
            assertThat(t.ipLinks()).extracting(m -> m.get("ifname")).containsExactlyInAnyOrder("lo", "keep0", "keep1", "br0");
            // The kernel answers ENODEV when no device is in the group.
            assertThatThrownBy(() -> t.links().deleteGroup(7))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENODEV))
                    .hasMessageStartingWith("RTM_DELLINK group 7");
            assertThatThrownBy(() -> t.links().deleteGroup(0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("group 0 is the default group");
        }
    }

    /**
     * Issue 10, item 6: an item that cannot be sent — found only when its request is built — fails
     * the whole call before the first request goes out, naming the item; nothing is created. (The
     * old encoder sent the first 64 items before it reached item 70 and lost their results.)
     */
    @Test
    void anItemThatCannotBeSentFailsTheBatchBeforeAnythingIsCreated() {
        try (TestNs t = new TestNs(); TestNs other = new TestNs()) {
            NetNs closed = NetNs.named(other.name);
            closed.close();
            List<LinkSpec> specs = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                specs.add(Veth.of("h" + i, "k" + i));
            }
            specs.set(70, Veth.of("h70", "k70").withPeerIn(closed)); // a valid spec whose namespace handle closed since
            assertThatThrownBy(() -> t.links().addAll(specs)).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("item 70 of 100, RTM_NEWLINK h70: ").hasMessageContaining("closed");
            assertThat(t.links().list()).extracting(Link::name).containsExactly("lo");

            specs.set(70, Veth.of("h70", "k70").withMaster("nosuch0")); // a master that is not there
            assertThatThrownBy(() -> t.links().addAll(specs)).isInstanceOf(NotFoundException.class)
                    .hasMessageStartingWith("item 70 of 100, RTM_NEWLINK h70: No such device (ENODEV)")
                    .hasMessageContaining("nosuch0");
            assertThat(t.links().list()).extracting(Link::name).containsExactly("lo");
            assertThat(t.ipLinks()).hasSize(1);

            specs.set(70, Veth.of("h70", "k70"));
            assertThat(t.links().addAll(specs).ok()).isTrue();
            assertThat(t.links().list(LinkFilter.ofKind("veth"))).hasSize(200);
            t.links().deleteAll(specs.stream().map(LinkSpec::name).toList()).throwIfFailed();
        }
    }

    @Test
    void deleteAllIsPipelinedWithPerItemErrors() {
        try (TestNs t = new TestNs()) {
            List<LinkSpec> specs = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                specs.add(Veth.of("d" + i, "e" + i));
                names.add("d" + i);
            }
            assertThat(t.links().addAll(specs).ok()).isTrue();
            names.add(5, "gone0");
            BatchResult r = t.links().deleteAll(names);
            assertThat(r.failedIndices()).containsExactly(5);
            KernelException e = r.error(5).orElseThrow();
            assertThat(e).isInstanceOf(NotFoundException.class).hasMessageStartingWith("RTM_DELLINK gone0");
            assertThat(e.errno()).isEqualTo(Errno.ENODEV);
            assertThat(t.links().list()).extracting(Link::name).containsExactly("lo");
        }
    }
}
