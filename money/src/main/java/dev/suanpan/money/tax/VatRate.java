package dev.suanpan.money.tax;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * A VAT rate (税率) as data: the Chinese general rates {@link #STANDARD_13} (goods, repairs), {@link
 * #REDUCED_9} (transport, property, some goods), {@link #REDUCED_6} (modern services) and {@link
 * #ZERO}, or any other rate from {@link #of(Percent)}.
 *
 * <p>Two ways to compute, each rounding exactly once with the caller's {@link Rounding}:
 *
 * <ul>
 *   <li>{@link #splitGross}: a tax-inclusive amount (含税金额) is split as {@code net = round(gross /
 *       (1 + rate))} and {@code tax = gross − net}, the way a Chinese VAT invoice derives 金额 and 税额
 *       from a tax-inclusive price. The gross is kept as given.
 *   <li>{@link #grossUp}: a net amount (不含税金额) gets {@code tax = round(net × rate)} and {@code
 *       gross = net + tax}. The net is kept as given.
 * </ul>
 *
 * Negative amounts (red-letter credit notes, 红字发票) are split symmetrically when the rounding mode
 * is symmetric (HALF_UP, HALF_EVEN, HALF_DOWN, UP, DOWN).
 *
 * <p>Rejects a null, negative or 100%-and-above rate.
 *
 * @param percent the rate, at least 0% and below 100%
 */
public record VatRate(Percent percent) {
  /** 13%: sale and import of goods, processing, repair and replacement services. */
  public static final VatRate STANDARD_13 = new VatRate(Percent.of(13));

  /** 9%: transport, construction, sale and lease of real property, some basic goods. */
  public static final VatRate REDUCED_9 = new VatRate(Percent.of(9));

  /** 6%: modern services, financial services, lifestyle services. */
  public static final VatRate REDUCED_6 = new VatRate(Percent.of(6));

  /** 0%: exports and other zero-rated supplies. */
  public static final VatRate ZERO = new VatRate(Percent.ZERO);

  /**
   * Validates the rate.
   *
   * @throws IllegalArgumentException naming {@code percent} when it is negative or 100% or more
   */
  public VatRate {
    Arguments.notNull(percent, "percent");
    Arguments.check(!percent.isNegative(), "percent must not be negative, was %s", percent);
    Arguments.check(
        percent.isLessThan(Percent.HUNDRED), "percent must be below 100%%, was %s", percent);
  }

  /**
   * The VAT rate of {@code percent}.
   *
   * @throws IllegalArgumentException naming {@code percent} when it is negative or 100% or more
   */
  public static VatRate of(Percent percent) {
    return new VatRate(percent);
  }

  /**
   * Splits a tax-inclusive amount: {@code net = round(gross / (1 + rate))}, {@code tax = gross −
   * net}. The division is exact up to the single rounding, so 1130.00 at 13% gives 1000.00 +
   * 130.00.
   *
   * @throws NullPointerException naming {@code gross} or {@code rounding} when null
   */
  public VatSplit splitGross(Money gross, Rounding rounding) {
    Arguments.notNull(gross, "gross");
    Arguments.notNull(rounding, "rounding");
    BigDecimal divisor = BigDecimal.ONE.add(percent.fraction());
    BigDecimal exactNet = gross.getAmount().divide(divisor, 40, RoundingMode.DOWN);
    boolean inexact = exactNet.multiply(divisor).compareTo(gross.getAmount()) != 0;
    if (inexact) {
      // a sticky last digit: strictly between the truncated and the next value, so rounding it
      // with any mode to a step coarser than 1e-40 gives the rounding of the exact quotient
      exactNet = exactNet.add(BigDecimal.valueOf(gross.getAmount().signum(), 41));
    }
    Money net = rounding.round(BigMoney.of(gross.getCurrencyUnit(), exactNet));
    return new VatSplit(net, gross.minus(net), gross, this);
  }

  /**
   * Grosses up a net amount: {@code tax = round(net × rate)}, {@code gross = net + tax}; 1000.00 at
   * 13% gives 130.00 tax and 1130.00 gross.
   *
   * @throws NullPointerException naming {@code net} or {@code rounding} when null
   */
  public VatSplit grossUp(Money net, Rounding rounding) {
    Arguments.notNull(net, "net");
    Arguments.notNull(rounding, "rounding");
    Money tax = percent.of(net, rounding);
    return new VatSplit(net, tax, net.plus(tax), this);
  }

  /** The rate as text, such as {@code "VAT 13%"}. */
  @Override
  public String toString() {
    return "VAT " + percent;
  }
}
