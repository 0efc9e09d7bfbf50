package io.netlink4j.core.ns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose descriptor is made inside a namespace; binding and accepting then happen
 * on the caller's threads, and accepted sockets belong to the namespace too. See
 * {@link NetNs#serverSocketFactory()}.
 */
final class NamespaceServerSocketFactory extends ServerSocketFactory {
    private final NetNs ns;

    NamespaceServerSocketFactory(NetNs ns) {
        this.ns = ns;
    }

    /**
     * An unbound server socket of the namespace (the adaptor of a {@link ServerSocketChannel}
     * opened there), with {@code SO_REUSEADDR} on as {@link ServerSocket} has it on Linux.
     */
    @Override
    public ServerSocket createServerSocket() throws IOException {
        ServerSocketChannel ch = ns.inside("socket", ServerSocketChannel::open);
        try {
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            return ch.socket();
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return bind(new InetSocketAddress(port), 50);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        return bind(new InetSocketAddress(port), backlog);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress ifAddress) throws IOException {
        return bind(new InetSocketAddress(ifAddress, port), backlog);
    }

    private ServerSocket bind(InetSocketAddress local, int backlog) throws IOException {
        ServerSocket s = createServerSocket();
        try {
            s.bind(local, backlog);
            return s;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return "ServerSocketFactory[" + ns + "]";
    }
}
