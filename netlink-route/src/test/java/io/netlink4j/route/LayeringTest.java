package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.testing.Layering;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * netlink-route's floors (docs/API.md): {@code uapi} (0) &lt; {@code internal} (1) &lt; the family
 * packages — {@code link}, {@code address}, {@code route}, {@code neighbour}, {@code rule},
 * {@code bridge}, {@code tc}, any other — (2) &lt; {@code io.netlink4j.route}, the handle and events
 * (3); netlink-core below all of them; {@code uapi} and {@code internal} not exported. A copy of
 * the real sources with one planted violation per rule must fail, so the check is known to bite.
 */
class LayeringTest {
    static final String ROOT = "io.netlink4j.route";
    static final Layering ROUTE = new Layering(ROOT, LayeringTest::floor,
            p -> !p.equals(ROOT + ".uapi") && !p.equals(ROOT + ".internal"), List.of("io.netlink4j.core"));

    static int floor(String p) {
        if (p.equals(ROOT)) {
            return 3;
        }
        if (p.equals(ROOT + ".uapi")) {
            return 0;
        }
        if (p.equals(ROOT + ".internal")) {
            return 1;
        }
        return p.startsWith(ROOT + ".") ? 2 : -1;
    }

    @Test
    void routeFloorsPointDownAndOnlyApiIsExported() {
        assertThat(ROUTE.check(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void theRealSourcesWithAPlantedViolationFail(@TempDir Path dir) throws IOException {
        Path src = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(src.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        assertThat(ROUTE.check(dir)).as("the copy as it is").isEmpty();
        plant(dir, "io/netlink4j/route/internal/Planted.java", """
                package io.netlink4j.route.internal;
                import io.netlink4j.route.link.Links;
                public final class Planted { io.netlink4j.route.Rtnetlink handle; }
                """);
        plant(dir, "io/netlink4j/route/link/PlantedUp.java", """
                package io.netlink4j.route.link;
                final class PlantedUp { io.netlink4j.route.EventStream s; io.netlink4j.route.address.Address a; }
                """);
        plant(dir, "io/netlink4j/route/address/PlantedBack.java", """
                package io.netlink4j.route.address;
                final class PlantedBack { io.netlink4j.route.link.Link l; io.netlink4j.netfilter.Nftables n; }
                """);
        String moduleInfo = Files.readString(dir.resolve("module-info.java"));
        Files.writeString(dir.resolve("module-info.java"),
                moduleInfo.replace("exports io.netlink4j.route;", "exports io.netlink4j.route;\n    exports io.netlink4j.route.internal;"));
        List<String> v = ROUTE.check(dir);
        assertThat(v).hasSize(6).contains(
                "Planted.java (io.netlink4j.route.internal) uses io.netlink4j.route.link, a floor above (2 > 1)",
                "Planted.java (io.netlink4j.route.internal) uses io.netlink4j.route, a floor above (3 > 1)",
                "PlantedUp.java (io.netlink4j.route.link) uses io.netlink4j.route, a floor above (3 > 2)",
                "PlantedBack.java (io.netlink4j.route.address) uses io.netlink4j.netfilter, a library module this one must not use",
                "module-info exports io.netlink4j.route.internal to everyone, but it is not API");
        // The upward uses close loops through the packages that use internal: one component holds them all.
        assertThat(v).filteredOn(l -> l.startsWith("import cycle between packages ")).singleElement().asString()
                .contains("io.netlink4j.route.address", "io.netlink4j.route.link", "io.netlink4j.route.internal");
    }

    private static void plant(Path dir, String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text);
    }
}
