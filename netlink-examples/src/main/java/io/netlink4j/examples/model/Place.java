package io.netlink4j.examples.model;

/**
 * Where an action or check happens: the article's "host" (the sandbox namespace, or the real host
 * with {@code --host}) or a named namespace.
 *
 * @param namespace the namespace name, or {@code null} for the host role
 */
public record Place(String namespace) {
    /** The article's host: the sandbox namespace, or the machine itself with {@code --host}. */
    public static final Place HOST = new Place(null);

    /** The named namespace {@code name}. */
    public static Place ns(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("namespace name must not be empty");
        }
        return new Place(name);
    }

    /** Whether this is the host role. */
    public boolean isHost() {
        return namespace == null;
    }

    /** The receiver of a library call in printed code: {@code host} or {@code ns("ns-blue")}. */
    public String handle() {
        return isHost() ? "host" : "ns(\"" + namespace + "\")";
    }

    @Override
    public String toString() {
        return isHost() ? "host" : namespace;
    }
}
