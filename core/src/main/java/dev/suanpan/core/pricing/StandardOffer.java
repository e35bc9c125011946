package dev.suanpan.core.pricing;

import dev.suanpan.core.catalog.CustomerGroup;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.catalog.ProductId;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A published standard offer (正常优惠政策): a percent or an amount per unit off the price, applied
 * without anyone's approval to the lines it covers. It may be narrowed to one product, one product
 * group and one customer group, and is valid from a date up to an optional last date (inclusive).
 * The extra discount requested on top of the offers is what authority is checked against.
 *
 * <p>Rejects a blank code, an offer with both or neither of a percent and an amount, a percent
 * outside 0% to 100%, a negative amount and a last date before the first.
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
  }

  @Override
  public String toString() {
    return code()
        + " ("
        + percentOff().map(Percent::toString).orElseGet(() -> amountOff().get() + " per unit")
        + " off)";
  }
}
