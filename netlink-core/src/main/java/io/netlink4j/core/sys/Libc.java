package io.netlink4j.core.sys;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import io.netlink4j.core.SystemCallException;
import io.netlink4j.core.uapi.SysConst;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * One downcall handle per C library function, each made once and each capturing {@code errno}
 * into a caller-supplied call-state segment ({@link #newCallState}). The methods return the raw
 * result ({@code -1} on failure); {@link #check} turns a failure into a {@link SystemCallException}
 * naming the call and the errno. The errno is read from the call's own state, never from a later
 * call. Hot paths keep one call-state segment per socket, so a syscall allocates nothing.
 *
 * <p>Every buffer is a {@link MemorySegment} whose own size is the length passed to the kernel:
 * no method takes a separate length, so no caller can make the kernel read or write past a
 * segment. This package is exported only to the library's own modules.
 */
@SuppressWarnings("restricted") // the downcalls are this class's purpose; the module needs --enable-native-access
public final class Libc {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final StructLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle STATE_ERRNO =
            STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final MethodHandle SOCKET = fn("socket", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT);
    private static final MethodHandle BIND = fn("bind", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle CONNECT = fn("connect", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle GETSOCKNAME = fn("getsockname", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
    private static final MethodHandle SETSOCKOPT =
            fn("setsockopt", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle SENDTO =
            fn("sendto", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle RECVFROM =
            fn("recvfrom", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS);
    private static final MethodHandle POLL = fn("poll", JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT);
    private static final MethodHandle CLOSE = fn("close", JAVA_INT, JAVA_INT);
    private static final MethodHandle READ = fn("read", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
    private static final MethodHandle WRITE = fn("write", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
    private static final MethodHandle OPEN = LINKER.downcallHandle(
            LINKER.defaultLookup().find("open").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
            ERRNO, Linker.Option.firstVariadicArg(2));
    private static final MethodHandle IOCTL = LINKER.downcallHandle(
            LINKER.defaultLookup().find("ioctl").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG), ERRNO, Linker.Option.firstVariadicArg(2));
    private static final MethodHandle SETNS = fn("setns", JAVA_INT, JAVA_INT, JAVA_INT);
    private static final MethodHandle UNSHARE = fn("unshare", JAVA_INT, JAVA_INT);
    private static final MethodHandle MOUNT = fn("mount", JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS);
    private static final MethodHandle UMOUNT2 = fn("umount2", JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle EVENTFD = fn("eventfd", JAVA_INT, JAVA_INT, JAVA_INT);
    private static final MethodHandle PRCTL = LINKER.downcallHandle(
            LINKER.defaultLookup().find("prctl").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG),
            ERRNO, Linker.Option.firstVariadicArg(1));

    private Libc() {}

    private static MethodHandle fn(String name, MemoryLayout ret, MemoryLayout... args) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(),
                FunctionDescriptor.of(ret, args), ERRNO);
    }

    /**
     * A segment that receives the errno of the calls it is passed to: one per thread or socket,
     * since a call's errno must be read before another call overwrites it.
     *
     * @param arena where it lives; it must outlive the calls
     * @return a new call-state segment
     */
    public static MemorySegment newCallState(Arena arena) {
        return arena.allocate(STATE);
    }

    /**
     * The errno stored by the last call that was given {@code state}; meaningful only after a
     * call that failed.
     *
     * @param state a segment from {@link #newCallState}
     * @return the positive error number
     */
    public static int errno(MemorySegment state) {
        return (int) STATE_ERRNO.get(state, 0L);
    }

    /**
     * Turns a failed call into an exception: {@code result} if it is not negative, otherwise a
     * {@link SystemCallException} naming {@code call} and the errno.
     *
     * @param result what the call returned
     * @param state  the call state the call was given
     * @param call   the call with its arguments, for the message, e.g. {@code "bind(netlink)"}
     * @return {@code result}
     * @throws SystemCallException if {@code result} is negative
     */
    public static long check(long result, MemorySegment state, String call) {
        if (result < 0) {
            throw new SystemCallException(errno(state), call, null);
        }
        return result;
    }

    /**
     * {@code socket(2)}.
     *
     * @param st       the call state from {@link #newCallState}; receives {@code errno}
     * @param domain   {@code AF_NETLINK}, {@code AF_INET}...
     * @param type     {@code SOCK_DGRAM}..., with {@code SOCK_CLOEXEC} and {@code SOCK_NONBLOCK} as wanted
     * @param protocol e.g. {@code NETLINK_ROUTE}
     * @return the new descriptor, or -1 with {@code errno} in {@code st}
     */
    public static int socket(MemorySegment st, int domain, int type, int protocol) {
        try {
            return (int) SOCKET.invokeExact(st, domain, type, protocol);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code bind(2)} to the address that fills {@code addr}.
     *
     * @param st   the call state from {@link #newCallState}; receives {@code errno}
     * @param fd   the socket
     * @param addr a {@code struct sockaddr_*}, exactly its size (12 bytes for {@code sockaddr_nl})
     * @return 0, or -1 with {@code errno} in {@code st}
     */
    public static int bind(MemorySegment st, int fd, MemorySegment addr) {
        try {
            return (int) BIND.invokeExact(st, fd, addr, intSize(addr));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code connect(2)}: for netlink, fixes the peer port that {@code sendto} without an address reaches.
     *
     * @param st   the call state from {@link #newCallState}; receives {@code errno}
     * @param fd   the socket
     * @param addr the peer's {@code struct sockaddr_*}, exactly its size
     * @return 0, or -1 with {@code errno} in {@code st}
     */
    public static int connect(MemorySegment st, int fd, MemorySegment addr) {
        try {
            return (int) CONNECT.invokeExact(st, fd, addr, intSize(addr));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code getsockname(2)} into {@code addr}; {@code lenScratch} receives the length the
     * kernel reports, which may exceed {@code addr}'s size (the address is then cut).
     *
     * @param st         the call state from {@link #newCallState}; receives {@code errno}
     * @param fd         the socket
     * @param addr       receives the address; its size is the room offered
     * @param lenScratch 4 bytes or more; its first 4 receive the address length
     * @return 0, or -1 with {@code errno} in {@code st}
     */
    public static int getsockname(MemorySegment st, int fd, MemorySegment addr, MemorySegment lenScratch) {
        MemorySegment len = lenScratch.asSlice(0, 4);
        len.set(JAVA_INT, 0, intSize(addr));
        try {
            return (int) GETSOCKNAME.invokeExact(st, fd, addr, len);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code setsockopt(2)}.
     *
     * @param st    the call state from {@link #newCallState}; receives {@code errno}
     * @param fd    the socket
     * @param level {@code SOL_SOCKET}, {@code SOL_NETLINK}...
     * @param name  the option, e.g. {@code NETLINK_EXT_ACK}
     * @param val   the value, exactly its size (4 bytes for an int option)
     * @return 0, or -1 with {@code errno} in {@code st}
     */
    public static int setsockopt(MemorySegment st, int fd, int level, int name, MemorySegment val) {
        try {
            return (int) SETSOCKOPT.invokeExact(st, fd, level, name, val, intSize(val));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code sendto(2)} of all of {@code buf}.
     *
     * @param st    the call state from {@link #newCallState}; receives {@code errno}
     * @param fd    the socket
     * @param buf   the datagram, exactly its size
     * @param flags {@code MSG_*} flags, usually 0
     * @param addr  the destination address, or {@link MemorySegment#NULL} for a connected or netlink-kernel peer
     * @return the bytes sent, or -1 with {@code errno} in {@code st}
     */
    public static long sendto(MemorySegment st, int fd, MemorySegment buf, int flags, MemorySegment addr) {
        try {
            return (long) SENDTO.invokeExact(st, fd, buf, buf.byteSize(), flags, addr, intSize(addr));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code recvfrom(2)} into {@code buf}, at most its size.
     *
     * @param st         the call state from {@link #newCallState}; receives {@code errno}
     * @param fd         the socket
     * @param buf        receives the datagram
     * @param flags      {@code MSG_DONTWAIT}, {@code MSG_PEEK | MSG_TRUNC}...
     * @param addr       receives the sender's address, or {@link MemorySegment#NULL}; its size is the room offered (the kernel's length is not reported back)
     * @param lenScratch 4 bytes or more, used when {@code addr} is given
     * @return the datagram's length (with {@code MSG_TRUNC}: its full length, also when larger than {@code buf}), or -1 with {@code errno} in {@code st}
     */
    public static long recvfrom(MemorySegment st, int fd, MemorySegment buf, int flags, MemorySegment addr,
                                MemorySegment lenScratch) {
        try {
            MemorySegment len = MemorySegment.NULL;
            if (!addr.equals(MemorySegment.NULL)) {
                len = lenScratch.asSlice(0, 4);
                len.set(JAVA_INT, 0, intSize(addr));
            }
            return (long) RECVFROM.invokeExact(st, fd, buf, buf.byteSize(), flags, addr, len);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code poll(2)} over the {@code struct pollfd}s (8 bytes each) that fill {@code fds}.
     *
     * @param st            the call state from {@link #newCallState}; receives {@code errno}
     * @param fds           the array; the kernel writes each {@code revents}
     * @param timeoutMillis how long to wait; 0 not at all, -1 for ever
     * @return how many descriptors are ready (0 on timeout), or -1 with {@code errno} in {@code st}
     * @throws IllegalArgumentException if {@code fds} is not a multiple of 8 bytes
     */
    public static int poll(MemorySegment st, MemorySegment fds, int timeoutMillis) {
        if (fds.byteSize() % 8 != 0) {
            throw new IllegalArgumentException("pollfd array of " + fds.byteSize() + " bytes is not a multiple of 8");
        }
        try {
            return (int) POLL.invokeExact(st, fds, fds.byteSize() / 8, timeoutMillis);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code close(2)}.
     *
     * @param st the call state from {@link #newCallState}; receives {@code errno}
     * @param fd the descriptor; gone afterwards even when this fails
     * @return 0, or -1 with {@code errno} in {@code st}
     */
    public static int close(MemorySegment st, int fd) {
        try {
            return (int) CLOSE.invokeExact(st, fd);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code read(2)} into {@code buf}, at most its size.
     *
     * @param st  the call state from {@link #newCallState}; receives {@code errno}
     * @param fd  the descriptor
     * @param buf receives the bytes
     * @return the bytes read (0 at end of file), or -1 with {@code errno} in {@code st}
     */
    public static long read(MemorySegment st, int fd, MemorySegment buf) {
        try {
            return (long) READ.invokeExact(st, fd, buf, buf.byteSize());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code write(2)} of all of {@code buf}.
     *
     * @param st  the call state from {@link #newCallState}; receives {@code errno}
     * @param fd  the descriptor
     * @param buf the bytes, exactly its size
     * @return the bytes written, or -1 with {@code errno} in {@code st}
     */
    public static long write(MemorySegment st, int fd, MemorySegment buf) {
        try {
            return (long) WRITE.invokeExact(st, fd, buf, buf.byteSize());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code open(2)} with a NUL-terminated path.
     *
     * @param st    the call state from {@link #newCallState}; receives {@code errno}
     * @param path  the path, NUL-terminated inside the segment
     * @param flags {@code O_RDONLY}, {@code O_CLOEXEC}...
     * @param mode  the permissions for {@code O_CREAT}, else 0
     * @return the new descriptor, or -1 with {@code errno} in {@code st}
     * @throws IllegalArgumentException if {@code path} has no NUL inside its segment
     */
    public static int open(MemorySegment st, MemorySegment path, int flags, int mode) {
        requireNulTerminated(path);
        try {
            return (int) OPEN.invokeExact(st, path, flags, mode);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code ioctl(2)} for requests without an argument, such as {@code NS_GET_NSTYPE}.
     *
     * @param st      the call state from {@link #newCallState}; receives {@code errno}
     * @param fd      the descriptor
     * @param request the request number
     * @return the request's result, or -1 with {@code errno} in {@code st}
     */
    public static int ioctl(MemorySegment st, int fd, long request) {
        try {
            return (int) IOCTL.invokeExact(st, fd, request);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code setns(2)}: moves the calling thread only.
     *
     * @param st     the call state from {@link #newCallState}; receives {@code errno}
     * @param fd     a namespace descriptor
     * @param nstype {@code CLONE_NEWNET}, or 0 for any type
     * @return 0, or -1 with {@code errno} in {@code st}
     */
    public static int setns(MemorySegment st, int fd, int nstype) {
        try {
            return (int) SETNS.invokeExact(st, fd, nstype);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code unshare(2)}: for {@code CLONE_NEWNET}, moves the calling thread only.
     *
     * @param st    the call state from {@link #newCallState}; receives {@code errno}
     * @param flags {@code CLONE_NEWNET}...
     * @return 0, or -1 with {@code errno} in {@code st}
     */
    public static int unshare(MemorySegment st, int flags) {
        try {
            return (int) UNSHARE.invokeExact(st, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code mount(2)}.
     *
     * @param st     the call state from {@link #newCallState}; receives {@code errno}
     * @param source the source path or {@code "none"}, NUL-terminated, or {@link MemorySegment#NULL}
     * @param target the mount point, NUL-terminated
     * @param fstype the file system type, NUL-terminated, or {@link MemorySegment#NULL}
     * @param flags  {@code MS_BIND}, {@code MS_SHARED | MS_REC}...
     * @param data   file system options, NUL-terminated, or {@link MemorySegment#NULL}
     * @return 0, or -1 with {@code errno} in {@code st}
     * @throws IllegalArgumentException if a string has no NUL inside its segment
     */
    public static int mount(MemorySegment st, MemorySegment source, MemorySegment target,
                            MemorySegment fstype, long flags, MemorySegment data) {
        requireNulTerminated(source);
        requireNulTerminated(target);
        requireNulTerminated(fstype);
        requireNulTerminated(data);
        try {
            return (int) MOUNT.invokeExact(st, source, target, fstype, flags, data);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code umount2(2)}.
     *
     * @param st     the call state from {@link #newCallState}; receives {@code errno}
     * @param target the mount point, NUL-terminated
     * @param flags  {@code MNT_DETACH}...
     * @return 0, or -1 with {@code errno} in {@code st}
     * @throws IllegalArgumentException if {@code target} has no NUL inside its segment
     */
    public static int umount2(MemorySegment st, MemorySegment target, int flags) {
        requireNulTerminated(target);
        try {
            return (int) UMOUNT2.invokeExact(st, target, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code eventfd(2)}: a descriptor whose counter a {@code write} bumps, to wake a {@code poll}.
     *
     * @param st      the call state from {@link #newCallState}; receives {@code errno}
     * @param initial the counter's start value
     * @param flags   {@code EFD_CLOEXEC}...
     * @return the new descriptor, or -1 with {@code errno} in {@code st}
     */
    public static int eventfd(MemorySegment st, int initial, int flags) {
        try {
            return (int) EVENTFD.invokeExact(st, initial, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code prctl(option, arg2, arg3, 0, 0)} for the options that take a number and a pointer
     * ({@code PR_SET_SECCOMP}) or a number only ({@code PR_SET_NO_NEW_PRIVS}, arg3 {@code NULL}).
     *
     * @param st     the call state from {@link #newCallState}; receives {@code errno}
     * @param option the {@code PR_*} option
     * @param arg2   its first argument
     * @param arg3   its pointer argument, or {@link MemorySegment#NULL}
     * @return the option's result, or -1 with {@code errno} in {@code st}
     */
    public static int prctl(MemorySegment st, int option, long arg2, MemorySegment arg3) {
        try {
            return (int) PRCTL.invokeExact(st, option, arg2, arg3, 0L, 0L);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    // ---- processes: posix_spawn and friends, made on first use (a holder class) ----------------

    /** The downcall handles for starting and watching child processes, created when first needed. */
    private static final class Spawn {
        static final MethodHandle POSIX_SPAWNP =
                fn("posix_spawnp", JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
        static final MethodHandle FA_INIT = fn("posix_spawn_file_actions_init", JAVA_INT, ADDRESS);
        static final MethodHandle FA_DESTROY = fn("posix_spawn_file_actions_destroy", JAVA_INT, ADDRESS);
        static final MethodHandle FA_ADDDUP2 =
                fn("posix_spawn_file_actions_adddup2", JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT);
        // glibc 2.29 and 2.34: absent from older C libraries, so looked up without failing
        static final MethodHandle FA_ADDCHDIR = optional("posix_spawn_file_actions_addchdir_np",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle FA_ADDCLOSEFROM = optional("posix_spawn_file_actions_addclosefrom_np",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle ATTR_INIT = fn("posix_spawnattr_init", JAVA_INT, ADDRESS);
        static final MethodHandle ATTR_DESTROY = fn("posix_spawnattr_destroy", JAVA_INT, ADDRESS);
        static final MethodHandle ATTR_SETFLAGS = fn("posix_spawnattr_setflags", JAVA_INT, ADDRESS, JAVA_SHORT);
        static final MethodHandle ATTR_SETSIGMASK = fn("posix_spawnattr_setsigmask", JAVA_INT, ADDRESS, ADDRESS);
        static final MethodHandle ATTR_SETSIGDEFAULT =
                fn("posix_spawnattr_setsigdefault", JAVA_INT, ADDRESS, ADDRESS);
        static final MethodHandle SIGEMPTYSET = fn("sigemptyset", JAVA_INT, ADDRESS);
        static final MethodHandle SIGFILLSET = fn("sigfillset", JAVA_INT, ADDRESS);
        static final MethodHandle PIPE2 = fn("pipe2", JAVA_INT, ADDRESS, JAVA_INT);
        static final MethodHandle FCNTL = LINKER.downcallHandle(LINKER.defaultLookup().find("fcntl").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), ERRNO, Linker.Option.firstVariadicArg(2));
        static final MethodHandle WAITPID = fn("waitpid", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
        static final MethodHandle KILL = fn("kill", JAVA_INT, JAVA_INT, JAVA_INT);
        // syscall(2) for pidfd_open and pidfd_send_signal, whose glibc wrappers only came in 2.36;
        // every argument is passed as a long, the width syscall() reads them with
        static final MethodHandle SYSCALL = LINKER.downcallHandle(LINKER.defaultLookup().find("syscall").orElseThrow(),
                FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG),
                ERRNO, Linker.Option.firstVariadicArg(1));

        private static MethodHandle optional(String name, FunctionDescriptor fd) {
            return LINKER.defaultLookup().find(name).map(a -> LINKER.downcallHandle(a, fd, ERRNO)).orElse(null);
        }
    }

    /**
     * {@code posix_spawnp(3)}: starts {@code file} (looked up in the {@code PATH} of this process
     * when it has no slash) with the NULL-terminated pointer arrays {@code argv} and {@code envp}.
     * The child is made with {@code clone(CLONE_VM | CLONE_VFORK)} by the calling thread and
     * shares that thread's namespaces.
     *
     * @param st          the call state from {@link #newCallState}; receives {@code errno}
     * @param pid         receives the child's process id (4 bytes)
     * @param file        the program, NUL-terminated
     * @param fileActions a {@code posix_spawn_file_actions_t} ({@code SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T} bytes or more)
     * @param attr        a {@code posix_spawnattr_t} ({@code SIZEOF_POSIX_SPAWNATTR_T} bytes or more)
     * @param argv        the arguments, an array of pointers ending with NULL
     * @param envp        the environment, an array of pointers ending with NULL
     * @return 0, or the error number (the C library returns it rather than setting {@code errno})
     * @throws IllegalArgumentException if a segment is too small or not terminated as described
     */
    public static int posixSpawnp(MemorySegment st, MemorySegment pid, MemorySegment file, MemorySegment fileActions,
                                  MemorySegment attr, MemorySegment argv, MemorySegment envp) {
        requireSize(pid, 4, "pid");
        requireNulTerminated(file);
        requireSize(fileActions, SysConst.SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T, "posix_spawn_file_actions_t");
        requireSize(attr, SysConst.SIZEOF_POSIX_SPAWNATTR_T, "posix_spawnattr_t");
        requireNullTerminatedArray(argv, "argv");
        requireNullTerminatedArray(envp, "envp");
        try {
            return (int) Spawn.POSIX_SPAWNP.invokeExact(st, pid, file, fileActions, attr, argv, envp);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code posix_spawn_file_actions_init(3)}.
     *
     * @param st          the call state from {@link #newCallState}; receives {@code errno}
     * @param fileActions a {@code posix_spawn_file_actions_t} ({@code SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T} bytes or more)
     * @return 0, or an error number (these functions return it rather than set {@code errno})
     * @throws IllegalArgumentException if {@code fileActions} is too small
     */
    public static int posixSpawnFileActionsInit(MemorySegment st, MemorySegment fileActions) {
        requireSize(fileActions, SysConst.SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T, "posix_spawn_file_actions_t");
        try {
            return (int) Spawn.FA_INIT.invokeExact(st, fileActions);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code posix_spawn_file_actions_destroy(3)}: frees what the actions allocated.
     *
     * @param st          the call state from {@link #newCallState}; receives {@code errno}
     * @param fileActions a {@code posix_spawn_file_actions_t} ({@code SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T} bytes or more), initialized
     * @return 0, or an error number (these functions return it rather than set {@code errno})
     * @throws IllegalArgumentException if {@code fileActions} is too small
     */
    public static int posixSpawnFileActionsDestroy(MemorySegment st, MemorySegment fileActions) {
        requireSize(fileActions, SysConst.SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T, "posix_spawn_file_actions_t");
        try {
            return (int) Spawn.FA_DESTROY.invokeExact(st, fileActions);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code posix_spawn_file_actions_adddup2(3)}: the child does {@code dup2(fd, newFd)}.
     *
     * @param st          the call state from {@link #newCallState}; receives {@code errno}
     * @param fileActions a {@code posix_spawn_file_actions_t} ({@code SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T} bytes or more), initialized
     * @param fd          the descriptor to copy
     * @param newFd       the number it gets in the child (0, 1, 2 for the standard streams)
     * @return 0, or an error number (these functions return it rather than set {@code errno})
     * @throws IllegalArgumentException if {@code fileActions} is too small
     */
    public static int posixSpawnFileActionsAdddup2(MemorySegment st, MemorySegment fileActions, int fd, int newFd) {
        requireSize(fileActions, SysConst.SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T, "posix_spawn_file_actions_t");
        try {
            return (int) Spawn.FA_ADDDUP2.invokeExact(st, fileActions, fd, newFd);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code posix_spawn_file_actions_addchdir_np(3)}: the child changes to {@code path}.
     *
     * @param st          the call state from {@link #newCallState}; receives {@code errno}
     * @param fileActions a {@code posix_spawn_file_actions_t} ({@code SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T} bytes or more), initialized
     * @param path        the directory, NUL-terminated
     * @return 0, or an error number (these functions return it rather than set {@code errno})
     * @throws UnsupportedOperationException if the C library is older than glibc 2.29
     * @throws IllegalArgumentException      if {@code fileActions} is too small or {@code path} has no NUL
     */
    public static int posixSpawnFileActionsAddchdir(MemorySegment st, MemorySegment fileActions, MemorySegment path) {
        requireSize(fileActions, SysConst.SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T, "posix_spawn_file_actions_t");
        requireNulTerminated(path);
        MethodHandle h = available(Spawn.FA_ADDCHDIR, "posix_spawn_file_actions_addchdir_np", "2.29");
        try {
            return (int) h.invokeExact(st, fileActions, path);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code posix_spawn_file_actions_addclosefrom_np(3)}: the child closes every descriptor from
     * {@code from} up.
     *
     * @param st          the call state from {@link #newCallState}; receives {@code errno}
     * @param fileActions a {@code posix_spawn_file_actions_t} ({@code SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T} bytes or more), initialized
     * @param from        the lowest descriptor to close (3: keep the standard streams)
     * @return 0, or an error number (these functions return it rather than set {@code errno})
     * @throws UnsupportedOperationException if the C library is older than glibc 2.34
     * @throws IllegalArgumentException      if {@code fileActions} is too small
     */
    public static int posixSpawnFileActionsAddclosefrom(MemorySegment st, MemorySegment fileActions, int from) {
        requireSize(fileActions, SysConst.SIZEOF_POSIX_SPAWN_FILE_ACTIONS_T, "posix_spawn_file_actions_t");
        MethodHandle h = available(Spawn.FA_ADDCLOSEFROM, "posix_spawn_file_actions_addclosefrom_np", "2.34");
        try {
            return (int) h.invokeExact(st, fileActions, from);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code posix_spawnattr_init(3)}.
     *
     * @param st   the call state from {@link #newCallState}; receives {@code errno}
     * @param attr a {@code posix_spawnattr_t} ({@code SIZEOF_POSIX_SPAWNATTR_T} bytes or more)
     * @return 0, or an error number (these functions return it rather than set {@code errno})
     * @throws IllegalArgumentException if {@code attr} is too small
     */
    public static int posixSpawnattrInit(MemorySegment st, MemorySegment attr) {
        requireSize(attr, SysConst.SIZEOF_POSIX_SPAWNATTR_T, "posix_spawnattr_t");
        try {
            return (int) Spawn.ATTR_INIT.invokeExact(st, attr);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code posix_spawnattr_destroy(3)}.
     *
     * @param st   the call state from {@link #newCallState}; receives {@code errno}
     * @param attr a {@code posix_spawnattr_t} ({@code SIZEOF_POSIX_SPAWNATTR_T} bytes or more), initialized
     * @return 0, or an error number (these functions return it rather than set {@code errno})
     * @throws IllegalArgumentException if {@code attr} is too small
     */
    public static int posixSpawnattrDestroy(MemorySegment st, MemorySegment attr) {
        requireSize(attr, SysConst.SIZEOF_POSIX_SPAWNATTR_T, "posix_spawnattr_t");
        try {
            return (int) Spawn.ATTR_DESTROY.invokeExact(st, attr);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code posix_spawnattr_setflags(3)}.
     *
     * @param st    the call state from {@link #newCallState}; receives {@code errno}
     * @param attr  a {@code posix_spawnattr_t} ({@code SIZEOF_POSIX_SPAWNATTR_T} bytes or more), initialized
     * @param flags {@code POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF}...
     * @return 0, or an error number (these functions return it rather than set {@code errno})
     * @throws IllegalArgumentException if {@code attr} is too small
     */
    public static int posixSpawnattrSetflags(MemorySegment st, MemorySegment attr, short flags) {
        requireSize(attr, SysConst.SIZEOF_POSIX_SPAWNATTR_T, "posix_spawnattr_t");
        try {
            return (int) Spawn.ATTR_SETFLAGS.invokeExact(st, attr, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code posix_spawnattr_setsigmask(3)}: the child's signal mask.
     *
     * @param st     the call state from {@link #newCallState}; receives {@code errno}
     * @param attr   a {@code posix_spawnattr_t} ({@code SIZEOF_POSIX_SPAWNATTR_T} bytes or more), initialized
     * @param sigset a {@code sigset_t} ({@code SIZEOF_SIGSET_T} bytes or more): the signals blocked in the child
     * @return 0, or an error number (these functions return it rather than set {@code errno})
     * @throws IllegalArgumentException if a segment is too small
     */
    public static int posixSpawnattrSetsigmask(MemorySegment st, MemorySegment attr, MemorySegment sigset) {
        requireSize(attr, SysConst.SIZEOF_POSIX_SPAWNATTR_T, "posix_spawnattr_t");
        requireSize(sigset, SysConst.SIZEOF_SIGSET_T, "sigset_t");
        try {
            return (int) Spawn.ATTR_SETSIGMASK.invokeExact(st, attr, sigset);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code posix_spawnattr_setsigdefault(3)}: signals the child resets to their default action.
     *
     * @param st     the call state from {@link #newCallState}; receives {@code errno}
     * @param attr   a {@code posix_spawnattr_t} ({@code SIZEOF_POSIX_SPAWNATTR_T} bytes or more), initialized
     * @param sigset a {@code sigset_t} ({@code SIZEOF_SIGSET_T} bytes or more)
     * @return 0, or an error number (these functions return it rather than set {@code errno})
     * @throws IllegalArgumentException if a segment is too small
     */
    public static int posixSpawnattrSetsigdefault(MemorySegment st, MemorySegment attr, MemorySegment sigset) {
        requireSize(attr, SysConst.SIZEOF_POSIX_SPAWNATTR_T, "posix_spawnattr_t");
        requireSize(sigset, SysConst.SIZEOF_SIGSET_T, "sigset_t");
        try {
            return (int) Spawn.ATTR_SETSIGDEFAULT.invokeExact(st, attr, sigset);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code sigemptyset(3)}.
     *
     * @param st     the call state from {@link #newCallState}; receives {@code errno}
     * @param sigset a {@code sigset_t} ({@code SIZEOF_SIGSET_T} bytes or more); emptied
     * @return 0, or -1 with {@code errno} in {@code st}
     * @throws IllegalArgumentException if {@code sigset} is too small
     */
    public static int sigemptyset(MemorySegment st, MemorySegment sigset) {
        requireSize(sigset, SysConst.SIZEOF_SIGSET_T, "sigset_t");
        try {
            return (int) Spawn.SIGEMPTYSET.invokeExact(st, sigset);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code sigfillset(3)}: every signal the C library lets a program use.
     *
     * @param st     the call state from {@link #newCallState}; receives {@code errno}
     * @param sigset a {@code sigset_t} ({@code SIZEOF_SIGSET_T} bytes or more); filled
     * @return 0, or -1 with {@code errno} in {@code st}
     * @throws IllegalArgumentException if {@code sigset} is too small
     */
    public static int sigfillset(MemorySegment st, MemorySegment sigset) {
        requireSize(sigset, SysConst.SIZEOF_SIGSET_T, "sigset_t");
        try {
            return (int) Spawn.SIGFILLSET.invokeExact(st, sigset);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code pipe2(2)}.
     *
     * @param st    the call state from {@link #newCallState}; receives {@code errno}
     * @param fds   8 bytes: receives the read end, then the write end
     * @param flags {@code O_CLOEXEC}...
     * @return 0, or -1 with {@code errno} in {@code st}
     * @throws IllegalArgumentException if {@code fds} is not 8 bytes
     */
    public static int pipe2(MemorySegment st, MemorySegment fds, int flags) {
        if (fds.byteSize() != 8) {
            throw new IllegalArgumentException("pipe2 wants 2 ints (8 bytes), got " + fds.byteSize() + " bytes");
        }
        try {
            return (int) Spawn.PIPE2.invokeExact(st, fds, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code fcntl(2)} for commands that take an int ({@code F_DUPFD_CLOEXEC}).
     *
     * @param st  the call state from {@link #newCallState}; receives {@code errno}
     * @param fd  the descriptor
     * @param cmd the {@code F_*} command
     * @param arg its argument
     * @return the command's result, or -1 with {@code errno} in {@code st}
     */
    public static int fcntl(MemorySegment st, int fd, int cmd, int arg) {
        try {
            return (int) Spawn.FCNTL.invokeExact(st, fd, cmd, arg);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code waitpid(2)}.
     *
     * @param st      the call state from {@link #newCallState}; receives {@code errno}
     * @param pid     the child, or -1 for any
     * @param status  4 bytes or more: receives the wait status
     * @param options {@code WNOHANG}...
     * @return the child's process id, 0 with {@code WNOHANG} if none changed, or -1 with {@code errno} in {@code st}
     * @throws IllegalArgumentException if {@code status} is smaller than 4 bytes
     */
    public static int waitpid(MemorySegment st, int pid, MemorySegment status, int options) {
        requireSize(status, 4, "status");
        try {
            return (int) Spawn.WAITPID.invokeExact(st, pid, status, options);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code kill(2)}.
     *
     * @param st  the call state from {@link #newCallState}; receives {@code errno}
     * @param pid the process
     * @param sig the signal number
     * @return 0, or -1 with {@code errno} in {@code st}
     */
    public static int kill(MemorySegment st, int pid, int sig) {
        try {
            return (int) Spawn.KILL.invokeExact(st, pid, sig);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code pidfd_open(2)}: a descriptor (close-on-exec) that refers to process {@code pid} for good.
     *
     * @param st    the call state from {@link #newCallState}; receives {@code errno}
     * @param pid   the process
     * @param flags 0
     * @return the new descriptor, or -1 with {@code errno} in {@code st}
     */
    public static int pidfdOpen(MemorySegment st, int pid, int flags) {
        try {
            return (int) (long) Spawn.SYSCALL.invokeExact(st, (long) SysConst.NR_PIDFD_OPEN, (long) pid,
                    (long) flags, 0L, 0L);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code pidfd_send_signal(pidfd, sig, NULL, 0)}: unlike {@code kill}, it cannot reach another
     * process that reused the number after the one meant was reaped ({@code ESRCH} instead).
     *
     * @param st    the call state from {@link #newCallState}; receives {@code errno}
     * @param pidfd the process, from {@link #pidfdOpen}
     * @param sig   the signal number
     * @return 0, or -1 with {@code errno} in {@code st}
     */
    public static int pidfdSendSignal(MemorySegment st, int pidfd, int sig) {
        try {
            return (int) (long) Spawn.SYSCALL.invokeExact(st, (long) SysConst.NR_PIDFD_SEND_SIGNAL, (long) pidfd,
                    (long) sig, 0L, 0L);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static MethodHandle available(MethodHandle h, String name, String glibc) {
        if (h == null) {
            throw new UnsupportedOperationException(name + " is not in this C library (glibc " + glibc
                    + " or later has it)");
        }
        return h;
    }

    private static void requireSize(MemorySegment s, long size, String what) {
        if (s.byteSize() < size) {
            throw new IllegalArgumentException(what + " needs " + size + " bytes, got " + s.byteSize());
        }
    }

    /** A {@code char *[]} must end with a NULL inside its segment, or the C library would read past it. */
    private static void requireNullTerminatedArray(MemorySegment s, String what) {
        long n = s.byteSize() / ADDRESS.byteSize();
        if (s.byteSize() % ADDRESS.byteSize() != 0 || n == 0
                || !s.getAtIndex(ADDRESS, n - 1).equals(MemorySegment.NULL)) {
            throw new IllegalArgumentException(what + " must be an array of pointers ending with NULL");
        }
    }

    private static int intSize(MemorySegment s) {
        return s.equals(MemorySegment.NULL) ? 0 : Math.toIntExact(s.byteSize());
    }

    /** A string argument must end inside its segment, or the kernel would read past it. */
    private static void requireNulTerminated(MemorySegment s) {
        if (s.equals(MemorySegment.NULL)) {
            return;
        }
        for (long i = 0; i < s.byteSize(); i++) {
            if (s.get(ValueLayout.JAVA_BYTE, i) == 0) {
                return;
            }
        }
        throw new IllegalArgumentException("string argument of " + s.byteSize() + " bytes has no terminating NUL");
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}
