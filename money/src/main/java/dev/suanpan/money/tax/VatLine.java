package dev.suanpan.money.tax;

import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * One line of a document for VAT: its amount, its rate and whether the amount already includes the
 * tax (含税) or is net (不含税). Lines go into {@link VatComputation#of}.
 *
 * <p>Rejects nulls. A negative amount is a credit line (a return or an allowance).
 *
 * @param amount the line amount, tax-inclusive when {@code taxInclusive}, net otherwise
 * @param rate the VAT rate of the line
 * @param taxInclusive true when {@code amount} includes the VAT
 */
public record VatLine(Money amount, VatRate rate, boolean taxInclusive) {
  /**
   * Validates the line.
   *
   * @throws NullPointerException naming {@code amount} or {@code rate} when null
   */
  public VatLine {
    Arguments.notNull(amount, "amount");
    Arguments.notNull(rate, "rate");
  }

  /** A line whose amount includes the VAT (含税), split with {@link VatRate#splitGross}. */
  public static VatLine inclusive(Money gross, VatRate rate) {
    return new VatLine(gross, rate, true);
  }

  /** A line whose amount is net of VAT (不含税), grossed up with {@link VatRate#grossUp}. */
  public static VatLine exclusive(Money net, VatRate rate) {
    return new VatLine(net, rate, false);
  }

  /** This line alone, split or grossed up at its rate with {@code rounding}. */
  public VatSplit split(Rounding rounding) {
    return taxInclusive ? rate.splitGross(amount, rounding) : rate.grossUp(amount, rounding);
  }

  /** The line as text: {@code "CNY 1130.00 incl. VAT 13%"}. */
  @Override
  public String toString() {
    return amount + (taxInclusive ? " incl. " : " excl. ") + rate;
  }
}
