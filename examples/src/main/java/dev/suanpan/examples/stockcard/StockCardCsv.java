package dev.suanpan.examples.stockcard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the stock-card CSV: the header {@code date,document,quantity,unit_cost}, then one movement
 * per line with an ISO date, a document number, a decimal quantity (positive for a receipt,
 * negative for an issue) and a unit cost (required for a receipt, empty for an issue). Rows must be
 * in date order. Blank lines are skipped.
 */
public final class StockCardCsv {
  /** The header the file must start with. */
  public static final String HEADER = "date,document,quantity,unit_cost";

  private StockCardCsv() {}

  /** Parses all lines, or fails on the first bad one naming its line number and field. */
  public static List<StockCardRow> parse(List<String> lines) throws StockCardInputException {
    if (lines.isEmpty() || !lines.get(0).strip().replace("\uFEFF", "").equals(HEADER)) {
      throw new StockCardInputException(
          "line 1: the header must be \""
              + HEADER
              + "\", was \""
              + (lines.isEmpty() ? "" : lines.get(0))
              + "\"");
    }
    List<StockCardRow> rows = new ArrayList<>();
    LocalDate previous = null;
    for (int i = 1; i < lines.size(); i++) {
      int line = i + 1;
      String text = lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      String[] f = text.split(",", -1);
      if (f.length != 4) {
        throw new StockCardInputException(
            line, "row", "expected 4 fields (" + HEADER + "), found " + f.length);
      }
      LocalDate date;
      try {
        date = LocalDate.parse(f[0].strip());
      } catch (DateTimeParseException e) {
        throw new StockCardInputException(
            line, "date", "not an ISO date (yyyy-mm-dd): \"" + f[0] + "\"");
      }
      if (previous != null && date.isBefore(previous)) {
        throw new StockCardInputException(
            line,
            "date",
            date + " is before the previous row's " + previous + "; rows must be in date order");
      }
      String document = f[1].strip();
      if (document.isEmpty()) {
        throw new StockCardInputException(line, "document", "must not be empty");
      }
      BigDecimal quantity = decimal(f[2], line, "quantity");
      if (quantity.signum() == 0) {
        throw new StockCardInputException(line, "quantity", "must not be zero");
      }
      Optional<BigDecimal> unitCost = Optional.empty();
      if (quantity.signum() > 0) {
        if (f[3].isBlank()) {
          throw new StockCardInputException(line, "unit_cost", "a receipt needs a unit cost");
        }
        BigDecimal cost = decimal(f[3], line, "unit_cost");
        if (cost.signum() < 0) {
          throw new StockCardInputException(line, "unit_cost", "must not be negative: " + f[3]);
        }
        unitCost = Optional.of(cost);
      } else if (!f[3].isBlank()) {
        throw new StockCardInputException(
            line,
            "unit_cost",
            "an issue takes its cost from the stock; leave it empty, was \"" + f[3] + "\"");
      }
      rows.add(new StockCardRow(line, date, document, quantity, unitCost));
      previous = date;
    }
    return rows;
  }

  private static BigDecimal decimal(String text, int line, String field)
      throws StockCardInputException {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new StockCardInputException(line, field, "not a decimal number: \"" + text + "\"");
    }
  }
}
