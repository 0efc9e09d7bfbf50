package io.netlink4j.examples;

import io.netlink4j.core.testing.Ip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** {@code show} draws what the kernel has, also a topology made by hand with {@code ip}. */
class ShowTest {
    private static String show(String sandbox, int expectedCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(Main.run(new String[] {"show", "--sandbox", sandbox}, ps, ps)).isEqualTo(expectedCode);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void drawsAHandMadeTopologyFromTheKernel() {
        String sb = "nlt-ex-sh-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String pod = sb + "-pod";
        try {
            Ip.run("netns", "add", sb);
            Ip.run("netns", "add", pod);
            Ip.run("-n", sb, "link", "add", "br9", "type", "bridge");
            Ip.run("-n", sb, "link", "add", "v-pod", "type", "veth", "peer", "name", "v-pod-in", "netns", pod);
            Ip.run("-n", sb, "link", "set", "v-pod", "master", "br9");
            Ip.run("-n", sb, "addr", "add", "10.9.0.1/24", "dev", "br9");
            Ip.run("-n", pod, "addr", "add", "10.9.0.2/24", "dev", "v-pod-in");
            Ip.run("-n", sb, "link", "set", "br9", "up");
            Ip.run("-n", sb, "link", "set", "v-pod", "up");

            String out = show(sb, 0);
            System.out.println(out);
            assertThat(out).contains("+-- " + sb + " ").contains("+-- " + pod + " ")
                    .containsPattern("br9 +bridge +UP +10\\.9\\.0\\.1/24 +ports: v-pod")
                    .containsPattern("v-pod +veth +UP .*port of br9 <=> " + pod + ":v-pod-in")
                    .containsPattern("v-pod-in +veth +DOWN +10\\.9\\.0\\.2/24")
                    .contains("bridge br9 in " + sb)
                    .containsPattern("=+ br9 10\\.9\\.0\\.1/24 UP =+")
                    .contains(sb + ":v-pod  <==veth==>  " + pod + ":v-pod-in 10.9.0.2/24");
        } finally {
            Ip.tryExec(List.of("ip", "netns", "del", pod));
            Ip.tryExec(List.of("ip", "netns", "del", sb));
        }
    }

    @Test
    void saysSoWhenThereIsNoSandbox() {
        String out = show("nlt-ex-none-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()), 1);
        assertThat(out).contains("no sandbox").contains("up");
    }
}
