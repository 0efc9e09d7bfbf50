package io.netlink4j.route;

import io.netlink4j.core.ns.NetNs;
import io.netlink4j.route.internal.ProcSys;
import java.util.Objects;

/**
 * {@code sysctl} for the {@code net.*} keys of the handle's namespace: each of these values
 * exists once per network namespace, so reading or writing one here never touches another
 * namespace's copy.
 *
 * <pre>
 * sysctl net.ipv4.ip_forward                     handle.sysctl().get("net.ipv4.ip_forward")
 * sysctl -w net.ipv4.ip_forward=1                handle.sysctl().setIpForwarding(true)
 * sysctl -w net.ipv4.conf.all.rp_filter=0        handle.sysctl().set("net.ipv4.conf.all.rp_filter", "0")
 * sysctl net/ipv4/conf/eth0.100/forwarding       handle.sysctl().get("net/ipv4/conf/eth0.100/forwarding")
 * </pre>
 *
 * <p>Keys are written as {@code sysctl} takes them: dot-separated, or slash-separated when a
 * component itself holds a dot (a VLAN device such as {@code eth0.100}). Only keys under
 * {@code net} are accepted: the others are global to the machine. The file is opened on a
 * library-owned thread inside the namespace, because {@code /proc/sys/net} resolves against the
 * namespace of the thread that opens it.
 */
public final class Sysctl {
    private static final String IPV4_FORWARD = "net.ipv4.ip_forward";
    private static final String IPV6_FORWARD = "net.ipv6.conf.all.forwarding";
    private static final int MAX_KEY = 256;

    private final NetNs namespace;

    /**
     * {@code sysctl} inside {@code namespace}. Usually obtained from the handle: {@code Rtnetlink.sysctl()}.
     *
     * @param namespace the namespace whose {@code /proc/sys/net} is read and written
     */
    public Sysctl(NetNs namespace) {
        this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /**
     * The value of {@code key}, as {@code sysctl -n KEY} prints it (multi-value keys keep their tabs).
     *
     * @param key e.g. {@code "net.ipv4.ip_forward"} or {@code "net/ipv4/conf/eth0.100/forwarding"}
     * @return the value, without the trailing newline
     * @throws IllegalArgumentException if the key is not a {@code net.*} key or is malformed
     * @throws io.netlink4j.core.NetlinkException {@code ENOENT} naming the key when it does not exist
     */
    public String get(String key) {
        String path = pathOf(key);
        return namespace.call(() -> ProcSys.read(path, key));
    }

    /**
     * Sets {@code key} to {@code value}, like {@code sysctl -w KEY=VALUE}.
     *
     * @param key e.g. {@code "net.ipv4.conf.all.rp_filter"}
     * @param value the text written, e.g. {@code "1"}; not empty
     * @throws IllegalArgumentException for a malformed key, or a value with a newline or NUL
     * @throws io.netlink4j.core.NetlinkException {@code ENOENT} for an unknown key, {@code EINVAL}
     *         when the kernel refuses the value
     */
    public void set(String key, String value) {
        String path = pathOf(key);
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("value for " + key + " must not be empty");
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("value for " + key + " must not contain a newline or NUL: '"
                    + value.replace("\n", "\\n").replace("\0", "\\0") + "'");
        }
        namespace.run(() -> ProcSys.write(path, key, value));
    }

    /**
     * {@code sysctl net.ipv4.ip_forward}: whether this namespace routes IPv4 between its interfaces.
     *
     * @return {@code true} unless the value is 0
     */
    public boolean ipForwarding() {
        return !"0".equals(get(IPV4_FORWARD).trim());
    }

    /**
     * {@code sysctl -w net.ipv4.ip_forward=1} (or 0). The kernel copies it to every
     * {@code net.ipv4.conf.*.forwarding} of the namespace.
     *
     * @param on {@code true} to route, {@code false} to stop
     */
    public void setIpForwarding(boolean on) {
        set(IPV4_FORWARD, on ? "1" : "0");
    }

    /**
     * {@code sysctl net.ipv6.conf.all.forwarding}.
     *
     * @return {@code true} unless the value is 0
     */
    public boolean ipv6Forwarding() {
        return !"0".equals(get(IPV6_FORWARD).trim());
    }

    /**
     * {@code sysctl -w net.ipv6.conf.all.forwarding=1} (or 0).
     *
     * @param on {@code true} to route, {@code false} to stop
     */
    public void setIpv6Forwarding(boolean on) {
        set(IPV6_FORWARD, on ? "1" : "0");
    }

    /**
     * {@code /proc/sys/} plus the key's components. Every component is checked, so no key can
     * leave {@code /proc/sys/net} ({@code ..}, empty components, a leading slash).
     */
    static String pathOf(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("sysctl key must not be empty");
        }
        if (key.length() > MAX_KEY) {
            throw new IllegalArgumentException("sysctl key of " + key.length() + " characters is too long: at most "
                    + MAX_KEY);
        }
        // sysctl(8): if the key holds a slash, slashes separate and dots belong to names.
        String separator = key.indexOf('/') >= 0 ? "/" : ".";
        String[] parts = key.split(separator.equals(".") ? "\\." : "/", -1);
        if (!parts[0].equals("net")) {
            throw new IllegalArgumentException("sysctl key '" + key
                    + "' is not under net: only net.* keys are per network namespace");
        }
        if (parts.length < 2) {
            throw new IllegalArgumentException("sysctl key '" + key + "' names the net directory, not a key");
        }
        for (String p : parts) {
            if (p.isEmpty() || p.equals(".") || p.equals("..")) {
                throw new IllegalArgumentException("sysctl key '" + key
                        + "' is malformed: empty, '.' or '..' components are not allowed");
            }
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c <= ' ' || c == 0x7f) {
                    throw new IllegalArgumentException("sysctl key '" + key
                            + "' is malformed: it must not contain whitespace or control characters");
                }
            }
        }
        return "/proc/sys/" + String.join("/", parts);
    }

    @Override
    public String toString() {
        return "Sysctl[" + namespace + "]";
    }
}
