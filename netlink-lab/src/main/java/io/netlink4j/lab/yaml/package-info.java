/**
 * The lab file: a {@link io.netlink4j.lab.model.Topology} in YAML 1.2, shaped like
 * containerlab's files ({@code name}, {@code topology: {nodes, links}}, endpoints as
 * {@code "node:interface"}), read with line and column in every error
 * ({@link io.netlink4j.lab.yaml.LabFile}). snakeyaml-engine does the YAML, in this package only.
 */
package io.netlink4j.lab.yaml;
