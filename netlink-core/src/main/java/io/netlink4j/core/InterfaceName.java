package io.netlink4j.core;

import java.nio.charset.StandardCharsets;

/**
 * The kernel's rule for network device names ({@code dev_valid_name}), checked before anything
 * is sent — the one rule every module uses for a device name.
 */
public final class InterfaceName {
    /** {@code IFNAMSIZ - 1}: the longest name in bytes. */
    public static final int MAX_BYTES = 15;

    private InterfaceName() {}

    /**
     * Returns {@code name} if the kernel would create or find a device by exactly that name.
     * Refused: empty, longer than 15 bytes of UTF-8, {@code "."}, {@code ".."}, and names with
     * {@code '/'}, {@code ':'}, NUL, a byte the kernel's {@code isspace} takes for a space (tab,
     * newline, vertical tab, form feed, carriage return, space, and 0xA0, which is inside the
     * UTF-8 of characters such as {@code à} and the no-break space), or {@code '%'} (the kernel
     * would pick a free name for {@code br%d} — {@code br0} — instead of the one given).
     *
     * @param name a device name, e.g. {@code "veth-blue"}
     * @return {@code name} itself
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException naming the value and the rule it breaks
     */
    public static String check(String name) {
        if (name == null) {
            throw new NullPointerException("interface name must not be null");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("interface name must not be empty");
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("interface name '" + name + "' is " + bytes.length
                    + " bytes long: at most " + MAX_BYTES + " (IFNAMSIZ 16 with the NUL)");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("interface name '" + name + "' is not allowed");
        }
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            String why = switch (b) {
                case '/', ':' -> "'" + (char) b + "'";
                case 0 -> "NUL";
                case '%' -> "'%' (the kernel would replace %d by a number of its choice)";
                case 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20 -> "whitespace";
                case 0xa0 -> "the byte 0xA0 (in UTF-8 of non-ASCII characters), which the kernel takes for a space";
                default -> null;
            };
            if (why != null) {
                throw new IllegalArgumentException("interface name '" + name
                        + "' must not contain '/', ':', '%', NUL or whitespace: found " + why + " at byte " + i);
            }
        }
        return name;
    }
}
