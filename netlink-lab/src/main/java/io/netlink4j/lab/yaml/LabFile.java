package io.netlink4j.lab.yaml;

import io.netlink4j.lab.model.Topology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The lab file: a topology in YAML 1.2, in containerlab's shape. The format is documented in
 * {@code netlink-lab/README.md}; in short:
 *
 * <pre>
 * name: demo                        # the lab's name: namespaces demo, demo-h1, ...
 * pool: 10.0.0.0/16                 # optional: where subnets come from (default 10.0.0.0/8)
 * routes: auto                      # optional: auto (shortest paths, the default) or manual
 * uplink: r1                        # optional: a router with a NAT uplink to the lab's internet
 * topology:
 *   mininet: single,2               # optional: start from a Mininet topology
 *   nodes:
 *     s1: {kind: switch}            # host (the default), switch or router
 *     r1:
 *       kind: router
 *       routes: [{to: default, via: 10.0.9.1}]
 *   links:
 *     - endpoints: [h1, s1]         # NODE or NODE:INTERFACE
 *     - endpoints:
 *         - {node: r1, interface: eth1, address: 10.0.9.2/24}
 *         - {node: s1}
 *       mtu: 9000
 *       impairment: {rate: 1mbit, delay: 20ms, jitter: 5ms, loss: 1%}
 * </pre>
 */
public final class LabFile {
    private LabFile() {}

    /**
     * Reads the lab in {@code file}.
     *
     * @param file the file
     * @return the topology the file describes
     * @throws IOException if the file cannot be read
     * @throws LabFileException naming the place and the rule, for anything that is not a valid lab
     */
    public static Topology read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses a lab from YAML {@code text}; {@code source} names it in error messages.
     *
     * @param text the text
     * @param source the name errors give the text
     * @return the topology the text describes
     * @throws LabFileException naming the place and the rule, for anything that is not a valid lab
     */
    public static Topology parse(String text, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        return new YamlReader(source).read(text);
    }

    /**
     * {@code topology} as a lab file, which {@link #parse} reads back to an equal topology.
     *
     * @param topology the topology
     * @return the file's text
     */
    public static String write(Topology topology) {
        return YamlWriter.write(Objects.requireNonNull(topology, "topology"));
    }
}
