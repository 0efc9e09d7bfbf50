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
import java.nio.channels.spi.SelectorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.net.ServerSocketFactory;
import javax.net.SocketFactory;

/**
 * A handle to a network namespace: an open descriptor of its {@code ns/net} file.
 *
 * <h2>Make descriptors inside, use them from anywhere</h2>
 * {@code setns} moves only the calling thread, and a socket belongs for good to the namespace it
 * was created in, whichever thread uses it later. So this class never moves a caller's thread;
 * the way to work in a namespace is to create the descriptors there and use them from the JVM's
 * own threads (virtual ones included):
 * <ul>
 *   <li>{@link #socketFactory()} and {@link #serverSocketFactory()}: {@code java.net} sockets;</li>
 *   <li>{@link #selectorProvider()}: NIO socket and datagram channels, for servers and clients
 *       built on NIO (Netty takes a {@code SelectorProvider});</li>
 *   <li>{@code NetlinkSocket.open(protocol, ns)} and {@code NetlinkSubscription.open(protocol, ns)}.</li>
 * </ul>
 * Each descriptor is made on a fresh library platform thread that enters the namespace, makes it
 * and ends. A server's event loops and handler threads then all live in the JVM's namespace while
 * its sockets are inside; a connection it accepts belongs to the namespace of its listening socket.
 *
 * <h2>Code inside: {@link #call}, {@link #run}, {@link #startThread}</h2>
 * For code that must itself run inside (reading {@code /proc/thread-self/net}, a native library
 * that opens its own sockets), {@code call} and {@code run} run it on a fresh platform thread that
 * enters the namespace and ends with the code; {@code startThread} starts one that stays.
 *
 * <h3>What code inside may do</h3>
 * Linux copies the creating thread's namespaces into every thread it creates, and the JVM creates
 * the workers of its shared pools (virtual-thread carriers, the common pool, the process reaper)
 * on whichever thread first needs one, at any time, and retires idle ones after 30 to 60 s. A
 * worker born inside would stay there and run the whole JVM's unrelated work in the namespace.
 * To make that impossible rather than unlikely, every library thread inside runs under a seccomp
 * filter that forbids creating threads and processes. So, inside:
 * <ul>
 *   <li>starting a platform thread fails with {@code OutOfMemoryError} ("unable to create native
 *       thread"), and so does any API that starts one on first use: an executor, a
 *       {@code Timer}, an {@code HttpClient}, {@code HttpURLConnection}'s keep-alive timer;</li>
 *   <li>a virtual thread, the common pool, a parallel stream or {@code CompletableFuture}'s async
 *       methods run their work outside, in the JVM's namespace, when an idle worker is there,
 *       and otherwise fail with that {@code OutOfMemoryError}: use neither for work inside;</li>
 *   <li>starting a process fails with an {@code IOException} ("Operation not permitted"): use
 *       {@link #start(ProcessBuilder)} instead, from outside;</li>
 *   <li>a class whose static initializer starts a thread fails to initialize and stays unusable
 *       for the life of the JVM: use such a class outside first (the library does this for the
 *       JDK's own: virtual threads' unblocker and the delay schedulers);</li>
 *   <li>{@code NetNs} itself cannot be used (it needs a new thread): {@link IllegalStateException}.</li>
 * </ul>
 * What remains the caller's risk: a task that never ends keeps {@code call} waiting (it is
 * interrupted with the caller, but must itself stop); work handed to the JVM's pools from inside
 * runs outside; and on architectures other than x86_64, aarch64 and riscv64 there is no filter,
 * so the list above is a set of rules whose breach can put the JVM's shared threads in the
 * namespace for good.
 *
 * <h2>Processes inside: {@link #start(ProcessBuilder)}</h2>
 * A child process inherits the network namespace of the thread that starts it. To run
 * {@code ping}, a server binary or a test tool inside, build a {@link ProcessBuilder} as usual and
 * pass it to {@code ns.start(pb)} instead of calling {@code pb.start()} (which fails inside
 * {@code call}, and must: the JDK feeds its process-reaper pool from the starting thread, so a
 * reaper could be born inside). The library starts the child with {@code posix_spawnp} from a
 * short-lived thread inside that runs nothing else, and reaps it from the JVM's own namespace.
 * The child itself is an ordinary process: it may fork and start threads, all inside.
 *
 * <h2>Named namespaces</h2>
 * {@link #create(String)} does what {@code ip netns add} does (a bind mount of the new namespace
 * onto {@code /run/netns/NAME}, with {@code /run/netns} a shared mount point), so
 * {@code ip netns list/exec/del} and this class see the same namespaces.
 *
 * <h2>Closing</h2>
 * A handle is closed once; its descriptor is closed when the last {@link #lease()} on it ends, so
 * a close from another thread never lets a request or a task reach a namespace that a recycled
 * descriptor number now names. Uses after the close fail with {@link IllegalStateException}.
 */
