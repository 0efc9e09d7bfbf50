import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a release bundle (the zip the Central publishing plugin uploads, unpacked: a Maven
 * repository layout) against Maven Central's published requirements, for every library
 * artifact, the BOM and the parent POMs; and that the modules that are not libraries are not in
 * it at all. Run by .ci/release-check.sh:
 *
 * <pre>java .ci/ReleaseCheck.java REPO GROUP VERSION SIGNED LIBS NOT_LIBS</pre>
 *
 * LIBS and NOT_LIBS are comma-separated artifactIds; SIGNED is true when every file must have
 * an .asc signature beside it. Every file must have .md5 and .sha1 checksums that match it.
 * Prints one line per artifact; exits 1 if anything is missing.
 */
public class ReleaseCheck {
    static final List<String> problems = new ArrayList<>();
    static Path repo;
    static String group;
    static String version;
    static boolean signed;

    public static void main(String[] args) throws Exception {
        repo = Path.of(args[0]);
        group = args[1];
        version = args[2];
        signed = Boolean.parseBoolean(args[3]);
        List<String> libs = List.of(args[4].split(","));
        List<String> notLibs = args.length > 5 && !args[5].isEmpty() ? List.of(args[5].split(",")) : List.of();

        for (String lib : libs) {
            int before = problems.size();
            Path jar = file(lib, "", "jar");
            Path sources = file(lib, "-sources", "jar");
            Path javadoc = file(lib, "-javadoc", "jar");
            Path pom = file(lib, "", "pom");
            if (jar != null) {
                Set<String> entries = entries(jar);
                if (!entries.contains("module-info.class")) {
                    problem(lib, "jar has no module-info.class (the module path needs it)");
                }
                requireEntries(lib, "jar", entries, "META-INF/LICENSE", "META-INF/NOTICE");
                if (entries.stream().noneMatch(e -> e.endsWith(".class") && !e.equals("module-info.class"))) {
                    problem(lib, "jar has no classes");
                }
            }
            if (sources != null) {
                Set<String> entries = entries(sources);
                requireEntries(lib, "sources jar", entries, "module-info.java", "META-INF/LICENSE");
            }
            if (javadoc != null) {
                requireEntries(lib, "javadoc jar", entries(javadoc), "index.html");
            }
            if (pom != null) {
                Element project = parse(pom);
                metadata(lib, project);
                for (Element dep : children(child(project, "dependencies"), "dependency")) {
                    String scope = text(dep, "scope");
                    if (group.equals(text(dep, "groupId")) && !"test".equals(scope)
                            && !libs.contains(text(dep, "artifactId"))) {
                        problem(lib, "depends on " + text(dep, "artifactId") + ", which is not published");
                    }
                }
            }
            report(lib, before, "jar, sources, javadoc, pom metadata");
        }

        int before = problems.size();
        Path bomPom = file("netlink4j-bom", "", "pom");
        if (bomPom != null) {
            Element bom = parse(bomPom);
            metadata("netlink4j-bom", bom);
            if (!"pom".equals(text(bom, "packaging"))) {
                problem("netlink4j-bom", "packaging is not pom");
            }
            Set<String> listed = new LinkedHashSet<>();
            for (Element dep : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
                String a = text(dep, "artifactId");
                String v = text(dep, "version");
                if (!group.equals(text(dep, "groupId")) || !libs.contains(a)) {
                    problem("netlink4j-bom", "lists " + text(dep, "groupId") + ":" + a + ", which is not a netlink4j library");
                } else if (!version.equals(v) && !"${project.version}".equals(v)) {
                    problem("netlink4j-bom", "lists " + a + " at " + v + ", not " + version);
                }
                listed.add(a);
            }
            for (String lib : libs) {
                if (!listed.contains(lib)) {
                    problem("netlink4j-bom", "does not list " + lib);
                }
            }
        }
        report("netlink4j-bom", before, "pom, metadata, lists " + String.join(" ", libs));

        before = problems.size();
        Path parentPom = file("netlink4j-parent", "", "pom");
        if (parentPom != null) {
            metadata("netlink4j-parent", parse(parentPom));
        }
        report("netlink4j-parent", before, "pom, metadata");

        for (String other : notLibs) {
            if (Files.exists(dir(other))) {
                problem(other, "is in the bundle, but it is not a library (skipPublishing, maven.deploy.skip)");
                System.out.println("FAIL " + other + ": in the bundle");
            } else {
                System.out.println("ok   " + other + ": not in the bundle (not a library)");
            }
        }

        // Whatever else is published must be a library the BOM lists (a new module, such as
        // netlink-lab, is published by default: it has to be added to netlink4j-bom too).
        Path groupDir = repo.resolve(group.replace('.', '/'));
        try (var published = Files.isDirectory(groupDir) ? Files.list(groupDir) : java.util.stream.Stream.<Path>empty()) {
            for (Path p : published.toList()) {
                String a = p.getFileName().toString();
                if (!libs.contains(a) && !a.equals("netlink4j-bom") && !a.equals("netlink4j-parent")
                        && !notLibs.contains(a)) {
                    problem(a, "is published, but netlink4j-bom does not list it (add it there, or make it"
                            + " a non-library like netlink-examples)");
                    System.out.println("FAIL " + a + ": published, not in the BOM");
                }
            }
        }

        if (!problems.isEmpty()) {
            System.out.println();
            System.out.println("Missing for Maven Central (" + problems.size() + "):");
            problems.forEach(p -> System.out.println("  - " + p));
            System.exit(1);
        }
    }

