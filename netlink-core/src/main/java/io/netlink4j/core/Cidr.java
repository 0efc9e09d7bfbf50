package io.netlink4j.core;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * An IP address with a prefix length, {@code "10.0.0.1/24"} or {@code "fd00::1/64"}: the host
 * address is kept as written (for {@code ip addr add}); {@link #network()} masks it (for routes).
 * Parsing follows {@code inet_pton}, as iproute2 does, and never consults DNS: an IPv4-mapped
 * IPv6 address ({@code ::ffff:10.0.0.1}) stays IPv6, and IPv4 parts with leading zeros
 * ({@code 010.0.0.1}, octal to some tools) are refused.
 *
 * @param address      the address
 * @param prefixLength 0..32 for IPv4, 0..128 for IPv6
 */
public record Cidr(InetAddress address, int prefixLength) {
    /** Checks the prefix length against the address family. */
    public Cidr {
        Objects.requireNonNull(address, "address");
        int max = maxPrefix(address);
        if (prefixLength < 0 || prefixLength > max) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " of " + format(address)
                    + " is out of range: 0.." + max);
        }
    }

    /**
     * Parses {@code "ADDR/LEN"}, or a bare {@code "ADDR"} as a host prefix (/32 or /128).
     *
     * @param text e.g. {@code "10.0.0.1/24"}, {@code "fd00::1/64"} or {@code "10.0.0.1"}
     * @return the address as written, with its prefix length
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static Cidr parse(String text) {
        Objects.requireNonNull(text, "CIDR");
        if (text.isBlank()) {
            throw new IllegalArgumentException("CIDR must not be empty");
        }
        int slash = text.indexOf('/');
        String addr = slash < 0 ? text : text.substring(0, slash);
        InetAddress a = parseAddress(addr, text);
        if (slash < 0) {
            return new Cidr(a, maxPrefix(a));
        }
        String len = text.substring(slash + 1);
        if (len.isEmpty() || len.length() > 3 || !len.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("CIDR '" + text + "': prefix length '" + len + "' is not a number");
        }
        int n = Integer.parseInt(len);
        if (n > maxPrefix(a)) {
            throw new IllegalArgumentException("CIDR '" + text + "': prefix length " + n + " is out of range 0.."
                    + maxPrefix(a));
        }
        return new Cidr(a, n);
    }

    /**
     * Parses a numeric IPv4 or IPv6 address as {@code inet_pton} does, never a host name.
     *
     * @param text e.g. {@code "10.0.0.1"} or {@code "fd00::1"}; no prefix length
     * @return an {@link Inet4Address}, or an {@link Inet6Address} for any text with a colon
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException naming the text
     */
    public static InetAddress parseAddress(String text) {
        Objects.requireNonNull(text, "address");
        return parseAddress(text, text);
    }

    private static InetAddress parseAddress(String addr, String whole) {
        boolean v6 = addr.indexOf(':') >= 0;
        boolean ok = !addr.isEmpty() && (v6 ? addr.chars().allMatch(Cidr::isV6Char) : isDottedQuad(addr));
        if (!ok) {
            throw new IllegalArgumentException("'" + whole + "' is not an IP address"
                    + (whole.equals(addr) ? "" : " with prefix"));
        }
        InetAddress a;
        try {
            a = InetAddress.getByName(addr);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + whole + "' is not an IP address: " + e.getMessage());
        }
        if (v6 && a instanceof Inet4Address) {
            // Java turns ::ffff:a.b.c.d into the IPv4 address; the kernel (and ip) keep it IPv6.
            byte[] b = new byte[16];
            b[10] = (byte) 0xff;
            b[11] = (byte) 0xff;
            System.arraycopy(a.getAddress(), 0, b, 12, 4);
            try {
                return Inet6Address.getByAddress(null, b, -1);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return a;
    }

    private static boolean isV6Char(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
    }

    private static boolean isDottedQuad(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0') || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * The longest prefix of {@code a}'s family.
     *
     * @param a an address, not null
     * @return 32 for IPv4, 128 for IPv6
     */
    public static int maxPrefix(InetAddress a) {
        return a instanceof Inet4Address ? 32 : 128;
    }

    /**
     * The address family, for the family byte of the message that carries this prefix.
     *
     * @return {@link AddressFamily#INET} or {@link AddressFamily#INET6}
     */
    public AddressFamily family() {
        return AddressFamily.of(address);
    }

    /**
     * Whether this is an IPv4 prefix.
     *
     * @return {@code true} for IPv4, {@code false} for IPv6
     */
    public boolean isIpv4() {
        return address instanceof Inet4Address;
    }

    /**
     * The address with host bits cleared, as the kernel keys a route.
     *
     * @return {@code 10.0.0.0} for {@code 10.0.0.1/24}
     */
    public InetAddress network() {
        byte[] b = address.getAddress();
        for (int i = 0; i < b.length; i++) {
            int keep = Math.max(0, Math.min(8, prefixLength - i * 8));
            b[i] &= (byte) (0xff << (8 - keep));
        }
        try {
            return address instanceof Inet4Address ? InetAddress.getByAddress(b) : Inet6Address.getByAddress(null, b, -1);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the host bits are all clear, as the kernel wants a route's destination.
     *
     * @return {@code true} for {@code 10.0.0.0/24}, {@code false} for {@code 10.0.0.1/24}
     */
    public boolean isNetwork() {
        return network().equals(address);
    }

    /**
     * Whether {@code a} lies inside this prefix.
     *
     * @param a an address, not null
     * @return {@code true} if {@code a} is of this family and its first {@link #prefixLength}
     *         bits equal this network's; an IPv4 address never lies in an IPv6 prefix
     */
    public boolean contains(InetAddress a) {
        return a.getClass() == address.getClass() && new Cidr(a, prefixLength).network().equals(network());
    }

    /**
     * An address as {@code ip} prints it: dotted quad, or IPv6 in the shortest form of RFC 5952
     * ({@code fd00::1}, not Java's {@code fd00:0:0:0:0:0:0:1}).
     *
     * @param a an address, not null
     * @return the text, without scope id or host name
     */
    public static String format(InetAddress a) {
        if (a instanceof Inet4Address) {
            return a.getHostAddress();
        }
        byte[] b = a.getAddress();
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder s = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') {
                s.append(':');
            }
            s.append(Integer.toHexString(w[i]));
        }
        return s.toString();
    }

    /** {@code 10.0.0.1/24}, {@code fd00::1/64}. */
    @Override
    public String toString() {
        return format(address) + "/" + prefixLength;
    }
}
