package io.netlink4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.testing.Layering;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * netlink-core's floors (docs/API.md): {@code uapi} (0) &lt; {@code io.netlink4j.core} values (1) &lt;
 * {@code sys}, {@code message}, {@code ns} (2) &lt; {@code socket} (3); {@code uapi} and
 * {@code sys} are exported only to the library's modules. The checker is also run on a small
 * planted source set, so it is known to fail when a rule is broken.
 */
class LayeringTest {
    static final Layering CORE = new Layering("io.netlink4j.core", LayeringTest::floor,
            p -> !Set.of("io.netlink4j.core.uapi", "io.netlink4j.core.sys").contains(p), List.of());

    static int floor(String p) {
        return switch (p) {
            case "io.netlink4j.core.uapi" -> 0;
            case "io.netlink4j.core" -> 1;
            case "io.netlink4j.core.sys", "io.netlink4j.core.message", "io.netlink4j.core.ns" -> 2;
            case "io.netlink4j.core.socket" -> 3;
            default -> -1;
        };
    }

    @Test
    void coreFloorsPointDownAndOnlyApiIsExported() {
        assertThat(CORE.check(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void aPlantedViolationOfEachRuleIsFound(@TempDir Path dir) throws IOException {
        write(dir, "io/netlink4j/core/Values.java", """
                package io.netlink4j.core;
                // io.netlink4j.core.socket.NetlinkSocket in a comment does not count
                /** {@link io.netlink4j.core.socket.Request} in Javadoc neither. */
                public class Values { String s = "io.netlink4j.core.socket.Request"; }
                """);
        write(dir, "io/netlink4j/core/message/Codec.java", """
                package io.netlink4j.core.message;
                import io.netlink4j.core.Values;
                import static io.netlink4j.core.uapi.Netlink.NLM_F_ACK;
                public class Codec { io.netlink4j.core.ns.Space s; }
                """);
        write(dir, "io/netlink4j/core/ns/Space.java", """
                package io.netlink4j.core.ns;
                import io.netlink4j.core.message.Codec;
                public class Space { io.netlink4j.core.socket.Sock s; io.netlink4j.route.Rtnetlink r; }
                """);
        write(dir, "io/netlink4j/core/socket/Sock.java", "package io.netlink4j.core.socket;\npublic class Sock {}\n");
        write(dir, "io/netlink4j/core/uapi/Netlink.java", "package io.netlink4j.core.uapi;\npublic class Netlink {}\n");
        write(dir, "io/netlink4j/core/extra/Odd.java", "package io.netlink4j.core.extra;\npublic class Odd {}\n");
        write(dir, "module-info.java", """
                module io.netlink4j.core {
                    exports io.netlink4j.core;
                    exports io.netlink4j.core.sys;
                    exports io.netlink4j.core.uapi to io.netlink4j.route, com.example.app;
                }
                """);
        List<String> v = CORE.check(dir);
        assertThat(v).containsExactlyInAnyOrder(
                "Space.java (io.netlink4j.core.ns) uses io.netlink4j.core.socket, a floor above (3 > 2)",
                "Space.java (io.netlink4j.core.ns) uses io.netlink4j.route, a library module this one must not use",
                "package io.netlink4j.core.extra has no floor",
                "import cycle between packages [io.netlink4j.core.message, io.netlink4j.core.ns]",
                "module-info exports io.netlink4j.core.sys to everyone, but it is not API",
                "module-info exports io.netlink4j.core.uapi to com.example.app, which is not a module of the library");
    }

    @Test
    void packagesAreTheNamesUpToTheFirstClass() {
        assertThat(Layering.packageOfForTest("io.netlink4j.core.uapi.Netlink.NLM_F_ACK")).isEqualTo("io.netlink4j.core.uapi");
        assertThat(Layering.packageOfForTest("io.netlink4j.core.ns.NetNs.Lease")).isEqualTo("io.netlink4j.core.ns");
        assertThat(Layering.packageOfForTest("io.netlink4j.core")).isEqualTo("io.netlink4j.core");
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
