package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * Bad rules fail the whole transaction — before sending when the library can tell, in the kernel
 * otherwise — and leave the ruleset exactly as it was, as {@code nft -j list ruleset} shows. The
 * exception is of the first failure's type and names the message and the expression.
 */
class TransactionFailureTest {
    private static final Chain FORWARD = Chain.base(Family.IP, "filter", "FORWARD", Hook.FORWARD)
            .withPolicy(Policy.ACCEPT);

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
            assertThatThrownBy(() -> nft.allowForward("filter", "br0", null))
                    .isInstanceOf(NullPointerException.class).hasMessage("out");
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
            assertThat(nft.tables().list()).isEmpty();
        }
    }

    @Test
    void jumpToMissingChainRollsBackTheWholeTransaction() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            nft.masqueradeSource("nat", "10.244.0.0/24", "cni0");
            String before = t.rulesetJson();
            Transaction tx = nft.transaction()
                    .replace(Table.of(Family.IP, "filter"))
                    .replace(FORWARD)
                    .add(Rule.in(Family.IP, "filter", "FORWARD").iifname("br0").accept())
                    .add(Rule.in(Family.IP, "filter", "FORWARD").jump("nowhere"))
                    .add(Rule.in(Family.IP, "filter", "FORWARD").oifname("br0").accept())
                    .delete(Table.of(Family.IP, "nat"));
            NotFoundException e = catchThrowableOfType(NotFoundException.class, tx::commit);
            assertThat(e.errno()).isEqualTo(Errno.ENOENT);
            assertThat(e.operation()).isEqualTo("nftables batch of 6 rolled back at message 4,"
                    + " add rule ip filter FORWARD, expression 1 of 1 (jump nowhere)");
            assertThat(e.getMessage()).startsWith("nftables batch of 6 rolled back at message 4, add rule ip filter FORWARD")
                    .contains("No such file or directory (ENOENT)");
            // The failed message's own exception is the cause; nothing else failed.
            assertThat(e.getCause()).isInstanceOf(NotFoundException.class)
                    .extracting(c -> ((KernelException) c).operation()).isEqualTo("add rule ip filter FORWARD");
            assertThat(e.getSuppressed()).isEmpty();
            // Neither the new table nor the deletion of the old one happened.
            assertThat(t.rulesetJson()).isEqualTo(before);
            assertThat(nft.tables().list()).extracting(Table::name).containsExactly("nat");
        }
    }

    @Test
    void everyFailingMessageIsReportedInTransactionOrder() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            nft.tables().replace(Table.of(Family.IP, "filter"));
            String before = t.rulesetJson();
            AlreadyExistsException e = catchThrowableOfType(AlreadyExistsException.class, () -> nft.transaction()
                    .add(Table.of(Family.IP, "filter"))
                    .replace(Table.of(Family.INET, "fine"))
                    .delete(Table.of(Family.IP6, "missing"))
                    .commit());
            assertThat(e.getMessage()).startsWith("nftables batch of 3 rolled back at message 1, add table ip filter: "
                    + "File exists (EEXIST)");
            assertThat(e.getSuppressed()).singleElement().isInstanceOf(NotFoundException.class)
                    .extracting(s -> ((KernelException) s).operation()).isEqualTo("delete table ip6 missing");
            assertThat(t.rulesetJson()).isEqualTo(before);
        }
    }

    @Test
    void natStatementOnAFilterHookIsRefusedByTheKernel() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            String before = t.rulesetJson();
            // masquerade is only valid in nat chains on postrouting: the kernel says EOPNOTSUPP.
            KernelException e = catchThrowableOfType(KernelException.class, () -> nft.transaction()
                    .replace(Table.of(Family.IP, "filter"))
                    .replace(FORWARD)
                    .add(Rule.in(Family.IP, "filter", "FORWARD").masquerade())
                    .commit());
            assertThat(e.errno()).isEqualTo(Errno.EOPNOTSUPP);
            assertThat(e.operation()).startsWith("nftables batch of 3 rolled back at message 3, add rule ip filter FORWARD");
            assertThat(t.rulesetJson()).isEqualTo(before);
        }
    }

    @Test
    void aSingleChangeIsNamedWithoutTheTransactionAroundIt() {
        try (TestNs t = TestNs.create(); Nftables nft = Nftables.open(t.ns)) {
            assertThatThrownBy(() -> nft.chains().delete(Family.IP, "nothere", "c"))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageStartingWith("delete chain ip nothere c: No such file or directory (ENOENT)");
            nft.tables().replace(Table.of(Family.IP, "filter"));
            nft.chains().replace(FORWARD);
            NotFoundException e = catchThrowableOfType(NotFoundException.class,
                    () -> nft.rules().add(Rule.in(Family.IP, "filter", "FORWARD").iifname("lo").jump("nowhere")));
            assertThat(e.operation()).isEqualTo("add rule ip filter FORWARD, expression 3 of 3 (jump nowhere)");
        }
    }
}
