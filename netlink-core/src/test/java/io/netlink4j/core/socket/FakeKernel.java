package io.netlink4j.core.socket;

import io.netlink4j.core.NetlinkProtocol;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.sys.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A scripted peer for a {@link NetlinkSocket}: two {@code NETLINK_USERSOCK} sockets, the client
 * connected to the fake's port, so requests reach the fake instead of the kernel and the fake
 * answers with whatever datagrams a test needs (interrupted dumps, oversized datagrams...).
 * Needs CAP_NET_ADMIN (unicast between user ports).
 */
final class FakeKernel implements AutoCloseable {
    private static final int AF_NETLINK = 16;

    private final Arena arena = Arena.ofShared();
    private final NetlinkSubscription server = NetlinkSubscription.open(NetlinkProtocol.USERSOCK);
    private final NetlinkSocket client = NetlinkSocket.open(NetlinkProtocol.USERSOCK);
    private final MemorySegment state = Libc.newCallState(arena);
    private final MemorySegment clientAddr = address(client.portId());

    FakeKernel() {
        Libc.check(Libc.connect(state, client.fd(), address(server.portId())), state, "connect(fake kernel)");
    }

    private MemorySegment address(int port) {
        MemorySegment a = arena.allocate(12, 4).fill((byte) 0);
        a.set(ValueLayout.JAVA_SHORT, 0, (short) AF_NETLINK);
        a.set(ValueLayout.JAVA_INT, 4, port);
        return a;
    }

    /** The socket under test. */
    NetlinkSocket client() {
        return client;
    }

    /** Waits for the client's next request; returns its {seq, type, flags}. */
    int[] request() throws InterruptedException {
        int[] out = new int[3];
        boolean[] got = new boolean[1];
        NetlinkSubscription.Status s = server.poll(Duration.ofSeconds(10), m -> {
            if (!got[0]) {
                got[0] = true;
                out[0] = m.seq();
                out[1] = m.type();
                out[2] = m.flags();
            }
        });
        if (!got[0]) {
            throw new AssertionError("no request from the client within 10 s (" + s + ")");
        }
        return out;
    }

    /** Sends one datagram to the client, built by {@code body} (messages get the client's port id). */
    void reply(Consumer<MessageWriter> body) {
        try (Arena a = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(a, 256);
            body.accept(w);
            MemorySegment bytes = w.finish();
            MessageReader r = new MessageReader(bytes, (int) bytes.byteSize());
            int at = 0;
            while (r.next()) {
                Message m = r.message();
                bytes.set(ValueLayout.JAVA_INT_UNALIGNED, at + 12, client.portId());
                at += (m.length() + 3) & ~3;
            }
            send(bytes);
        }
    }

    /** Sends raw bytes to the client as one datagram. */
    void send(MemorySegment bytes) {
        Libc.check(Libc.sendto(state, server.fd(), bytes, 0, clientAddr), state, "sendto(fake kernel)");
    }

    @Override
    public void close() {
        client.close();
        server.close();
        arena.close();
    }
}
