package io.netlink4j.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's floors point down: {@code model} (0) &lt; {@code yaml}, {@code render} (1) &lt;
 * {@code io.netlink4j.lab} (2) &lt; {@code junit}, {@code cli} (3); siblings of one floor do not
 * refer to each other. The lab stands on the library's public API only (never a {@code uapi},
 * {@code internal} or {@code sys} package); snakeyaml-engine is used in {@code yaml} only and
 * JUnit in {@code junit} only. Checked in the compiled classes (every class their constant pools
 * name) and in the sources; the exported packages are the API ones, not {@code cli}.
 */
class LayeringTest {
    private static final String ROOT = "io.netlink4j.lab";
    private static final Map<String, Integer> FLOORS = Map.of(ROOT + ".model", 0, ROOT + ".yaml", 1, ROOT + ".render", 1,
            ROOT, 2, ROOT + ".junit", 3, ROOT + ".cli", 3);
    private static final Pattern FORBIDDEN = Pattern.compile("io/netlink4j/(core|route|netfilter)/(uapi|internal|sys)/");

    private static Path classes() {
        try {
            return Path.of(Lab.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void compiledClassesReferOnlyToTheirFloorOrBelowAndToThePublicApi() throws IOException {
        List<String> violations = new ArrayList<>();
        Path root = classes();
        List<Path> all;
        try (Stream<Path> s = Files.walk(root.resolve("io/netlink4j/lab"))) {
            all = s.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path p : all) {
            String pkg = root.relativize(p.getParent()).toString().replace('/', '.');
            String file = p.getFileName().toString();
            for (String name : classNames(p)) {
                if (name.startsWith("io/netlink4j/lab/")) {
                    check(pkg, name.substring(0, name.lastIndexOf('/')).replace('/', '.'), file, violations);
                }
                if (FORBIDDEN.matcher(name).lookingAt()) {
                    violations.add(file + " uses " + name + ", which is not the library's public API");
                }
                if (name.startsWith("org/snakeyaml/") && !pkg.equals(ROOT + ".yaml")) {
                    violations.add(file + " (" + pkg + ") uses snakeyaml-engine, which belongs to the yaml package only");
                }
                if (name.startsWith("org/junit/") && !pkg.equals(ROOT + ".junit")) {
                    violations.add(file + " (" + pkg + ") uses JUnit, which belongs to the junit package only");
                }
            }
        }
        assertThat(all).hasSizeGreaterThan(50);
        assertThat(violations).isEmpty();
    }

    @Test
    void sourcesImportOnlyTheirFloorOrBelow() throws IOException {
        Pattern ref = Pattern.compile("io\\.netlink4j\\.lab(?:\\.[a-z]\\w*)*(?=\\.[A-Z])");
        List<String> violations = new ArrayList<>();
        Path src = Path.of("src/main/java");
        int files = 0;
        try (Stream<Path> s = Files.walk(src.resolve("io/netlink4j/lab"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                String pkg = src.relativize(p.getParent()).toString().replace('/', '.');
                Matcher m = ref.matcher(Files.readString(p));
                while (m.find()) {
                    check(pkg, m.group(), p.getFileName().toString(), violations);
                }
            }
        }
        assertThat(files).isGreaterThan(40);
        assertThat(violations).isEmpty();
    }

    @Test
    void theApiPackagesAreExportedAndTheCommandIsNot() throws IOException {
        String module = Files.readString(Path.of("src/main/java/module-info.java"));
        Matcher m = Pattern.compile("exports\\s+([\\w.]+)").matcher(module);
        List<String> exported = new ArrayList<>();
        while (m.find()) {
            exported.add(m.group(1));
        }
        assertThat(exported).containsExactlyInAnyOrder(ROOT, ROOT + ".model", ROOT + ".yaml", ROOT + ".render",
                ROOT + ".junit");
        assertThat(module).contains("requires static transitive org.junit.jupiter.api;");
    }

    private static void check(String from, String to, String file, List<String> violations) {
        Integer f = FLOORS.get(from);
        Integer t = FLOORS.get(to);
        if (f == null || t == null) {
            violations.add(file + ": package " + (f == null ? from : to) + " has no floor in this test");
        } else if (t > f || (t.equals(f) && !to.equals(from))) {
            violations.add(file + " (" + from + ", floor " + f + ") refers to " + to + " (floor " + t + ")");
        }
    }

    /** The class names (internal form) a class file's constant pool holds, descriptors included. */
    private static List<String> classNames(Path classFile) {
        List<String> out = new ArrayList<>();
        Pattern inDescriptor = Pattern.compile("L((?:io/netlink4j|org/snakeyaml|org/junit)/[\\w/$]+);");
        for (String utf8 : utf8(classFile)) {
            Matcher d = inDescriptor.matcher(utf8);
            boolean any = false;
            while (d.find()) {
                out.add(d.group(1));
                any = true;
            }
            if (!any && (utf8.startsWith("io/netlink4j/") || utf8.startsWith("org/snakeyaml/") || utf8.startsWith("org/junit/"))) {
                out.add(utf8);
            }
        }
        return out;
    }

    /** The CONSTANT_Utf8 entries of a class file (JVMS 4.4), read without a class-file library. */
    private static List<String> utf8(Path classFile) {
        try (InputStream in = Files.newInputStream(classFile); DataInputStream d = new DataInputStream(in)) {
            d.readInt();
            d.readInt();
            int count = d.readUnsignedShort();
            List<String> utf8 = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = d.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8.add(d.readUTF());
                    case 7, 8, 16, 19, 20 -> d.skipBytes(2);
                    case 15 -> d.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> d.skipBytes(4);
                    case 5, 6 -> {
                        d.skipBytes(8);
                        i++;
                    }
                    default -> throw new IOException(classFile + ": constant pool tag " + tag);
                }
            }
            return utf8;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
