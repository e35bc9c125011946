package dev.suanpan.examples.stockcard;

/**
 * A bad stock-card input: the message names the line number and the field, such as {@code line 4,
 * unit_cost: a receipt needs a unit cost}.
 */
public final class StockCardInputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A problem on {@code line} in {@code field}. */
  public StockCardInputException(int line, String field, String problem) {
    super("line " + line + ", " + field + ": " + problem);
  }

  /** A problem with the file as a whole. */
  public StockCardInputException(String problem) {
    super(problem);
  }
}
