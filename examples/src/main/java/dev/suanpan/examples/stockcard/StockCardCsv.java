package dev.suanpan.examples.stockcard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the stock-card CSV's records (see {@link CsvRecords}): the header {@code
 * date,document,quantity,unit_cost}, then one movement per record with an ISO date, a document
 * number, a decimal quantity (positive for a receipt, negative for an issue) and a unit cost
 * (required for a receipt, empty for an issue). Numbers may carry thousands separators as
 * spreadsheets save them ({@code "1,234.50"}, in quotes); empty fields after the fourth are
 * ignored. Rows must be in date order.
 */
public final class StockCardCsv {
  /** The header the file must start with. */
  public static final String HEADER = "date,document,quantity,unit_cost";

  private static final List<String> COLUMNS = List.of(HEADER.split(","));

  /** A decimal with a comma every three digits, such as 1,234.50 or -12,000. */
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

  private StockCardCsv() {}

  /** Checks the header record, or fails naming what it was. */
  static void header(CsvRecords.Record r) throws StockCardInputException {
    if (r == null
        || r.line() != 1
        || !COLUMNS.equals(significant(r.fields()).stream().map(String::strip).toList())) {
      throw new StockCardInputException(
          "line 1: the header must be \""
              + HEADER
              + "\", was \""
              + (r == null || r.line() != 1 ? "" : String.join(",", r.fields()))
              + "\"");
    }
  }

  /** The fields up to the last non-blank one after the fourth (spreadsheets pad with commas). */
  private static List<String> significant(List<String> fields) {
    int n = fields.size();
    while (n > COLUMNS.size() && fields.get(n - 1).isBlank()) {
      n--;
    }
    return fields.subList(0, n);
  }

  /**
   * The row of record {@code r}, dated not before {@code previous} (null for the first row), or the
   * first problem naming its line number and field.
   */
  static StockCardRow row(CsvRecords.Record r, LocalDate previous) throws StockCardInputException {
    int line = r.line();
    List<String> f = significant(r.fields());
    if (f.size() != COLUMNS.size()) {
      throw new StockCardInputException(
          line, "row", "expected 4 fields (" + HEADER + "), found " + f.size());
    }
    LocalDate date;
    try {
      date = LocalDate.parse(f.get(0).strip());
    } catch (DateTimeParseException e) {
      throw new StockCardInputException(
          line, "date", "not an ISO date (yyyy-mm-dd): \"" + f.get(0) + "\"");
    }
    if (previous != null && date.isBefore(previous)) {
      throw new StockCardInputException(
          line,
          "date",
          date + " is before the previous row's " + previous + "; rows must be in date order");
    }
    String document = f.get(1).strip();
    if (document.isEmpty()) {
      throw new StockCardInputException(line, "document", "must not be empty");
    }
    BigDecimal quantity = decimal(f.get(2), line, "quantity");
    if (quantity.signum() == 0) {
      throw new StockCardInputException(line, "quantity", "must not be zero");
    }
    String cost = f.get(3);
    Optional<BigDecimal> unitCost = Optional.empty();
    if (quantity.signum() > 0) {
      if (cost.isBlank()) {
        throw new StockCardInputException(line, "unit_cost", "a receipt needs a unit cost");
      }
      BigDecimal c = decimal(cost, line, "unit_cost");
      if (c.signum() < 0) {
        throw new StockCardInputException(line, "unit_cost", "must not be negative: " + cost);
      }
      unitCost = Optional.of(c);
    } else if (!cost.isBlank()) {
      throw new StockCardInputException(
          line,
          "unit_cost",
          "an issue takes its cost from the stock; leave it empty, was \"" + cost + "\"");
    }
    return new StockCardRow(line, date, document, quantity, unitCost);
  }

  /** A decimal, plain ({@code 1234.50}) or with thousands separators ({@code 1,234.50}). */
  static BigDecimal decimal(String text, int line, String field) throws StockCardInputException {
    String t = text.strip();
    if (GROUPED.matcher(t).matches()) {
      t = t.replace(",", "");
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new StockCardInputException(line, field, "not a decimal number: \"" + text + "\"");
    }
  }
}
