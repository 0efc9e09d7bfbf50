package io.netlink4j.lab.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * DOT to SVG through Graphviz's {@code dot}, when it is installed ({@code apt-get install
 * graphviz}). Optional: nothing else in the lab needs it, and without it the DOT text and the
 * {@link TextDrawing} remain.
 */
public final class Svg {
    private Svg() {}

    /**
     * Whether Graphviz's {@code dot} is on the {@code PATH}.
     *
     * @return whether Graphviz's {@code dot} is on the {@code PATH}
     */
    public static boolean available() {
        return command().isPresent();
    }

    /**
     * {@code dot} rendered as SVG by {@code dot -Tsvg}, or empty when Graphviz is not installed.
     *
     * @param dot the DOT text
     * @return the SVG, or empty when Graphviz is not installed
     * @throws IOException if {@code dot} fails (its error output is in the message)
     */
    public static Optional<String> render(String dot) throws IOException {
        Objects.requireNonNull(dot, "dot");
        Optional<Path> cmd = command();
        if (cmd.isEmpty()) {
            return Optional.empty();
        }
        Process p = new ProcessBuilder(cmd.get().toString(), "-Tsvg").redirectErrorStream(false).start();
        try {
            p.getOutputStream().write(dot.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String svg;
            try (InputStream in = p.getInputStream()) {
                svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("dot -Tsvg failed: " + err.strip());
            }
            return Optional.of(svg);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while dot ran", e);
        } finally {
            p.destroy();
        }
    }

    private static Optional<Path> command() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "dot");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
