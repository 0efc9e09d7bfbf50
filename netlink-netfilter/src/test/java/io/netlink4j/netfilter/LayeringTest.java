package io.netlink4j.netfilter;

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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's floors point down (docs/API.md §1): {@code uapi} (0, constants, imports nothing)
 * &lt; {@code internal} (1, plumbing: core and {@code uapi} only) &lt; the API package
 * {@code io.netlink4j.netfilter} (2). Checked twice: in the sources (imports and qualified names)
 * and in the compiled classes (every class their constant pools name). Only the API package is
 * exported, and the codecs in it are not public.
 */
class LayeringTest {
    private static final String ROOT = "io.netlink4j.netfilter";
    private static final Map<String, Integer> FLOORS = Map.of(ROOT + ".uapi", 0, ROOT + ".internal", 1, ROOT, 2);
    private static final List<String> API = List.of(ROOT);
    private static final Pattern REFERENCE = Pattern.compile("io\\.netlink4j\\.netfilter(?:\\.[a-z]\\w*)*(?=\\.[A-Z])");

    private static Path sources() {
        return Path.of("src/main/java");
    }

    private static Path classes() {
        try {
            return Path.of(Nftables.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sourcesImportOnlyTheirFloorOrBelow() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(sources().resolve("io/netlink4j/netfilter"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                String pkg = sources().relativize(p.getParent()).toString().replace('/', '.');
                String text = Files.readString(p);
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    check(pkg, m.group(), p.getFileName().toString(), violations);
                }
                if (pkg.equals(ROOT + ".uapi") && text.contains("\nimport ")) {
                    violations.add(p.getFileName() + ": a uapi class imports something");
                }
            }
        }
        assertThat(files).isGreaterThan(40);
        assertThat(violations).isEmpty();
    }

    @Test
    void compiledClassesReferenceOnlyTheirFloorOrBelow() throws IOException {
        List<String> violations = new ArrayList<>();
        Path root = classes();
        List<Path> all;
        try (Stream<Path> s = Files.walk(root.resolve("io/netlink4j/netfilter"))) {
            all = s.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path p : all) {
            String pkg = root.relativize(p.getParent()).toString().replace('/', '.');
            for (String name : classNames(p)) {
                if (name.startsWith("io/netlink4j/netfilter/")) {
                    String target = name.substring(0, name.lastIndexOf('/')).replace('/', '.');
                    check(pkg, target, p.getFileName().toString(), violations);
                }
            }
        }
        assertThat(all).hasSizeGreaterThan(40);
        assertThat(violations).isEmpty();
    }

    @Test
    void onlyTheApiPackageIsExportedAndCodecsAreNotPublic() throws IOException {
        String module = Files.readString(sources().resolve("module-info.java"));
        Matcher m = Pattern.compile("exports\\s+([\\w.]+)").matcher(module);
        List<String> exported = new ArrayList<>();
        while (m.find()) {
            exported.add(m.group(1));
        }
        assertThat(exported).containsExactlyElementsOf(API);
        TreeSet<String> publicCodecs = new TreeSet<>();
        try (Stream<Path> s = Files.list(classes().resolve("io/netlink4j/netfilter"))) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith("Codec.class")).toList()) {
                if ((accessFlags(p) & 0x0001) != 0) {
                    publicCodecs.add(p.getFileName().toString());
                }
            }
        }
        assertThat(publicCodecs).isEmpty();
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
        Pattern inDescriptor = Pattern.compile("L(io/netlink4j/[\\w/$]+);");
        for (String utf8 : ClassFile.read(classFile).utf8()) {
            Matcher d = inDescriptor.matcher(utf8);
            boolean any = false;
            while (d.find()) {
                out.add(d.group(1));
                any = true;
            }
            if (!any && utf8.startsWith("io/netlink4j/")) {
                out.add(utf8);
            }
        }
        return out;
    }

    private static int accessFlags(Path classFile) {
        return ClassFile.read(classFile).accessFlags();
    }

    /**
     * What this test needs of a class file (JVMS 4.1, 4.4): its CONSTANT_Utf8 entries and its
     * access flags, read without a class-file library.
     */
    private record ClassFile(List<String> utf8, int accessFlags) {
        static ClassFile read(Path classFile) {
            try (InputStream in = Files.newInputStream(classFile); DataInputStream d = new DataInputStream(in)) {
                d.readInt(); // magic
                d.readInt(); // minor and major version
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
                            i++; // longs and doubles take two slots
                        }
                        default -> throw new IOException(classFile + ": constant pool tag " + tag);
                    }
                }
                return new ClassFile(utf8, d.readUnsignedShort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
