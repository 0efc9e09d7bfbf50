package io.netlink4j.core.ns;

import static io.netlink4j.core.uapi.SysConst.*;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import io.netlink4j.core.SystemCallException;
import io.netlink4j.core.sys.Libc;
import io.netlink4j.core.sys.Sys;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * The one thread that reaps the children {@link NetNs#start} starts. It lives in the JVM's own
 * namespace (it enters it before anything else, whoever started it), polls a pidfd per child,
 * and reaps exactly those children with {@code waitpid(pid)}: never {@code waitpid(-1)}, which
 * would steal the JDK's own children from its {@code ProcessBuilder}.
 *
 * <p>It runs no caller code: completing a process's exit hands the caller's callbacks to the
 * JDK's async pool ({@link NamespaceProcess#onExit}), from here, at home.
 */
final class ProcessReaper implements Runnable {
    private static ProcessReaper instance;

    private final int wake;
    private final ConcurrentLinkedQueue<NamespaceProcess> incoming = new ConcurrentLinkedQueue<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile Throwable startFailure;

    private ProcessReaper(int wake) {
        this.wake = wake;
    }

    /** Starts watching {@code p}; the first call starts the thread and waits until it is home. */
    static void watch(NamespaceProcess p) {
        ProcessReaper r = instance();
        r.incoming.add(p);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment one = a.allocate(JAVA_LONG);
            one.set(JAVA_LONG, 0, 1L);
            MemorySegment st = Libc.newCallState(a);
            Libc.check(Libc.write(st, r.wake, one), st, "write(reaper eventfd)");
        }
    }

    private static synchronized ProcessReaper instance() {
        if (instance != null) {
            return instance;
        }
        int fd;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = Libc.newCallState(a);
            fd = (int) Libc.check(Libc.eventfd(st, 0, EFD_CLOEXEC), st, "eventfd()");
        }
        ProcessReaper r = new ProcessReaper(fd);
        Thread t = Thread.ofPlatform().name("netns-reaper").daemon(true).unstarted(r);
        t.start();
        InsideThread.awaitUninterruptibly(r.ready::await, null);
        if (r.startFailure != null) {
            Sys.close(fd);
            throw new IllegalStateException("the process reaper could not enter the JVM's namespace", r.startFailure);
        }
        instance = r;
        return r;
    }

    @Override
    public void run() {
        try {
            HomeThreads.goHome();
        } catch (Throwable e) {
            startFailure = e;
            ready.countDown();
            return;
        }
        ready.countDown();
        List<NamespaceProcess> watched = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = Libc.newCallState(arena);
            MemorySegment status = arena.allocate(JAVA_INT);
            MemorySegment counter = arena.allocate(JAVA_LONG);
            MemorySegment pollFds = arena.allocate(8L * 64, 8);
            while (true) {
                for (NamespaceProcess p; (p = incoming.poll()) != null; ) {
                    watched.add(p);
                }
                long need = 8L * (watched.size() + 1);
                if (pollFds.byteSize() < need) {
                    pollFds = arena.allocate(Math.max(need, 2 * pollFds.byteSize()), 8);
                }
                MemorySegment fds = pollFds.asSlice(0, need);
                setPollFd(fds, 0, wake);
                for (int i = 0; i < watched.size(); i++) {
                    setPollFd(fds, i + 1, watched.get(i).pidfd());
                }
                if (Libc.poll(st, fds, -1) < 0) {
                    if (Libc.errno(st) != EINTR) {
                        throw new SystemCallException(Libc.errno(st), "poll(reaper)", null);
                    }
                    continue;
                }
                if (fds.get(JAVA_SHORT, 6) != 0) {
                    Libc.read(st, wake, counter); // resets the counter; new children are in incoming
                }
                for (int i = watched.size() - 1; i >= 0; i--) {
                    if (fds.get(JAVA_SHORT, 8L * (i + 1) + 6) != 0 && reap(watched.get(i), st, status)) {
                        watched.remove(i);
                    }
                }
            }
        } catch (Throwable e) {
            // Cannot happen short of a broken C library; say so where users look, rather than hang silently.
            System.getLogger("io.netlink4j").log(System.Logger.Level.ERROR, "the process reaper stopped", e);
            throw e;
        }
    }

    private static void setPollFd(MemorySegment fds, int i, int fd) {
        fds.set(JAVA_INT, 8L * i, fd);
        fds.set(JAVA_SHORT, 8L * i + 4, POLLIN);
        fds.set(JAVA_SHORT, 8L * i + 6, (short) 0);
    }

    /** Reaps {@code p} if it has exited; true when done with it. */
    private static boolean reap(NamespaceProcess p, MemorySegment st, MemorySegment status) {
        int r = Libc.waitpid(st, p.pidInt(), status, WNOHANG);
        if (r == p.pidInt()) {
            exited(p, exitCode(status.get(JAVA_INT, 0)));
            return true;
        }
        if (r < 0 && Libc.errno(st) == ECHILD) {
            // Reaped by someone else (SIGCHLD ignored, or a waitpid(-1) in native code): the JDK
            // reports 0 in that case too, having no status to give.
            exited(p, 0);
            return true;
        }
        return false; // not yet (or EINTR): the pidfd stays readable, so the next poll returns at once
    }

    /** One child's end must not stop the reaping of the others (an async pool refusing work, say). */
    private static void exited(NamespaceProcess p, int code) {
        try {
            p.exited(code);
        } catch (RuntimeException | Error e) {
            System.getLogger("io.netlink4j").log(System.Logger.Level.ERROR,
                    "completing the exit of " + p + " failed", e);
        }
    }

    /** The exit code as the JDK's {@code Process} gives it: the status, or 128 + the signal that killed it. */
    static int exitCode(int status) {
        int low = status & 0x7f;
        if (low == 0) {
            return (status >> 8) & 0xff; // WIFEXITED: WEXITSTATUS
        }
        if (low != 0x7f) {
            return 0x80 + low; // WIFSIGNALED: 128 + WTERMSIG
        }
        return status;
    }
}
