package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netlink4j.core.Errno;
import org.junit.jupiter.api.Test;

/**
 * Bad rules fail the whole batch — before sending when the library can tell, in the kernel
 * otherwise — and leave the ruleset exactly as it was, as {@code nft -j list ruleset} shows.
 */
class BatchFailureTest {
    private static final Chain FORWARD = Chain.base(Family.IP, "filter", "FORWARD", ChainType.FILTER, Hook.FORWARD,
            Priority.FILTER, Policy.ACCEPT);

    @Test
    void interfaceNameOver15BytesIsRejectedBeforeSending() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            nft.masquerade("nat", "eth0");
            String before = t.rulesetJson();
            assertThatThrownBy(() -> nft.masquerade("nat", "sixteen-bytes-xx"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'sixteen-bytes-xx'").hasMessageContaining("at most 15");
            assertThatThrownBy(() -> nft.allowForward("filter", "br0", ""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
            assertThat(t.rulesetJson()).isEqualTo(before);
        }
    }

    @Test
    void invalidPrefixIsRejectedBeforeSending() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            String before = t.rulesetJson();
            assertThatThrownBy(() -> nft.masqueradeSource("nat", "10.244.0.0/33", "cni0"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("33");
            assertThatThrownBy(() -> nft.masqueradeSource("nat", "10.244.0.300/24", "cni0"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.244.0.300");
            assertThatThrownBy(() -> Rule.in(Family.IP, "nat", "POSTROUTING").saddr("2001:db8::/32"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("family ip");
            assertThat(t.rulesetJson()).isEqualTo(before).doesNotContain("\"table\"");
            assertThat(nft.listTables()).isEmpty();
        }
    }

    @Test
    void jumpToMissingChainRollsBackTheWholeBatch() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            nft.masqueradeSource("nat", "10.244.0.0/24", "cni0");
            String before = t.rulesetJson();
            Batch b = nft.batch()
                    .addTable(Family.IP, "filter")
                    .addChain(FORWARD)
                    .addRule(Rule.in(Family.IP, "filter", "FORWARD").iifname("br0").accept().build())
                    .addRule(Rule.in(Family.IP, "filter", "FORWARD").jump("nowhere").build())
                    .addRule(Rule.in(Family.IP, "filter", "FORWARD").oifname("br0").accept().build())
                    .deleteTable(Family.IP, "nat");
            BatchException e = catchThrowableOfType(BatchException.class, b::commit);
            assertThat(e.errno()).isEqualTo(Errno.ENOENT);
            assertThat(e.failedIndex()).isEqualTo(3);
            assertThat(e.batchSize()).isEqualTo(6);
            assertThat(e.failures()).singleElement()
                    .satisfies(f -> assertThat(f.operation()).isEqualTo(
                            "add rule ip filter FORWARD, expression 1 of 1 Verdict[kind=JUMP, chain=nowhere]"));
            assertThat(e.getMessage()).startsWith("nftables batch of 6 rolled back at message 4, add rule ip filter FORWARD")
                    .contains("ENOENT");
            // Neither the new table nor the deletion of the old one happened.
            assertThat(t.rulesetJson()).isEqualTo(before);
            assertThat(nft.listTables()).extracting(Table::name).containsExactly("nat");
        }
    }

    @Test
    void everyFailingMessageIsReportedInBatchOrder() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            nft.addTable(Family.IP, "filter");
            String before = t.rulesetJson();
            BatchException e = catchThrowableOfType(BatchException.class, () -> nft.batch()
                    .createTable(Family.IP, "filter")
                    .addTable(Family.INET, "fine")
                    .deleteTable(Family.IP6, "missing")
                    .commit());
            assertThat(e.failedIndex()).isZero();
            assertThat(e.errno()).isEqualTo(Errno.EEXIST);
            assertThat(e.failures()).extracting(f -> f.errno(), f -> f.operation()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Errno.EEXIST, "create table ip filter"),
                    org.assertj.core.groups.Tuple.tuple(Errno.ENOENT, "delete table ip6 missing"));
            assertThat(e.getSuppressed()).hasSize(1);
            assertThat(t.rulesetJson()).isEqualTo(before);
        }
    }

    @Test
    void natStatementOnAFilterHookIsRefusedByTheKernel() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            String before = t.rulesetJson();
            // masquerade is only valid in nat chains on postrouting: the kernel says EOPNOTSUPP.
            BatchException e = catchThrowableOfType(BatchException.class, () -> nft.batch()
                    .addTable(Family.IP, "filter")
                    .addChain(FORWARD)
                    .addRule(Rule.in(Family.IP, "filter", "FORWARD").masquerade().build())
                    .commit());
            assertThat(e.failedIndex()).isEqualTo(2);
            assertThat(e.errno()).isEqualTo(Errno.EOPNOTSUPP);
            assertThat(t.rulesetJson()).isEqualTo(before);
        }
    }
}
