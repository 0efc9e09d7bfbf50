package io.netlink4j.lab;

import io.netlink4j.core.ns.InsideTask;
import io.netlink4j.core.ns.NetNs;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.route.Rtnetlink;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.spi.SelectorProvider;
import java.util.Objects;
import javax.net.ServerSocketFactory;
import javax.net.SocketFactory;

/**
 * A node of a running lab, to run things inside it: sockets and server sockets that belong to the
 * node while the JVM's own threads serve them, NIO channels, and code on a thread inside. So a
 * whole cluster of a Java system can run in one JVM, each member in its own node. A switch's
 * namespace is the lab's own.
 *
 * <pre>{@code
 * ServerSocket server = lab.node("h1").serverSocket(8080);          // listens inside h1
 * Socket client = lab.node("h2").connect(lab.node("h1").address(), 8080);
 * }</pre>
 */
public final class LabNode {
    private final Lab lab;
    private final String name;
    private final NodeKind kind;

    LabNode(Lab lab, String name, NodeKind kind) {
        this.lab = lab;
        this.name = name;
        this.kind = kind;
    }

    /**
     * The node's name.
     *
     * @return the node's name
     */
    public String name() {
        return name;
    }

    /**
     * The node's kind.
     *
     * @return the node's kind
     */
    public NodeKind kind() {
        return kind;
    }

    /**
     * Its namespace's name: {@code LAB-NODE}, or {@code LAB} for a switch.
     *
     * @return its namespace's name
     */
    public String namespaceName() {
        return kind == NodeKind.SWITCH ? lab.name() : lab.held().nameOf(name);
    }

    /**
     * A handle on its namespace, open until the lab goes down (do not close it): it keeps the
     * namespace alive, as the sockets made from it do.
     *
     * @return a handle on its namespace, open until the lab goes down
     */
    public NetNs namespace() {
        return kind == NodeKind.SWITCH ? lab.held().labNs() : lab.held().ns(name);
    }

    /**
     * Its first address (a host's or router's), the one {@code pingAll} pings.
     *
     * @return its first address
     */
    public InetAddress address() {
        return lab.plan().addressOf(name).orElseThrow(() -> new IllegalStateException(
                "node " + name + " has no address (a switch, or a node without links)"));
    }

    /**
     * A new rtnetlink handle inside the node, for anything the lab does not do; the caller closes it.
     *
     * @return a new rtnetlink handle inside the node
     */
    public Rtnetlink rtnetlink() {
        return Rtnetlink.open(namespace());
    }

    /**
     * Sockets made inside the node ({@link NetNs#socketFactory()}).
     *
     * @return the factory
     */
    public SocketFactory socketFactory() {
        return namespace().socketFactory();
    }

    /**
     * Server sockets made inside the node ({@link NetNs#serverSocketFactory()}).
     *
     * @return the factory
     */
    public ServerSocketFactory serverSocketFactory() {
        return namespace().serverSocketFactory();
    }

    /**
     * NIO channels made inside the node ({@link NetNs#selectorProvider()}), for Netty and friends.
     *
     * @return the provider
     */
    public SelectorProvider selectorProvider() {
        return namespace().selectorProvider();
    }

    /**
     * A server socket inside the node listening on {@code port} of all its addresses; accepting
     * and serving happen on the caller's threads.
     *
     * @param port the TCP port
     * @return a server socket inside the node listening on {@code port} of all its addresses
     * @throws IOException if it cannot bind
     */
    public ServerSocket serverSocket(int port) throws IOException {
        return serverSocketFactory().createServerSocket(port);
    }

    /**
     * A TCP connection from inside the node to {@code address:port}.
     *
     * @param address the address
     * @param port the TCP port
     * @return a TCP connection from inside the node to {@code address:port}
     * @throws IOException if it cannot connect
     */
    public Socket connect(InetAddress address, int port) throws IOException {
        Objects.requireNonNull(address, "address");
        Socket s = socketFactory().createSocket();
        try {
            s.connect(new InetSocketAddress(address, port), 5_000);
            return s;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /**
     * Runs {@code task} on a short-lived thread inside the node and returns its result (see
     * {@link NetNs#call}: code inside cannot start threads or processes).
     *
     * @param task the code to run inside
     * @param <T> the task's result type
     * @param <X> the exception the task may throw
     * @return the task's result
     * @throws X what the task threw
     */
    public <T, X extends Exception> T call(InsideTask<T, X> task) throws X {
        return namespace().call(task);
    }

    /**
     * Starts {@code command} as a process inside the node ({@code ip netns exec LAB-NODE COMMAND});
     * it inherits the node's namespace, and so do its children. Its output goes to the JVM's.
     *
     * @param command the program and its arguments
     * @return the process
     * @throws IOException if it cannot be started
     */
    public Process start(String... command) throws IOException {
        return start(new ProcessBuilder(command).inheritIO());
    }

    /**
     * Starts {@code builder}'s command as a process inside the node.
     *
     * @param builder the process to start
     * @return the process
     * @throws IOException if it cannot be started
     */
    public Process start(ProcessBuilder builder) throws IOException {
        return Kernel.start(namespace(), Objects.requireNonNull(builder, "builder"));
    }

    @Override
    public String toString() {
        return name + " (" + kind + ") of lab " + lab.name();
    }
}