public final class NetNs implements AutoCloseable {
    /** Where named namespaces live, as for iproute2. */
    public static final Path RUN_DIR = Path.of("/run/netns");

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

    /**
     * The namespace the calling thread is in now ({@code /proc/thread-self/ns/net}): the JVM's,
     * unless the thread is inside {@link #call}.
     *
     * @return a new handle; close it
     * @throws SystemCallException if the namespace file cannot be opened
     */
    public static NetNs current() {
        return open(Path.of("/proc/thread-self/ns/net"), null, "current");
    }

    /**
     * The namespace of a process ({@code /proc/PID/ns/net}), such as a container's init.
     *
     * @param pid the process id
     * @return a new handle; close it
     * @throws NotFoundException   if there is no such process
     * @throws SystemCallException if its namespace file cannot be opened ({@code EACCES} for another
     *                             user's process without {@code CAP_SYS_PTRACE})
     */
    public static NetNs ofPid(long pid) {
        Path p = Path.of("/proc", Long.toString(pid), "ns", "net");
        if (!Files.exists(p)) {
            throw (NotFoundException) KernelException.of(Errno.ESRCH, "open netns of pid " + pid, "no process " + pid);
        }
        return open(p, null, "pid " + pid);
    }

    /**
     * A namespace file such as {@code /proc/PID/task/TID/ns/net} or a bind mount of one (a
     * container runtime's {@code /var/run/netns/cni-...}).
     *
     * @param path the file, not null
     * @return a new handle; close it
     * @throws IllegalArgumentException if the file is not a network namespace
     * @throws SystemCallException      if it cannot be opened ({@code ENOENT} if absent)
     */
    public static NetNs open(Path path) {
        return open(path, null, path.toString());
    }

    /**
     * The named namespace {@code /run/netns/NAME}, as made by {@link #create(String)} or {@code ip netns add}.
     *
     * @param name the name under {@code /run/netns}: 1..255 characters, not {@code "."} or
     *             {@code ".."}, without {@code '/'} or NUL
     * @return a new handle; close it (the namespace stays until {@link #delete})
     * @throws NotFoundException if there is no namespace of that name
     * @throws IllegalArgumentException if the name breaks that rule
     */
    public static NetNs named(String name) {
        Path p = NamedNamespaces.pathOf(name);
        if (!Files.exists(p)) {
            throw NamedNamespaces.notFound(name, "open netns " + name);
        }
        return open(p, name, name);
    }

