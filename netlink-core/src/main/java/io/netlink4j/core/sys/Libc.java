package io.netlink4j.core.sys;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.netlink4j.core.SystemCallException;
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
    private static final MethodHandle GETSOCKOPT =
            fn("getsockopt", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
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
    private static final MethodHandle SHUTDOWN = fn("shutdown", JAVA_INT, JAVA_INT, JAVA_INT);
    private static final MethodHandle PRCTL = LINKER.downcallHandle(
            LINKER.defaultLookup().find("prctl").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG),
            ERRNO, Linker.Option.firstVariadicArg(1));

    private Libc() {}

    private static MethodHandle fn(String name, MemoryLayout ret, MemoryLayout... args) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(),
                FunctionDescriptor.of(ret, args), ERRNO);
    }

    /** A segment that receives the errno of the calls it is passed to. */
    public static MemorySegment newCallState(Arena arena) {
        return arena.allocate(STATE);
    }

    /** The errno stored by the last call that was given {@code state}. */
    public static int errno(MemorySegment state) {
        return (int) STATE_ERRNO.get(state, 0L);
    }

    /** {@code result} if it is not negative, otherwise an exception naming {@code call} and the errno. */
    public static long check(long result, MemorySegment state, String call) {
        if (result < 0) {
            throw new SystemCallException(errno(state), call, null);
        }
        return result;
    }

    /** {@code socket(2)}. */
    public static int socket(MemorySegment st, int domain, int type, int protocol) {
        try {
            return (int) SOCKET.invokeExact(st, domain, type, protocol);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code bind(2)} to the address that fills {@code addr}. */
    public static int bind(MemorySegment st, int fd, MemorySegment addr) {
        try {
            return (int) BIND.invokeExact(st, fd, addr, intSize(addr));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code connect(2)}: for netlink, fixes the peer port that {@code sendto} without an address reaches. */
    public static int connect(MemorySegment st, int fd, MemorySegment addr) {
        try {
            return (int) CONNECT.invokeExact(st, fd, addr, intSize(addr));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code getsockname(2)} into {@code addr}; {@code lenScratch} (4 bytes or more) receives the
     * length the kernel reports, which may exceed {@code addr}'s size (the address is then cut).
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

    /** {@code setsockopt(2)}. */
    public static int setsockopt(MemorySegment st, int fd, int level, int name, MemorySegment val) {
        try {
            return (int) SETSOCKOPT.invokeExact(st, fd, level, name, val, intSize(val));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code getsockopt(2)} into {@code val}; {@code lenScratch} (4 bytes or more) receives the length. */
    public static int getsockopt(MemorySegment st, int fd, int level, int name, MemorySegment val,
                                 MemorySegment lenScratch) {
        MemorySegment len = lenScratch.asSlice(0, 4);
        len.set(JAVA_INT, 0, intSize(val));
        try {
            return (int) GETSOCKOPT.invokeExact(st, fd, level, name, val, len);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code sendto(2)} of all of {@code buf}; pass {@link MemorySegment#NULL} for a connected or netlink-kernel peer. */
    public static long sendto(MemorySegment st, int fd, MemorySegment buf, int flags, MemorySegment addr) {
        try {
            return (long) SENDTO.invokeExact(st, fd, buf, buf.byteSize(), flags, addr, intSize(addr));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code recvfrom(2)} into {@code buf}, at most its size; {@code addr} may be
     * {@link MemorySegment#NULL}, else its size is the address buffer's (the kernel's length is
     * not reported back).
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

    /** {@code poll(2)} over the {@code struct pollfd}s (8 bytes each) that fill {@code fds}. */
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

    /** {@code close(2)}. */
    public static int close(MemorySegment st, int fd) {
        try {
            return (int) CLOSE.invokeExact(st, fd);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code read(2)} into {@code buf}, at most its size. */
    public static long read(MemorySegment st, int fd, MemorySegment buf) {
        try {
            return (long) READ.invokeExact(st, fd, buf, buf.byteSize());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code write(2)} of all of {@code buf}. */
    public static long write(MemorySegment st, int fd, MemorySegment buf) {
        try {
            return (long) WRITE.invokeExact(st, fd, buf, buf.byteSize());
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code open(2)} with a NUL-terminated path. */
    public static int open(MemorySegment st, MemorySegment path, int flags, int mode) {
        requireNulTerminated(path);
        try {
            return (int) OPEN.invokeExact(st, path, flags, mode);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code ioctl(2)} for requests without an argument, such as {@code NS_GET_NSTYPE}. */
    public static int ioctl(MemorySegment st, int fd, long request) {
        try {
            return (int) IOCTL.invokeExact(st, fd, request);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code setns(2)}: moves the calling thread only. */
    public static int setns(MemorySegment st, int fd, int nstype) {
        try {
            return (int) SETNS.invokeExact(st, fd, nstype);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code unshare(2)}: for {@code CLONE_NEWNET}, moves the calling thread only. */
    public static int unshare(MemorySegment st, int flags) {
        try {
            return (int) UNSHARE.invokeExact(st, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code mount(2)}; absent strings are {@link MemorySegment#NULL}. */
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

    /** {@code umount2(2)}. */
    public static int umount2(MemorySegment st, MemorySegment target, int flags) {
        requireNulTerminated(target);
        try {
            return (int) UMOUNT2.invokeExact(st, target, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code eventfd(2)}: a descriptor whose counter a {@code write} bumps, to wake a {@code poll}. */
    public static int eventfd(MemorySegment st, int initial, int flags) {
        try {
            return (int) EVENTFD.invokeExact(st, initial, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code shutdown(2)}. */
    public static int shutdown(MemorySegment st, int fd, int how) {
        try {
            return (int) SHUTDOWN.invokeExact(st, fd, how);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * {@code prctl(option, arg2, arg3, 0, 0)} for the options that take a number and a pointer
     * ({@code PR_SET_SECCOMP}) or a number only ({@code PR_SET_NO_NEW_PRIVS}, arg3 {@code NULL}).
     */
    public static int prctl(MemorySegment st, int option, long arg2, MemorySegment arg3) {
        try {
            return (int) PRCTL.invokeExact(st, option, arg2, arg3, 0L, 0L);
        } catch (Throwable t) {
            throw rethrow(t);
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
