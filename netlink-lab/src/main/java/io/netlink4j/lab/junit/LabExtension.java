package io.netlink4j.lab.junit;

import io.netlink4j.lab.Lab;
import io.netlink4j.lab.model.Names;
import io.netlink4j.lab.model.Topologies;
import io.netlink4j.lab.model.Topology;
import io.netlink4j.lab.yaml.LabFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The JUnit 5 extension behind {@link LabTest}: brings the lab up before the class or the test,
 * injects it, takes it down afterwards (also on failure), and on a failure attaches what the
 * doctor found and a drawing of the lab.
 */
public final class LabExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver, TestExecutionExceptionHandler {
    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(LabExtension.class);
    private static final String KEY = "lab";
    /** Pings wait this long when the doctor examines a failed test's lab. */
    private static final Duration DOCTOR_TIMEOUT = Duration.ofMillis(300);

    /** Creates the extension; JUnit does, through {@link LabTest}. */
    public LabExtension() {}

    /** The lab and its teardown, in JUnit's store: closed when its context ends, also after a failure. */
    private record Held(Lab lab) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            lab.down();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<LabTest> on = context.getTestClass().map(c -> c.getAnnotation(LabTest.class));
        if (on.isPresent()) {
            start(context, on.get(), context.getRequiredTestClass());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        LabTest on = context.getRequiredTestMethod().getAnnotation(LabTest.class);
        if (on != null) {
            start(context, on, context.getRequiredTestClass());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop(context);
    }

    private static void start(ExtensionContext context, LabTest on, Class<?> testClass) {
        Topology t = topology(on, testClass);
        Lab lab = Lab.up(t.withName(unique(t.name())));
        context.getStore(STORE).put(KEY, new Held(lab));
    }

    private static void stop(ExtensionContext context) {
        Held h = context.getStore(STORE).remove(KEY, Held.class);
        if (h != null) {
            h.close();
        }
    }

    /** The lab of the nearest context that has one: the test's, else its class's. */
    private static Optional<Lab> lab(ExtensionContext context) {
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            Held h = c.get().getStore(STORE).get(KEY, Held.class);
            if (h != null) {
                return Optional.of(h.lab());
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Lab.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return lab(context).orElseThrow(() -> new ParameterResolutionException("no lab here: put @LabTest on the test"
                + " class or on this test method (a lab on a method is up from @BeforeEach to @AfterEach)"));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Optional<Lab> lab = lab(context);
        if (lab.isPresent()) {
            String report;
            try {
                report = lab.get().doctor(DOCTOR_TIMEOUT) + "\n\n" + lab.get().text();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                report = "the lab was not examined: interrupted";
            } catch (RuntimeException e) {
                report = "the lab could not be examined: " + e;
            }
            context.publishReportEntry("netlink-lab " + lab.get().name(), report);
            failure.addSuppressed(new LabReport(report));
        }
        throw failure;
    }

    /** The doctor's report and the drawing, attached to a failed test's exception. */
    static final class LabReport extends Exception {
        private static final long serialVersionUID = 1L;

        LabReport(String report) {
            super("netlink-lab: what the lab looked like when the test failed\n" + report, null, false, false);
        }
    }

    // ---- where the topology comes from ------------------------------------------------------------

    static Topology topology(LabTest on, Class<?> testClass) {
        int sources = (on.file().isEmpty() ? 0 : 1) + (on.mininet().isEmpty() ? 0 : 1);
        if (sources > 1) {
            throw new ExtensionConfigurationException("@LabTest on " + testClass.getName()
                    + ": give a file or a mininet topology, not both");
        }
        if (!on.file().isEmpty()) {
            return fromFile(on.file(), testClass);
        }
        if (!on.mininet().isEmpty()) {
            return Topologies.parse(label(testClass.getSimpleName()), on.mininet());
        }
        return fromMember(testClass);
    }

    private static Topology fromFile(String file, Class<?> testClass) {
        try {
            Path p = Path.of(file);
            if (Files.exists(p)) {
                return LabFile.read(p);
            }
            String resource = file.startsWith("/") ? file : "/" + file;
            try (InputStream in = testClass.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ExtensionConfigurationException("@LabTest on " + testClass.getName() + ": no file " + p.toAbsolutePath()
                            + " and no class-path resource " + resource);
                }
                return LabFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Topology fromMember(Class<?> testClass) {
        List<AnnotatedElement> members = new ArrayList<>();
        for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(LabTopology.class)) {
                    members.add(f);
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(LabTopology.class)) {
                    members.add(m);
                }
            }
        }
        if (members.size() != 1) {
            throw new ExtensionConfigurationException("@LabTest on " + testClass.getName() + " names no file or mininet"
                    + " topology, so exactly one static @LabTopology field or method must give the Topology; found "
                    + members.size());
        }
        try {
            Object value;
            if (members.getFirst() instanceof Field f) {
                check(Modifier.isStatic(f.getModifiers()) && Topology.class.isAssignableFrom(f.getType()), f.toString());
                f.setAccessible(true);
                value = f.get(null);
            } else {
                Method m = (Method) members.getFirst();
                check(Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                        && Topology.class.isAssignableFrom(m.getReturnType()), m.toString());
                m.setAccessible(true);
                value = m.invoke(null);
            }
            if (value == null) {
                throw new ExtensionConfigurationException(members.getFirst() + " gave null, not a Topology");
            }
            return (Topology) value;
        } catch (ReflectiveOperationException e) {
            throw new ExtensionConfigurationException("@LabTopology " + members.getFirst() + " failed: " + e, e);
        }
    }

    private static void check(boolean ok, String member) {
        if (!ok) {
            throw new ExtensionConfigurationException("@LabTopology " + member
                    + " must be a static Topology field or a static no-argument method returning one");
        }
    }

    /** {@code name} with a random suffix, within the longest lab name. */
    static String unique(String name) {
        String suffix = "_" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36).substring(0, 5);
        String base = name.length() + suffix.length() > Names.MAX_LAB ? name.substring(0, Names.MAX_LAB - suffix.length())
                : name;
        return base + suffix;
    }

    /** A lab name from a class name (letters, digits and '_' only). */
    private static String label(String name) {
        String s = name.replaceAll("[^A-Za-z0-9_]", "_");
        return s.isEmpty() ? "lab" : s.length() > 20 ? s.substring(0, 20) : s;
    }
}
