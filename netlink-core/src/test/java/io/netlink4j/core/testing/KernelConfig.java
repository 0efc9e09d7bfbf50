package io.netlink4j.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * What the running kernel was built with, for tests whose expectations depend on it (netem...).
 * The witness reads the kernel's configuration, never the library: {@code /proc/config.gz}, else
 * {@code /boot/config-$(uname -r)}; where neither exists, whether the module is installed under
 * {@code /lib/modules/$(uname -r)} (a {@code NAME.ko*} file, or listed in {@code modules.builtin}).
 * Whether the module happens to be loaded ({@code /sys/module/NAME}) is not asked: it exists only
 * once something used it.
 */
public final class KernelConfig {
    private KernelConfig() {}

    /** Whether this kernel has netem: {@code CONFIG_NET_SCH_NETEM}, module {@code sch_netem}. */
    public static boolean hasNetem() {
        return has("CONFIG_NET_SCH_NETEM", "sch_netem");
    }

    /** Whether this kernel has {@code option} ({@code =y} or {@code =m}), whose module is {@code module}. */
    public static boolean has(String option, String module) {
        String release = System.getProperty("os.version"); // uname -r on Linux
        return has(option, module, Path.of("/proc/config.gz"), Path.of("/boot/config-" + release),
                Path.of("/lib/modules", release));
    }

    /** {@link #has(String, String)} with its three sources given, so the order can be tested. */
    static boolean has(String option, String module, Path procConfig, Path bootConfig, Path modules) {
        Optional<String> config = read(procConfig, true).or(() -> read(bootConfig, false));
        if (config.isPresent()) {
            return config.get().lines().anyMatch(l -> l.equals(option + "=y") || l.equals(option + "=m"));
        }
        return hasModule(module, modules);
    }

    private static Optional<String> read(Path config, boolean gzip) {
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try (InputStream file = Files.newInputStream(config);
             InputStream in = gzip ? new GZIPInputStream(file) : file) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + config, e);
        }
    }

    private static boolean hasModule(String module, Path modules) {
        if (!Files.isDirectory(modules)) {
            return false;
        }
        String ko = module + ".ko";
        try (Stream<Path> files = Files.walk(modules)) {
            if (files.anyMatch(f -> f.getFileName().toString().startsWith(ko))) {
                return true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + modules, e);
        }
        Path builtin = modules.resolve("modules.builtin");
        try {
            return Files.isRegularFile(builtin)
                    && Files.readAllLines(builtin).stream().anyMatch(l -> l.endsWith("/" + ko) || l.equals(ko));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + builtin, e);
        }
    }
}
