package dev.suanpan.core.pricing;

import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.Money;

/**
 * Decides a {@link PriceChange} on a {@link PriceList} against a {@link PriceChangePolicy} (rule
 * 1.1: base prices are set and changed only with the approval of someone with the authority). In
 * order: the entry in force on the effective day must carry the old price the request names; the
 * size of the change (percent of the old price and amount per unit); the entry's floor (a new price
 * under it is refused whoever asks); then the authority: the requester, else up its chain to the
 * lowest role whose limit covers the size, else refused as beyond every authority.
 *
 * <p>An allowed or approved {@link PriceChangeDecision} applies itself to the list and returns a
 * new one, keeping the old price for the days before the change. Thread-safe and stateless.
 */
public final class PriceChangeReview {
  private static final int PERCENT_SCALE = 6;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PriceChangePolicy policy;

  private PriceChangeReview(PriceChangePolicy policy) {
    this.policy = policy;
  }

  /**
   * A review by {@code policy}.
   *
   * @throws NullPointerException if {@code policy} is null
   */
  public static PriceChangeReview of(PriceChangePolicy policy) {
    return new PriceChangeReview(Arguments.notNull(policy, "policy"));
  }

  /** The policy this review decides by. */
  public PriceChangePolicy policy() {
    return policy;
  }

  /**
   * Decides {@code change} on {@code list}.
   *
   * @throws IllegalArgumentException if the list is not valid on the effective day, does not price
   *     the product that day, prices it at another price than the change's old price, is in another
   *     currency, or the requester is not a role of the authority policy
   */
  public PriceChangeDecision review(PriceChange change, PriceList list) {
    Arguments.notNull(change, "change");
    Arguments.notNull(list, "list");
    Arguments.check(
        list.isValidOn(change.effectiveFrom()),
        "%s is not valid on %s, the day %s takes effect",
        list,
        change.effectiveFrom(),
        change);
    PriceListEntry current =
        list.entry(change.product(), change.effectiveFrom())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "product "
                            + change.product()
                            + " is not priced on "
                            + list
                            + " on "
                            + change.effectiveFrom()
                            + "; a product is added to a list by building the list"));
    Arguments.inCurrency(change.oldBasePrice(), list.currency(), "oldBasePrice");
    Arguments.check(
        current.basePrice().isEqual(change.oldBasePrice()),
        "oldBasePrice %s of %s does not match the base price %s in force on %s on %s",
        change.oldBasePrice(),
        change.product(),
        current.basePrice(),
        list,
        change.effectiveFrom());
    Explanation.Builder steps = Explanation.builder();
    steps.add(
        "price-change.list",
        "%s: base price %s per unit on %s on %s (entry in force since %s)",
        change.product(),
        current.basePrice(),
        list,
        change.effectiveFrom(),
        list.inForceFrom(current));
    Money size = change.difference().abs();
    Percent percent =
        Percent.of(
            size.getAmount()
                .multiply(HUNDRED)
                .divide(change.oldBasePrice().getAmount(), PERCENT_SCALE, RoundingMode.UP));
    steps.add(
        "price-change.size",
        "%s from %s to %s per unit from %s: %s (%s of the old price)",
        change.isCut() ? "cut" : "rise",
        change.oldBasePrice(),
        change.newBasePrice(),
        change.effectiveFrom(),
        size,
        percent);
    AuthorityRequest request =
        AuthorityRequest.builder().subject(policy.subject()).percent(percent).amount(size).build();
    if (current.floor().isPresent() && change.newBasePrice().isLessThan(current.floor().get())) {
      steps.add(
          "price-change.floor",
          "new price %s is below the floor %s: refused whoever asks",
          change.newBasePrice(),
          current.floor().get());
      return new PriceChangeDecision(
          change, list, percent, size, Outcome.REFUSED, null, policy.authority(), steps.build());
    }
    if (current.floor().isPresent()) {
      steps.add(
          "price-change.floor",
          "new price %s is not below the floor %s",
          change.newBasePrice(),
          current.floor().get());
    } else {
      steps.add(
          "price-change.floor", "new price %s: the entry sets no floor", change.newBasePrice());
    }
    AuthorityRoute route = policy.authority().route(change.requester(), request);
    Outcome outcome;
    if (route.withinOwnAuthority()) {
      outcome = Outcome.ALLOWED;
      steps.add(
          "price-change.authority",
          "a change of %s (%s per unit) is within the authority of %s on %s",
          percent,
          size,
          change.requester(),
          policy.subject());
    } else if (route.needsApproval()) {
      outcome = Outcome.NEEDS_APPROVAL;
      steps.add(
          "price-change.authority",
          "a change of %s (%s per unit) is beyond the authority of %s on %s: needs %s, via %s",
          percent,
          size,
          change.requester(),
          policy.subject(),
          route.approver().orElseThrow(),
          route.chain());
    } else {
      outcome = Outcome.REFUSED;
      steps.add(
          "price-change.authority",
          "a change of %s (%s per unit) is beyond every authority open to %s on %s: refused",
          percent,
          size,
          change.requester(),
          policy.subject());
    }
    return new PriceChangeDecision(
        change, list, percent, size, outcome, route, policy.authority(), steps.build());
  }
}
