package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The articles' masquerade rules, made by the library in one namespace and by {@code nft} in
 * another, read back by {@code nft -j list ruleset}: the two rulesets must be the same text.
 */
class MasqueradeWitnessTest {
    private static final String NAT_CHAIN = """
            add table ip nat
            add chain ip nat POSTROUTING { type nat hook postrouting priority srcnat; policy accept; }
            """;

    @Test
    void a1MasqueradeLooksLikeNftsOwn() {
        try (TestNs lib = TestNs.create(); TestNs ref = TestNs.create()) {
            try (Nftables nft = Nftables.open(lib.ns)) {
                Rule r = nft.masquerade("nat", "eth0");
                assertThat(r.handle()).isPositive();
            }
            ref.nftScript(NAT_CHAIN + "add rule ip nat POSTROUTING oifname \"eth0\" masquerade\n");
            String json = lib.rulesetJson();
            assertThat(json).contains("\"oifname\"", "\"eth0\"", "\"masquerade\"");
            assertThat(json).isEqualTo(ref.rulesetJson());
        }
    }

    @Test
    void a3MasqueradeSourceLooksLikeNftsOwn() {
        try (TestNs lib = TestNs.create(); TestNs ref = TestNs.create()) {
            try (Nftables nft = Nftables.open(lib.ns)) {
                nft.masqueradeSource("nat", "10.244.0.0/24", "cni0");
            }
            ref.nftScript(NAT_CHAIN
                    + "add rule ip nat POSTROUTING ip saddr 10.244.0.0/24 oifname != \"cni0\" masquerade\n");
            String json = lib.rulesetJson();
            assertThat(json).contains("\"prefix\"", "10.244.0.0", "\"!=\"", "cni0");
            assertThat(json).isEqualTo(ref.rulesetJson());
        }
    }

    @Test
    void oneLinersAreIdempotent() {
        try (TestNs lib = TestNs.create(); Nftables nft = Nftables.open(lib.ns)) {
            Rule first = nft.masquerade("nat", "eth0");
            Rule again = nft.masquerade("nat", "eth0");
            assertThat(again).isEqualTo(first);
            assertThat(first.toString()).isEqualTo("rule ip nat POSTROUTING oifname \"eth0\" masquerade # handle "
                    + first.handle());
            assertThat(nft.rules().list(Family.IP, "nat", "POSTROUTING")).containsExactly(first);
        }
    }
}
