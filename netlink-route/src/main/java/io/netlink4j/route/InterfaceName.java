package io.netlink4j.route;

import java.nio.charset.StandardCharsets;

/** The kernel's rules for interface names ({@code dev_valid_name}), checked before anything is sent. */
public final class InterfaceName {
    /** {@code IFNAMSIZ - 1}: the longest name in bytes. */
    public static final int MAX_BYTES = 15;

    private InterfaceName() {}

    /**
     * Returns {@code name} if the kernel would accept it.
     *
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public static String check(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("interface name must not be empty");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("interface name '" + name + "' is " + bytes
                    + " bytes long: at most " + MAX_BYTES + " (IFNAMSIZ 16 with the NUL)");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("interface name '" + name + "' is not allowed");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == ':' || Character.isWhitespace(c) || c == 0) {
                throw new IllegalArgumentException("interface name '" + name
                        + "' must not contain '/', ':', NUL or whitespace (found "
                        + (Character.isWhitespace(c) ? "whitespace" : "'" + c + "'") + " at " + i + ")");
            }
        }
        return name;
    }
}
