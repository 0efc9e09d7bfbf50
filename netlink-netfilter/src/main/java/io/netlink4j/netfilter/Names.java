package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.internal.NfTables.NFT_CHAIN_MAXNAMELEN;
import static io.netlink4j.netfilter.internal.NfTables.NFT_TABLE_MAXNAMELEN;

import java.nio.charset.StandardCharsets;

/** Checks of names against the kernel's limits, before anything is sent. */
final class Names {
    /** {@code IFNAMSIZ}: 16 bytes with the terminating NUL. */
    static final int IFNAMSIZ = 16;

    private Names() {}

    static String checkTable(String name) {
        return check("table", name, NFT_TABLE_MAXNAMELEN);
    }

    static String checkChain(String name) {
        return check("chain", name, NFT_CHAIN_MAXNAMELEN);
    }

    /** An interface name as {@code meta iifname} compares it: 1..15 bytes, no NUL. */
    static String checkInterface(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("interface name must not be empty");
        }
        int n = name.getBytes(StandardCharsets.UTF_8).length;
        if (n > IFNAMSIZ - 1) {
            throw new IllegalArgumentException("interface name '" + name + "' is " + n
                    + " bytes long: at most " + (IFNAMSIZ - 1) + " (IFNAMSIZ - 1)");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("interface name '" + name + "' contains NUL");
        }
        return name;
    }

    private static String check(String what, String name, int max) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " name must not be empty");
        }
        int n = name.getBytes(StandardCharsets.UTF_8).length;
        if (n > max - 1) {
            throw new IllegalArgumentException(what + " name '" + name + "' is " + n + " bytes long: at most "
                    + (max - 1));
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " name '" + name + "' contains NUL");
        }
        return name;
    }
}
