package io.netlink4j.lab.yaml;

import io.netlink4j.lab.model.Endpoint;
import io.netlink4j.lab.model.Impairment;
import io.netlink4j.lab.model.Link;
import io.netlink4j.lab.model.Node;
import io.netlink4j.lab.model.NodeKind;
import io.netlink4j.lab.model.StaticRoute;
import io.netlink4j.lab.model.Topologies;
import io.netlink4j.lab.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The one class that touches snakeyaml-engine: composes the YAML into nodes (which keep their
 * line and column) and walks them into a {@link Topology}, so that every error names its place.
 */
final class YamlReader {
    private static final Set<String> TOP = Set.of("name", "pool", "routes", "uplink", "topology");
    private static final Set<String> TOPOLOGY = Set.of("mininet", "nodes", "links");
    private static final Set<String> NODE = Set.of("kind", "routes");
    private static final Set<String> ROUTE = Set.of("to", "via");
    private static final Set<String> LINK = Set.of("endpoints", "mtu", "impairment");
    private static final Set<String> ENDPOINT = Set.of("node", "interface", "address", "mac");
    private static final Set<String> IMPAIRMENT = Set.of("rate", "delay", "jitter", "loss");
    private final String source;

    YamlReader(String source) {
        this.source = source;
    }

    Topology read(String text) {
        org.snakeyaml.engine.v2.nodes.Node root;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(source).setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(10).build();
            root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode()
                    .orElseThrow(() -> new LabFileException(source, 0, 0, "the file is empty: a lab needs a name", null));
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> m = e.getProblemMark();
            throw new LabFileException(source, m.map(x -> x.getLine() + 1).orElse(0),
                    m.map(x -> x.getColumn() + 1).orElse(0), "not YAML: " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new LabFileException(source, 0, 0, "not YAML: " + e.getMessage(), e);
        }
        Map<String, NodeTuple> top = mapping(root, TOP, "the file");
        String name = scalar(required(top, "name", root, "the file"));
        Topology t;
        NodeTuple topology = top.get("topology");
        Map<String, NodeTuple> body = topology == null ? Map.of() : mapping(topology.getValueNode(), TOPOLOGY, "topology");
        try {
            t = body.containsKey("mininet") ? Topologies.parse(name, scalar(body.get("mininet").getValueNode()))
                    : Topology.named(name);
        } catch (IllegalArgumentException e) {
            throw error(body.containsKey("mininet") ? body.get("mininet").getValueNode() : top.get("name").getValueNode(), e);
        }
        if (top.containsKey("pool")) {
            t = at(top.get("pool").getValueNode(), t, x -> x.withPool(scalar(top.get("pool").getValueNode())));
        }
        if (top.containsKey("routes")) {
            org.snakeyaml.engine.v2.nodes.Node v = top.get("routes").getValueNode();
            String r = scalar(v);
            if (!r.equals("auto") && !r.equals("manual")) {
                throw error(v, "routes: '" + r + "' is not auto (shortest paths, the default) or manual (only the routes given)");
            }
            t = t.withAutoRoutes(r.equals("auto"));
        }
        if (body.containsKey("nodes")) {
            t = nodes(t, body.get("nodes").getValueNode());
        }
        if (body.containsKey("links")) {
            t = links(t, body.get("links").getValueNode());
        }
        if (top.containsKey("uplink")) {
            org.snakeyaml.engine.v2.nodes.Node v = top.get("uplink").getValueNode();
            t = at(v, t, x -> x.withUplink(scalar(v)));
        }
        return t;
    }

