/**
 * Pictures of a lab, from a {@link io.netlink4j.lab.model.Snapshot} (read back from the kernel by
 * {@code Lab.snapshot()}, or {@code Snapshot.expected(plan)} for a lab that is not up): Graphviz
 * DOT ({@link io.netlink4j.lab.render.Dot}), SVG when Graphviz is installed
 * ({@link io.netlink4j.lab.render.Svg}), and a text drawing for terminals
 * ({@link io.netlink4j.lab.render.TextDrawing}).
 */
package io.netlink4j.lab.render;
