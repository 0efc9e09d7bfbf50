package io.netlink4j.core.ns;

import static io.netlink4j.core.uapi.SysConst.*;

import io.netlink4j.core.SystemCallException;
import io.netlink4j.core.sys.Libc;
import io.netlink4j.core.sys.Sys;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A child process started inside a namespace by {@link NetNs#start}. It is the JVM's child, but
 * not the JDK's: {@link ProcessReaper} reaps it, from the JVM's own namespace. Signals go through
 * a pidfd, so {@link #destroy} can never reach another process that reused the number.
 */
final class NamespaceProcess extends Process {
    private final int pid;
    private final String label;
    private final ProcessHandle handle;
    private final OutputStream stdin;
    private final InputStream stdout;
    private final InputStream stderr;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    /** Guards {@link #pidfd}: the reaper closes it on exit, {@link #signal} uses it before. */
    private final Object lock = new Object();
    private int pidfd;

    NamespaceProcess(int pid, int pidfd, String label, ProcessHandle handle, OutputStream stdin, InputStream stdout,
                     InputStream stderr) {
        this.pid = pid;
        this.pidfd = pidfd;
        this.label = label;
        this.handle = handle;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    int pidfd() {
        return pidfd;
    }

    int pidInt() {
        return pid;
    }

    /**
     * Called by the reaper once it has reaped the child: records the exit code, closes the
     * pidfd, keeps what the child left in its pipes and closes them, wakes the waiters.
     */
    void exited(int exitCode) {
        synchronized (lock) {
            Sys.close(pidfd);
            pidfd = -1;
        }
        if (stdout instanceof ProcessPipeInput p) {
            p.processExited();
        }
        if (stderr instanceof ProcessPipeInput p) {
            p.processExited();
        }
        if (stdin instanceof ProcessPipeOutput p) {
            p.processExited();
        }
        exit.complete(exitCode);
    }

    @Override
    public OutputStream getOutputStream() {
        return stdin;
    }

    @Override
    public InputStream getInputStream() {
        return stdout;
    }

    @Override
    public InputStream getErrorStream() {
        return stderr;
    }

    @Override
    public int waitFor() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // never completed exceptionally
        }
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        if (exit.isDone()) {
            return true;
        }
        if (timeout <= 0) {
            return false;
        }
        try {
            exit.get(timeout, unit);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public int exitValue() {
        if (!exit.isDone()) {
            throw new IllegalThreadStateException("process hasn't exited");
        }
        return exit.join();
    }

    @Override
    public void destroy() {
        signal(SIGTERM);
    }

    @Override
    public Process destroyForcibly() {
        signal(SIGKILL);
        return this;
    }

    @Override
    public boolean supportsNormalTermination() {
        return true;
    }

    private void signal(int sig) {
        synchronized (lock) {
            if (pidfd < 0) {
                return; // reaped: nothing to signal
            }
            try (Arena a = Arena.ofConfined()) {
                MemorySegment st = Libc.newCallState(a);
                // ESRCH: it has exited and not been reaped yet, which is fine.
                if (Libc.pidfdSendSignal(st, pidfd, sig) < 0 && Libc.errno(st) != ESRCH) {
                    throw new SystemCallException(Libc.errno(st), "pidfd_send_signal(pid " + pid + ", " + sig + ")",
                            null);
                }
            }
        }
    }

    @Override
    public boolean isAlive() {
        return !exit.isDone();
    }

    @Override
    public long pid() {
        return pid;
    }

    /** Completes on the JDK's async pool, as {@code Process.onExit} does, never on the reaper. */
    @Override
    public CompletableFuture<Process> onExit() {
        return exit.thenApplyAsync(code -> this);
    }

    /** The handle of this process, taken when it started (so it never names a successor). */
    @Override
    public ProcessHandle toHandle() {
        return handle;
    }

    @Override
    public String toString() {
        return "Process[pid=" + pid + ", namespace=" + label + ", exitValue="
                + (exit.isDone() ? exit.join() : "\"not exited\"") + "]";
    }
}
