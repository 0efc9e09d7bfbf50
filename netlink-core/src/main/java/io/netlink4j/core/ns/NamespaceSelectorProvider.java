package io.netlink4j.core.ns;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The JVM's selector provider, except that socket and datagram channels are opened inside a
 * namespace. Selectors and pipes, which belong to no namespace, are the provider's own, so the
 * channels register with them as usual. See {@link NetNs#selectorProvider()}.
 */
final class NamespaceSelectorProvider extends SelectorProvider {
    private final NetNs ns;
    private final SelectorProvider home = SelectorProvider.provider();

    NamespaceSelectorProvider(NetNs ns) {
        this.ns = ns;
    }

    @Override
    public DatagramChannel openDatagramChannel() throws IOException {
        return ns.inside("socket", home::openDatagramChannel);
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
        return ns.inside("socket", () -> home.openDatagramChannel(family));
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() throws IOException {
        return ns.inside("socket", home::openServerSocketChannel);
    }

    @Override
    public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) throws IOException {
        return ns.inside("socket", () -> home.openServerSocketChannel(family));
    }

    @Override
    public SocketChannel openSocketChannel() throws IOException {
        return ns.inside("socket", home::openSocketChannel);
    }

    @Override
    public SocketChannel openSocketChannel(ProtocolFamily family) throws IOException {
        return ns.inside("socket", () -> home.openSocketChannel(family));
    }

    @Override
    public Pipe openPipe() throws IOException {
        return home.openPipe();
    }

    @Override
    public AbstractSelector openSelector() throws IOException {
        return home.openSelector();
    }

    @Override
    public Channel inheritedChannel() throws IOException {
        return home.inheritedChannel();
    }

    @Override
    public String toString() {
        return "SelectorProvider[" + ns + "]";
    }
}
