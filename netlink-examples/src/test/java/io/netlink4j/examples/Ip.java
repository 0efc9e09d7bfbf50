package io.netlink4j.examples;

import java.util.List;

/**
 * The two names ShowTest still calls, kept as one-line delegates until it imports netlink-core's
 * shared test helper ({@link io.netlink4j.core.testing.Ip}) itself; nothing is re-implemented here.
 */
final class Ip {
    private Ip() {}

    /** {@link io.netlink4j.core.testing.Ip#run}: {@code ip ARGS}, failing the test on a non-zero exit. */
    static String ip(String... args) {
        return io.netlink4j.core.testing.Ip.run(args);
    }

    /** {@link io.netlink4j.core.testing.Ip#tryExec(List)}: runs a command whatever its exit code. */
    static io.netlink4j.core.testing.Ip.Result exec(List<String> cmd) {
        return io.netlink4j.core.testing.Ip.tryExec(cmd);
    }
}
