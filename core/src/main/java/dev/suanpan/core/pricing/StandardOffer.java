package dev.suanpan.core.pricing;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.catalog.BreakBasis;
import dev.suanpan.core.catalog.CustomerGroup;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.catalog.ProductId;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A published standard offer (正常优惠政策): a percent or an amount per unit off the price, applied
 * without anyone's approval to the lines it covers. It may be narrowed to one product, one product
 * group and one customer group, and is valid from a date up to an optional last date (inclusive).
 * The extra discount requested on top of the offers is what authority is checked against. An offer
 * may carry quantity {@link #breaks()}: more off from a quantity on, on the whole quantity or band
 * by band ({@link #breakBasis()}).
 *
 * <p>Rejects a blank code, an offer with both or neither of a percent and an amount, a percent
 * outside 0% to 100%, a negative amount, a last date before the first, and breaks of the other kind
 * (an amount on a percent offer, or the reverse), in another currency, not in rising order of
 * quantity, or taking less off than the offer or an earlier break (more quantity never costs more
 * per unit).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class StandardOffer {
  /** The offer's code, quoted in explanations ({@code OPENING-2PCT}). */
  public abstract String code();

  /** The percent off, for a percent offer. */
  public abstract Optional<Percent> percentOff();

  /** The amount off per unit, for an amount offer. */
  public abstract Optional<Money> amountOff();

  /** The one product the offer is for; empty for any product. */
  public abstract Optional<ProductId> product();

  /** The product group the offer is for; empty for any group. */
  public abstract Optional<String> productGroup();

  /** The customer group the offer is for; empty for every customer. */
  public abstract Optional<CustomerGroup> customerGroup();

  /** The first day the offer applies. */
  public abstract LocalDate validFrom();

  /** The last day the offer applies; empty for open-ended. */
  public abstract Optional<LocalDate> validUntil();

  /**
   * The quantity breaks, in rising order of quantity, each taking at least as much off as the one
   * before; empty (the default) for the same offer whatever the quantity.
   */
  public abstract ImmutableList<OfferBreak> breaks();

  /**
   * How the {@link #breaks()} apply: {@link BreakBasis#BAND_BY_BAND}, or on the whole quantity when
   * empty or {@link BreakBasis#WHOLE_QUANTITY} (empty by default, so that the stored form of an
   * offer without breaks stays as it was).
   */
  public abstract Optional<BreakBasis> breakBasis();

  /** True if the breaks apply band by band ({@link BreakBasis#BAND_BY_BAND}). */
  public boolean byBand() {
    return breakBasis().orElse(BreakBasis.WHOLE_QUANTITY) == BreakBasis.BAND_BY_BAND;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StandardOffer}; rejects what {@link StandardOffer} rejects. */
  public static final class Builder extends ImmutableStandardOffer.Builder {
    Builder() {}
  }

  /**
   * True if the offer applies to {@code product} sold on {@code date} to a customer of {@code
   * group} (null for a customer in no group).
   */
  public boolean appliesTo(Product product, LocalDate date, CustomerGroup group) {
    Arguments.notNull(product, "product");
    Arguments.notNull(date, "date");
    if (date.isBefore(validFrom())) {
      return false;
    }
    if (validUntil().isPresent() && date.isAfter(validUntil().get())) {
      return false;
    }
    if (product().isPresent() && !product().get().equals(product.id())) {
      return false;
    }
    if (productGroup().isPresent() && !productGroup().get().equals(product.group())) {
      return false;
    }
    return customerGroup().isEmpty() || customerGroup().get().equals(group);
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(code(), "code");
    Arguments.check(
        percentOff().isPresent() != amountOff().isPresent(),
        "offer %s must give exactly one of percentOff and amountOff, gave %s",
        code(),
        percentOff().isPresent() ? "both" : "neither");
    percentOff()
        .ifPresent(
            p ->
                Arguments.check(
                    !p.isNegative() && !p.isGreaterThan(Percent.HUNDRED),
                    "offer %s: percentOff must be between 0%% and 100%%, was %s",
                    code(),
                    p));
    amountOff().ifPresent(a -> Arguments.nonNegative(a, "amountOff of offer " + code()));
    productGroup().ifPresent(g -> Arguments.notBlank(g, "productGroup"));
    validUntil()
        .ifPresent(
            u ->
                Arguments.check(
                    !u.isBefore(validFrom()),
                    "offer %s: validUntil %s is before validFrom %s",
                    code(),
                    u,
                    validFrom()));
    checkBreaks();
  }

  private void checkBreaks() {
    BigDecimal from = BigDecimal.ZERO;
    Percent percent = percentOff().orElse(null);
    Money amount = amountOff().orElse(null);
    for (OfferBreak b : breaks()) {
      Arguments.check(
          b.percentOff().isPresent() == (percent != null),
          "offer %s takes %s off, its break %s must too",
          code(),
          percent != null ? "a percent" : "an amount",
          b);
      Arguments.check(
          b.minQuantity().compareTo(from) > 0,
          "breaks of offer %s must be in rising order of quantity, %s comes after a break from %s",
          code(),
          b,
          from.toPlainString());
      if (percent != null) {
        Arguments.check(
            !b.percentOff().get().isLessThan(percent),
            "break %s of offer %s takes less off than %s before it",
            b,
            code(),
            percent);
        percent = b.percentOff().get();
      } else {
        Arguments.inCurrency(b.amountOff().get(), amount.getCurrencyUnit(), "break " + b);
        Arguments.check(
            !b.amountOff().get().isLessThan(amount),
            "break %s of offer %s takes less off than %s before it",
            b,
            code(),
            amount);
        amount = b.amountOff().get();
      }
      from = b.minQuantity();
    }
  }

  @Override
  public String toString() {
    return code()
        + " ("
        + percentOff().map(Percent::toString).orElseGet(() -> amountOff().get() + " per unit")
        + " off"
        + (breaks().isEmpty() ? "" : ", breaks " + breaks() + (byBand() ? " by band" : ""))
        + ")";
  }
}
