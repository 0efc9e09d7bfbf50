package io.netlink4j.route.testing;

import io.netlink4j.core.testing.Captures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every capture fixture is well formed (netlink-core's CapturesTest checks that a broken one is caught). */
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
}
