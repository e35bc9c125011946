package dev.suanpan.inventory;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Checks a delivery against its purchase order line (004 篇3): a delivery of another item is
 * refused; up to the ordered quantity plus the tolerance it may be received; beyond that it needs
 * the written consent of an authorised person (the subject {@link #SUBJECT}, measured in percent
 * over the order), who is named in the decision. Its rules, in order, are the {@link
 * ReceivingRule}s. Thread-safe.
 */
public final class ReceivingCheck {
  /** The authority subject of receiving more than ordered. */
  public static final Subject SUBJECT = Subject.of("over-receipt");

  private final Percent tolerance;
  private final AuthorityPolicy authority;

  /**
   * A check allowing {@code tolerance} over the order without consent, and routing larger
   * over-receipts by {@code authority}. Rejects a negative tolerance.
   */
  public ReceivingCheck(Percent tolerance, AuthorityPolicy authority) {
    Arguments.notNull(tolerance, "tolerance");
    Arguments.check(!tolerance.isNegative(), "tolerance must not be negative, was %s", tolerance);
    this.tolerance = tolerance;
    this.authority = Arguments.notNull(authority, "authority");
  }

  /**
   * Decides on receiving {@code quantity} of {@code item} against the order line: {@code ordered}
   * units of {@code orderedItem}, {@code alreadyReceived} of them received; {@code receiver} is the
   * role asking (the storekeeper).
   */
  public Result check(
      String order,
      ItemId orderedItem,
      BigDecimal ordered,
      BigDecimal alreadyReceived,
      ItemId item,
      BigDecimal quantity,
      Role receiver) {
    Arguments.notBlank(order, "order");
    Arguments.notNull(orderedItem, "orderedItem");
    Arguments.positive(ordered, "ordered");
    Arguments.nonNegative(alreadyReceived, "alreadyReceived");
    Arguments.notNull(item, "item");
    Arguments.positive(quantity, "quantity");
    Arguments.notNull(receiver, "receiver");
    Explanation.Builder why = Explanation.builder();
    if (!item.equals(orderedItem)) {
      return poMismatch(why, order, orderedItem, item);
    }
    BigDecimal total = alreadyReceived.add(quantity);
    BigDecimal over = total.subtract(ordered);
    if (over.signum() <= 0) {
      return withinOrder(why, order, ordered, quantity, total);
    }
    Percent overShare =
        Percent.of(over.multiply(BigDecimal.valueOf(100)).divide(ordered, 2, RoundingMode.UP));
    if (!overShare.isGreaterThan(tolerance)) {
      return withinTolerance(why, order, ordered, over, overShare);
    }
    return overReceipt(why, order, ordered, over, overShare, receiver);
  }

  /** {@link ReceivingRule#PO_MISMATCH}: another item than the order line's is refused. */
  private static Result poMismatch(
      Explanation.Builder why, String order, ItemId orderedItem, ItemId item) {
    why.add(
        ReceivingRule.PO_MISMATCH,
        "delivery of %s does not match order %s for %s: refuse it",
        item,
        order,
        orderedItem);
    return new Result(Outcome.REFUSED, why.build(), null);
  }

  /** {@link ReceivingRule#WITHIN_ORDER}: up to the ordered quantity is received. */
  private static Result withinOrder(
      Explanation.Builder why,
      String order,
      BigDecimal ordered,
      BigDecimal quantity,
      BigDecimal total) {
    why.add(
        ReceivingRule.WITHIN_ORDER,
        "receiving %s brings order %s to %s of %s ordered",
        quantity.toPlainString(),
        order,
        total.toPlainString(),
        ordered.toPlainString());
    return new Result(Outcome.ALLOWED, why.build(), null);
  }

  /** {@link ReceivingRule#WITHIN_TOLERANCE}: over the order within the tolerance is received. */
  private Result withinTolerance(
      Explanation.Builder why,
      String order,
      BigDecimal ordered,
      BigDecimal over,
      Percent overShare) {
    why.add(
        ReceivingRule.WITHIN_TOLERANCE,
        "order %s: %s over the %s ordered (%s) is within the tolerance of %s",
        order,
        over.toPlainString(),
        ordered.toPlainString(),
        overShare,
        tolerance);
    return new Result(Outcome.ALLOWED, why.build(), null);
  }

  /**
   * {@link ReceivingRule#OVER_RECEIPT}: beyond the tolerance, allowed within the receiver's own
   * authority, else needing the consent of the approver the authority names, else refused.
   */
  private Result overReceipt(
      Explanation.Builder why,
      String order,
      BigDecimal ordered,
      BigDecimal over,
      Percent overShare,
      Role receiver) {
    AuthorityRoute route =
        authority.route(receiver, AuthorityRequest.ofPercent(SUBJECT, overShare));
    if (route.withinOwnAuthority()) {
      why.add(
          ReceivingRule.OVER_RECEIPT,
          "order %s: %s over (%s) is within the authority of %s",
          order,
          over.toPlainString(),
          overShare,
          receiver);
      return new Result(Outcome.ALLOWED, why.build(), null);
    }
    if (route.beyondEveryAuthority()) {
      why.add(
          ReceivingRule.OVER_RECEIPT,
          "order %s: %s over (%s) is beyond every authority: receive only up to the tolerance",
          order,
          over.toPlainString(),
          overShare);
      return new Result(Outcome.REFUSED, why.build(), null);
    }
    why.add(
        ReceivingRule.OVER_RECEIPT,
        "order %s: %s over the %s ordered (%s) exceeds the tolerance of %s; needs the written"
            + " consent of %s",
        order,
        over.toPlainString(),
        ordered.toPlainString(),
        overShare,
        tolerance,
        route.approver().orElseThrow());
    return new Result(Outcome.NEEDS_APPROVAL, why.build(), route);
  }

  /** The decision on a delivery. */
  public static final class Result implements Decision {
    private final Outcome outcome;
    private final Explanation explanation;
    private final AuthorityRoute route;

    private Result(Outcome outcome, Explanation explanation, AuthorityRoute route) {
      this.outcome = outcome;
      this.explanation = explanation;
      this.route = route;
    }

    @Override
    public Outcome outcome() {
      return outcome;
    }

    @Override
    public Explanation explanation() {
      return explanation;
    }

    @Override
    public Optional<AuthorityRoute> approval() {
      return Optional.ofNullable(route);
    }

    @Override
    public String toString() {
      return outcome + "\n" + explanation;
    }
  }
}
