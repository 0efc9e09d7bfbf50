package io.netlink4j.netfilter;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.core.testing.Ip;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throwaway named namespace ({@code nlt-nft-<random>}) for a test, deleted on close (also when
 * the test failed, through try-with-resources), with the
 * witnesses the tests compare against: {@code nft} and {@code ip} run inside it through
 * {@code ip netns exec} / {@code ip -n}. The library itself never forks these.
 */
final class TestNs implements AutoCloseable {
    final String name;
    final NetNs ns;

    private TestNs(String name) {
        this.name = name;
        this.ns = NetNs.create(name);
    }

    static TestNs create() {
        byte[] r = new byte[4];
        ThreadLocalRandom.current().nextBytes(r);
        return new TestNs("nlt-nft-" + HexFormat.of().formatHex(r));
    }

    /** {@code nft -j list ruleset} inside, the independent reader of what the library wrote. */
    String rulesetJson() {
        return nft("-j", "list", "ruleset");
    }

    /** Runs {@code nft ARGS} inside; fails the test on a non-zero exit. */
    String nft(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", name, "nft"));
        cmd.addAll(List.of(args));
        return Ip.exec(cmd);
    }

    /** Feeds {@code script} to {@code nft -f -} inside. */
    String nftScript(String script) {
        return Ip.exec(List.of("ip", "netns", "exec", name, "nft", "-f", "-"), script);
    }

    /** Runs {@code ip -n NAME ARGS}, for topology set-up (netlink-netfilter does not depend on netlink-route). */
    void ip(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "-n", name));
        cmd.addAll(List.of(args));
        Ip.exec(cmd);
    }

    @Override
    public void close() {
        ns.close();
        NetNs.deleteIfExists(name);
    }
}
