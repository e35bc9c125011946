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
    PriceListEntry current = entryInForce(change, list);
    Explanation.Builder steps = Explanation.builder();
    list(change, list, current, steps);
    Money size = change.difference().abs();
    Percent percent = size(change, size, steps);
    PriceChangeDecision.Builder decision =
        PriceChangeDecision.builder()
            .change(change)
            .priceList(list)
            .sizePercent(percent)
            .sizeAmount(size)
            .authority(policy.authority());
    if (!floor(change, current, steps)) {
      return decision.outcome(Outcome.REFUSED).explanation(steps.build()).build();
    }
    AuthorityRoute route = authority(change, percent, size, steps);
    return decision.route(route).outcome(outcomeOf(route)).explanation(steps.build()).build();
  }

  /** The entry in force on the effective day, checked to carry the change's old price. */
  private static PriceListEntry entryInForce(PriceChange change, PriceList list) {
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
    return current;
  }

  /** {@link PriceChangeRule#LIST}: the entry the change starts from. */
  private static void list(
      PriceChange change, PriceList list, PriceListEntry current, Explanation.Builder steps) {
    steps.add(
        PriceChangeRule.LIST,
        "%s: base price %s per unit on %s on %s (entry in force since %s)",
        change.product(),
        current.basePrice(),
        list,
        change.effectiveFrom(),
        list.inForceFrom(current));
  }

  /** {@link PriceChangeRule#SIZE}: the change as a percent of the old price, rounded up. */
  private static Percent size(PriceChange change, Money size, Explanation.Builder steps) {
    Percent percent =
        Percent.of(
            size.getAmount()
                .multiply(HUNDRED)
                .divide(change.oldBasePrice().getAmount(), PERCENT_SCALE, RoundingMode.UP));
    steps.add(
        PriceChangeRule.SIZE,
        "%s from %s to %s per unit from %s: %s (%s of the old price)",
        change.isCut() ? "cut" : "rise",
        change.oldBasePrice(),
        change.newBasePrice(),
        change.effectiveFrom(),
        size,
        percent);
    return percent;
  }

  /** {@link PriceChangeRule#FLOOR}: false when the new price is under the entry's floor. */
  private static boolean floor(
      PriceChange change, PriceListEntry current, Explanation.Builder steps) {
    if (current.floor().isEmpty()) {
      steps.add(
          PriceChangeRule.FLOOR, "new price %s: the entry sets no floor", change.newBasePrice());
      return true;
    }
    Money floor = current.floor().get();
    if (change.newBasePrice().isLessThan(floor)) {
      steps.add(
          PriceChangeRule.FLOOR,
          "new price %s is below the floor %s: refused whoever asks",
          change.newBasePrice(),
          floor);
      return false;
    }
    steps.add(
        PriceChangeRule.FLOOR,
        "new price %s is not below the floor %s",
        change.newBasePrice(),
        floor);
    return true;
  }

  /** {@link PriceChangeRule#AUTHORITY}: the requester, else up its chain, else refused. */
  private AuthorityRoute authority(
      PriceChange change, Percent percent, Money size, Explanation.Builder steps) {
    AuthorityRequest request =
        AuthorityRequest.builder().subject(policy.subject()).percent(percent).amount(size).build();
    AuthorityRoute route = policy.authority().route(change.requester(), request);
    if (route.withinOwnAuthority()) {
      steps.add(
          PriceChangeRule.AUTHORITY,
          "a change of %s (%s per unit) is within the authority of %s on %s",
          percent,
          size,
          change.requester(),
          policy.subject());
    } else if (route.needsApproval()) {
      steps.add(
          PriceChangeRule.AUTHORITY,
          "a change of %s (%s per unit) is beyond the authority of %s on %s: needs %s, via %s",
          percent,
          size,
          change.requester(),
          policy.subject(),
          route.approver().orElseThrow(),
          route.chain());
    } else {
      steps.add(
          PriceChangeRule.AUTHORITY,
          "a change of %s (%s per unit) is beyond every authority open to %s on %s: refused",
          percent,
          size,
          change.requester(),
          policy.subject());
    }
    return route;
  }

  private static Outcome outcomeOf(AuthorityRoute route) {
    if (route.withinOwnAuthority()) {
      return Outcome.ALLOWED;
    }
    return route.needsApproval() ? Outcome.NEEDS_APPROVAL : Outcome.REFUSED;
  }
}
