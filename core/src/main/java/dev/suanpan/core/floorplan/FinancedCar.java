package dev.suanpan.core.floorplan;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One car bought under the floor plan: its VIN, purchase price, the bank's loan and the dealer's
 * own funds (which add up to the price), the day it was financed, where its certificate of
 * conformity is and, once repaid, the day of the repayment.
 *
 * <p>Rejects a price that is not positive, a loan or own funds that are negative, in another
 * currency, or do not add up to the price, a certificate released without a repayment date (or
 * pledged with one), and a repayment dated before the financing.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class FinancedCar {
  /** The car. */
  public abstract Vin vin();

  /** What the dealer paid the manufacturer for the car. */
  public abstract Money price();

  /** The bank's loan for the car: what the dealer repays to have the certificate released. */
  public abstract Money loan();

  /** What the dealer paid from its own funds: the price less the loan. */
  public abstract Money dealerFunds();

  /** The day the car was financed and its certificate pledged. */
  public abstract LocalDate financedOn();

  /** Where the certificate of conformity is. */
  public abstract CertificateStatus certificate();

  /** The day the dealer repaid the loan, when it has. */
  public abstract Optional<LocalDate> repaidOn();

  /** True while the certificate is pledged to the bank (the loan is outstanding). */
  public boolean isPledged() {
    return certificate() == CertificateStatus.PLEDGED;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FinancedCar}; rejects what {@link FinancedCar} rejects. */
  public static final class Builder extends ImmutableFinancedCar.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(vin(), "vin");
    Arguments.notNull(financedOn(), "financedOn");
    Arguments.notNull(certificate(), "certificate");
    Arguments.positive(price(), "price");
    Arguments.sameCurrency(price(), loan(), "loan");
    Arguments.sameCurrency(price(), dealerFunds(), "dealerFunds");
    Arguments.nonNegative(loan(), "loan");
    Arguments.nonNegative(dealerFunds(), "dealerFunds");
    Arguments.check(
        loan().plus(dealerFunds()).equals(price()),
        "car %s: loan %s and dealerFunds %s must add up to the price %s",
        vin(),
        loan(),
        dealerFunds(),
        price());
    Arguments.check(
        (certificate() == CertificateStatus.RELEASED) == repaidOn().isPresent(),
        "car %s: a certificate is released exactly when the loan is repaid, was %s with repaidOn"
            + " %s",
        vin(),
        certificate(),
        repaidOn());
    repaidOn()
        .ifPresent(
            d ->
                Arguments.check(
                    !d.isBefore(financedOn()),
                    "car %s: repaidOn %s must not be before financedOn %s",
                    vin(),
                    d,
                    financedOn()));
  }

  /**
   * The VIN, the amounts and the certificate, such as {@code LS5A3DBE7RA012345 price CNY 168000.00,
   * loan CNY 117600.00, own funds CNY 50400.00, financed 2024-03-01, certificate PLEDGED}.
   */
  @Override
  public String toString() {
    return vin()
        + " price "
        + price()
        + ", loan "
        + loan()
        + ", own funds "
        + dealerFunds()
        + ", financed "
        + financedOn()
        + ", certificate "
        + certificate()
        + repaidOn().map(d -> " (repaid " + d + ")").orElse("");
  }
}
