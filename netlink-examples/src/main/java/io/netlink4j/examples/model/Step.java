package io.netlink4j.examples.model;

/**
 * One printed line of {@code up}/{@code down}: the article's command, how it differs from the
 * text, and the library call that replaces it.
 *
 * @param command the article's command as written (without {@code sudo}/prompt), or the command
 *                an added step would be
 * @param change  whether the step is the article's own, added, or changed
 * @param op      what the library does
 */
public record Step(String command, Change change, Op op) {
    /** How a step relates to the article's text. */
    public enum Change {
        /** As in the article. */
        AS_WRITTEN(" "),
        /** Not in the article: the example adds it so the step works. */
        ADDED("+"),
        /** In the article, but done differently because the text does not work as written. */
        CHANGED("~"),
        /** Not an article step: the sandbox or clean-up around it. */
        SUPPORT("·");

        private final String mark;

        Change(String mark) {
            this.mark = mark;
        }

        /** The one-character marker printed before the command. */
        public String mark() {
            return mark;
        }
    }

    /** An article step as written. */
    public static Step of(String command, Op op) {
        return new Step(command, Change.AS_WRITTEN, op);
    }

    /** A step the article leaves out. */
    public static Step added(String command, Op op) {
        return new Step(command, Change.ADDED, op);
    }

    /** An article step done differently. */
    public static Step changed(String command, Op op) {
        return new Step(command, Change.CHANGED, op);
    }

    /** A sandbox or clean-up step. */
    public static Step support(String command, Op op) {
        return new Step(command, Change.SUPPORT, op);
    }
}
