package dev.suanpan.core.pricing;

import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatSplit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The decision on one quote line: the effective price and the discount (amount and percent),
 * whether the requester may grant it ({@link Outcome#ALLOWED}), who must sign it ({@link
 * Outcome#NEEDS_APPROVAL}, with the lowest role covering it and the chain up to it in {@link
 * #approval()}), or why it is {@link Outcome#REFUSED} (below the floor, under the bought-in margin,
 * an extra discount at a stage of the sale the policy does not allow it, beyond every authority or
 * quota, a product on no price list without a named approval). The {@link #explanation()} lists
 * each rule applied ({@link PricingRule}) with its amounts.
 *
 * <p>All amounts are for the whole line (unit price × quantity) unless named "unit". For a product
 * on no price list and without a named approval there is no price: every amount is zero and {@link
 * #isPriced()} is false. Immutable and thread-safe; the explanation is formatted the first time it
 * is read.
 *
 * <p>Building one rejects (IllegalArgumentException) amounts in different currencies, a negative
 * amount or discount, an unpriced decision with an amount or an outcome other than refused, and a
 * decision that needs approval without an approver.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PricingDecision implements Decision {
  private static final int PERCENT_SCALE = 6;

  /** The line decided. */
  public abstract QuoteLine line();

  /** The circumstances it was decided in. */
  public abstract PricingContext context();

  /**
   * Where the list price came from: the price list's code, or {@code "off-list approval"} for a
   * product on no list with a named approval; empty when unpriced.
   */
  public abstract Optional<String> priceSource();

  /** True unless the product is on no price list and has no named approval. */
  public boolean isPriced() {
    return priceSource().isPresent();
  }

  /** The list (base) price per unit, or the agreed price of an off-list product. */
  public abstract Money listUnitPrice();

  /** The list price of the line: list unit price × quantity. */
  public abstract Money listAmount();

  /** What the published standard offers and promotions take off the line, without approval. */
  public abstract Money standardOfferDiscount();

  /**
   * The extra (special) discount on the line, on top of the standard offers, including its share of
   * any document discount: what authority was checked against.
   */
  public abstract Money extraDiscount();

  /**
   * The extra discount as a percent of the policy's {@link DiscountBase}: the percent asked for
   * (exactly as asked) plus the document share as a percent, or, for a net price asked for, the
   * extra discount over the base; a computed share is rounded up to six places so a discount is
   * never understated.
   */
  public abstract Percent extraDiscountPercent();

  /** This line's share of the quote's document discount (zero for a line priced alone). */
  public abstract Money documentDiscountShare();

  /** All discount on the line: standard offers plus extra discount. */
  public Money discount() {
    return standardOfferDiscount().plus(extraDiscount());
  }

  /** All discount as a percent of the list amount, rounded half up to six places. */
  public Percent discountPercent() {
    if (listAmount().isZero()) {
      return Percent.ZERO;
    }
    return Percent.of(
        discount()
            .getAmount()
            .multiply(BigDecimal.valueOf(100))
            .divide(listAmount().getAmount(), PERCENT_SCALE, RoundingMode.HALF_UP));
  }

  /** The net amount of the line: list amount less all discount. */
  public Money netAmount() {
    return listAmount().minus(discount());
  }

  /**
   * The effective price per unit: the net amount over the quantity, rounded by {@link #rounding()}.
   */
  public Money effectiveUnitPrice() {
    BigDecimal unit = netAmount().getAmount().divide(line().quantity(), MathContext.DECIMAL128);
    return rounding().round(BigMoney.of(netAmount().getCurrencyUnit(), unit));
  }

  /**
   * The line's {@link #netAmount()} with its VAT, when the policy names a rate for the product:
   * split into net of VAT, VAT and gross when list prices include VAT (the net amount is the
   * gross), else grossed up (the net amount is the net of VAT); empty when the policy has no VAT
   * for the product, or the line is unpriced.
   */
  public abstract Optional<VatSplit> vat();

  /** The lowest net amount the line may have: the floor per unit × quantity. */
  public abstract Money floor();

  /**
   * The authority route of the extra discount when authority was consulted: within the requester's
   * own authority, up to an approver, or beyond every authority.
   */
  public abstract Optional<AuthorityRoute> route();

  /** The pricing policy's rounding, which {@link #effectiveUnitPrice()} is rounded by. */
  public abstract Rounding rounding();

  @Override
  public abstract Outcome outcome();

  /** The route, when the outcome is {@link Outcome#NEEDS_APPROVAL}. */
  @Override
  public Optional<AuthorityRoute> approval() {
    return outcome() == Outcome.NEEDS_APPROVAL ? route() : Optional.empty();
  }

  @Override
  public abstract Explanation explanation();

  @Value.Check
  protected void check() {
    Money list = listAmount();
    CurrencyUnit currency = list.getCurrencyUnit();
    inCurrency(listUnitPrice(), currency, "listUnitPrice");
    inCurrency(standardOfferDiscount(), currency, "standardOfferDiscount");
    inCurrency(extraDiscount(), currency, "extraDiscount");
    inCurrency(documentDiscountShare(), currency, "documentDiscountShare");
    inCurrency(floor(), currency, "floor");
    if (vat().isPresent()) {
      inCurrency(vat().get().gross(), currency, "vat");
    }
    // The conditions are tested before any message is built: deciding a line builds one of these.
    if (list.isNegative()
        || standardOfferDiscount().isNegative()
        || extraDiscount().isNegative()
        || documentDiscountShare().isNegative()) {
      throw new IllegalArgumentException(
          String.format(
              "amounts must not be negative, were listAmount %s, standardOfferDiscount %s,"
                  + " extraDiscount %s, documentDiscountShare %s",
              list, standardOfferDiscount(), extraDiscount(), documentDiscountShare()));
    }
    if (!isPriced() && (!list.isZero() || !discount().isZero() || outcome() != Outcome.REFUSED)) {
      throw new IllegalArgumentException(
          String.format(
              "an unpriced decision has no amounts and is refused, was %s with listAmount %s",
              outcome(), list));
    }
    if (outcome() == Outcome.NEEDS_APPROVAL
        && (route().isEmpty() || route().get().approver().isEmpty())) {
      throw new IllegalArgumentException(
          "a decision that needs approval needs a route with an approver, route was " + route());
    }
  }

  private static void inCurrency(Money amount, CurrencyUnit currency, String name) {
    if (!amount.getCurrencyUnit().equals(currency)) {
      Arguments.inCurrency(amount, currency, name);
    }
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PricingDecision}; rejects what {@link PricingDecision} rejects. */
  public static final class Builder extends ImmutablePricingDecision.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return line().product().id()
        + " x "
        + line().quantity().toPlainString()
        + ": "
        + outcome()
        + ", net "
        + netAmount()
        + " (discount "
        + discount()
        + ")";
  }
}
