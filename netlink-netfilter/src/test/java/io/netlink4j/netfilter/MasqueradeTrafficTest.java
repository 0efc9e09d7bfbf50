package io.netlink4j.netfilter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The a1/a3 NAT step for real: a client namespace behind a bridge reaches a "remote server"
 * (198.51.100.1 on {@code lo} of a wan namespace that has no route back to 10.0.0.0/24) only
 * while a masquerade rule is in place, and the server then sees the router's wan address.
 *
 * <pre>
 *  client: eth0 10.0.0.1/24 ── router: veth-c-br ⊂ br0 10.0.0.254/24, eth0 203.0.113.2/24 ── wan: eth0 203.0.113.1/24
 *          default via .254                 ip_forward=1, default via 203.0.113.1              lo 198.51.100.1/32
 * </pre>
 * Traffic is a TCP connect from a platform thread inside the client namespace to a server socket
 * opened by a thread inside the wan namespace (no forked ping). Topology is set up with
 * {@code ip -n}, since this module does not depend on netlink-route.
 */
class MasqueradeTrafficTest {
    private static final String SERVER = "198.51.100.1";

    @Test
    void remoteServerIsReachableOnlyWhileMasqueradeIsInPlace() throws Exception {
        try (TestNs client = TestNs.create(); TestNs router = TestNs.create(); TestNs wan = TestNs.create()) {
            wan.ip("link", "set", "lo", "up");
            wan.ip("addr", "add", SERVER + "/32", "dev", "lo");
            router.ip("link", "add", "eth0", "type", "veth", "peer", "name", "eth0", "netns", wan.name);
            router.ip("link", "add", "veth-c-br", "type", "veth", "peer", "name", "eth0", "netns", client.name);
            router.ip("link", "add", "br0", "type", "bridge");
            router.ip("link", "set", "veth-c-br", "master", "br0");
            for (String dev : new String[] {"lo", "eth0", "br0", "veth-c-br"}) {
                router.ip("link", "set", dev, "up");
            }
            router.ip("addr", "add", "10.0.0.254/24", "dev", "br0");
            router.ip("addr", "add", "203.0.113.2/24", "dev", "eth0");
            router.ip("route", "add", "default", "via", "203.0.113.1");
            wan.ip("link", "set", "eth0", "up");
            wan.ip("addr", "add", "203.0.113.1/24", "dev", "eth0");
            client.ip("link", "set", "lo", "up");
            client.ip("link", "set", "eth0", "up");
            client.ip("addr", "add", "10.0.0.1/24", "dev", "eth0");
            client.ip("route", "add", "default", "via", "10.0.0.254");
            // /proc/sys/net resolves against the opening thread's namespace: write it from inside.
            router.ns.run(() -> Files.writeString(Path.of("/proc/sys/net/ipv4/ip_forward"), "1"));

            BlockingQueue<InetAddress> seen = new LinkedBlockingQueue<>();
            CompletableFuture<ServerSocket> listening = new CompletableFuture<>();
            Thread server = wan.ns.startThread("wan-server", () -> serve(listening, seen));
            ServerSocket ss = listening.get(10, TimeUnit.SECONDS);
            int port = ss.getLocalPort();
            try (Nftables nft = Nftables.open(router.ns)) {
                assertThat(connect(client, port, 1000)).as("without masquerade").isFalse();

                nft.masquerade("nat", "eth0");                       // a1
                assertThat(connect(client, port, 5000)).as("with a1's masquerade").isTrue();
                assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo(InetAddress.getByName("203.0.113.2"));

                nft.tables().delete(Family.IP, "nat");
                assertThat(connect(client, port, 1000)).as("after deleting the rule").isFalse();

                nft.masqueradeSource("nat", "10.0.0.0/24", "br0");   // a3
                assertThat(connect(client, port, 5000)).as("with a3's masquerade").isTrue();
                assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo(InetAddress.getByName("203.0.113.2"));
                assertThat(router.rulesetJson()).contains("\"masquerade\"", "\"10.0.0.0\"");
            } finally {
                ss.close();
                server.join(5000);
            }
            assertThat(server.isAlive()).isFalse();
            assertThat(seen).isEmpty();
        }
    }

    /** Accepts connections until the socket is closed, recording each peer's address. */
    private static void serve(CompletableFuture<ServerSocket> listening, BlockingQueue<InetAddress> seen) {
        try (ServerSocket ss = new ServerSocket()) {
            ss.bind(new InetSocketAddress(SERVER, 0));
            listening.complete(ss);
            for (;;) {
                try (Socket s = ss.accept()) {
                    seen.add(s.getInetAddress());
                }
            }
        } catch (IOException e) {
            listening.completeExceptionally(e); // no-op once listening; accept() ends here on close
        }
    }

    /** A TCP connect from a thread inside the client namespace; whether it completed. */
    private static boolean connect(TestNs client, int port, int timeoutMillis) {
        return client.ns.call(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(SERVER, port), timeoutMillis);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }
}
