package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatLine;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.util.Map;
import org.joda.money.Money;

/**
 * One line of a sales invoice or credit note: what it is for, its amount at a VAT rate (including
 * or excluding the tax), the quantity it sells (one unless said, such as one car) and its analysis
 * dimensions (辅助核算, such as the item, or a car's model, colour, engine number and configuration
 * named in {@link dev.suanpan.core.journal.Dimensions}), which its journal entry carries and the
 * ledger's {@link SalesReport} counts by.
 *
 * @param description what the line is for; rejects a blank one
 * @param vat the amount, rate and whether the amount includes the tax; rejects a negative amount
 * @param quantity how many units the line sells (or a credit note's line returns); rejects one that
 *     is not positive
 * @param dimensions dimension name to value; rejects blank names and values
 */
public record InvoiceLine(
    String description,
    VatLine vat,
    BigDecimal quantity,
    ImmutableSortedMap<String, String> dimensions) {
  /**
   * Rejects a blank description, a null or negative amount, a quantity not positive and blank
   * dimensions.
   */
  public InvoiceLine {
    Arguments.notBlank(description, "description");
    Arguments.notNull(vat, "vat");
    Arguments.nonNegative(vat.amount(), "line amount");
    Arguments.positive(quantity, "line quantity");
    Arguments.notNull(dimensions, "dimensions");
    dimensions.forEach(
        (k, v) -> {
          Arguments.notBlank(k, "dimension name");
          Arguments.notBlank(v, "dimension " + k);
        });
  }

  /** A line of quantity one whose {@code gross} includes VAT at {@code rate}. */
  public static InvoiceLine inclusive(String description, Money gross, VatRate rate) {
    return new InvoiceLine(
        description, VatLine.inclusive(gross, rate), BigDecimal.ONE, ImmutableSortedMap.of());
  }

  /** A line of quantity one whose {@code net} excludes VAT at {@code rate}. */
  public static InvoiceLine exclusive(String description, Money net, VatRate rate) {
    return new InvoiceLine(
        description, VatLine.exclusive(net, rate), BigDecimal.ONE, ImmutableSortedMap.of());
  }

  /** This line with the analysis dimensions {@code dimensions} (replacing any it had). */
  public InvoiceLine withDimensions(Map<String, String> dimensions) {
    return new InvoiceLine(description, vat, quantity, ImmutableSortedMap.copyOf(dimensions));
  }

  /** This line selling {@code quantity} units; rejects a quantity that is not positive. */
  public InvoiceLine withQuantity(BigDecimal quantity) {
    return new InvoiceLine(description, vat, quantity, dimensions);
  }

  @Override
  public String toString() {
    return description
        + (quantity.compareTo(BigDecimal.ONE) == 0 ? "" : " x " + quantity.toPlainString())
        + " "
        + vat
        + (dimensions.isEmpty() ? "" : " " + dimensions);
  }
}
