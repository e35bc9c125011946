package dev.suanpan.money.tax;

import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * An amount split into net (不含税金额) and VAT (税额) at one rate, with {@code net + tax = gross} always:
 * the constructor refuses any other combination. Made by {@link VatRate#splitGross} and {@link
 * VatRate#grossUp}.
 *
 * <p>Rejects nulls, mixed currencies and parts that do not add up to the gross.
 *
 * @param net the amount before tax
 * @param tax the VAT
 * @param gross the tax-inclusive amount
 * @param rate the rate the split was made at
 */
public record VatSplit(Money net, Money tax, Money gross, VatRate rate) {
  /**
   * Validates the split.
   *
   * @throws IllegalArgumentException when the currencies differ or net + tax is not gross
   */
  public VatSplit {
    Arguments.notNull(net, "net");
    Arguments.sameCurrency(net, tax, "tax");
    Arguments.sameCurrency(net, gross, "gross");
    Arguments.notNull(rate, "rate");
    Arguments.check(
        net.plus(tax).isEqual(gross),
        "net + tax must equal gross, was %s + %s against gross %s",
        net,
        tax,
        gross);
  }

  /** The split as text: {@code "CNY 1000.00 + VAT 13% CNY 130.00 = CNY 1130.00"}. */
  @Override
  public String toString() {
    return net + " + " + rate + " " + tax + " = " + gross;
  }
}
