package io.netlink4j.core;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IP address with a prefix length, {@code "10.0.0.1/24"} or {@code "fd00::1/64"}: the host
 * address is kept as written (for {@code ip addr add}); {@link #network()} masks it (for routes).
 * Parsing never consults DNS.
 */
public record Cidr(InetAddress address, int prefixLength) {
    /** Checks the prefix length against the address family. */
    public Cidr {
        if (address == null) {
            throw new IllegalArgumentException("address must not be null");
        }
        int max = maxPrefix(address);
        if (prefixLength < 0 || prefixLength > max) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " of " + address.getHostAddress()
                    + " is out of range: 0.." + max);
        }
    }

    /**
     * Parses {@code "ADDR/LEN"}, or a bare {@code "ADDR"} as a host prefix (/32 or /128).
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("CIDR must not be empty");
        }
        int slash = text.indexOf('/');
        String addr = slash < 0 ? text : text.substring(0, slash);
        InetAddress a = parseAddress(addr, text);
        if (slash < 0) {
            return new Cidr(a, maxPrefix(a));
        }
        String len = text.substring(slash + 1);
        int n;
        try {
            n = Integer.parseInt(len);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("CIDR '" + text + "': prefix length '" + len + "' is not a number");
        }
        if (n < 0 || n > maxPrefix(a)) {
            throw new IllegalArgumentException("CIDR '" + text + "': prefix length " + n + " is out of range 0.."
                    + maxPrefix(a));
        }
        return new Cidr(a, n);
    }

    /**
     * Parses a numeric IPv4 or IPv6 address, never a host name.
     *
     * @throws IllegalArgumentException naming the text
     */
    public static InetAddress parseAddress(String text) {
        return parseAddress(text, text);
    }

    private static InetAddress parseAddress(String addr, String whole) {
        boolean v6 = addr.indexOf(':') >= 0;
        boolean ok = v6 ? addr.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')
                : addr.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        if (ok && !v6) {
            for (String part : addr.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    ok = false;
                }
            }
        }
        if (!ok || addr.isEmpty()) {
            throw new IllegalArgumentException("'" + whole + "' is not an IP address" + (whole.equals(addr) ? "" : " with prefix"));
        }
        try {
            return InetAddress.getByName(addr);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + whole + "' is not an IP address: " + e.getMessage());
        }
    }

    /** 32 for IPv4, 128 for IPv6. */
    public static int maxPrefix(InetAddress a) {
        return a instanceof Inet4Address ? 32 : 128;
    }

    /** Whether this is an IPv4 prefix. */
    public boolean isIpv4() {
        return address instanceof Inet4Address;
    }

    /** The address with host bits cleared: {@code 10.0.0.1/24} gives {@code 10.0.0.0}. */
    public InetAddress network() {
        byte[] b = address.getAddress();
        for (int i = 0; i < b.length; i++) {
            int keep = Math.max(0, Math.min(8, prefixLength - i * 8));
            b[i] &= (byte) (0xff << (8 - keep));
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code a} lies inside this prefix. */
    public boolean contains(InetAddress a) {
        return a.getClass() == address.getClass() && new Cidr(a, prefixLength).network().equals(network());
    }

    @Override
    public String toString() {
        return address.getHostAddress() + "/" + prefixLength;
    }
}
