package io.netlink4j.core.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@link Captures}' own checks catch a broken fixture. The modules whose test resources hold
 * fixtures check those in their own CapturesTest.
 */
class CapturesTest {
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
