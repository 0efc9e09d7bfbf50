package io.netlink4j.core.ns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the kernel says about this JVM's descriptors and children, for the leak checks. */
final class ProcessHygiene {
    private ProcessHygiene() {}

    /** "fd -> target" for every open descriptor of this process, sorted (the listing's own excluded). */
    static List<String> openDescriptors() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            for (Path p : s.toList()) {
                try {
                    out.add(p.getFileName() + " -> " + Files.readSymbolicLink(p));
                } catch (IOException gone) {
                    // the directory stream's own descriptor, closed by now
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** "pid comm" of every child of this process that is a zombie (exited, not reaped). */
    static List<String> zombieChildren() throws IOException {
        String self = Long.toString(ProcessHandle.current().pid());
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("/proc"))) {
            for (Path p : s.toList()) {
                if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String stat;
                try {
                    stat = Files.readString(p.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                // pid (comm) state ppid ...: comm may hold spaces and parentheses, so split after the last ')'
                String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                if (rest[0].equals("Z") && rest[1].equals(self)) {
                    out.add(p.getFileName() + " " + stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
                }
            }
        }
        return out;
    }
}
