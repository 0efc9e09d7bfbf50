package io.netlink4j.lab.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the static field or static no-argument method of a test class that gives the
 * {@link io.netlink4j.lab.model.Topology} of its {@link LabTest} labs (when the annotation names
 * neither a file nor a Mininet topology). One per class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface LabTopology {
}
