package dev.suanpan.json;

import java.util.Optional;

/**
 * A document that cannot be read: not well formed, of an unknown or newer format, or holding a
 * value its type refuses. The message starts with the JSON path of the offending value ({@code
 * $.roles[2].limit}), then says what is wrong with it and, for text documents, where (line and
 * column).
 */
public final class DocumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String reason;
  private final transient Optional<Position> position;

  /** Where in a text document: 1-based line and column. */
  public record Position(int line, int column) {
    /** Refuses a line or column below 1. */
    public Position {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException(
            "line and column must be at least 1, were " + line + " and " + column);
      }
    }
  }

  DocumentException(String path, String reason, Optional<Position> position, Throwable cause) {
    super(message(path, reason, position), cause);
    this.path = path;
    this.reason = reason;
    this.position = position;
  }

  private static String message(String path, String reason, Optional<Position> position) {
    return path
        + ": "
        + reason
        + position.map(p -> " (line " + p.line() + ", column " + p.column() + ")").orElse("");
  }

  /** The JSON path of the value at fault, {@code $} for the document itself. */
  public String path() {
    return path;
  }

  /** What is wrong, without the path. */
  public String reason() {
    return reason;
  }

  /** The line and column, when the document was text. */
  public Optional<Position> position() {
    return position;
  }
}
