package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.BatchResult;
import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkException;
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
            assertThat(r.error(70).errno()).isEqualTo(Errno.EEXIST);
            assertThat(r.error(70).getMessage()).startsWith("RTM_NEWLINK keep0: File exists (EEXIST)");
            assertThat(t.links().list("veth")).hasSize(2 + 2 * 149 + 2); // keep, the batch but #70, c
            assertThat(t.links().get("a149").group()).isEqualTo(7);
            assertThat(t.links().get("c0").masterIndex()).isEqualTo(t.links().get("br0").index());
            assertThat(t.ipLinks()).hasSize(1 + 1 + 2 + 2 * 149 + 2);

            t.links().deleteGroup(7);
            assertThat(t.links().list()).extracting(Link::name)
                    .containsExactlyInAnyOrder("lo", "keep0", "keep1", "br0");
            assertThat(t.ipLinks()).extracting(m -> m.get("ifname"))
                    .containsExactlyInAnyOrder("lo", "keep0", "keep1", "br0");
            // The kernel answers ENODEV when no device is in the group.
            assertThatThrownBy(() -> t.links().deleteGroup(7))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> assertThat(e.errno()).isEqualTo(Errno.ENODEV))
                    .hasMessageStartingWith("RTM_DELLINK group 7");
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
            assertThat(r.error(5).errno()).isEqualTo(Errno.ENODEV);
            assertThat(r.error(5).getMessage()).startsWith("RTM_DELLINK gone0");
            assertThat(t.links().list()).extracting(Link::name).containsExactly("lo");
        }
    }
}
