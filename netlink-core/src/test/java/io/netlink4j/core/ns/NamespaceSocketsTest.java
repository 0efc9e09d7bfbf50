package io.netlink4j.core.ns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.Request;
import io.netlink4j.core.testing.ThrowawayNamespaces;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sockets and channels made inside a namespace and served from the JVM's own threads: the
 * loopback they reach is the namespace's (the JVM's own loopback does not see them), and no
 * thread of the JVM ever enters the namespace.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NamespaceSocketsTest {
    @RegisterExtension
    static final ThrowawayNamespaces NS = new ThrowawayNamespaces("nlt-core-");

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /** {@code ip link set lo up}: a new namespace's loopback is down. */
    static void loopbackUp(NetNs ns) {
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE, ns)) {
            // struct ifinfomsg: family, pad, type, index 1 (lo), flags IFF_UP, change IFF_UP
            s.execute(Request.of(16, 0, "RTM_NEWLINK", "lo", w -> w.u8(0).u8(0).u16(0).u32(1).u32(1).u32(1)));
        }
    }

    @Test
    void aServerSocketMadeInsideIsServedByVirtualThreadsOutside() throws Exception {
        NetNs ns = NS.anonymous();
        loopbackUp(ns);
        try (ServerSocket server = ns.serverSocketFactory().createServerSocket(0, 50, LOOPBACK)) {
            int port = server.getLocalPort();
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try (Socket c = server.accept();
                     DataInputStream in = new DataInputStream(c.getInputStream());
                     DataOutputStream out = new DataOutputStream(c.getOutputStream())) {
                    out.writeUTF("echo " + in.readUTF() + " from " + NetNs.currentInode());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            String reply;
            try (Socket client = ns.socketFactory().createSocket(LOOPBACK, port);
                 DataInputStream in = new DataInputStream(client.getInputStream());
                 DataOutputStream out = new DataOutputStream(client.getOutputStream())) {
                out.writeUTF("hello");
                reply = in.readUTF();
            }
            acceptor.join();
            // Served by a virtual thread in the JVM's namespace, over the namespace's loopback.
            assertThat(reply).isEqualTo("echo hello from " + NetNs.currentInode());
            assertThatThrownBy(() -> new Socket(LOOPBACK, port).close())
                    .as("the JVM's own loopback has no such server").isInstanceOf(ConnectException.class);
        }
        assertThat(NamespaceThreads.settledIn(ns.inode())).isEmpty();
    }

    @Test
    void unconnectedSocketsAreMadeInsideAndConnectLater() throws Exception {
        NetNs ns = NS.anonymous();
        loopbackUp(ns);
        try (ServerSocket server = ns.serverSocketFactory().createServerSocket()) {
            assertThat(server.isBound()).isFalse();
            server.bind(new InetSocketAddress(LOOPBACK, 0));
            try (Socket s = ns.socketFactory().createSocket()) {
                assertThat(s.isConnected()).isFalse();
                s.connect(server.getLocalSocketAddress(), 5_000);
                try (Socket accepted = server.accept()) {
                    assertThat(accepted.getRemoteSocketAddress()).isEqualTo(s.getLocalSocketAddress());
                }
            }
            try (Socket s = ns.socketFactory().createSocket(LOOPBACK.getHostAddress(), server.getLocalPort(),
                    LOOPBACK, 0); Socket accepted = server.accept()) {
                assertThat(accepted.getRemoteSocketAddress()).isEqualTo(s.getLocalSocketAddress());
            }
        }
    }

    @Test
    void aSelectorServesChannelsOpenedInside() throws Exception {
        NetNs ns = NS.anonymous();
        loopbackUp(ns);
        SelectorProvider provider = ns.selectorProvider();
        try (Selector selector = provider.openSelector();
             ServerSocketChannel server = provider.openServerSocketChannel();
             SocketChannel client = provider.openSocketChannel();
             DatagramChannel udp = provider.openDatagramChannel()) {
            assertThat(selector.provider()).isSameAs(SelectorProvider.provider());
            server.bind(new InetSocketAddress(LOOPBACK, 0));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            client.connect(server.getLocalAddress());
            client.write(ByteBuffer.wrap("ping".getBytes(StandardCharsets.US_ASCII)));

            // One selector loop, on a virtual thread of the JVM's namespace: accept, read, answer.
            Thread loop = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        selector.select();
                        for (SelectionKey k : selector.selectedKeys()) {
                            if (k.isAcceptable()) {
                                SocketChannel c = server.accept();
                                c.configureBlocking(false);
                                c.register(selector, SelectionKey.OP_READ);
                            } else if (k.isReadable()) {
                                SocketChannel c = (SocketChannel) k.channel();
                                ByteBuffer b = ByteBuffer.allocate(16);
                                c.read(b);
                                c.write(ByteBuffer.wrap(("pong@" + NetNs.currentInode())
                                        .getBytes(StandardCharsets.US_ASCII)));
                                c.close();
                                return;
                            }
                        }
                        selector.selectedKeys().clear();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            ByteBuffer reply = ByteBuffer.allocate(64);
            while (client.read(reply) >= 0) {
                // until the server closes
            }
            loop.join();
            assertThat(new String(reply.array(), 0, reply.position(), StandardCharsets.US_ASCII))
                    .isEqualTo("pong@" + NetNs.currentInode());

            // A datagram to itself over the namespace's loopback.
            udp.bind(new InetSocketAddress(LOOPBACK, 0));
            udp.send(ByteBuffer.wrap(new byte[] {42}), udp.getLocalAddress());
            ByteBuffer got = ByteBuffer.allocate(4);
            assertThat(udp.receive(got)).isEqualTo(udp.getLocalAddress());
            assertThat(got.get(0)).isEqualTo((byte) 42);
        }
        assertThat(NamespaceThreads.settledIn(ns.inode())).isEmpty();
    }

    @Test
    void channelsOpenedInsideAreInvisibleFromTheJvmsNamespace() throws Exception {
        NetNs ns = NS.anonymous();
        loopbackUp(ns);
        try (ServerSocketChannel server = ns.selectorProvider().openServerSocketChannel()) {
            server.bind(new InetSocketAddress(LOOPBACK, 0));
            int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
            try (SocketChannel home = SocketChannel.open()) {
                assertThatThrownBy(() -> home.connect(new InetSocketAddress(LOOPBACK, port)))
                        .isInstanceOf(ConnectException.class);
            }
        }
    }
}
