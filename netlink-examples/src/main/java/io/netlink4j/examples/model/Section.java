package io.netlink4j.examples.model;

import java.util.List;

/**
 * An article step: a header, its commands, and the notes saying where the example differs from the
 * text and why.
 */
public record Section(String title, List<Step> steps, List<String> notes) {
    /** Copies the lists. */
    public Section {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /** A section without notes. */
    public static Section of(String title, Step... steps) {
        return new Section(title, List.of(steps), List.of());
    }

    /** This section with a note added. */
    public Section note(String note) {
        List<String> n = new java.util.ArrayList<>(notes);
        n.add(note);
        return new Section(title, steps, n);
    }
}
