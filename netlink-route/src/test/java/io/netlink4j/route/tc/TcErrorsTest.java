package io.netlink4j.route.tc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.route.link.Veth;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** How the tc facades fail: typed kernel errors that name the request, and bad specs refused before anything is sent. */
class TcErrorsTest {
    @Test
    void kernelErrorsAreTypedAndNameTheRequest() {
        try (TcLab lab = new TcLab()) {
            TcLab.Ns n = lab.namespace();
            n.rt().links().add(Veth.of("veth-a", "veth-b"));

            assertThatThrownBy(() -> n.rt().qdiscs().add(QdiscSpec.root("nope0", Htb.of())))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("nope0");
            // veth-a was never up: its root is the built-in noop qdisc, which the kernel does not report.
            assertThatThrownBy(() -> n.rt().qdiscs().get(QdiscSpec.root("veth-a"))).isInstanceOf(NotFoundException.class)
                    .hasMessage("RTM_GETQDISC dev veth-a root: No such file or directory (ENOENT): the kernel reports no qdisc there");
            assertThat(n.rt().qdiscs().find(QdiscSpec.root("veth-a"))).isEmpty();
            assertThat(n.rt().qdiscs().deleteIfExists(QdiscSpec.root("veth-a"))).isFalse();

            n.rt().qdiscs().add(QdiscSpec.root("veth-a", Htb.of()).withHandle("1:"));
            assertThat(n.rt().classes().deleteIfExists(TrafficClassSpec.of("veth-a", "1:10"))).isFalse();
            assertThat(n.rt().classes().find(TrafficClassSpec.of("veth-a", "1:10"))).isEmpty();
            assertThat(n.rt().filters().deleteIfExists(FilterSpec.of("veth-a", "1:").withPriority(7))).isFalse();
            n.rt().classes().add(TrafficClassSpec.of("veth-a", "1:", "1:10", HtbClass.of("1mbit")));
            assertThat(n.rt().classes().get(TrafficClassSpec.of("veth-a", "1:10")).kind())
                    .isEqualTo(HtbClass.of("1mbit").withQuantum(12500)); // the kernel's quantum: rate / r2q
            assertThatThrownBy(() -> n.rt().classes().add(TrafficClassSpec.of("veth-a", "1:", "1:10", HtbClass.of("1mbit"))))
                    .isInstanceOf(io.netlink4j.core.AlreadyExistsException.class)
                    .hasMessageStartingWith("RTM_NEWTCLASS dev veth-a parent 1: classid 1:10 htb rate 1Mbit");
            assertThatThrownBy(() -> n.rt().filters().add(FilterSpec.of("veth-a", "1:",
                    U32.of().matchAll().withAction(Mirred.egressRedirect("nope1")))))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("nope1");
        }
    }

    @Test
    void aKindTheKernelLacksIsNotFoundWithItsExtendedAck() {
        try (TcLab lab = new TcLab()) {
            TcLab.Ns n = lab.namespace();
            n.rt().links().add(Veth.of("veth-a", "veth-b"));
            KernelException e = catchThrowableOfType(KernelException.class,
                    () -> n.rt().qdiscs().add(QdiscSpec.root("veth-a", Netem.of().withDelay("1ms"))));
            Assumptions.assumeTrue(e != null, "skipped: this kernel has sch_netem, so adding netem does not fail");
            assertThat(e).isInstanceOf(NotFoundException.class)
                    .hasMessage("RTM_NEWQDISC dev veth-a root netem limit 1000 delay 1ms: No such file or directory (ENOENT):"
                            + " Specified qdisc kind is unknown");
        }
    }

    /** Bad specs fail before any request: the device does not exist, so a request would have failed with ENODEV instead. */
    @Test
    void badSpecsAreRefusedBeforeAnythingIsSent() {
        try (TcLab lab = new TcLab()) {
            TcLab.Ns n = lab.namespace();
            assertThatThrownBy(() -> n.rt().qdiscs().add(QdiscSpec.root("nope0"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("qdisc spec dev nope0 root names no kind: give one (QdiscSpec.root(dev, kind))");
            assertThatThrownBy(() -> n.rt().qdiscs().add(QdiscSpec.of("nope0", TcHandle.parse("1:")).withKind(Htb.of())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no parent");
            assertThatThrownBy(() -> n.rt().qdiscs().delete(QdiscSpec.of("nope0", TcHandle.parse("1:"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a delete needs root, a class or ingress");
            assertThatThrownBy(() -> n.rt().classes().add(TrafficClassSpec.of("nope0", "1:10")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no kind");
            assertThatThrownBy(() -> n.rt().filters().add(FilterSpec.ingress("nope0", Flower.of().withIpProto("tcp"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give protocol ip or ipv6");
            assertThatThrownBy(() -> n.rt().filters().get(FilterSpec.of("nope0", "1:")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no single filter");
            assertThatThrownBy(() -> n.rt().qdiscs().add(null)).isInstanceOf(NullPointerException.class).hasMessage("spec");
        }
    }
}