    /** Name, description, URL, license, developer and SCM: in the POM or inherited from its parents. */
    static void metadata(String who, Element project) throws Exception {
        List<Element> chain = new ArrayList<>();
        for (Element p = project; p != null; ) {
            chain.add(p);
            Element parent = child(p, "parent");
            if (parent == null) {
                break;
            }
            String pa = text(parent, "artifactId");
            String pv = text(parent, "version");
            Path pp = repo.resolve(text(parent, "groupId").replace('.', '/')).resolve(pa).resolve(pv)
                    .resolve(pa + "-" + pv + ".pom");
            if (!Files.isRegularFile(pp)) {
                problem(who, "parent POM " + pa + ":" + pv + " is not there (it must be published too)");
                break;
            }
            p = parse(pp);
        }
        // Maven does not inherit <name>; <description> it does, but each artifact should say what it is.
        requireText(who, project, "name");
        requireText(who, project, "description");
        String url = inherited(chain, "url");
        if (url == null || !url.startsWith("https://") || url.contains("${")) {
            problem(who, "no <url> (or not https, or not interpolated): " + url);
        }
        Element licenses = inheritedElement(chain, "licenses");
        List<Element> ls = children(licenses, "license");
        if (ls.isEmpty() || ls.stream().anyMatch(l -> blank(text(l, "name")) || blank(text(l, "url")))) {
            problem(who, "no <licenses><license> with <name> and <url>");
        }
        Element developers = inheritedElement(chain, "developers");
        List<Element> ds = children(developers, "developer");
        if (ds.isEmpty() || ds.stream().anyMatch(d -> blank(text(d, "name")) && blank(text(d, "id")))) {
            problem(who, "no <developers><developer> with a <name>");
        }
        Element scm = inheritedElement(chain, "scm");
        if (scm == null || blank(text(scm, "url")) || blank(text(scm, "connection"))) {
            problem(who, "no <scm> with <url> and <connection>");
        }
    }

    static String inherited(List<Element> chain, String name) {
        Element e = inheritedElement(chain, name);
        return e == null ? null : e.getTextContent().trim();
    }

    static Element inheritedElement(List<Element> chain, String name) {
        for (Element p : chain) {
            Element e = child(p, name);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    static void requireText(String who, Element project, String name) {
        if (blank(text(project, name))) {
            problem(who, "no <" + name + "> of its own");
        }
    }

    static void requireEntries(String who, String what, Set<String> entries, String... names) {
        for (String n : names) {
            if (!entries.contains(n)) {
                problem(who, what + " has no " + n);
            }
        }
    }

    static Path dir(String artifact) {
        return repo.resolve(group.replace('.', '/')).resolve(artifact);
    }

    /** The installed file, checked to be non-empty and (if SIGNED) signed; null if missing. */
    static Path file(String artifact, String classifier, String ext) {
        String name = artifact + "-" + version + classifier + "." + ext;
        Path f = dir(artifact).resolve(version).resolve(name);
        try {
            if (!Files.isRegularFile(f) || Files.size(f) == 0) {
                problem(artifact, name + " is missing");
                return null;
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
        if (signed && !Files.isRegularFile(f.resolveSibling(name + ".asc"))) {
            problem(artifact, name + ".asc (signature) is missing");
        }
        for (String algorithm : List.of("MD5", "SHA-1")) {
            Path sum = f.resolveSibling(name + "." + algorithm.toLowerCase().replace("-", ""));
            try {
                String want = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(f)));
                if (!Files.isRegularFile(sum)) {
                    problem(artifact, sum.getFileName() + " (checksum) is missing");
                } else if (!Files.readString(sum).trim().startsWith(want)) {
                    problem(artifact, sum.getFileName() + " does not match the file");
                }
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        }
        return f;
    }

    static Set<String> entries(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.stream().map(e -> e.getName()).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    static Element parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals(name)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static void problem(String who, String what) {
        problems.add(who + ": " + what);
    }

    static void report(String who, int before, String what) {
        if (problems.size() == before) {
            System.out.println("ok   " + who + ": " + what + (signed ? ", signatures" : "") + ", checksums");
        } else {
            System.out.println("FAIL " + who + ": " + problems.subList(before, problems.size()).stream()
                    .map(p -> p.substring(p.indexOf(": ") + 2)).collect(Collectors.joining("; ")));
        }
    }
}
