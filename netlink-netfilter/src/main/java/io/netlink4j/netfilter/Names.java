package io.netlink4j.netfilter;

import static io.netlink4j.netfilter.uapi.NfTablesH.NFT_CHAIN_MAXNAMELEN;
import static io.netlink4j.netfilter.uapi.NfTablesH.NFT_TABLE_MAXNAMELEN;

import io.netlink4j.core.ProtocolException;
import java.nio.charset.StandardCharsets;

/**
 * The kernel's rule for table and chain names ({@code NFT_TABLE_MAXNAMELEN},
 * {@code NFT_CHAIN_MAXNAMELEN}: 1 to 255 bytes of UTF-8, no NUL), in one place: records refuse a
 * bad name with {@link IllegalArgumentException}, parsers with {@link ProtocolException}.
 * Interface names follow core's {@code InterfaceName.check}.
 */
final class Names {
    private Names() {}

    /** Returns {@code name} (not null) if it is a valid table name; IAE naming the rule otherwise. */
    static String checkTable(String name) {
        return check("table", name, NFT_TABLE_MAXNAMELEN);
    }

    /** Returns {@code name} if it is a valid chain name; IAE naming the rule otherwise. */
    static String checkChain(String name) {
        return check("chain", name, NFT_CHAIN_MAXNAMELEN);
    }

    /** A table name read from the kernel: {@link ProtocolException} if it breaks the rule. */
    static String parsedTable(String name, String where) {
        return parsed("table", name, NFT_TABLE_MAXNAMELEN, where);
    }

    /** A chain name read from the kernel: {@link ProtocolException} if it breaks the rule. */
    static String parsedChain(String name, String where) {
        return parsed("chain", name, NFT_CHAIN_MAXNAMELEN, where);
    }

    /** Whether {@code name} is a valid chain name, for expressions that fall back to raw bytes otherwise. */
    static boolean isChain(String name) {
        return name != null && problem("chain", name, NFT_CHAIN_MAXNAMELEN) == null;
    }

    private static String check(String what, String name, int max) {
        String problem = problem(what, name, max);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return name;
    }

    private static String parsed(String what, String name, int max, String where) {
        String problem = name == null ? where + " without a " + what + " name" : problem(what, name, max);
        if (problem != null) {
            throw new ProtocolException(where + ": " + problem);
        }
        return name;
    }

    /** What is wrong with {@code name}, or {@code null}. */
    private static String problem(String what, String name, int max) {
        if (name.isEmpty()) {
            return what + " name must not be empty";
        }
        int n = name.getBytes(StandardCharsets.UTF_8).length;
        if (n > max - 1) {
            return what + " name '" + name + "' is " + n + " bytes long: at most " + (max - 1);
        }
        if (name.indexOf('\0') >= 0) {
            return what + " name '" + name + "' must not contain NUL";
        }
        return null;
    }
}
