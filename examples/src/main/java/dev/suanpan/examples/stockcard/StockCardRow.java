package dev.suanpan.examples.stockcard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of the stock-card input file: a receipt (positive quantity, with a unit cost) or an issue
 * (negative quantity, no unit cost), with the line number it came from.
 */
public record StockCardRow(
    int line, LocalDate date, String document, BigDecimal quantity, Optional<BigDecimal> unitCost) {

  /** True for a receipt (positive quantity). */
  public boolean isReceipt() {
    return quantity.signum() > 0;
  }
}
