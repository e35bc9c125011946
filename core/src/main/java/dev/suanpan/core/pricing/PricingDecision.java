package dev.suanpan.core.pricing;

import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * The decision on one quote line: the effective price and the discount (amount and percent),
 * whether the requester may grant it ({@link Outcome#ALLOWED}), who must sign it ({@link
 * Outcome#NEEDS_APPROVAL}, with the lowest role covering it and the chain up to it in {@link
 * #approval()}), or why it is {@link Outcome#REFUSED} (below the floor, under the bought-in margin,
 * an extra discount at a stage of the sale the policy does not allow it, beyond every authority or
 * quota, a product on no price list without a named approval). The {@link #explanation()} lists
 * each rule applied with its amounts.
 *
 * <p>All amounts are for the whole line (unit price × quantity) unless named "unit". For a product
 * on no price list and without a named approval there is no price: every amount is zero and {@link
 * #isPriced()} is false. Immutable and thread-safe; the explanation is formatted the first time it
 * is read.
 */
public final class PricingDecision implements Decision {
  private static final int PERCENT_SCALE = 6;

  private final QuoteLine line;
  private final PricingContext context;
  private final Optional<String> priceSource;
  private final Money listUnitPrice;
  private final Money listAmount;
  private final Money standardOfferDiscount;
  private final Money extraDiscount;
  private final Money documentDiscountShare;
  private final Money floor;
  private final Percent extraDiscountPercent;
  private final Outcome outcome;
  private final AuthorityRoute route;
  private final Rounding rounding;
  private final Steps steps;
  private volatile Explanation explanation;

  PricingDecision(
      QuoteLine line,
      PricingContext context,
      Optional<String> priceSource,
      Money listUnitPrice,
      Money listAmount,
      Money standardOfferDiscount,
      Money extraDiscount,
      Money documentDiscountShare,
      Money floor,
      Percent extraDiscountPercent,
      Outcome outcome,
      AuthorityRoute route,
      Rounding rounding,
      Steps steps) {
    this.line = line;
    this.context = context;
    this.priceSource = priceSource;
    this.listUnitPrice = listUnitPrice;
    this.listAmount = listAmount;
    this.standardOfferDiscount = standardOfferDiscount;
    this.extraDiscount = extraDiscount;
    this.documentDiscountShare = documentDiscountShare;
    this.floor = floor;
    this.extraDiscountPercent = extraDiscountPercent;
    this.outcome = outcome;
    this.route = route;
    this.rounding = rounding;
    this.steps = steps;
  }

  /** The line decided. */
  public QuoteLine line() {
    return line;
  }

  /** The circumstances it was decided in. */
  public PricingContext context() {
    return context;
  }

  /** True unless the product is on no price list and has no named approval. */
  public boolean isPriced() {
    return priceSource.isPresent();
  }

  /**
   * Where the list price came from: the price list's code, or {@code "off-list approval"} for a
   * product on no list with a named approval; empty when unpriced.
   */
  public Optional<String> priceSource() {
    return priceSource;
  }

  /** The list (base) price per unit, or the agreed price of an off-list product. */
  public Money listUnitPrice() {
    return listUnitPrice;
  }

  /** The list price of the line: list unit price × quantity. */
  public Money listAmount() {
    return listAmount;
  }

  /** What the published standard offers take off the line, without approval. */
  public Money standardOfferDiscount() {
    return standardOfferDiscount;
  }

  /**
   * The extra (special) discount on the line, on top of the standard offers, including its share of
   * any document discount: what authority was checked against.
   */
  public Money extraDiscount() {
    return extraDiscount;
  }

  /**
   * The extra discount as a percent of the policy's {@link DiscountBase}: the percent asked for
   * (exactly as asked) plus the document share as a percent, or, for a net price asked for, the
   * extra discount over the base; a computed share is rounded up to six places so a discount is
   * never understated.
   */
  public Percent extraDiscountPercent() {
    return extraDiscountPercent;
  }

  /** This line's share of the quote's document discount (zero for a line priced alone). */
  public Money documentDiscountShare() {
    return documentDiscountShare;
  }

  /** All discount on the line: standard offers plus extra discount. */
  public Money discount() {
    return standardOfferDiscount.plus(extraDiscount);
  }

  /** All discount as a percent of the list amount, rounded half up to six places. */
  public Percent discountPercent() {
    if (listAmount.isZero()) {
      return Percent.ZERO;
    }
    return Percent.of(
        discount()
            .getAmount()
            .multiply(BigDecimal.valueOf(100))
            .divide(listAmount.getAmount(), PERCENT_SCALE, RoundingMode.HALF_UP));
  }

  /** The net amount of the line: list amount less all discount. */
  public Money netAmount() {
    return listAmount.minus(discount());
  }

  /** The effective price per unit: the net amount over the quantity, rounded by the policy. */
  public Money effectiveUnitPrice() {
    BigDecimal unit = netAmount().getAmount().divide(line.quantity(), MathContext.DECIMAL128);
    return rounding.round(BigMoney.of(netAmount().getCurrencyUnit(), unit));
  }

  /** The lowest net amount the line may have: the floor per unit × quantity. */
  public Money floor() {
    return floor;
  }

  /**
   * The authority route of the extra discount when authority was consulted: within the requester's
   * own authority, up to an approver, or beyond every authority.
   */
  public Optional<AuthorityRoute> route() {
    return Optional.ofNullable(route);
  }

  @Override
  public Outcome outcome() {
    return outcome;
  }

  @Override
  public Optional<AuthorityRoute> approval() {
    return outcome == Outcome.NEEDS_APPROVAL ? Optional.of(route) : Optional.empty();
  }

  @Override
  public Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      e = steps.render();
      explanation = e;
    }
    return e;
  }

  Steps steps() {
    return steps;
  }

  @Override
  public String toString() {
    return line.product().id()
        + " x "
        + line.quantity().toPlainString()
        + ": "
        + outcome
        + ", net "
        + netAmount()
        + " (discount "
        + discount()
        + ")";
  }
}
