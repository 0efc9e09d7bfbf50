package io.netlink4j.core.ns;

import static io.netlink4j.core.uapi.SysConst.*;

import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.SystemCallException;
import io.netlink4j.core.sys.Sys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Named namespaces as iproute2 keeps them: a bind mount of the namespace onto
 * {@code /run/netns/NAME}, with {@code /run/netns} a shared mount point so the mounts propagate.
 */
final class NamedNamespaces {
    private NamedNamespaces() {}

    /** Checks a namespace name as iproute2 does and returns its path under {@link NetNs#RUN_DIR}. */
    static Path pathOf(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("namespace name must not be empty");
        }
        if (name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("namespace name '" + name
                    + "' is invalid: it must not be '.' or '..' or contain '/' or NUL");
        }
        if (name.length() > 255) {
            throw new IllegalArgumentException("namespace name of " + name.length()
                    + " characters is too long: at most 255");
        }
        return NetNs.RUN_DIR.resolve(name);
    }

    static NotFoundException notFound(String name, String operation) {
        return (NotFoundException) KernelException.of(Errno.ENOENT, operation,
                "no network namespace named '" + name + "' (no " + NetNs.RUN_DIR.resolve(name) + ")");
    }

    /** Like {@code ip netns add NAME}: an empty placeholder file, then a new namespace mounted over it. */
    static void create(String name) {
        Path p = pathOf(name);
        prepareRunDir();
        int marker;
        try {
            marker = Sys.open(p.toString(), O_RDONLY | O_CREAT | O_EXCL, 0);
        } catch (SystemCallException e) {
            if (e.errno() == Errno.EEXIST) {
                throw (AlreadyExistsException) KernelException.of(Errno.EEXIST, "create netns " + name,
                        "a network namespace named '" + name + "' already exists");
            }
            throw e;
        }
        Sys.close(marker);
        try {
            InsideThread.call("netns-add", -1, name, "create", () -> {
                Sys.unshareNet();
                Sys.mount("/proc/thread-self/ns/net", p.toString(), "none", MS_BIND);
                return null;
            });
        } catch (RuntimeException e) {
            Sys.umount2(p.toString(), MNT_DETACH, EINVAL, 2);
            deleteQuietly(p);
            throw e;
        }
    }

    /** Unmounts and removes {@code /run/netns/NAME}; false if there is none. */
    static boolean deleteIfExists(String name) {
        Path p = pathOf(name);
        if (!Files.exists(p)) {
            return false;
        }
        if (!isNamespaceOrPlaceholder(p)) {
            throw new IllegalArgumentException(p + " is neither a network namespace nor an empty placeholder:"
                    + " not deleting it");
        }
        Sys.umount2(p.toString(), MNT_DETACH, EINVAL, 2);
        return deleteQuietly(p);
    }

    /** A bind-mounted namespace, or the empty file {@code create} (or {@code ip netns add}) mounts over. */
    private static boolean isNamespaceOrPlaceholder(Path p) {
        int fd;
        try {
            fd = Sys.open(p.toString(), O_RDONLY, 0);
        } catch (SystemCallException e) {
            return e.errno() == Errno.ENOENT;
        }
        try {
            if (Sys.namespaceType(fd) == CLONE_NEWNET) {
                return true;
            }
        } finally {
            Sys.close(fd);
        }
        try {
            return Files.isRegularFile(p) && Files.size(p) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    static List<String> list() {
        if (!Files.isDirectory(NetNs.RUN_DIR)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(NetNs.RUN_DIR)) {
            return new ArrayList<>(s.map(x -> x.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes {@code /run/netns} a shared mount point, as iproute2 does, so bind mounts propagate. */
    private static synchronized void prepareRunDir() {
        try {
            Files.createDirectories(NetNs.RUN_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String dir = NetNs.RUN_DIR.toString();
        // EINVAL: not yet a mount point, so bind it onto itself first (iproute2's netns_add does the same).
        if (Sys.mount("none", dir, "none", MS_SHARED | MS_REC, EINVAL) == EINVAL) {
            Sys.mount(dir, dir, "none", MS_BIND | MS_REC);
            Sys.mount("none", dir, "none", MS_SHARED | MS_REC);
        }
    }

    private static boolean deleteQuietly(Path p) {
        try {
            return Files.deleteIfExists(p);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
