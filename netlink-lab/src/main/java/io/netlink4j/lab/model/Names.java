package io.netlink4j.lab.model;

import io.netlink4j.core.InterfaceName;
import java.util.Objects;
import java.util.regex.Pattern;

/** The naming rules of labs and nodes, in one place. */
public final class Names {
    /** Longest lab name: its namespaces are {@code LAB} and {@code LAB-NODE}. */
    public static final int MAX_LAB = 32;
    /** Longest node name. */
    public static final int MAX_NODE = 64;
    private static final Pattern LAB = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern NODE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private Names() {}

    /**
     * Checks a lab name: letters, digits and {@code _}, at most {@value #MAX_LAB} characters. No
     * {@code -}, so that the namespace {@code LAB-NODE} names its lab without doubt.
     *
     * @param name the name
     * @return the name
     * @throws IllegalArgumentException naming the value and the rule
     */
    public static String checkLab(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > MAX_LAB || !LAB.matcher(name).matches()) {
            throw new IllegalArgumentException("lab name '" + name + "' is invalid: 1 to " + MAX_LAB
                    + " letters, digits or '_' (no '-': the lab's namespaces are LAB and LAB-NODE)");
        }
        return name;
    }

    /**
     * Checks a node name: letters, digits, {@code _}, {@code .} and {@code -}, not starting with
     * {@code .} or {@code -}, at most {@value #MAX_NODE} characters.
     *
     * @param name the name
     * @return the name
     * @throws IllegalArgumentException naming the value and the rule
     */
    public static String checkNode(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > MAX_NODE || !NODE.matcher(name).matches()) {
            throw new IllegalArgumentException("node name '" + name + "' is invalid: 1 to " + MAX_NODE
                    + " letters, digits, '_', '.' or '-', not starting with '.' or '-'");
        }
        return name;
    }

    /**
     * Checks a switch's name, which is also its bridge's name: a node name that is a valid
     * interface name too (at most 15 bytes).
     *
     * @param name the name
     * @return the name
     * @throws IllegalArgumentException naming the value and the rule
     */
    public static String checkSwitch(String name) {
        checkNode(name);
        try {
            InterfaceName.check(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("switch name '" + name + "' names its bridge too: " + e.getMessage(), e);
        }
        return name;
    }

    /**
     * The namespace of node {@code node} of lab {@code lab}: {@code LAB-NODE}.
     *
     * @param lab the lab's name
     * @param node the node's name
     * @return the namespace of node {@code node} of lab {@code lab}
     */
    public static String namespaceOf(String lab, String node) {
        return lab + "-" + node;
    }

    /**
     * The node whose namespace is {@code namespace} in lab {@code lab}: the inverse of
     * {@link #namespaceOf}.
     *
     * @param lab the lab's name
     * @param namespace {@code LAB} or {@code LAB-NODE}
     * @return {@code NODE}, or {@code null} for {@code LAB}, the lab's own namespace
     * @throws IllegalArgumentException if {@code namespace} is neither {@code LAB} nor {@code LAB-NODE}
     */
    public static String nodeOf(String lab, String namespace) {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(namespace, "namespace");
        if (namespace.equals(lab)) {
            return null;
        }
        String prefix = namespaceOf(lab, "");
        if (!namespace.startsWith(prefix) || namespace.length() == prefix.length()) {
            throw new IllegalArgumentException("namespace " + namespace + " is not one of lab " + lab
                    + "'s: " + lab + " or " + prefix + "NODE");
        }
        return namespace.substring(prefix.length());
    }
}
