package io.netlink4j.core.ns;

import io.netlink4j.core.sys.Sys;

/**
 * A fresh platform thread that enters a namespace, makes itself unable to start threads or
 * processes ({@link ThreadFilter}), runs one task and ends; the caller waits for it. The one
 * exception is {@link #spawn}, which starts a child process and nothing else.
 *
 * <p>Interrupting the caller interrupts the task's thread; the caller still waits until the task
 * has ended (so nothing runs inside after the call returns) and then returns its outcome with its
 * own interrupt status set. Each stay inside is a {@link NamespaceSwitchEvent}, committed by the
 * caller, so no recorder code runs inside.
 */
final class InsideThread extends Thread {
    private final int fd;
    private final String label;
    private final boolean filter;
    private final InsideTask<?, ?> task;
    private Object result;
    private Throwable failure;
    /** The caller was interrupted before the call: the task starts interrupted too. */
    private volatile boolean startInterrupted;

    private InsideThread(String name, int fd, String label, boolean filter, InsideTask<?, ?> task) {
        super(null, null, name, 0, false);
        setDaemon(true);
        this.fd = fd;
        this.label = label;
        this.filter = filter;
        this.task = task;
    }

    /**
     * Runs {@code task} on a fresh thread that first enters the namespace of {@code fd} (the
     * caller keeps it open until this returns), or stays where it was born for {@code fd} -1;
     * {@code what} names it in the {@link NamespaceSwitchEvent}.
     */
    @SuppressWarnings("unchecked")
    static <T, X extends Exception> T call(String name, int fd, String label, String what, InsideTask<T, X> task)
            throws X {
        InsideThread t = runToEnd(new InsideThread(name, fd, label, true, task), what, null);
        Throwable f = t.failure;
        if (f == null) {
            return (T) t.result;
        }
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
        throw (X) f;
    }

    /**
     * Starts a child process inside the namespace of {@code fd}: the only library thread inside
     * without {@link ThreadFilter}, because a seccomp filter passes to children and survives
     * {@code execve}, so a child started under it could never fork or start a thread. The thread
     * runs {@link ChildSpawn#spawn} (one {@code posix_spawnp}) and nothing else, so no code of
     * the JVM or of the caller that could start a shared worker runs there unfiltered.
     *
     * @return the error number of {@code posix_spawnp}, 0 when the child started
     */
    static int spawn(String name, int fd, String label, ChildSpawn spawn) {
        InsideThread t = runToEnd(new InsideThread(name, fd, label, false, spawn::spawn), "process", spawn);
        if (t.failure instanceof RuntimeException r) {
            throw r;
        }
        if (t.failure instanceof Error e) {
            throw e;
        }
        return (Integer) t.result;
    }

    private static InsideThread runToEnd(InsideThread t, String what, ChildSpawn spawn) {
        refuseInside();
        // Taken before the warm-up, whose own waits would otherwise swallow the caller's status.
        boolean interrupted = Thread.interrupted();
        HomeThreads.ensureStarted();
        NamespaceSwitchEvent event = new NamespaceSwitchEvent();
        event.begin();
        t.startInterrupted = interrupted;
        t.start();
        awaitUninterruptibly(t::join, t::interrupt);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        event.end();
        if (event.shouldCommit()) {
            event.namespace = t.label;
            event.what = what;
            event.outcome = spawn != null && t.failure == null ? spawn.outcome((Integer) t.result)
                    : NamespaceSwitchEvent.outcome(t.failure);
            event.commit();
        }
        return t;
    }

    /** Code inside cannot start the thread that a nested call needs: say so instead of failing obscurely. */
    static void refuseInside() {
        if (Thread.currentThread() instanceof InsideThread || Thread.currentThread() instanceof Resident) {
            throw new IllegalStateException("code inside a namespace cannot use NetNs to go elsewhere: "
                    + "its thread cannot start threads (see NetNs, 'What code inside may do')");
        }
    }

    @Override
    public void run() {
        try {
            if (fd >= 0) {
                Sys.setnsNet(fd, label);
            }
            if (filter) {
                ThreadFilter.install();
            }
            if (startInterrupted) {
                interrupt();
            }
            result = task.run();
        } catch (Throwable e) {
            failure = e;
        }
    }

    /** {@link Thread#join} that keeps waiting through interrupts and restores the status after. */
    static void joinUninterruptibly(Thread t) {
        awaitUninterruptibly(t::join, null);
    }

    /** A wait that an interrupt ends early: a {@link Thread#join}, a latch's {@code await}. */
    @FunctionalInterface
    interface Wait {
        void await() throws InterruptedException;
    }

    /**
     * Runs {@code wait} to its end, waiting again after each interrupt (which also goes to
     * {@code onInterrupt}, when not null), and restores the interrupt status after.
     */
    static void awaitUninterruptibly(Wait wait, Runnable onInterrupt) {
        boolean interrupted = false;
        while (true) {
            try {
                wait.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                if (onInterrupt != null) {
                    onInterrupt.run();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The long-lived thread of {@link NetNs#startThread}: enters the namespace of its own copy of
     * the descriptor, closes it, installs the filter and runs the body. Its
     * {@link NamespaceSwitchEvent} is committed from inside when the body ends (the event class
     * was loaded at home by {@link HomeThreads}, so committing starts nothing).
     */
    static final class Resident extends Thread {
        private final int dupFd;
        private final String label;
        private final Runnable body;

        Resident(String name, int dupFd, String label, Runnable body) {
            super(null, null, name, 0, false);
            this.dupFd = dupFd;
            this.label = label;
            this.body = body;
        }

        @Override
        public void run() {
            NamespaceSwitchEvent event = new NamespaceSwitchEvent();
            event.begin();
            Throwable failure = null;
            try {
                try {
                    Sys.setnsNet(dupFd, label);
                } finally {
                    Sys.close(dupFd);
                }
                ThreadFilter.install();
                body.run();
            } catch (RuntimeException | Error e) {
                failure = e;
                throw e;
            } finally {
                event.end();
                if (event.shouldCommit()) {
                    event.namespace = label;
                    event.what = "thread";
                    event.outcome = NamespaceSwitchEvent.outcome(failure);
                    event.commit();
                }
            }
        }
    }
}
