package io.netlink4j.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a module's sources against its floors (docs/API.md, section 1): a package may use its
 * own floor's siblings without cycles and anything below, never above; it may use the lower
 * modules it is given and no other module of the library; and module-info exports only API
 * packages to everyone (the others not at all, or to the library's own modules).
 *
 * <p>Reads the sources, not the class files: uses of {@code static final} constants (the
 * {@code uapi} classes) are inlined by javac and would not show in a class file. Every import and
 * every fully qualified name in code counts; comments and string literals do not.
 */
public final class Layering {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bio\\.netlink4j(?:\\.[a-z_][a-z0-9_]*)*\\.[A-Z]\\w*");
    private static final Pattern EXPORTS = Pattern.compile("\\bexports\\s+([\\w.]+)\\s*(?:to\\s+([\\w.\\s,]+?))?\\s*;");

    private final String root;
    private final ToIntFunction<String> floor;
    private final Predicate<String> api;
    private final List<String> lowerModules;

    /**
     * @param root         the module's package root, {@code "io.netlink4j.route"}
     * @param floor        the floor of each of the module's packages (higher is above); negative
     *                     for a package that has none, which is a violation in itself
     * @param api          whether a package of the module is API (may be exported to everyone)
     * @param lowerModules package roots of the library modules this one may use ({@code "io.netlink4j.core"})
     */
    public Layering(String root, ToIntFunction<String> floor, Predicate<String> api, List<String> lowerModules) {
        this.root = root;
        this.floor = floor;
        this.api = api;
        this.lowerModules = List.copyOf(lowerModules);
    }

    /** Every violation in the sources under {@code sourceRoot} ({@code src/main/java}), one line each; empty when none. */
    public List<String> check(Path sourceRoot) {
        Map<String, Set<String>> uses = new TreeMap<>();
        List<String> out = new ArrayList<>();
        String moduleInfo = null;
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = withoutCommentsAndStrings(Files.readString(f));
                if (f.getFileName().toString().equals("module-info.java")) {
                    moduleInfo = text;
                    continue;
                }
                Matcher pm = PACKAGE.matcher(text);
                if (!pm.find()) {
                    out.add(sourceRoot.relativize(f) + ": no package declaration");
                    continue;
                }
                String from = pm.group(1);
                Set<String> targets = uses.computeIfAbsent(from, k -> new TreeSet<>());
                for (String name : references(text)) {
                    String to = packageOf(name);
                    if (!to.equals(from) && to.startsWith("io.netlink4j")) {
                        targets.add(to);
                        floorRule(f.getFileName() + " (" + from + ")", from, to, out);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String p : uses.keySet()) {
            if (floor.applyAsInt(p) < 0) {
                out.add("package " + p + " has no floor");
            }
        }
        cycles(uses, out);
        if (moduleInfo != null) {
            exports(moduleInfo, out);
        }
        return out;
    }

    private void floorRule(String where, String from, String to, List<String> out) {
        if (inModule(to)) {
            int f = floor.applyAsInt(from);
            int t = floor.applyAsInt(to);
            if (f >= 0 && t > f) {
                out.add(where + " uses " + to + ", a floor above (" + t + " > " + f + ")");
            }
        } else if (lowerModules.stream().noneMatch(m -> to.equals(m) || to.startsWith(m + "."))) {
            out.add(where + " uses " + to + ", a library module this one must not use");
        }
    }

    private boolean inModule(String p) {
        return p.equals(root) || p.startsWith(root + ".");
    }

    /** Imports and qualified names; a static import names a class, so its package is one step up. */
    private static Set<String> references(String text) {
        Set<String> names = new TreeSet<>();
        Matcher im = IMPORT.matcher(text);
        while (im.find()) {
            names.add(im.group(1));
        }
        Matcher qm = QUALIFIED.matcher(text);
        while (qm.find()) {
            names.add(qm.group());
        }
        return names;
    }

    /** {@link #packageOf}, for this checker's own tests. */
    public static String packageOfForTest(String name) {
        return packageOf(name);
    }

    /** The package part of a name: its segments up to the first that starts with a capital. */
    static String packageOf(String name) {
        String[] parts = name.split("\\.");
        StringBuilder p = new StringBuilder();
        for (String s : parts) {
            if (!s.isEmpty() && Character.isUpperCase(s.charAt(0))) {
                break;
            }
            if (!p.isEmpty()) {
                p.append('.');
            }
            p.append(s);
        }
        return p.toString();
    }

    /** Cycles among the module's packages (Tarjan's strongly connected components). */
    private void cycles(Map<String, Set<String>> uses, List<String> out) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        int[] counter = {0};
        for (String p : uses.keySet()) {
            if (!index.containsKey(p)) {
                connect(p, uses, index, low, stack, onStack, counter, out);
            }
        }
    }

    private void connect(String p, Map<String, Set<String>> uses, Map<String, Integer> index, Map<String, Integer> low,
                         Deque<String> stack, Set<String> onStack, int[] counter, List<String> out) {
        index.put(p, counter[0]);
        low.put(p, counter[0]++);
        stack.push(p);
        onStack.add(p);
        for (String q : uses.getOrDefault(p, Set.of())) {
            if (!inModule(q) || !uses.containsKey(q)) {
                continue;
            }
            if (!index.containsKey(q)) {
                connect(q, uses, index, low, stack, onStack, counter, out);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (onStack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            Set<String> component = new TreeSet<>();
            String q;
            do {
                q = stack.pop();
                onStack.remove(q);
                component.add(q);
            } while (!q.equals(p));
            if (component.size() > 1) {
                out.add("import cycle between packages " + component);
            }
        }
    }

    private void exports(String moduleInfo, List<String> out) {
        Matcher m = EXPORTS.matcher(moduleInfo);
        while (m.find()) {
            String p = m.group(1);
            if (m.group(2) == null) {
                if (!api.test(p)) {
                    out.add("module-info exports " + p + " to everyone, but it is not API");
                }
            } else {
                for (String target : m.group(2).split(",")) {
                    String t = target.strip();
                    if (!t.startsWith("io.netlink4j.")) {
                        out.add("module-info exports " + p + " to " + t + ", which is not a module of the library");
                    }
                }
            }
        }
    }

    /** The source with comments and string, text-block and char literals blanked, line breaks kept. */
    static String withoutCommentsAndStrings(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                keepLines(s, i, end, b);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                keepLines(s, i, end, b);
                b.append("\"\"");
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                b.append(c).append(c);
                i = Math.min(j + 1, s.length());
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static void keepLines(String s, int from, int to, StringBuilder b) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                b.append('\n');
            }
        }
    }
}
