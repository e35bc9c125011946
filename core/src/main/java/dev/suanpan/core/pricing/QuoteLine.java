package dev.suanpan.core.pricing;

import dev.suanpan.core.catalog.Product;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of a quote: a product, a quantity (units, square metres, tonnes), and what the
 * salesperson asks for on top of the published standard offers: either a net unit price or an extra
 * discount percent, or neither (the offer price). A product on no price list may carry the {@link
 * OffListApproval} that lets it be quoted. A line may be {@link #excludedFromDocumentDiscount()
 * excluded from the document discount} (net-priced goods, a service, freight).
 *
 * <p>Rejects a quantity that is not positive, a line asking for both a unit price and a percent, a
 * negative unit price or current unit cost, and a percent outside 0% to 100%.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class QuoteLine {
  /** The product quoted. */
  public abstract Product product();

  /** How many units. */
  public abstract BigDecimal quantity();

  /** The net price per unit asked for, if the salesperson names a price. */
  public abstract Optional<Money> requestedUnitPrice();

  /** The extra discount asked for, if the salesperson names a percent. */
  public abstract Optional<Percent> requestedExtraDiscount();

  /**
   * The item's current unit cost, passed by the caller (for example from the stock ledger), for the
   * policy's {@link PricingPolicy#costFloor()}; empty for no check against cost.
   */
  public abstract Optional<Money> currentUnitCost();

  /** The named approval of a price for a product on no price list. */
  public abstract Optional<OffListApproval> offListApproval();

  /**
   * True when the quote's document discount does not apply to this line: it takes no share of it,
   * and its net is not counted in the base a document discount percent is taken of. False by
   * default: every line shares the document discount.
   */
  @Value.Default
  public boolean excludedFromDocumentDiscount() {
    return false;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuoteLine}; rejects what {@link QuoteLine} rejects. */
  public static final class Builder extends ImmutableQuoteLine.Builder {
    Builder() {}
  }

  /** {@code quantity} of {@code product} at the offer price, no extra discount. */
  public static QuoteLine of(Product product, BigDecimal quantity) {
    return builder().product(product).quantity(quantity).build();
  }

  /** {@code quantity} of {@code product} with {@code extra} discount on top of standard offers. */
  public static QuoteLine withExtraDiscount(Product product, BigDecimal quantity, Percent extra) {
    return builder().product(product).quantity(quantity).requestedExtraDiscount(extra).build();
  }

  /** {@code quantity} of {@code product} at the net unit price {@code price}. */
  public static QuoteLine atPrice(Product product, BigDecimal quantity, Money price) {
    return builder().product(product).quantity(quantity).requestedUnitPrice(price).build();
  }

  @Value.Check
  protected void check() {
    Arguments.positive(quantity(), "quantity");
    Arguments.check(
        requestedUnitPrice().isEmpty() || requestedExtraDiscount().isEmpty(),
        "line for %s asks for both a unit price %s and an extra discount %s; ask for one",
        product().id(),
        requestedUnitPrice().map(Object::toString).orElse(""),
        requestedExtraDiscount().map(Object::toString).orElse(""));
    requestedUnitPrice().ifPresent(p -> Arguments.nonNegative(p, "requestedUnitPrice"));
    currentUnitCost().ifPresent(c -> Arguments.nonNegative(c, "currentUnitCost"));
    requestedExtraDiscount()
        .ifPresent(
            p ->
                Arguments.check(
                    !p.isNegative() && !p.isGreaterThan(Percent.HUNDRED),
                    "requestedExtraDiscount must be between 0%% and 100%%, was %s",
                    p));
  }
}
