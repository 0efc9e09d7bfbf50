package io.netlink4j.route.rule;

/**
 * A range of TCP/UDP/SCTP ports, as {@code ip rule ... sport 1000-2000} or {@code dport 80}
 * gives it ({@code struct fib_rule_port_range}).
 *
 * @param start the first port, 1..65534
 * @param end   the last port, {@code start}..65534 (the kernel refuses a range that reaches 65535)
 */
public record PortRange(int start, int end) {
    /** Checks {@code 1 <= start <= end <= 65534}, as the kernel's {@code fib_rule_port_range_valid} does. */
    public PortRange {
        if (start < 1 || start > 65534 || end < 1 || end > 65534) {
            throw new IllegalArgumentException("port range " + start + "-" + end + " is outside 1..65534");
        }
        if (start > end) {
            throw new IllegalArgumentException("port range " + start + "-" + end + " ends before it starts");
        }
    }

    /**
     * The single port {@code port}.
     *
     * @param port the port
     * @return the value
     */
    public static PortRange of(int port) {
        return new PortRange(port, port);
    }

    /**
     * Ports {@code start} to {@code end}.
     *
     * @return the value
     */
    public static PortRange of(int start, int end) {
        return new PortRange(start, end);
    }

    /**
     * Parses {@code "80"} or {@code "1000-2000"}, as {@code ip rule} writes them.
     *
     * @param text the text, as {@code ip} writes it
     * @return the value
     */
    public static PortRange parse(String text) {
        int dash = text.indexOf('-');
        try {
            return dash < 0 ? of(Integer.parseInt(text))
                    : of(Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port range '" + text + "' is neither PORT nor PORT-PORT");
        }
    }

    /** {@code 80} or {@code 1000-2000}, as {@code ip rule} prints it. */
    @Override
    public String toString() {
        return start == end ? Integer.toString(start) : start + "-" + end;
    }
}
