package dev.suanpan.app;

import dev.suanpan.inventory.Movement;
import java.util.List;

/**
 * One stock document (a goods received note, a dispatch note): its number and its lines, each a
 * movement of an item in a warehouse. The application posts a document in one transaction: all of
 * its lines, or none.
 *
 * @param number the document number all its lines carry
 * @param lines the lines, at least one
 */
public record StockDocument(String number, List<Line> lines) {
  /** Copies the lines; rejects an empty document. */
  public StockDocument {
    Names.check("document", number);
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("document " + number + " has no lines");
    }
  }

  /**
   * One line: a movement of {@code item} in {@code warehouse}, read from line {@code line} of its
   * file (0 when not from a file).
   */
  public record Line(int line, String item, String warehouse, Movement movement) {
    /** Checks the names. */
    public Line {
      Names.check("item", item);
      Names.check("warehouse", warehouse);
      if (movement == null) {
        throw new IllegalArgumentException("movement must not be null");
      }
    }
  }
}
