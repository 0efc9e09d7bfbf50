package io.netlink4j.core.ns;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import javax.net.SocketFactory;

/**
 * TCP sockets whose descriptor is made inside a namespace; connecting, reading and writing then
 * happen on the caller's threads. See {@link NetNs#socketFactory()}.
 */
final class NamespaceSocketFactory extends SocketFactory {
    private final NetNs ns;

    NamespaceSocketFactory(NetNs ns) {
        this.ns = ns;
    }

    /** An unconnected socket of the namespace (the adaptor of a {@link SocketChannel} opened there). */
    @Override
    public Socket createSocket() throws IOException {
        return ns.inside("socket", SocketChannel::open).socket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connect(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connect(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connect(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connect(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connect(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        Socket s = createSocket();
        try {
            if (local != null) {
                s.bind(local);
            }
            s.connect(remote);
            return s;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return "SocketFactory[" + ns + "]";
    }
}
