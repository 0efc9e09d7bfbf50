package io.netlink4j.core.sys;

import static io.netlink4j.core.uapi.SysConst.*;

import io.netlink4j.core.SystemCallException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * One-off system calls (open, setns, unshare, mount...) for code off the request path: each
 * call takes a confined arena for its strings and errno, and throws {@link SystemCallException}
 * naming the call and its argument on failure.
 */
public final class Sys {
    private Sys() {}

    /**
     * {@code open(path, flags | O_CLOEXEC, mode)}: no descriptor of the library leaks into a
     * child process.
     *
     * @param path  the file
     * @param flags {@code O_RDONLY}, {@code O_CREAT | O_EXCL}...
     * @param mode  the permissions for {@code O_CREAT}, else 0
     * @return the descriptor; the caller closes it
     * @throws SystemCallException naming the path ({@code ENOENT}, {@code EEXIST}...)
     */
    public static int open(String path, int flags, int mode) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = Libc.newCallState(a);
            int fd = Libc.open(st, a.allocateFrom(path), flags | O_CLOEXEC, mode);
            return (int) Libc.check(fd, st, "open(" + path + ")");
        }
    }

    /**
     * {@code close(fd)}; errors are ignored, as after close the descriptor is gone either way.
     *
     * @param fd the descriptor
     */
    public static void close(int fd) {
        try (Arena a = Arena.ofConfined()) {
            Libc.close(Libc.newCallState(a), fd);
        }
    }

    /**
     * The namespace type ({@code CLONE_NEWNET}...) of a namespace file, or -1 when {@code fd} is
     * not one ({@code ioctl(fd, NS_GET_NSTYPE)}).
     *
     * @param fd an open descriptor
     * @return {@code CLONE_NEWNET} for a network namespace, another {@code CLONE_NEW*} for other
     *         namespaces, or -1
     */
    public static int namespaceType(int fd) {
        try (Arena a = Arena.ofConfined()) {
            int r = Libc.ioctl(Libc.newCallState(a), fd, NS_GET_NSTYPE);
            return r < 0 ? -1 : r;
        }
    }

    /**
     * {@code setns(fd, CLONE_NEWNET)}: moves the calling thread only.
     *
     * @param fd   a network namespace descriptor
     * @param what the namespace's name for the message, e.g. {@code "ns-blue"}
     * @throws SystemCallException if the kernel refuses ({@code EPERM} without {@code CAP_SYS_ADMIN},
     *                             {@code EINVAL} for a descriptor of another kind)
     */
    public static void setnsNet(int fd, String what) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = Libc.newCallState(a);
            Libc.check(Libc.setns(st, fd, CLONE_NEWNET), st, "setns(" + what + ", CLONE_NEWNET)");
        }
    }

    /**
     * {@code unshare(CLONE_NEWNET)}: gives the calling thread a new network namespace.
     *
     * @throws SystemCallException if the kernel refuses ({@code EPERM} without {@code CAP_SYS_ADMIN})
     */
    public static void unshareNet() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = Libc.newCallState(a);
            Libc.check(Libc.unshare(st, CLONE_NEWNET), st, "unshare(CLONE_NEWNET)");
        }
    }

    /**
     * {@code mount(source, target, fstype, flags, NULL)}.
     *
     * @param source   the source path, or {@code "none"}
     * @param target   the mount point
     * @param fstype   the file system type, or {@code "none"} for a bind or propagation change
     * @param flags    {@code MS_BIND}, {@code MS_SHARED | MS_REC}...
     * @param tolerate errnos to return instead of throwing (a first try that may fail)
     * @return 0, or the errno when {@code tolerate} contains it
     * @throws SystemCallException for any other errno
     */
    public static int mount(String source, String target, String fstype, long flags, int... tolerate) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = Libc.newCallState(a);
            int r = Libc.mount(st, a.allocateFrom(source), a.allocateFrom(target), a.allocateFrom(fstype), flags,
                    MemorySegment.NULL);
            if (r < 0) {
                int e = Libc.errno(st);
                for (int t : tolerate) {
                    if (t == e) {
                        return e;
                    }
                }
                throw new SystemCallException(e, "mount(" + source + ", " + target + ", 0x" + Long.toHexString(flags)
                        + ")", null);
            }
            return 0;
        }
    }

    /**
     * {@code umount2(target, flags)}.
     *
     * @param target   the mount point
     * @param flags    {@code MNT_DETACH}...
     * @param tolerate errnos to return instead of throwing ({@code EINVAL}: not a mount point)
     * @return 0, or the errno when {@code tolerate} contains it
     * @throws SystemCallException for any other errno
     */
    public static int umount2(String target, int flags, int... tolerate) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = Libc.newCallState(a);
            if (Libc.umount2(st, a.allocateFrom(target), flags) < 0) {
                int e = Libc.errno(st);
                for (int t : tolerate) {
                    if (t == e) {
                        return e;
                    }
                }
                throw new SystemCallException(e, "umount2(" + target + ")", null);
            }
            return 0;
        }
    }
}
