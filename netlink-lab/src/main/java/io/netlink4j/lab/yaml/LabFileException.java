package io.netlink4j.lab.yaml;

/**
 * A lab file that cannot be read as a lab: bad YAML, an unknown key, a value that breaks a rule.
 * The message starts with where: {@code demo.yaml:12:7: link endpoint 'h9' names no node}.
 */
public final class LabFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** The file's name. */
    private final String source;
    /** The line, from 1; 0 if unknown. */
    private final int line;
    /** The column, from 1; 0 if unknown. */
    private final int column;

    /**
     * An error at a place in a file.
     *
     * @param source the file's name
     * @param line   the line, from 1 (0 if unknown)
     * @param column the column, from 1 (0 if unknown)
     * @param detail what is wrong
     * @param cause  the underlying error, or {@code null}
     */
    public LabFileException(String source, int line, int column, String detail, Throwable cause) {
        super(source + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + detail, cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /**
     * The file's name, as given to the reader.
     *
     * @return the file's name
     */
    public String source() {
        return source;
    }

    /**
     * The line of the error, from 1; 0 if unknown.
     *
     * @return the line of the error, from 1
     */
    public int line() {
        return line;
    }

    /**
     * The column of the error, from 1; 0 if unknown.
     *
     * @return the column of the error, from 1
     */
    public int column() {
        return column;
    }
}
