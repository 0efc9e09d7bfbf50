package io.netlink4j.examples.run;

/**
 * Who plays "the host": the sandbox namespace (default) or, with {@code --host}, the namespace
 * this program runs in.
 *
 * @param sandbox the sandbox namespace's name, or {@code null} for {@code --host}
 */
public record Target(String sandbox) {
    /** The default sandbox name. */
    public static final String DEFAULT_SANDBOX = "nl-sandbox";
    /** The sandbox host's uplink address and prefix. */
    public static final String UPLINK_CIDR = "203.0.113.2/24";
    /** The wan end of the uplink: the sandbox host's default gateway. */
    public static final String WAN_GATEWAY = "203.0.113.1";
    /** The "remote server" in the wan namespace that NAT steps ping instead of 8.8.8.8. */
    public static final String REMOTE_SERVER = "198.51.100.1";
    /** What NAT steps ping with {@code --host}, as the articles do. */
    public static final String REAL_INTERNET = "8.8.8.8";

    /** The sandbox called {@code name}. */
    public static Target sandbox(String name) {
        if (name == null || name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("sandbox name '" + name + "' is not a valid namespace name");
        }
        if ((name + "-wan").length() > 255) {
            throw new IllegalArgumentException("sandbox name of " + name.length() + " characters is too long");
        }
        return new Target(name);
    }

    /** The real host ({@code --host}). */
    public static Target host() {
        return new Target(null);
    }

    /** Whether this is {@code --host}. */
    public boolean isHost() {
        return sandbox == null;
    }

    /** The sandbox's "internet" namespace, {@code <sandbox>-wan}. */
    public String wan() {
        return isHost() ? null : sandbox + "-wan";
    }

    /** The address NAT checks ping. */
    public String internetAddress() {
        return isHost() ? REAL_INTERNET : REMOTE_SERVER;
    }

    /** How to say who the host is, for headers. */
    public String describe() {
        return isHost() ? "the real host namespace (--host)"
                : "namespace " + sandbox + " (sandbox); the internet is " + wan() + ", server " + REMOTE_SERVER;
    }

    /** The handle legend printed above the steps. */
    public String legend() {
        return "host = " + (isHost() ? "Rtnetlink.open()" : "Rtnetlink.open(\"" + sandbox + "\")")
                + "   ns(n) = Rtnetlink.open(n)   nft = Nftables.open(host.namespace())";
    }
}