    private static NetNs open(Path path, String name, String label) {
        int fd;
        try {
            fd = Sys.open(path.toString(), O_RDONLY, 0);
        } catch (SystemCallException e) {
            if (e.errno() == Errno.ENOENT && name != null) {
                throw NamedNamespaces.notFound(name, "open netns " + name);
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

    /**
     * A new anonymous namespace, with only a loopback device (down). It lives while this handle,
     * a socket or a process inside keeps it; {@code ip netns} does not see it.
     *
     * @return a new handle; close it
     * @throws SystemCallException if {@code unshare(CLONE_NEWNET)} fails ({@code EPERM} without
     *                             {@code CAP_SYS_ADMIN})
     */
    public static NetNs create() {
        int fd = InsideThread.call("netns-create", -1, "anonymous", "create", () -> {
            Sys.unshareNet();
            return Sys.open("/proc/thread-self/ns/net", O_RDONLY, 0);
        });
        return new NetNs(fd, null, "anonymous");
    }

    /**
     * A new named namespace, like {@code ip netns add NAME}.
     *
     * @param name the name under {@code /run/netns}: 1..255 characters, not {@code "."} or
     *             {@code ".."}, without {@code '/'} or NUL
     * @return a new handle to it; close it (the namespace stays until {@link #delete})
     * @throws AlreadyExistsException   if the name is taken
     * @throws IllegalArgumentException for an invalid name
     * @throws SystemCallException      if {@code unshare} or {@code mount} fails ({@code EPERM}
     *                                  without {@code CAP_SYS_ADMIN})
     */
    public static NetNs create(String name) {
        NamedNamespaces.create(name);
        return named(name);
    }

    /**
     * Deletes a named namespace, like {@code ip netns del NAME}: the name goes at once; the
     * namespace itself, with every device in it, goes when nothing holds it any more.
     *
     * @param name the name under {@code /run/netns}: 1..255 characters, not {@code "."} or
     *             {@code ".."}, without {@code '/'} or NUL
     * @throws NotFoundException if there is no such namespace
     * @throws IllegalArgumentException for an invalid name, or if {@code /run/netns/NAME} is a
     *         file that is not a namespace (nor the empty placeholder a creation that was cut
     *         short leaves)
     */
    public static void delete(String name) {
        if (!deleteIfExists(name)) {
            throw NamedNamespaces.notFound(name, "delete netns " + name);
        }
    }

    /**
     * {@link #delete} that returns {@code false} instead of failing when there is nothing to delete.
     *
     * @param name the name under {@code /run/netns}: 1..255 characters, not {@code "."} or
     *             {@code ".."}, without {@code '/'} or NUL
     * @return whether there was a namespace (or a placeholder) of that name to delete
     * @throws IllegalArgumentException for an invalid name, or if {@code /run/netns/NAME} is neither a namespace nor an
     *         empty placeholder; such a file is left alone
     */
    public static boolean deleteIfExists(String name) {
        return NamedNamespaces.deleteIfExists(name);
    }

    /**
     * Whether a namespace of that name exists.
     *
     * @param name the name under {@code /run/netns}: 1..255 characters, not {@code "."} or
     *             {@code ".."}, without {@code '/'} or NUL
     * @return whether {@code /run/netns/NAME} exists
     * @throws IllegalArgumentException if the name breaks that rule
     */
    public static boolean exists(String name) {
        return Files.exists(NamedNamespaces.pathOf(name));
    }

    /**
     * The named namespaces, as {@code ip netns list} shows them.
     *
     * @return the names under {@code /run/netns}, sorted; empty when the directory does not exist
     */
    public static List<String> list() {
        return NamedNamespaces.list();
    }

    // ---- descriptors made inside --------------------------------------------------------------

    /**
     * A factory of TCP sockets whose descriptors are made inside this namespace; connecting and
     * all I/O happen on the caller's thread. A host name passed to it is resolved outside, in the
     * JVM's namespace (pass an {@code InetAddress} to be exact). Its sockets are the adaptors of
     * {@code SocketChannel}s. Fails with {@link IllegalStateException} once this handle is closed.
     *
     * @return a new factory that uses this handle
     */
    public SocketFactory socketFactory() {
        return new NamespaceSocketFactory(this);
    }

    /**
     * A factory of server sockets whose descriptors are made inside this namespace; binding and
     * accepting happen on the caller's threads, and accepted sockets are in the namespace too.
     * Its sockets are the adaptors of {@code ServerSocketChannel}s, with {@code SO_REUSEADDR} on.
     * Fails with {@link IllegalStateException} once this handle is closed.
     *
     * @return a new factory that uses this handle
     */
    public ServerSocketFactory serverSocketFactory() {
        return new NamespaceServerSocketFactory(this);
    }

    /**
     * The JVM's {@link SelectorProvider} with one difference: socket, server-socket and datagram
     * channels are opened inside this namespace. Selectors and pipes are the JVM's own, so the
     * channels register with any selector of the default provider, and a whole NIO server can run
     * on the JVM's threads with its sockets inside. The channels report the default provider as
     * their {@code provider()}. Fails with {@link IllegalStateException} once this handle is closed.
     *
     * @return a new provider that uses this handle
     */
    public SelectorProvider selectorProvider() {
        return new NamespaceSelectorProvider(this);
    }

    // ---- running code inside ----------------------------------------------------------------

    /**
     * Runs {@code task} inside this namespace on a fresh platform thread and returns its result;
     * an exception it throws is rethrown here. The caller's thread (platform or virtual) does not
     * change namespace. Read "What code inside may do" in the class documentation.
     *
     * <p>Interrupting the caller (before or during the call) interrupts the task's thread; the
     * call still waits until the task has ended, so nothing of it runs inside afterwards, and then
     * returns the task's result or exception with the caller's interrupt status set.
     *
     * @param <T>  what the task returns
     * @param <X>  the checked exception the task may throw
     * @param task the code, not null
     * @return what the task returned
     * @throws X                     what the task threw, unchanged
     * @throws IllegalStateException if this handle is closed, or if called from code inside
     * @throws SystemCallException   if the thread cannot enter the namespace ({@code setns})
     */
    public <T, X extends Exception> T call(InsideTask<T, X> task) throws X {
        return inside("call", task);
    }

    /** {@link #call}, named {@code what} in its {@link NamespaceSwitchEvent}. */
    <T, X extends Exception> T inside(String what, InsideTask<T, X> task) throws X {
        InsideThread.refuseInside();
        try (Lease l = lease()) {
            return InsideThread.call("netns-" + label, l.fd(), label, what, task);
        }
    }

    /**
     * {@link #call} for code without a result.
     *
     * @param <X>    the checked exception the code may throw
     * @param action the code, not null
     * @throws X                     what the code threw, unchanged
     * @throws IllegalStateException if this handle is closed, or if called from code inside
     * @throws SystemCallException   if the thread cannot enter the namespace ({@code setns})
     */
    public <X extends Exception> void run(InsideAction<X> action) throws X {
        call(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Code without a result for {@link #run}.
     *
     * @param <X> the checked exception it may throw ({@link RuntimeException} for none)
     */
    @FunctionalInterface
    public interface InsideAction<X extends Exception> {
        /**
         * Runs inside the namespace, on a platform thread that cannot start threads.
         *
         * @throws X when the code fails; rethrown to the caller of {@link NetNs#run} unchanged
         */
        void run() throws X;
    }

    /**
     * Starts a platform thread that lives in this namespace and runs {@code body} there, under
     * the same rules as {@link #call} for its whole life: it cannot start threads or processes.
     * For a server, prefer {@link #serverSocketFactory()} or {@link #selectorProvider()}, which
     * keep every thread outside.
     *
     * @param threadName the thread's name, for thread dumps
     * @param body       what it runs; the thread ends with it
     * @return the started thread; join it to wait for {@code body}
     * @throws IllegalStateException if this handle is closed, or if called from code inside
     * @throws SystemCallException   if the namespace descriptor cannot be duplicated for the thread
     */
    public Thread startThread(String threadName, Runnable body) {
        InsideThread.refuseInside();
        HomeThreads.ensureStarted();
        int dup;
        try (Lease l = lease()) {
            dup = Sys.open("/proc/self/fd/" + l.fd(), O_RDONLY, 0);
        }
        Thread t = new InsideThread.Resident(threadName, dup, label, body);
        try {
            t.start();
        } catch (RuntimeException | Error e) {
            Sys.close(dup);
            throw e;
        }
        return t;
    }

    /**
     * Starts {@code builder}'s command as a child process inside this namespace, like
     * {@code ip netns exec NAME COMMAND...}, and returns it as a {@link Process}: streams,
     * {@code waitFor}, {@code exitValue} (128 + the signal for a child killed by one, as the JDK
     * reports), {@code destroy}/{@code destroyForcibly} (SIGTERM/SIGKILL), {@code onExit},
     * {@code pid} and {@code toHandle} work as for {@link ProcessBuilder#start()}.
     *
     * <p>The builder's command, {@link ProcessBuilder#environment() environment},
     * {@link ProcessBuilder#directory() directory}, redirects ({@code PIPE}, {@code INHERIT},
     * {@code DISCARD}, {@code from}/{@code to}/{@code appendTo} a file) and
     * {@link ProcessBuilder#redirectErrorStream(boolean) redirectErrorStream} are honoured; a
     * program without a slash is looked up in the JVM's {@code PATH}, as the JDK does. Not
     * supported: {@link ProcessBuilder#startPipeline}, and running a file without a {@code #!}
     * line as a shell script (the JDK's fallback to {@code /bin/sh}). The child keeps the JVM's
     * user, mount namespace, session and process group; it starts with no signal blocked and
     * every signal at its default action (but glibc's internal 32 and 33, ignored, as in the
     * JDK's children), and with no descriptor of the JVM's but 0, 1 and 2.
     * Needs glibc 2.34 or later (and 2.29 for a directory) and Linux 5.3 (pidfds).
     *
     * <p>The caller's thread (platform or virtual) does not change namespace, and no thread of
     * the JVM is left inside: the child is started by a short-lived library thread that enters
     * the namespace and runs nothing but {@code posix_spawnp}, and it is reaped by one library
     * thread that lives in the JVM's own namespace.
     *
     * @param builder the command and its settings, as for {@link ProcessBuilder#start()}; not null
     * @return the running child
     * @throws IOException if the program cannot be run (not found, not executable, a bad
     *         directory: the JDK's message, naming the program and this namespace), or a
     *         redirect's file cannot be opened; nothing is left open or running then
     * @throws IllegalArgumentException if the command is empty
     * @throws IllegalStateException if this handle is closed, or if called from code inside
     * @throws UnsupportedOperationException if the C library lacks what is needed (see above)
     */
    public Process start(ProcessBuilder builder) throws IOException {
        Objects.requireNonNull(builder, "builder");
        InsideThread.refuseInside();
        try (Lease l = lease()) {
            return ProcessLaunch.start(builder, l.fd(), label);
        }
    }

    // ---- identity and leases ------------------------------------------------------------------

    /**
     * The namespace's name, for messages and for {@code ip netns exec}.
     *
     * @return its name under {@code /run/netns}, or {@code null} if it was not opened by
     *         {@link #named} or {@link #create(String)}
     */
    public String name() {
        return name;
    }

    /**
     * Keeps this handle's descriptor open until the lease is closed, for passing it to the
     * kernel ({@code IFLA_NET_NS_FD}, {@code setns}): a {@link #close} meanwhile takes effect
     * when the last lease ends, so the number can never be reused for another file while it is
     * in use.
     *
     * @return a lease; close it (try-with-resources) when the kernel has the descriptor no more
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

        /**
         * The namespace's descriptor, for {@code IFLA_NET_NS_FD} or {@code setns}.
         *
         * @return the descriptor, valid until this lease is closed; do not close it
         * @throws IllegalStateException if this lease is closed
         */
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

    /**
     * The namespace's identity, as {@code ls -i /run/netns} and {@code lsns} show it.
     *
     * @return the inode number of its nsfs file: equal inodes mean the same namespace
     * @throws IllegalStateException if this handle is closed
     * @throws java.io.UncheckedIOException if {@code /proc/self/fd} cannot be read
     */
    public long inode() {
        try (Lease l = lease()) {
            // stat() through the magic link reaches the nsfs inode, for bind-mounted namespaces too.
            return ((Number) Files.getAttribute(Path.of("/proc/self/fd/" + l.fd()), "unix:ino")).longValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The identity of the namespace the calling thread is in, to compare with {@link #inode()}.
     *
     * @return the inode number from {@code /proc/thread-self/ns/net}
     * @throws java.io.UncheckedIOException if {@code /proc} cannot be read
     */
    public static long currentInode() {
        try {
            String link = Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
            return Long.parseLong(link.substring(link.indexOf('[') + 1, link.indexOf(']')));
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

    /**
     * Whether {@link #close} was called (the descriptor may still be open for a lease).
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        synchronized (guard) {
            return closed;
        }
    }

    @Override
    public String toString() {
        return "NetNs[" + label + "]";
    }
}
