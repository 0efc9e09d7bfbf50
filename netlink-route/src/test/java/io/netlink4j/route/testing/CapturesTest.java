package io.netlink4j.route.testing;

import io.netlink4j.core.testing.Captures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every capture fixture is well formed, and a broken one is caught. */
class CapturesTest {
    static List<String> fixtures() {
        return Captures.all();
    }

    @Test
    void theFixturesAreThere() {
        assertThat(fixtures()).hasSizeGreaterThan(100).contains("tc/qdisc-add-htb-default-30.hex");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void isWellFormed(String path) {
        Captures.check(Captures.load(path));
    }

    @Test
    void readsCommandCommentsAndFacts() {
        Captures.Capture c = Captures.load("tc/qdisc-add-htb-default-30.hex");
        assertThat(c.command()).isEqualTo("tc qdisc add dev veth-a root handle 1: htb default 30");
        assertThat(c.fact("veth-a")).isEqualTo("3");
        assertThat(c.fact("errno")).isEqualTo("0");
        assertThat(c.datagram()).hasSize(72);
    }

    @Test
    void aBrokenFixtureFails() {
        String ok = "1400000003000200000000000000000000000000";
        Captures.check(Captures.parse("ok", "# ip rule\n" + ok + "\n"));
        // nlmsg_len 0x18 runs past the 20-byte datagram
        assertThatThrownBy(() -> Captures.check(Captures.parse("long", "# ip rule\n18" + ok.substring(2) + "\n")))
                .hasMessageContaining("nlmsg_len");
        // four bytes after the last message
        assertThatThrownBy(() -> Captures.check(Captures.parse("tail", "# ip rule\n" + ok + "00000000\n")))
                .hasMessageContaining("stray");
        // nlmsg_seq not zeroed
        String seq = ok.substring(0, 16) + "01" + ok.substring(18);
        assertThatThrownBy(() -> Captures.check(Captures.parse("seq", "# ip rule\n" + seq + "\n")))
                .hasMessageContaining("not zeroed");
        // first comment is not a command, uppercase hex, no datagram
        assertThatThrownBy(() -> Captures.check(Captures.parse("cmd", "# kernel: ok\n" + ok + "\n")))
                .hasMessageContaining("not a command");
        assertThatThrownBy(() -> Captures.parse("hex", "# ip rule\n1A00000003000200\n"))
                .hasMessageContaining("neither");
        assertThatThrownBy(() -> Captures.check(Captures.parse("none", "# ip rule\n")))
                .hasMessageContaining("no datagram");
    }
}
