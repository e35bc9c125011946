package dev.suanpan.core.settlement.service;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * How a cancelled service contract is refunded: the {@link RefundBasis}, a cancellation fee as a
 * percent of the unused value, and a fixed handling fee; the fees together never exceed the unused
 * value. Two options, both absent by default: a {@link #dailyRate() daily rate} rounded before it
 * is multiplied by the days left (instead of the exact pro-rata share), and for {@link
 * RefundBasis#BY_MONTHS} the {@link #monthlyListPrice() monthly list price} with its {@link
 * #monthBasis() month basis}.
 *
 * <p>Rejects a fee percent outside 0%-100%, a negative handling fee, a monthly list price that is
 * not positive or in another currency than the handling fee, {@link RefundBasis#BY_MONTHS} without
 * a monthly list price and a month basis, and either of those with another basis.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ServiceRefundPolicy {
  /** How the used part is measured. */
  public abstract RefundBasis basis();

  /** A fee as a percent of the unused value; 0% for none. */
  @Value.Default
  public Percent cancellationFee() {
    return Percent.ZERO;
  }

  /** A fixed handling fee, if any. */
  public abstract Optional<Money> handlingFee();

  /**
   * The rounding of the daily rate, when the days' value is a daily rate: {@code price / days of
   * cover} rounded with it (to the fen with {@link Rounding#FEN}), times the days left, is the
   * unused value (never more than the price), and the rest is the value used. Empty (the default):
   * the price is split exactly in proportion to the days used and left, with {@link
   * dev.suanpan.money.Allocation}.
   */
  public abstract Optional<Rounding> dailyRate();

  /**
   * The price of one month of the service bought on its own, charged for each month used under
   * {@link RefundBasis#BY_MONTHS}; required with that basis, refused with any other.
   */
  public abstract Optional<Money> monthlyListPrice();

  /**
   * How months used are counted under {@link RefundBasis#BY_MONTHS}; required with that basis,
   * refused with any other.
   */
  public abstract Optional<MonthBasis> monthBasis();

  /** How the percent fee is rounded. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceRefundPolicy}; rejects what {@link ServiceRefundPolicy} rejects. */
  public static final class Builder extends ImmutableServiceRefundPolicy.Builder {
    Builder() {}
  }

  /** A policy on {@code basis} with no fees. */
  public static ServiceRefundPolicy of(RefundBasis basis) {
    return builder().basis(basis).build();
  }

  @Value.Check
  protected void check() {
    Arguments.share(cancellationFee(), "cancellationFee");
    handlingFee().ifPresent(f -> Arguments.nonNegative(f, "handlingFee"));
    monthlyListPrice().ifPresent(p -> Arguments.positive(p, "monthlyListPrice"));
    if (monthlyListPrice().isPresent() && handlingFee().isPresent()) {
      Arguments.sameCurrency(handlingFee().get(), monthlyListPrice().get(), "monthlyListPrice");
    }
    boolean byMonths = basis() == RefundBasis.BY_MONTHS;
    Arguments.check(
        byMonths == monthlyListPrice().isPresent(),
        "monthlyListPrice is needed with basis BY_MONTHS and only with it, basis was %s,"
            + " monthlyListPrice %s",
        basis(),
        monthlyListPrice());
    Arguments.check(
        byMonths == monthBasis().isPresent(),
        "monthBasis is needed with basis BY_MONTHS and only with it, basis was %s, monthBasis %s",
        basis(),
        monthBasis());
  }
}
