package io.netlink4j.core.ns;

import static io.netlink4j.core.uapi.SysConst.*;

import io.netlink4j.core.AlreadyExistsException;
import io.netlink4j.core.Errno;
import io.netlink4j.core.KernelException;
import io.netlink4j.core.NotFoundException;
import io.netlink4j.core.SystemCallException;
import io.netlink4j.core.sys.Sys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A handle to a network namespace: an open descriptor of its {@code ns/net} file.
 *
 * <h2>Namespaces are per thread</h2>
 * {@code setns} and {@code unshare(CLONE_NEWNET)} move only the calling thread, and a socket
 * belongs to the namespace its creating thread was in when it was created. So this class never
 * moves a caller's thread: {@link #call} runs code on a fresh platform thread that enters the
 * namespace, runs the code, and ends. It is safe to call from virtual threads.
 *
 * <h2>The rule for code that runs inside</h2>
 * Linux copies the creating thread's namespaces into every new thread, and the JVM starts many
 * of its shared threads lazily, on whichever thread first needs one. So a thread the JVM starts
 * while your code runs inside is born inside and stays there, serving everyone afterwards (on
 * JDK 25, without the precaution below, the first virtual thread started inside put its carrier
 * there, and virtual threads started later from {@code main} ran in the namespace). Therefore,
 * inside {@link #call}, {@link #run} and {@link #startThread}:
 * <ul>
 *   <li>a platform thread you start ({@code new Thread}, {@link #startThread}) is born in the
 *       namespace and stays there — deliberate, and the way to run a server inside;</li>
 *   <li>a child process you start inherits the namespace (the JVM's {@code process reaper}
 *       thread that waits for it may then be born inside too; it only reaps children, which
 *       works from any namespace);</li>
 *   <li>a virtual thread you start, a parallel stream, the common pool and
 *       {@code CompletableFuture}'s async and delayed methods run on the JVM's shared threads,
 *       which are in the JVM's own namespace, <em>not</em> inside — do not use them for work
 *       that must happen inside;</li>
 *   <li>do not create pools, timers or clients there ({@code Executors.new...},
 *       {@code HttpClient}, {@code java.util.Timer}) unless you mean their threads to live in
 *       the namespace for good: they create their threads lazily, from the thread that submits.</li>
 * </ul>
 * To keep the shared threads out of the namespace, {@link #call}, {@link #run} and
 * {@link #startThread}, when called from a thread in the JVM's own namespace, first make sure
 * the virtual-thread scheduler and the common pool have all their workers, and that their
 * timer threads run, all started from that namespace; code inside then finds them and starts
 * none. This is re-checked at most every 10 s, well within the 30 s after which idle workers
 * retire. Calls made from a thread that is itself inside another namespace do not do this (it
 * would put the workers there); start the outermost call from the JVM's own namespace.
 *
 * <h2>Named namespaces</h2>
 * {@link #create(String)} does what {@code ip netns add} does — a bind mount of the new
 * namespace onto {@code /run/netns/NAME}, with {@code /run/netns} a shared mount point — so
 * {@code ip netns list/exec/del} and this class see the same namespaces.
 */
public final class NetNs implements AutoCloseable {
    /** Where named namespaces live, as for iproute2. */
    public static final Path RUN_DIR = Path.of("/run/netns");
    private static final String ORIGINAL = inodeOf(Path.of("/proc/self/ns/net"));

    private final int fd;
    private final String name;
    private final String label;
    /** Guards {@link #closed} and {@link #leases}: the descriptor is closed when both say so. */
    private final Object guard = new Object();
    private boolean closed;
    private int leases;

    private NetNs(int fd, String name, String label) {
        this.fd = fd;
        this.name = name;
        this.label = label;
    }

    // ---- opening ----------------------------------------------------------------------------

    /** The namespace the calling thread is in now. */
    public static NetNs current() {
        return open(Path.of("/proc/thread-self/ns/net"), "current");
    }

    /** The namespace of process {@code pid} ({@code /proc/PID/ns/net}). */
    public static NetNs ofPid(long pid) {
        Path p = Path.of("/proc", Long.toString(pid), "ns", "net");
        if (!Files.exists(p)) {
            throw (NotFoundException) KernelException.of(Errno.ESRCH, "open netns of pid " + pid, "no process " + pid);
        }
        return open(p, "pid " + pid);
    }

    /** A namespace file such as {@code /proc/PID/task/TID/ns/net} or a bind mount of one. */
    public static NetNs open(Path path) {
        return open(path, path.toString());
    }

    /**
     * The named namespace {@code /run/netns/NAME}, as made by {@link #create(String)} or {@code ip netns add}.
     *
     * @throws NotFoundException if there is no namespace of that name
     */
    public static NetNs named(String name) {
        Path p = pathOf(name);
        if (!Files.exists(p)) {
            throw notFound(name, "open netns " + name);
        }
        return open(p, name, name);
    }

    private static NotFoundException notFound(String name, String operation) {
        return (NotFoundException) KernelException.of(Errno.ENOENT, operation,
                "no network namespace named '" + name + "' (no " + RUN_DIR.resolve(name) + ")");
    }

    private static NetNs open(Path path, String label) {
        return open(path, null, label);
    }

    private static NetNs open(Path path, String name, String label) {
        int fd;
        try {
            fd = Sys.open(path.toString(), O_RDONLY, 0);
        } catch (SystemCallException e) {
            if (e.errno() == Errno.ENOENT && name != null) {
                throw notFound(name, "open netns " + name);
            }
            throw e;
        }
        // Not readlink(/proc/self/fd/N): for a bind mount such as /run/netns/NAME it shows the path.
        if (Sys.namespaceType(fd) != CLONE_NEWNET) {
            Sys.close(fd);
            throw new IllegalArgumentException(path + " is not a network namespace");
        }
        return new NetNs(fd, name, label);
    }

    // ---- creating and deleting --------------------------------------------------------------

    /** A new anonymous namespace; it lives while this handle (or anything inside it) keeps it. */
    public static NetNs create() {
        int fd = onFreshThread("netns-create", () -> {
            Sys.unshareNet();
            return Sys.open("/proc/thread-self/ns/net", O_RDONLY, 0);
        });
        return new NetNs(fd, null, "anonymous");
    }

    /**
     * A new named namespace, like {@code ip netns add NAME}.
     *
     * @throws AlreadyExistsException if the name is taken
     * @throws IllegalArgumentException for an invalid name
     */
    public static NetNs create(String name) {
        Path p = pathOf(name);
        prepareRunDir();
        int marker;
        try {
            marker = Sys.open(p.toString(), O_RDONLY | O_CREAT | O_EXCL, 0);
        } catch (SystemCallException e) {
            if (e.errno() == Errno.EEXIST) {
                throw (AlreadyExistsException) KernelException.of(Errno.EEXIST, "create netns " + name,
                        "a network namespace named '" + name + "' already exists");
            }
            throw e;
        }
        Sys.close(marker);
        try {
            onFreshThread("netns-add", () -> {
                Sys.unshareNet();
                Sys.mount("/proc/thread-self/ns/net", p.toString(), "none", MS_BIND);
                return null;
            });
            return named(name);
        } catch (RuntimeException e) {
            Sys.umount2(p.toString(), MNT_DETACH, EINVAL, 2);
            deleteQuietly(p);
            throw e;
        }
    }

    /**
     * Deletes a named namespace, like {@code ip netns del NAME}: the name goes at once; the
     * namespace itself, with every device in it, goes when nothing holds it any more.
     *
     * @throws NotFoundException if there is no such namespace
     * @throws IllegalArgumentException if {@code /run/netns/NAME} is a file that is not a
     *         namespace (nor the empty placeholder a creation that was cut short leaves)
     */
    public static void delete(String name) {
        if (!deleteIfExists(name)) {
            throw notFound(name, "delete netns " + name);
        }
    }

    /** {@link #delete} that returns {@code false} instead of failing when there is nothing to delete. */
    public static boolean deleteIfExists(String name) {
        Path p = pathOf(name);
        if (!Files.exists(p)) {
            return false;
        }
        if (!isNamespaceOrPlaceholder(p)) {
            throw new IllegalArgumentException(p + " is neither a network namespace nor an empty placeholder:"
                    + " not deleting it");
        }
        Sys.umount2(p.toString(), MNT_DETACH, EINVAL, 2);
        return deleteQuietly(p);
    }

    /** A bind-mounted namespace, or the empty file {@code create} (or {@code ip netns add}) mounts over. */
    private static boolean isNamespaceOrPlaceholder(Path p) {
        int fd;
        try {
            fd = Sys.open(p.toString(), O_RDONLY, 0);
        } catch (SystemCallException e) {
            return e.errno() == Errno.ENOENT;
        }
        try {
            if (Sys.namespaceType(fd) == CLONE_NEWNET) {
                return true;
            }
        } finally {
            Sys.close(fd);
        }
        try {
            return Files.isRegularFile(p) && Files.size(p) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code /run/netns/NAME} exists. */
    public static boolean exists(String name) {
        return Files.exists(pathOf(name));
    }

    /** The named namespaces, sorted, as {@code ip netns list} shows them. */
    public static List<String> list() {
        if (!Files.isDirectory(RUN_DIR)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(RUN_DIR)) {
            return new ArrayList<>(s.map(x -> x.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- running code inside ----------------------------------------------------------------

    /**
     * Runs {@code task} inside this namespace on a fresh platform thread and returns its result;
     * an exception it throws is rethrown here. The caller's thread (platform or virtual) does not
     * change namespace. Read the class documentation for what code inside may start.
     */
    public <T, X extends Exception> T call(InsideTask<T, X> task) throws X {
        try (Lease l = lease()) {
            warmSharedPools();
            return onFreshThread("netns-" + label, () -> {
                Sys.setnsNet(l.fd(), label);
                return task.run();
            });
        }
    }

    /** {@link #call} for code without a result. */
    public <X extends Exception> void run(InsideAction<X> action) throws X {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** Code without a result for {@link #run}. */
    @FunctionalInterface
    public interface InsideAction<X extends Exception> {
        /** Runs inside the namespace. */
        void run() throws X;
    }

    /**
     * Starts a platform thread that lives in this namespace and runs {@code body} there — for a
     * server socket, say. The thread is deliberately inside; threads it starts are too.
     */
    public Thread startThread(String threadName, Runnable body) {
        int dup;
        try (Lease l = lease()) {
            warmSharedPools();
            dup = Sys.open("/proc/self/fd/" + l.fd(), O_RDONLY, 0);
        }
        Thread t = Thread.ofPlatform().name(threadName).unstarted(() -> {
            try {
                Sys.setnsNet(dup, label);
            } finally {
                Sys.close(dup);
            }
            body.run();
        });
        t.start();
        return t;
    }

    /** {@link SharedPools#warm}, if the calling thread is where it must be done from. */
    private static void warmSharedPools() {
        if (ORIGINAL.equals(threadInode())) {
            SharedPools.warm();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T, X extends Exception> T onFreshThread(String threadName, InsideTask<T, X> task) throws X {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = Thread.ofPlatform().name(threadName).daemon(true).unstarted(() -> {
            try {
                result[0] = task.run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        });
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable f = failure[0];
        if (f != null) {
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error e) {
                throw e;
            }
            throw (X) f;
        }
        return (T) result[0];
    }

    // ---- identity ---------------------------------------------------------------------------

    /** The namespace's name under {@code /run/netns}, or {@code null} if it was not opened by name. */
    public String name() {
        return name;
    }

    /**
     * Keeps this handle's descriptor open until the lease is closed, for passing it to the
     * kernel ({@code IFLA_NET_NS_FD}, {@code setns}): a {@link #close} meanwhile takes effect
     * when the last lease ends, so the number can never be reused for another file while it is
     * in use.
     *
     * @throws IllegalStateException if this handle is closed
     */
    public Lease lease() {
        synchronized (guard) {
            if (closed) {
                throw new IllegalStateException("namespace handle " + label + " is closed");
            }
            leases++;
        }
        return new Lease();
    }

    /** A use of the descriptor; see {@link #lease()}. Closing it twice is harmless. */
    public final class Lease implements AutoCloseable {
        private boolean released;

        private Lease() {}

        /** The descriptor, valid until this lease is closed. */
        public int fd() {
            synchronized (guard) {
                if (released) {
                    throw new IllegalStateException("lease of namespace handle " + label + " was closed");
                }
            }
            return fd;
        }

        /** Ends this use; the last one after {@link NetNs#close} closes the descriptor. */
        @Override
        public void close() {
            boolean closeNow;
            synchronized (guard) {
                if (released) {
                    return;
                }
                released = true;
                closeNow = --leases == 0 && closed;
            }
            if (closeNow) {
                Sys.close(fd);
            }
        }
    }

    /** The namespace's inode number: equal inodes mean the same namespace. */
    public long inode() {
        try (Lease l = lease()) {
            // stat() through the magic link reaches the nsfs inode, for bind-mounted namespaces too.
            return ((Number) Files.getAttribute(Path.of("/proc/self/fd/" + l.fd()), "unix:ino")).longValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inode of the namespace the calling thread is in. */
    public static long currentInode() {
        return parseInode(threadInode());
    }

    private static String threadInode() {
        return inodeOf(Path.of("/proc/thread-self/ns/net"));
    }

    private static long parseInode(String link) {
        return Long.parseLong(link.substring(link.indexOf('[') + 1, link.indexOf(']')));
    }

    private static String inodeOf(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes the descriptor once no {@link #lease()} uses it; idempotent. Later uses fail with
     * {@link IllegalStateException}. A named namespace stays until {@link #delete}.
     */
    @Override
    public void close() {
        boolean closeNow;
        synchronized (guard) {
            if (closed) {
                return;
            }
            closed = true;
            closeNow = leases == 0;
        }
        if (closeNow) {
            Sys.close(fd);
        }
    }

    /** Whether {@link #close} was called. */
    public boolean isClosed() {
        synchronized (guard) {
            return closed;
        }
    }

    @Override
    public String toString() {
        return "NetNs[" + label + "]";
    }

    // ---- names and /run/netns ---------------------------------------------------------------

    /** Checks a namespace name as iproute2 does and returns its path under {@link #RUN_DIR}. */
    static Path pathOf(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("namespace name must not be empty");
        }
        if (name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("namespace name '" + name
                    + "' is invalid: it must not be '.' or '..' or contain '/' or NUL");
        }
        if (name.length() > 255) {
            throw new IllegalArgumentException("namespace name of " + name.length()
                    + " characters is too long: at most 255");
        }
        return RUN_DIR.resolve(name);
    }

    /** Makes {@code /run/netns} a shared mount point, as iproute2 does, so bind mounts propagate. */
    private static synchronized void prepareRunDir() {
        try {
            Files.createDirectories(RUN_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String dir = RUN_DIR.toString();
        // EINVAL: not yet a mount point, so bind it onto itself first (iproute2's netns_add does the same).
        if (Sys.mount("none", dir, "none", MS_SHARED | MS_REC, EINVAL) == EINVAL) {
            Sys.mount(dir, dir, "none", MS_BIND | MS_REC);
            Sys.mount("none", dir, "none", MS_SHARED | MS_REC);
        }
    }

    private static boolean deleteQuietly(Path p) {
        try {
            return Files.deleteIfExists(p);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
