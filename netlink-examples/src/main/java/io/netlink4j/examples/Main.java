package io.netlink4j.examples;

/** Placeholder CLI, replaced by the netlink-examples issue. */
public final class Main {
    private Main() {}

    /** Entry point. */
    public static void main(String[] args) {
        System.out.println("netlink4j examples: not built yet");
    }
}
