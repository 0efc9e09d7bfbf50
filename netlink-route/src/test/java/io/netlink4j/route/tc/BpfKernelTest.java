package io.netlink4j.route.tc;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.testing.Json;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bpf classifier with a program loaded by this test ({@code bpf(2)} through FFM): attached
 * by descriptor in direct-action mode at veth-y's ingress, a program that returns
 * {@code TC_ACT_SHOT} stops pings from the other namespace; removed, they pass again.
 * {@code tc -j filter show} is the witness of the attached program.
 */
class BpfKernelTest {
    private static final int TC_ACT_SHOT = 2;

    @Test
    void directActionProgramDropsIngressTraffic() throws InterruptedException {
        try (TcLab lab = new TcLab()) {
            TcLab.Ns a = lab.namespace();
            TcLab.Ns b = lab.namespace();
            TcLab.veth(a, "veth-x", "10.79.0.1/24", b, "veth-y", "10.79.0.2/24");
            assertThat(a.rt().ping().ping("10.79.0.2", 2, Duration.ofSeconds(1)).received()).isEqualTo(2);

            b.rt().qdiscs().add(QdiscSpec.clsact("veth-y"));
            int fd = BpfPrograms.load(TC_ACT_SHOT, "nlt_drop");
            try {
                b.rt().filters().add(FilterSpec.ingress("veth-y", Bpf.of(fd).withName("nlt-drop").withDirectAction()));
            } finally {
                BpfPrograms.close(fd); // the filter holds the program now
            }
            assertThat(a.rt().ping().ping("10.79.0.2", 2, Duration.ofMillis(300)).received()).isZero();

            Filter f = b.rt().filters().list("veth-y", "ingress").stream().filter(x -> x.kind() instanceof Bpf)
                    .findFirst().orElseThrow();
            Bpf bpf = (Bpf) f.kind();
            Map<String, Object> tc = TcLab.tcJson(b, "filter", "show", "dev", "veth-y", "ingress").stream()
                    .filter(j -> Json.at(j, "options", "prog") != null).findFirst().orElseThrow();
            assertThat(bpf.name()).isEqualTo("nlt-drop").isEqualTo(Json.at(tc, "options", "bpf_name"));
            assertThat(bpf.directAction()).isTrue();
            assertThat(Json.at(tc, "options", "direct-action")).isEqualTo(true);
            assertThat((long) bpf.programId()).isPositive().isEqualTo(Json.at(tc, "options", "prog", "id"));
            assertThat(bpf.fd()).isEqualTo(-1);
            assertThat(f.toString()).startsWith("filter dev veth-y parent ffff:fff2 protocol all pref ")
                    .contains(" bpf chain 0 handle 0x1 name nlt-drop direct-action id " + bpf.programId());

            b.rt().filters().delete(f.key());
            assertThat(a.rt().ping().ping("10.79.0.2", 2, Duration.ofSeconds(1)).received()).isEqualTo(2);
        }
    }
}
