package io.netlink4j.netfilter.testing;

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
        assertThat(fixtures()).hasSizeGreaterThan(15).contains("nft/table/add.hex");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void isWellFormed(String path) {
        Captures.check(Captures.load(path));
    }

    @Test
    void readsCommandCommentsAndFacts() {
        Captures.Capture c = Captures.load("nft/table/add.hex");
        assertThat(c.command()).isEqualTo("nft -e add table ip nat");
        assertThat(c.fact("errno")).isEqualTo("0");
        // one batch datagram: NFNL_MSG_BATCH_BEGIN, NFT_MSG_NEWTABLE, NFNL_MSG_BATCH_END
        assertThat(Captures.messages(c.datagram())).hasSize(3);
    }
}
