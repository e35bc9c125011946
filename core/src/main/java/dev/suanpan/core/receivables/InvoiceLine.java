package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatLine;
import dev.suanpan.money.tax.VatRate;
import java.util.Map;
import org.joda.money.Money;

/**
 * One line of a sales invoice or credit note: what it is for, its amount at a VAT rate (including
 * or excluding the tax) and its analysis dimensions (辅助核算, such as the item or the model), which
 * its journal entry carries.
 *
 * @param description what the line is for; rejects a blank one
 * @param vat the amount, rate and whether the amount includes the tax; rejects a negative amount
 * @param dimensions dimension name to value; rejects blank names and values
 */
public record InvoiceLine(
    String description, VatLine vat, ImmutableSortedMap<String, String> dimensions) {
  /** Rejects a blank description, a null or negative amount and blank dimensions. */
  public InvoiceLine {
    Arguments.notBlank(description, "description");
    Arguments.notNull(vat, "vat");
    Arguments.nonNegative(vat.amount(), "line amount");
    Arguments.notNull(dimensions, "dimensions");
    dimensions.forEach(
        (k, v) -> {
          Arguments.notBlank(k, "dimension name");
          Arguments.notBlank(v, "dimension " + k);
        });
  }

  /** A line whose {@code gross} includes VAT at {@code rate}. */
  public static InvoiceLine inclusive(String description, Money gross, VatRate rate) {
    return new InvoiceLine(description, VatLine.inclusive(gross, rate), ImmutableSortedMap.of());
  }

  /** A line whose {@code net} excludes VAT at {@code rate}. */
  public static InvoiceLine exclusive(String description, Money net, VatRate rate) {
    return new InvoiceLine(description, VatLine.exclusive(net, rate), ImmutableSortedMap.of());
  }

  /** This line with the analysis dimensions {@code dimensions} (replacing any it had). */
  public InvoiceLine withDimensions(Map<String, String> dimensions) {
    return new InvoiceLine(description, vat, ImmutableSortedMap.copyOf(dimensions));
  }

  @Override
  public String toString() {
    return description + " " + vat + (dimensions.isEmpty() ? "" : " " + dimensions);
  }
}
