package io.netlink4j.route.internal;

import static io.netlink4j.core.uapi.SysConst.*;

import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.sys.Libc;
import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes one {@code /proc/sys} file with open/read/write, so a failure carries the
 * kernel's own errno ({@code EINVAL} for a value the key refuses) rather than Java's text. Must
 * run on a thread inside the namespace: {@code /proc/sys/net} resolves against the namespace of
 * the thread that opens the file.
 */
public final class ProcSys {
    private static final int CHUNK = 4096;

    private ProcSys() {}

    /** The file's content, trailing newline removed. */
    public static String read(String path, String key) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = Libc.newCallState(a);
            int fd = open(a, st, path, O_RDONLY, key);
            try {
                MemorySegment buf = a.allocate(CHUNK);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                // Bounded: a sysctl file is finite; 1 MiB is far beyond any net.* value.
                while (out.size() < (1 << 20)) {
                    long n = Libc.read(st, fd, buf.asSlice(0, CHUNK));
                    if (n < 0) {
                        if (Libc.errno(st) == EINTR) {
                            continue;
                        }
                        throw failure(Libc.errno(st), "read", key);
                    }
                    if (n == 0) {
                        break;
                    }
                    out.write(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), 0, (int) n);
                }
                String s = out.toString(StandardCharsets.UTF_8);
                return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
            } finally {
                Libc.close(st, fd);
            }
        }
    }

    /** Writes {@code value} and a newline in one {@code write}, as {@code sysctl -w} does. */
    public static void write(String path, String key, String value) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = Libc.newCallState(a);
            int fd = open(a, st, path, O_WRONLY, key);
            try {
                byte[] bytes = (value + "\n").getBytes(StandardCharsets.UTF_8);
                MemorySegment buf = a.allocate(bytes.length);
                buf.copyFrom(MemorySegment.ofArray(bytes));
                long n;
                do {
                    n = Libc.write(st, fd, buf.asSlice(0, bytes.length));
                } while (n < 0 && Libc.errno(st) == EINTR);
                if (n < 0) {
                    throw failure(Libc.errno(st), "write '" + value + "' to", key);
                }
            } finally {
                Libc.close(st, fd);
            }
        }
    }

    private static int open(Arena a, MemorySegment st, String path, int flags, String key) {
        int fd = Libc.open(st, a.allocateFrom(path), flags | O_CLOEXEC, 0);
        if (fd < 0) {
            int e = Libc.errno(st);
            String why = switch (Errno.of(e)) {
                case ENOENT -> "no key " + key + " (" + path + ") in this namespace";
                case EISDIR -> key + " is a directory of keys, not a key";
                case EACCES -> key + " is not " + ((flags & O_WRONLY) != 0 ? "writable" : "readable");
                case null, default -> null;
            };
            throw KernelException.of(e, "sysctl " + key, why, -1);
        }
        return fd;
    }

    private static KernelException failure(int errno, String what, String key) {
        String why = errno == EINVAL ? "the kernel refused the value for " + key : null;
        return KernelException.of(errno, "sysctl " + what + " " + key, why, -1);
    }
}
