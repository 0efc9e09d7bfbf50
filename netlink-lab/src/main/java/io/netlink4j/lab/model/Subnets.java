package io.netlink4j.lab.model;

import io.netlink4j.core.Cidr;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** IPv4 arithmetic on prefixes, for the address pool; membership tests are {@link Cidr#contains}. */
final class Subnets {
    private Subnets() {}

    static long toLong(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length != 4) {
            throw new IllegalArgumentException(a.getHostAddress() + " is not IPv4");
        }
        return ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
    }

    static Inet4Address toAddress(long v) {
        byte[] b = {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        try {
            return (Inet4Address) InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static long size(int prefix) {
        return 1L << (32 - prefix);
    }

    static long network(Cidr c) {
        return toLong(c.address()) & ~(size(c.prefixLength()) - 1) & 0xffffffffL;
    }

    /** {@code c} with its host bits cleared: {@code 10.0.0.0/24} for {@code 10.0.0.1/24}. */
    static Cidr networkOf(Cidr c) {
        return new Cidr(c.network(), c.prefixLength());
    }

    static boolean overlaps(Cidr x, Cidr y) {
        long xs = network(x);
        long ys = network(y);
        return xs < ys + size(y.prefixLength()) && ys < xs + size(x.prefixLength());
    }
}
