package io.netlink4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel's config decides, /proc's first, /boot's next; the installed modules only without either. */
class KernelConfigTest {
    private static final String NETEM = "CONFIG_NET_SCH_NETEM";

    @TempDir
    Path dir;

    private Path gz(String text) throws IOException {
        Path p = dir.resolve("config.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    private Path modules(String... files) throws IOException {
        Path m = Files.createTempDirectory(dir, "modules");
        Path sched = Files.createDirectories(m.resolve("kernel/net/sched"));
        for (String f : files) {
            Files.writeString(f.equals("modules.builtin") ? m.resolve(f) : sched.resolve(f),
                    "kernel/net/sched/sch_netem.ko\n");
        }
        return m;
    }

    @Test
    void procConfigDecidesFirst() throws IOException {
        Path boot = Files.writeString(dir.resolve("boot"), NETEM + "=y\n");
        Path mods = modules("sch_netem.ko.zst");
        assertThat(KernelConfig.has(NETEM, "sch_netem", gz("CONFIG_A=y\n" + NETEM + "=m\n"), boot, mods)).isTrue();
        assertThat(KernelConfig.has(NETEM, "sch_netem", gz("# " + NETEM + " is not set\n"), boot, mods)).isFalse();
        assertThat(KernelConfig.has(NETEM, "sch_netem", gz(NETEM + "_X=y\n"), boot, mods))
                .as("another option with the same prefix").isFalse();
    }

    @Test
    void bootConfigWithoutProcConfig() throws IOException {
        Path none = dir.resolve("absent");
        Path mods = modules("sch_netem.ko");
        assertThat(KernelConfig.has(NETEM, "sch_netem", none, Files.writeString(dir.resolve("b1"), NETEM + "=y\n"), mods))
                .isTrue();
        assertThat(KernelConfig.has(NETEM, "sch_netem", none,
                Files.writeString(dir.resolve("b2"), "# " + NETEM + " is not set\n"), mods)).isFalse();
    }

    @Test
    void installedModuleWithoutAnyConfig() throws IOException {
        Path none = dir.resolve("absent");
        assertThat(KernelConfig.has(NETEM, "sch_netem", none, none, modules("sch_netem.ko.xz"))).isTrue();
        assertThat(KernelConfig.has(NETEM, "sch_netem", none, none, modules("sch_tbf.ko"))).isFalse();
        assertThat(KernelConfig.has(NETEM, "sch_netem", none, none, modules("modules.builtin"))).as("built in").isTrue();
        assertThat(KernelConfig.has(NETEM, "sch_netem", none, none, none)).isFalse();
    }
}
