package io.netlink4j.core.ns;

import static io.netlink4j.core.uapi.SysConst.*;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import io.netlink4j.core.Errno;
import io.netlink4j.core.sys.Libc;
import io.netlink4j.core.sys.Sys;
import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a {@link ProcessBuilder}'s command inside a namespace ({@link NetNs#start}): the
 * standard streams become pipes, files or the JVM's own as the builder says, everything native
 * is prepared here (outside), one short-lived thread inside does only the {@code posix_spawnp}
 * ({@link InsideThread#spawn}), and {@link ProcessReaper} reaps the child from home.
 *
 * <p>Descriptors: the child gets its three by {@code dup2} and closes all others
 * ({@code closefrom(3)}). The parent's pipe ends are reopened through {@code /proc/self/fd} as
 * {@code FileInputStream}/{@code FileOutputStream} (the JDK has no public way to wrap a
 * descriptor number), while both ends are still open, since opening a pipe's end waits for a
 * partner when there is none. Those streams' descriptors are, like every {@code java.io} file's,
 * not close-on-exec (children of the JDK and of this class close them); every other descriptor
 * made here is, and is closed as soon as the child runs or the start fails.
 */
final class ProcessLaunch {
    /** The encoding the JDK uses for command lines and the environment. */
    private static final Charset NATIVE = Charset.forName(
            System.getProperty("sun.jnu.encoding", System.getProperty("native.encoding", "UTF-8")),
            StandardCharsets.UTF_8);
    private static final String[] STREAM = {"stdin", "stdout", "stderr"};

    private ProcessLaunch() {}

    static Process start(ProcessBuilder pb, int nsFd, String label) throws IOException {
        List<String> command = command(pb);
        Map<String, String> env = new LinkedHashMap<>(pb.environment());
        File dir = pb.directory();
        boolean merge = pb.redirectErrorStream();
        Redirect[] redirects = {pb.redirectInput(), pb.redirectOutput(), merge ? null : pb.redirectError()};

        List<Integer> childEnds = new ArrayList<>(); // closed in the parent once the child runs (or failed)
        List<Closeable> parentEnds = new ArrayList<>(); // closed only if the start fails
        int[] stdio = {-1, -1, -1};
        Closeable[] streams = new Closeable[3];
        boolean started = false;
        try (Arena arena = Arena.ofShared()) {
            MemorySegment st = Libc.newCallState(arena);
            for (int i = 0; i < 3; i++) {
                Redirect r = redirects[i];
                if (r == null || r.type() == Redirect.Type.INHERIT) {
                    continue;
                }
                if (r.type() == Redirect.Type.PIPE) {
                    int[] p = pipe(arena, st, childEnds);
                    int parent = i == 0 ? p[1] : p[0];
                    stdio[i] = i == 0 ? p[0] : p[1];
                    streams[i] = i == 0 ? new FileOutputStream(fdPath(parent)) : new FileInputStream(fdPath(parent));
                    parentEnds.add(streams[i]);
                    childEnds.remove((Integer) parent);
                    Sys.close(parent); // the stream holds its own descriptor of the pipe now
                } else {
                    stdio[i] = openFile(arena, st, r, STREAM[i], childEnds);
                }
            }
            ChildSpawn spawn = new ChildSpawn(arena, NATIVE, command, env, dir, stdio, merge);
            int error;
            try {
                error = InsideThread.spawn("netns-" + label + "-spawn", nsFd, label, spawn);
            } finally {
                spawn.destroy();
            }
            if (error != 0) {
                throw new IOException(cannotRun(command.get(0), dir, label, error));
            }
            NamespaceProcess p = watch(spawn.pid(), label, streams);
            started = true;
            return p;
        } finally {
            for (int fd : childEnds) {
                Sys.close(fd);
            }
            if (!started) {
                for (Closeable c : parentEnds) {
                    closeQuietly(c);
                }
            }
        }
    }

    /** The builder's command, checked as {@code ProcessBuilder.start} checks it. */
    private static List<String> command(ProcessBuilder pb) throws IOException {
        List<String> command = new ArrayList<>(pb.command());
        if (command.isEmpty()) {
            throw new IllegalArgumentException("the ProcessBuilder's command is empty: it needs at least the program");
        }
        for (int i = 0; i < command.size(); i++) {
            String arg = command.get(i);
            if (arg == null) {
                throw new NullPointerException("command element " + i + " is null");
            }
            if (arg.indexOf('\0') >= 0) {
                throw new IOException("invalid null character in command element " + i);
            }
        }
        return command;
    }

    /** A close-on-exec pipe whose descriptors are 3 or more (see {@link #atLeast3}). */
    private static int[] pipe(Arena arena, MemorySegment st, List<Integer> track) {
        MemorySegment fds = arena.allocate(JAVA_INT, 2);
        Libc.check(Libc.pipe2(st, fds, O_CLOEXEC), st, "pipe2(O_CLOEXEC)");
        int[] p = {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
        track.add(p[0]);
        track.add(p[1]);
        for (int i = 0; i < 2; i++) {
            int moved = atLeast3(st, p[i]);
            if (moved != p[i]) {
                track.set(track.indexOf(p[i]), moved);
                p[i] = moved;
            }
        }
        return p;
    }

    /**
     * {@code fd}, or a close-on-exec copy at 3 or more if it is a standard descriptor (a JVM
     * started with one closed): the child's {@code dup2}s onto 0, 1 and 2 must not overwrite a
     * source still to be copied.
     */
    private static int atLeast3(MemorySegment st, int fd) {
        if (fd >= 3) {
            return fd;
        }
        int copy = (int) Libc.check(Libc.fcntl(st, fd, F_DUPFD_CLOEXEC, 3), st, "fcntl(F_DUPFD_CLOEXEC)");
        Sys.close(fd);
        return copy;
    }

    /** Opens a redirect's file in the parent, as the JDK does, so a bad path fails here by name. */
    private static int openFile(Arena arena, MemorySegment st, Redirect r, String stream, List<Integer> track)
            throws FileNotFoundException {
        int flags = switch (r.type()) {
            case READ -> O_RDONLY;
            case WRITE -> O_WRONLY | O_CREAT | O_TRUNC;
            case APPEND -> O_WRONLY | O_CREAT | O_APPEND;
            default -> throw new IllegalStateException("redirect " + r + " of " + stream);
        };
        String path = r.file().getPath();
        int fd = Libc.open(st, arena.allocateFrom(path, NATIVE), flags | O_CLOEXEC, 0666);
        if (fd < 0) {
            Errno e = Errno.of(Libc.errno(st));
            throw new FileNotFoundException(path + " (" + (e == null ? "error " + Libc.errno(st) : e.text())
                    + "), the process's " + stream);
        }
        track.add(fd);
        int moved = atLeast3(st, fd);
        if (moved != fd) {
            track.set(track.indexOf(fd), moved);
        }
        return moved;
    }

    private static String fdPath(int fd) {
        return "/proc/self/fd/" + fd;
    }

    /** The JDK's message ({@code Cannot run program "x" (in directory "d"): error=2, ...}), naming the namespace. */
    static String cannotRun(String program, File dir, String label, int error) {
        Errno e = Errno.of(error);
        return "Cannot run program \"" + program + "\"" + (dir == null ? "" : " (in directory \"" + dir + "\")")
                + " in namespace " + label + ": error=" + error + ", "
                + (e == null ? "unknown error" : e.describe());
    }

    /** Opens the pidfd and hands the child to the reaper; if that fails, the child is killed and reaped. */
    private static NamespaceProcess watch(int pid, String label, Closeable[] streams) {
        int pidfd = -1;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = Libc.newCallState(a);
            try {
                pidfd = (int) Libc.check(Libc.pidfdOpen(st, pid, 0), st, "pidfd_open(" + pid + ")");
                // Taken now, while the child cannot have been reaped, so it never names a successor.
                ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(
                        () -> new IllegalStateException("no process handle for the unreaped child " + pid));
                OutputStream in = streams[0] == null ? ClosedOutput.INSTANCE
                        : new ProcessPipeOutput((FileOutputStream) streams[0]);
                InputStream out = streams[1] == null ? InputStream.nullInputStream()
                        : new ProcessPipeInput((FileInputStream) streams[1]);
                InputStream err = streams[2] == null ? InputStream.nullInputStream()
                        : new ProcessPipeInput((FileInputStream) streams[2]);
                NamespaceProcess p = new NamespaceProcess(pid, pidfd, label, handle, in, out, err);
                ProcessReaper.watch(p);
                return p;
            } catch (RuntimeException | Error e) {
                // Nobody would reap it: kill it and reap it here rather than leave a zombie.
                Libc.kill(st, pid, SIGKILL);
                Libc.waitpid(st, pid, a.allocate(JAVA_INT), 0);
                if (pidfd >= 0) {
                    Sys.close(pidfd);
                }
                throw e;
            }
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing after a failure: the first failure is what the caller needs
        }
    }

    /** What {@code getOutputStream} gives when standard input is not a pipe: writes fail, as in the JDK. */
    private static final class ClosedOutput extends OutputStream {
        static final OutputStream INSTANCE = new ClosedOutput();

        @Override
        public void write(int b) throws IOException {
            throw new IOException("Stream closed");
        }
    }
}
