package dev.suanpan.core.pricing.derivation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.ProductId;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.money.internal.Arguments;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;

/**
 * The price list derivation engine: built from a {@link DerivationPolicy}, it derives a list from a
 * base list (and, for a cost-based formula or margins, the current unit costs the caller passes as
 * data), entry by entry, in the order of {@link DerivationRule}: the base, the percent change, the
 * price point, the margin over the cost, the floor. Returns a {@link DerivationReport}: the derived
 * list and each entry with its explanation. Quantity breaks of the base list are not carried over
 * (give the derived list its own). Stateless and thread-safe.
 *
 * <p>Rejects (IllegalArgumentException) a cost-based formula without the cost of every product of
 * the base list, costs in another currency than the list, and a derived price that is not positive.
 */
public final class PriceListDeriver {
  private final DerivationPolicy policy;

  private PriceListDeriver(DerivationPolicy policy) {
    this.policy = policy;
  }

  /** A deriver by {@code policy}. */
  public static PriceListDeriver of(DerivationPolicy policy) {
    return new PriceListDeriver(Arguments.notNull(policy, "policy"));
  }

  /** The policy this deriver derives by. */
  public DerivationPolicy policy() {
    return policy;
  }

  /** Derives from {@code base} with no costs known (a formula on the list price only). */
  public DerivationReport derive(PriceList base) {
    return derive(base, ImmutableMap.of());
  }

  /**
   * Derives from {@code base}, with the current unit cost of products from {@code costs} (those
   * missing are derived without margins, or refused for a cost-based formula).
   *
   * @throws IllegalArgumentException as the class says
   */
  public DerivationReport derive(PriceList base, Map<ProductId, Money> costs) {
    Arguments.notNull(base, "base");
    Arguments.notNull(costs, "costs");
    costs.forEach((p, c) -> Arguments.inCurrency(c, base.currency(), "cost of " + p));
    List<DerivedEntry> derived = new ArrayList<>(base.entries().size());
    for (PriceListEntry e : base.entries()) {
      derived.add(derive(e, costs.get(e.product())));
    }
    PriceList list =
        PriceList.builder()
            .code(policy.code())
            .validFrom(base.validFrom())
            .validUntil(base.validUntil())
            .customerGroup(policy.customerGroup())
            .entries(derived.stream().map(DerivedEntry::entry).toList())
            .build();
    return DerivationReport.builder()
        .base(base)
        .priceList(list)
        .entries(ImmutableList.copyOf(derived))
        .build();
  }

  private DerivedEntry derive(PriceListEntry e, Money cost) {
    Explanation.Builder steps = Explanation.builder();
    Money price = base(e, cost, steps);
    price = change(price, steps);
    price = pricePoint(price, steps);
    price = margin(price, cost, steps);
    Money floor = null;
    if (e.floor().isPresent()) {
      Money[] priced = floor(e, price, steps);
      price = priced[0];
      floor = priced[1];
    }
    Arguments.check(
        price.isPositive(), "the derived price of %s must be positive, was %s", e.product(), price);
    PriceListEntry.Builder entry = PriceListEntry.builder().product(e.product()).basePrice(price);
    e.effectiveFrom().ifPresent(entry::effectiveFrom);
    if (floor != null) {
      entry.floor(floor);
    }
    return DerivedEntry.builder()
        .baseEntry(e)
        .entry(entry.build())
        .explanation(steps.build())
        .build();
  }

  /** {@link DerivationRule#BASE}: the base list's price, or the current cost. */
  private Money base(PriceListEntry e, Money cost, Explanation.Builder steps) {
    if (policy.base() == FormulaBase.COST) {
      Arguments.check(
          cost != null,
          "costs must give the current cost of %s: %s derives from cost",
          e.product(),
          policy.code());
      steps.add(DerivationRule.BASE, "%s: current cost %s per unit", e.product(), cost);
      return cost;
    }
    steps.add(DerivationRule.BASE, "%s: base list price %s per unit", e.product(), e.basePrice());
    return e.basePrice();
  }

  /** {@link DerivationRule#CHANGE}: the base changed by the policy's percent, rounded once. */
  private Money change(Money from, Explanation.Builder steps) {
    Money price = from.plus(policy.change().of(from, policy.rounding()));
    steps.add(DerivationRule.CHANGE, "%s %s: %s", from, policy.change(), price);
    return price;
  }

  /** {@link DerivationRule#PRICE_POINT}: moved to the policy's price point, if it names one. */
  private Money pricePoint(Money price, Explanation.Builder steps) {
    if (policy.pricePoint().isEmpty()) {
      return price;
    }
    Money point = policy.pricePoint().get().apply(price);
    steps.add(DerivationRule.PRICE_POINT, "%s to %s: %s", price, policy.pricePoint().get(), point);
    return point;
  }

  /** {@link DerivationRule#MARGIN}: the margin over a known cost kept between least and most. */
  private Money margin(Money price, Money cost, Explanation.Builder steps) {
    if (cost == null || (policy.minMargin().isEmpty() && policy.maxMargin().isEmpty())) {
      return price;
    }
    Money margin = price.minus(cost);
    if (policy.minMargin().isPresent() && margin.isLessThan(policy.minMargin().get())) {
      Money raised = cost.plus(policy.minMargin().get());
      steps.add(
          DerivationRule.MARGIN,
          "margin %s over the cost %s is under the least %s: raised to %s",
          margin,
          cost,
          policy.minMargin().get(),
          raised);
      return raised;
    }
    if (policy.maxMargin().isPresent() && margin.isGreaterThan(policy.maxMargin().get())) {
      Money lowered = cost.plus(policy.maxMargin().get());
      steps.add(
          DerivationRule.MARGIN,
          "margin %s over the cost %s is over the most %s: lowered to %s",
          margin,
          cost,
          policy.maxMargin().get(),
          lowered);
      return lowered;
    }
    steps.add(
        DerivationRule.MARGIN, "margin %s over the cost %s is within the policy's", margin, cost);
    return price;
  }

  /**
   * {@link DerivationRule#FLOOR}: the base floor kept, the price raised to it if under; or, when
   * the policy lets it, the floor scaled by derived over base price. Returns price and floor.
   */
  private Money[] floor(PriceListEntry e, Money price, Explanation.Builder steps) {
    Money base = e.floor().orElseThrow();
    if (policy.floorFollowsPrice()) {
      Money scaled =
          policy
              .rounding()
              .round(
                  base.toBigMoney()
                      .multipliedBy(price.getAmount())
                      .dividedBy(e.basePrice().getAmount(), RoundingMode.DOWN));
      Money floor = scaled.isGreaterThan(price) ? price : scaled;
      steps.add(
          DerivationRule.FLOOR,
          "floor follows the price: base floor %s x %s / %s = %s",
          base,
          price,
          e.basePrice(),
          floor);
      return new Money[] {price, floor};
    }
    if (price.isLessThan(base)) {
      steps.add(
          DerivationRule.FLOOR,
          "%s is under the base floor %s, which the derived entry keeps: raised to it",
          price,
          base);
      return new Money[] {base, base};
    }
    steps.add(DerivationRule.FLOOR, "keeps the base floor %s", base);
    return new Money[] {price, base};
  }
}
