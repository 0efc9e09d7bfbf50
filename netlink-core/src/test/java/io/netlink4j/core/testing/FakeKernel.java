package io.netlink4j.core.testing;

import io.netlink4j.core.NetlinkSocket;
import io.netlink4j.core.message.Message;
import io.netlink4j.core.message.MessageReader;
import io.netlink4j.core.message.MessageWriter;
import io.netlink4j.core.sys.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.Consumer;

/**
 * A scripted peer for a {@link NetlinkSocket}: two {@code NETLINK_USERSOCK} sockets, the client
 * connected to the fake's port, so requests reach the fake instead of the kernel and the fake
 * answers with whatever datagrams a test needs (interrupted dumps, oversized datagrams...).
 * Needs CAP_NET_ADMIN (unicast between user ports).
 */
public final class FakeKernel implements AutoCloseable {
    private static final int NETLINK_USERSOCK = 2;
    private static final int AF_NETLINK = 16;

    private final Arena arena = Arena.ofShared();
    private final NetlinkSocket server = NetlinkSocket.open(NETLINK_USERSOCK);
    private final NetlinkSocket client = NetlinkSocket.open(NETLINK_USERSOCK);
    private final MemorySegment state = Libc.newCallState(arena);
    private final MemorySegment clientAddr = address(client.portId());

    public FakeKernel() {
        MemorySegment serverAddr = address(server.portId());
        Libc.check(Libc.connect(state, client.fd(), serverAddr, 12), state, "connect(fake kernel)");
    }

    private MemorySegment address(int port) {
        MemorySegment a = arena.allocate(12, 4).fill((byte) 0);
        a.set(ValueLayout.JAVA_SHORT, 0, (short) AF_NETLINK);
        a.set(ValueLayout.JAVA_INT, 4, port);
        return a;
    }

    /** The socket under test. */
    public NetlinkSocket client() {
        return client;
    }

    /** Waits for the client's next request; returns its sequence number and type as {seq, type, flags}. */
    public int[] request() {
        return server.exclusive(s -> {
            int n = s.receive(10_000);
            if (n == 0) {
                throw new AssertionError("no request from the client within 10 s");
            }
            MessageReader r = s.messages(n);
            if (!r.next()) {
                throw new AssertionError("empty request datagram");
            }
            Message m = r.message();
            return new int[] {m.seq(), m.type(), m.flags()};
        });
    }

    /** Sends one datagram to the client, built by {@code body} (messages get the client's port id). */
    public void reply(Consumer<MessageWriter> body) {
        try (Arena a = Arena.ofConfined()) {
            MessageWriter w = new MessageWriter(a, 256);
            body.accept(w);
            MemorySegment bytes = w.finish();
            MessageReader r = new MessageReader(bytes, (int) bytes.byteSize());
            int at = 0;
            while (r.next()) {
                bytes.set(ValueLayout.JAVA_INT_UNALIGNED, at + 12, client.portId());
                at += (r.message().length() + 3) & ~3;
            }
            send(bytes);
        }
    }

    /** Sends raw bytes to the client as one datagram. */
    public void send(MemorySegment bytes) {
        Libc.check(Libc.sendto(state, server.fd(), bytes, bytes.byteSize(), 0, clientAddr, 12), state,
                "sendto(fake kernel)");
    }

    @Override
    public void close() {
        client.close();
        server.close();
        arena.close();
    }
}