    private Topology nodes(Topology t, org.snakeyaml.engine.v2.nodes.Node v) {
        if (isNull(v)) {
            return t;
        }
        if (!(v instanceof MappingNode m)) {
            throw error(v, "nodes must be a mapping of names to nodes, e.g. h1: {kind: host}");
        }
        List<Node> added = new ArrayList<>(t.nodes());
        for (NodeTuple e : m.getValue()) {
            String name = scalar(e.getKeyNode());
            org.snakeyaml.engine.v2.nodes.Node body = e.getValueNode();
            NodeKind kind = NodeKind.HOST;
            List<StaticRoute> routes = new ArrayList<>();
            if (!isNull(body)) {
                Map<String, NodeTuple> f = mapping(body, NODE, "node " + name);
                if (f.containsKey("kind")) {
                    org.snakeyaml.engine.v2.nodes.Node k = f.get("kind").getValueNode();
                    kind = NodeKind.fromWord(scalar(k)).orElseThrow(() -> error(k, "node " + name + ": kind '" + scalar(k)
                            + "' is not host, switch or router"));
                }
                if (f.containsKey("routes")) {
                    for (org.snakeyaml.engine.v2.nodes.Node r : sequence(f.get("routes").getValueNode(), "routes of " + name)) {
                        Map<String, NodeTuple> rf = mapping(r, ROUTE, "a route of " + name);
                        routes.add(at(r, null, x -> StaticRoute.of(scalar(required(rf, "to", r, "a route")),
                                scalar(required(rf, "via", r, "a route")))));
                    }
                }
            }
            NodeKind k = kind;
            Node node = at(e.getKeyNode(), null, x -> new Node(name, k, routes));
            if (added.stream().anyMatch(n -> n.name().equals(name))) {
                throw error(e.getKeyNode(), "node " + name + " is declared twice (the mininet topology has it already?)");
            }
            added.add(node);
        }
        return at(v, t, x -> new Topology(x.name(), added, x.links(), x.pool(), x.autoRoutes(), x.uplink()));
    }

    private Topology links(Topology t, org.snakeyaml.engine.v2.nodes.Node v) {
        if (isNull(v)) {
            return t;
        }
        Topology out = t;
        for (org.snakeyaml.engine.v2.nodes.Node l : sequence(v, "links")) {
            Map<String, NodeTuple> f = mapping(l, LINK, "a link");
            List<org.snakeyaml.engine.v2.nodes.Node> ends = sequence(required(f, "endpoints", l, "a link"), "endpoints");
            if (ends.size() != 2) {
                throw error(f.get("endpoints").getValueNode(), "a link has two endpoints, not " + ends.size());
            }
            Endpoint a = endpoint(ends.get(0));
            Endpoint b = endpoint(ends.get(1));
            Link link = at(l, null, x -> Link.of(a, b));
            if (f.containsKey("mtu")) {
                org.snakeyaml.engine.v2.nodes.Node m = f.get("mtu").getValueNode();
                int mtu = integer(m, "mtu");
                link = at(m, link, x -> x.withMtu(mtu));
            }
            if (f.containsKey("impairment")) {
                Impairment i = impairment(f.get("impairment").getValueNode());
                link = link.withImpairment(i);
            }
            Link done = link;
            out = at(l, out, x -> x.withLink(done));
        }
        return out;
    }

    private Endpoint endpoint(org.snakeyaml.engine.v2.nodes.Node v) {
        if (v instanceof ScalarNode s) {
            return at(v, null, x -> Endpoint.parse(s.getValue()));
        }
        Map<String, NodeTuple> f = mapping(v, ENDPOINT, "an endpoint");
        Endpoint e = at(v, null, x -> Endpoint.of(scalar(required(f, "node", v, "an endpoint"))));
        if (f.containsKey("interface")) {
            org.snakeyaml.engine.v2.nodes.Node n = f.get("interface").getValueNode();
            e = at(n, e, x -> x.withIfname(scalar(n)));
        }
        if (f.containsKey("address")) {
            org.snakeyaml.engine.v2.nodes.Node n = f.get("address").getValueNode();
            e = at(n, e, x -> x.withAddress(scalar(n)));
        }
        if (f.containsKey("mac")) {
            org.snakeyaml.engine.v2.nodes.Node n = f.get("mac").getValueNode();
            e = at(n, e, x -> x.withMac(scalar(n)));
        }
        return e;
    }

