package io.netlink4j.route.internal;

import io.netlink4j.core.AddressFamily;
import io.netlink4j.core.ProtocolException;
import io.netlink4j.core.message.Attributes;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** IP addresses in attributes: read with the family's length checked ({@link Attributes#address} keeps IPv6 IPv6). */
public final class InetAddresses {
    private InetAddresses() {}

    /**
     * The current attribute's payload as an address of {@code family}.
     *
     * @throws ProtocolException when the payload is not 4 (IPv4) or 16 (IPv6) bytes
     */
    public static InetAddress read(Attributes a, AddressFamily family) {
        if (a.length() != family.addressLength()) {
            throw new ProtocolException("attribute type " + a.type() + ": " + a.length() + " bytes, an " + family
                    + " address has " + family.addressLength());
        }
        return a.address();
    }

    /**
     * The address of 4 or 16 bytes. Unlike {@code InetAddress.getByAddress(byte[])}, an
     * IPv4-mapped IPv6 address ({@code ::ffff:10.0.0.1}) stays IPv6, as the kernel has it.
     */
    public static InetAddress of(byte[] b) {
        try {
            return b.length == 4 ? Inet4Address.getByAddress(b) : Inet6Address.getByAddress(null, b, -1);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an IP address has 4 or 16 bytes, not " + b.length, e);
        }
    }

    /** {@code 0.0.0.0} or {@code ::}. */
    public static InetAddress zero(AddressFamily family) {
        return of(new byte[family.addressLength()]);
    }

    /** Host-order (little-endian on the machines netlink4j runs on) u32 values, packed: for struct payloads. */
    public static byte[] u32s(long... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.nativeOrder());
        for (long v : values) {
            b.putInt((int) v);
        }
        return b.array();
    }
}
