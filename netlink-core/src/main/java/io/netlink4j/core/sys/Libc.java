package io.netlink4j.core.sys;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.netlink4j.core.NetlinkException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * One downcall handle per C library function, each made once and each capturing {@code errno}
 * into a caller-supplied call-state segment ({@link #newCallState}). The methods return the raw
 * result ({@code -1} on failure); {@link #check} turns a failure into a {@link NetlinkException}
 * naming the call and the errno. The errno is read from the call's own state, never from a later
 * call. Hot paths keep one call-state segment per socket, so a syscall allocates nothing.
 */
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

    private Libc() {}

    private static MethodHandle fn(String name, java.lang.foreign.MemoryLayout ret,
                                   java.lang.foreign.MemoryLayout... args) {
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
            throw new NetlinkException(errno(state), call, null, -1);
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

    /** {@code bind(2)}. */
    public static int bind(MemorySegment st, int fd, MemorySegment addr, int len) {
        try {
            return (int) BIND.invokeExact(st, fd, addr, len);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code connect(2)}: for netlink, fixes the peer port that {@code sendto} without an address reaches. */
    public static int connect(MemorySegment st, int fd, MemorySegment addr, int len) {
        try {
            return (int) CONNECT.invokeExact(st, fd, addr, len);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code getsockname(2)}; {@code lenInOut} holds a socklen_t. */
    public static int getsockname(MemorySegment st, int fd, MemorySegment addr, MemorySegment lenInOut) {
        try {
            return (int) GETSOCKNAME.invokeExact(st, fd, addr, lenInOut);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code setsockopt(2)}. */
    public static int setsockopt(MemorySegment st, int fd, int level, int name, MemorySegment val, int len) {
        try {
            return (int) SETSOCKOPT.invokeExact(st, fd, level, name, val, len);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code getsockopt(2)}; {@code lenInOut} holds a socklen_t. */
    public static int getsockopt(MemorySegment st, int fd, int level, int name, MemorySegment val,
                                 MemorySegment lenInOut) {
        try {
            return (int) GETSOCKOPT.invokeExact(st, fd, level, name, val, lenInOut);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code sendto(2)}; pass {@link MemorySegment#NULL} and 0 for a connected or netlink-kernel peer. */
    public static long sendto(MemorySegment st, int fd, MemorySegment buf, long len, int flags,
                              MemorySegment addr, int addrLen) {
        try {
            return (long) SENDTO.invokeExact(st, fd, buf, len, flags, addr, addrLen);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code recvfrom(2)}; {@code addr} and {@code lenInOut} may be {@link MemorySegment#NULL}. */
    public static long recvfrom(MemorySegment st, int fd, MemorySegment buf, long len, int flags,
                                MemorySegment addr, MemorySegment lenInOut) {
        try {
            return (long) RECVFROM.invokeExact(st, fd, buf, len, flags, addr, lenInOut);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code poll(2)} over {@code nfds} {@code struct pollfd} (8 bytes each). */
    public static int poll(MemorySegment st, MemorySegment fds, long nfds, int timeoutMillis) {
        try {
            return (int) POLL.invokeExact(st, fds, nfds, timeoutMillis);
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

    /** {@code read(2)}. */
    public static long read(MemorySegment st, int fd, MemorySegment buf, long len) {
        try {
            return (long) READ.invokeExact(st, fd, buf, len);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code write(2)}. */
    public static long write(MemorySegment st, int fd, MemorySegment buf, long len) {
        try {
            return (long) WRITE.invokeExact(st, fd, buf, len);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code open(2)} with a NUL-terminated path. */
    public static int open(MemorySegment st, MemorySegment path, int flags, int mode) {
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
        try {
            return (int) MOUNT.invokeExact(st, source, target, fstype, flags, data);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** {@code umount2(2)}. */
    public static int umount2(MemorySegment st, MemorySegment target, int flags) {
        try {
            return (int) UMOUNT2.invokeExact(st, target, flags);
        } catch (Throwable t) {
            throw rethrow(t);
        }
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
