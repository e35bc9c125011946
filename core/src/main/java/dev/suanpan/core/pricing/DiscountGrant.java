package dev.suanpan.core.pricing;

import dev.suanpan.core.catalog.ProductId;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The record of a discount or allowance actually granted, kept and filed for inspection
 * (实际金额、数量、原因及对象应予以记录,并归档备查): the amount, the quantity it was granted on, the reason, the customer,
 * who asked, who approved, the date and, when known, the product.
 *
 * <p>Rejects an amount or a quantity that is not positive and a blank reason.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class DiscountGrant {
  /** The amount granted. */
  public abstract Money amount();

  /** The quantity it was granted on. */
  public abstract BigDecimal quantity();

  /** Why it was granted, in the business's words. */
  public abstract String reason();

  /** Who it was granted to. */
  public abstract CustomerId customer();

  /** Who asked for it. */
  public abstract PersonId requester();

  /** Who approved it (the requester when within their own authority). */
  public abstract PersonId approver();

  /** The day it was granted. */
  public abstract LocalDate date();

  /** The product it was granted on, if it was granted on one line. */
  public abstract Optional<ProductId> product();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DiscountGrant}; rejects what {@link DiscountGrant} rejects. */
  public static final class Builder extends ImmutableDiscountGrant.Builder {
    Builder() {}
  }

  /**
   * The grant of the extra discount of a decided line: its extra discount (including any share of a
   * document discount), quantity, product, and the quote's customer and date.
   *
   * @throws IllegalArgumentException if the decision is refused or grants no extra discount
   */
  public static DiscountGrant of(
      PricingDecision decision, String reason, PersonId requester, PersonId approver) {
    Arguments.notNull(decision, "decision");
    Arguments.check(
        !decision.isRefused(), "decision must not be refused, was %s", decision.outcome());
    Arguments.check(
        decision.extraDiscount().isPositive(),
        "decision grants no extra discount, was %s",
        decision.extraDiscount());
    return builder()
        .amount(decision.extraDiscount())
        .quantity(decision.line().quantity())
        .reason(reason)
        .customer(decision.context().customer())
        .requester(requester)
        .approver(approver)
        .date(decision.context().date())
        .product(decision.line().product().id())
        .build();
  }

  @Value.Check
  protected void check() {
    Arguments.positive(amount(), "amount");
    Arguments.positive(quantity(), "quantity");
    Arguments.notBlank(reason(), "reason");
  }
}
