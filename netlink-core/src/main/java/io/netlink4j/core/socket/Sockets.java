package io.netlink4j.core.socket;

import static io.netlink4j.core.uapi.SysConst.AF_NETLINK;
import static io.netlink4j.core.uapi.SysConst.EAGAIN;
import static io.netlink4j.core.uapi.SysConst.EINTR;
import static io.netlink4j.core.uapi.SysConst.MSG_DONTWAIT;
import static io.netlink4j.core.uapi.SysConst.MSG_TRUNC;
import static io.netlink4j.core.uapi.SysConst.SOCK_CLOEXEC;
import static io.netlink4j.core.uapi.SysConst.SOCK_DGRAM;

import io.netlink4j.core.Errno;
import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.SystemCallException;
import io.netlink4j.core.sys.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** The system calls the request socket and the subscription share. */
final class Sockets {
    /** The buffer one datagram is received into. */
    static final int RECEIVE_BUFFER = 64 * 1024;
    /** The kernel queue asked for in each direction. */
    static final int SOCKET_BUFFER = 4 * 1024 * 1024;

    private Sockets() {}

    /**
     * A netlink datagram socket of {@code protocol}, close-on-exec. When the kernel refuses,
     * closes {@code arena} (the caller's, which holds nothing else yet) and throws.
     */
    static int open(MemorySegment state, Arena arena, NetlinkProtocol protocol) {
        int s = Libc.socket(state, AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, protocol.code());
        if (s < 0) {
            int errno = Libc.errno(state);
            arena.close();
            throw new SystemCallException(errno, "socket(AF_NETLINK, " + protocol + ")", null);
        }
        return s;
    }

    /**
     * {@code setsockopt} of an {@code int} option, the value passed in bytes 32..35 of
     * {@code scratch}; returns 0, or -1 with {@code errno} in {@code state}.
     */
    static int setInt(MemorySegment state, MemorySegment scratch, int fd, int level, int name, int value) {
        MemorySegment v = scratch.asSlice(32, 4);
        v.set(ValueLayout.JAVA_INT, 0, value);
        return Libc.setsockopt(state, fd, level, name, v);
    }

    /** Binds {@code fd} to a kernel-assigned netlink port and returns the port id. */
    static int bindNetlink(MemorySegment state, MemorySegment scratch, int fd) {
        MemorySegment addr = scratch.asSlice(0, 12).fill((byte) 0);
        addr.set(ValueLayout.JAVA_SHORT, 0, (short) AF_NETLINK);
        Libc.check(Libc.bind(state, fd, addr), state, "bind(netlink)");
        Libc.check(Libc.getsockname(state, fd, addr, scratch.asSlice(16, 4)), state, "getsockname(netlink)");
        return addr.get(ValueLayout.JAVA_INT, 4);
    }

    /**
     * Blocks for one datagram and returns its length, or {@code -ENOBUFS} when the kernel
     * reports that the receive queue overflowed (messages were lost).
     */
    static int receive(MemorySegment state, int fd, MemorySegment buffer, int flags) {
        for (;;) {
            long n = Libc.recvfrom(state, fd, buffer, MSG_TRUNC | flags, MemorySegment.NULL, MemorySegment.NULL);
            if (n >= 0) {
                if (n > buffer.byteSize()) {
                    throw NetlinkSocket.truncated(n, buffer.byteSize());
                }
                return (int) n;
            }
            int e = Libc.errno(state);
            if (e == Errno.ENOBUFS.number() || (e == EAGAIN && (flags & MSG_DONTWAIT) != 0)) {
                return -e;
            }
            if (e != EINTR) {
                throw new SystemCallException(e, "recvfrom(netlink)", null);
            }
        }
    }

    /** One datagram already queued, or 0 when none is. */
    static int receiveNow(MemorySegment state, int fd, MemorySegment buffer) {
        int n = receive(state, fd, buffer, MSG_DONTWAIT);
        return n == -EAGAIN ? 0 : n;
    }
}