    private Impairment impairment(org.snakeyaml.engine.v2.nodes.Node v) {
        Map<String, NodeTuple> f = mapping(v, IMPAIRMENT, "an impairment");
        Impairment i = Impairment.NONE;
        for (Map.Entry<String, NodeTuple> e : f.entrySet()) {
            org.snakeyaml.engine.v2.nodes.Node n = e.getValue().getValueNode();
            String text = scalar(n);
            i = at(n, i, x -> switch (e.getKey()) {
                case "rate" -> x.withRate(text);
                case "delay" -> x.withDelay(text);
                case "jitter" -> x.withJitter(text);
                default -> {
                    if (!text.endsWith("%")) {
                        throw new IllegalArgumentException("loss '" + text + "' must be a percentage, e.g. 1%");
                    }
                    yield x.withLoss(text);
                }
            });
        }
        return i;
    }

    // ---- YAML shapes ----------------------------------------------------------------------------

    private Map<String, NodeTuple> mapping(org.snakeyaml.engine.v2.nodes.Node v, Set<String> keys, String what) {
        if (!(v instanceof MappingNode m)) {
            throw error(v, what + " must be a mapping with keys " + sorted(keys));
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = scalar(t.getKeyNode());
            if (!keys.contains(k)) {
                throw error(t.getKeyNode(), "unknown key '" + k + "' in " + what + ": " + sorted(keys));
            }
            if (out.put(k, t) != null) {
                throw error(t.getKeyNode(), "key '" + k + "' appears twice in " + what);
            }
        }
        return out;
    }

    private List<org.snakeyaml.engine.v2.nodes.Node> sequence(org.snakeyaml.engine.v2.nodes.Node v, String what) {
        if (!(v instanceof SequenceNode s)) {
            throw error(v, what + " must be a list");
        }
        return s.getValue();
    }

    private String scalar(org.snakeyaml.engine.v2.nodes.Node v) {
        if (!(v instanceof ScalarNode s) || isNull(v)) {
            throw error(v, "a value is needed here (a string or number)");
        }
        return s.getValue();
    }

    private int integer(org.snakeyaml.engine.v2.nodes.Node v, String what) {
        String s = scalar(v);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw error(v, what + " '" + s + "' is not a whole number");
        }
    }

    private org.snakeyaml.engine.v2.nodes.Node required(Map<String, NodeTuple> f, String key,
                                                        org.snakeyaml.engine.v2.nodes.Node where, String what) {
        NodeTuple t = f.get(key);
        if (t == null) {
            throw error(where, what + " needs '" + key + "'");
        }
        return t.getValueNode();
    }

    private static boolean isNull(org.snakeyaml.engine.v2.nodes.Node v) {
        return v instanceof ScalarNode s && s.getTag().getValue().endsWith(":null");
    }

    private static String sorted(Set<String> keys) {
        return String.join(", ", keys.stream().sorted().toList());
    }

    /** Applies {@code f}; a rule it breaks becomes an error at {@code where}. */
    private <T, R> R at(org.snakeyaml.engine.v2.nodes.Node where, T in, java.util.function.Function<T, R> f) {
        try {
            return f.apply(in);
        } catch (LabFileException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw error(where, e);
        }
    }

    private LabFileException error(org.snakeyaml.engine.v2.nodes.Node where, RuntimeException e) {
        return new LabFileException(source, line(where), column(where), e.getMessage(), e);
    }

    private LabFileException error(org.snakeyaml.engine.v2.nodes.Node where, String detail) {
        return new LabFileException(source, line(where), column(where), detail, null);
    }

    private static int line(org.snakeyaml.engine.v2.nodes.Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static int column(org.snakeyaml.engine.v2.nodes.Node n) {
        return n.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }
}
