package io.netlink4j.route.route;

/**
 * A routing table, as {@code ip route ... table T} and {@code ip rule ... lookup T} name it:
 * {@link #MAIN}, {@link #LOCAL}, {@link #DEFAULT}, or any number 1..2^32-1 ({@link #of}).
 * Numbers above 255 travel in {@code RTA_TABLE} / {@code FRA_TABLE}.
 *
 * @param id the table's number
 */
public record RouteTable(long id) {
    /** {@code RT_TABLE_MAIN} (254): where {@code ip route add} puts routes and {@code ip route} reads. */
    public static final RouteTable MAIN = new RouteTable(254);
    /** {@code RT_TABLE_LOCAL} (255): the kernel's local and broadcast routes. */
    public static final RouteTable LOCAL = new RouteTable(255);
    /** {@code RT_TABLE_DEFAULT} (253): looked up last by the default rules. */
    public static final RouteTable DEFAULT = new RouteTable(253);

    /** Checks the range: 1..4294967295 (0 is {@code RT_TABLE_UNSPEC}, "no table"). */
    public RouteTable {
        if (id < 1 || id > 0xffff_ffffL) {
            throw new IllegalArgumentException("table " + id + " is out of range 1..4294967295 (254 is main)");
        }
    }

    /**
     * Table number {@code id}.
     *
     * @param id the table's number, 1..4294967295
     * @return the table; {@link #MAIN}, {@link #LOCAL} or {@link #DEFAULT} for their numbers
     * @throws IllegalArgumentException if {@code id} is out of range
     */
    public static RouteTable of(long id) {
        return id == 254 ? MAIN : id == 255 ? LOCAL : id == 253 ? DEFAULT : new RouteTable(id);
    }

    /**
     * Parses a table as {@code ip} writes it: {@code main}, {@code local}, {@code default}, or a
     * number.
     *
     * @param text {@code main}, {@code local}, {@code default}, or a number 1..4294967295
     * @return the table
     * @throws IllegalArgumentException if {@code text} is neither a name nor a number in range
     */
    public static RouteTable parse(String text) {
        return switch (text) {
            case "main" -> MAIN;
            case "local" -> LOCAL;
            case "default" -> DEFAULT;
            default -> {
                try {
                    yield of(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("table '" + text
                            + "' is neither main, local, default nor a number");
                }
            }
        };
    }

    /**
     * The number as the kernel's 32-bit field holds it.
     *
     * @return the number as a 32-bit int (unsigned: tables above 2^31-1 are negative here)
     */
    public int code() {
        return (int) id;
    }

    /** {@code main}, {@code local}, {@code default} or the number, as {@code ip} prints it. */
    @Override
    public String toString() {
        return id == 254 ? "main" : id == 255 ? "local" : id == 253 ? "default" : Long.toString(id);
    }
}
