package dev.suanpan.core.settlement.returns;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatRate;
import dev.suanpan.money.tax.VatSplit;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Settles a return of goods, full or partial, by a {@link ReturnPolicy}: the one verb is {@link
 * #settle(Sale, ReturnRequest)}.
 *
 * <p>The rules, in order: {@link ReturnRule#WINDOW} (goods must come back within the window, else
 * the return is refused with no credit note); {@link ReturnRule#LINE}, per line returned: the value
 * paid is the line's amount actually paid (after its share of the document discount, VAT included)
 * for the quantity returned, the deduction is the policy's percent for the reason, and the credit
 * is split into net and VAT at the line's rate; {@link ReturnRule#SHIPPING} (the shipping cost
 * given with the request deducted from the refund when the policy charges shipping for the reason,
 * at most what is credited; the credit note keeps the goods' figures); {@link ReturnRule#REFUND};
 * {@link ReturnRule#APPROVAL} (the refund routed through the policy's sign-off).
 *
 * <p>Each amount is computed on the cumulative quantity returned and the earlier returns are
 * subtracted: {@code value(earlier + now) − value(earlier)}, where {@code value(q)} is the line's
 * amount paid split by {@link Allocation} in the ratio {@code q : sold − q}. So a line returned in
 * several parts, or all lines returned one by one, refund, deduct and credit VAT exactly as one
 * full return does. Immutable and thread-safe.
 */
public final class GoodsReturn {
  private final ReturnPolicy policy;

  private GoodsReturn(ReturnPolicy policy) {
    this.policy = policy;
  }

  /** An engine applying {@code policy}. */
  public static GoodsReturn of(ReturnPolicy policy) {
    return new GoodsReturn(Arguments.notNull(policy, "policy"));
  }

  /** The policy applied. */
  public ReturnPolicy policy() {
    return policy;
  }

  /**
   * Settles {@code request} against {@code sale}.
   *
   * @throws IllegalArgumentException if the goods come back before the sale, a line is not on the
   *     sale, or more would be returned in all than was sold (naming the line and quantities)
   */
  public ReturnDecision settle(Sale sale, ReturnRequest request) {
    Arguments.notNull(sale, "sale");
    Arguments.notNull(request, "request");
    long daysAfter = ChronoUnit.DAYS.between(sale.soldOn(), request.returnedOn());
    Arguments.check(
        daysAfter >= 0,
        "returnedOn %s must not be before the sale on %s",
        request.returnedOn(),
        sale.soldOn());
    checkQuantities(sale, request);
    Explanation.Builder why = Explanation.builder();
    ImmutableReturnDecision.Builder decision =
        ImmutableReturnDecision.builder()
            .saleReference(sale.reference())
            .currency(sale.currency())
            .reason(request.reason());
    if (!window(why, sale, request, daysAfter)) {
      return decision.outcome(Outcome.REFUSED).explanation(why.build()).build();
    }
    List<CreditNoteLine> lines = lines(why, sale, request);
    Money shipping = shipping(why, sale, request, lines);
    Money refund = refund(why, sale, lines, shipping);
    Outcome outcome = Outcome.ALLOWED;
    Optional<AuthorityRoute> route = approval(why, refund);
    if (route.isPresent()) {
      outcome = SignOff.outcomeOf(route.get());
    }
    return decision
        .creditNoteLines(lines)
        .shippingDeducted(shipping)
        .outcome(outcome)
        .explanation(why.build())
        .approval(route)
        .build();
  }

  private static void checkQuantities(Sale sale, ReturnRequest request) {
    for (String id : request.alreadyReturned().keySet()) {
      SoldLine line = lineOf(sale, id);
      Arguments.check(
          request.alreadyReturned(id).compareTo(line.quantity()) <= 0,
          "line %s: %s already returned exceeds the %s sold",
          id,
          request.alreadyReturned(id),
          line.quantity());
    }
    for (ReturnLine r : request.lines()) {
      SoldLine line = lineOf(sale, r.lineId());
      BigDecimal after = request.alreadyReturned(r.lineId()).add(r.quantity());
      Arguments.check(
          after.compareTo(line.quantity()) <= 0,
          "line %s: returning %s after %s already returned exceeds the %s sold",
          r.lineId(),
          r.quantity(),
          request.alreadyReturned(r.lineId()),
          line.quantity());
    }
  }

  /** {@link ReturnRule#WINDOW}: true when the goods come back within the window. */
  private boolean window(
      Explanation.Builder why, Sale sale, ReturnRequest request, long daysAfter) {
    if (daysAfter > policy.returnWindowDays()) {
      why.add(
          ReturnRule.WINDOW,
          "returned on %s, %d days after the sale on %s, outside the %d-day return window",
          request.returnedOn(),
          daysAfter,
          sale.soldOn(),
          policy.returnWindowDays());
      return false;
    }
    why.add(
        ReturnRule.WINDOW,
        "returned on %s, %d days after the sale, within the %d-day return window",
        request.returnedOn(),
        daysAfter,
        policy.returnWindowDays());
    return true;
  }

  /** {@link ReturnRule#LINE}, for each line returned. */
  private List<CreditNoteLine> lines(Explanation.Builder why, Sale sale, ReturnRequest request) {
    Percent pct = policy.deduction(request.reason());
    Rounding rounding = policy.rounding();
    List<CreditNoteLine> lines = new ArrayList<>();
    for (ReturnLine r : request.lines()) {
      SoldLine line = lineOf(sale, r.lineId());
      Money paid = sale.paidPerLine().get(line.lineId());
      BigDecimal earlier = request.alreadyReturned(r.lineId());
      BigDecimal after = earlier.add(r.quantity());
      Cumulative before = Cumulative.of(paid, line, earlier, pct, rounding);
      Cumulative now = Cumulative.of(paid, line, after, pct, rounding);
      Money valuePaid = now.value.minus(before.value);
      Money deduction = now.deduction.minus(before.deduction);
      Money tax = now.credit.tax().minus(before.credit.tax());
      Money gross = now.credit.gross().minus(before.credit.gross());
      VatSplit credit = new VatSplit(gross.minus(tax), tax, gross, line.vatRate());
      lines.add(
          ImmutableCreditNoteLine.builder()
              .lineId(line.lineId())
              .quantity(r.quantity())
              .valuePaid(valuePaid)
              .deduction(deduction)
              .credit(credit)
              .build());
      why.add(
          ReturnRule.LINE,
          "line %s (%s): %s of %s returned%s; paid %s for the line after %s of document discount,"
              + " %s for these; %s deduction %s = %s; credit %s",
          line.lineId(),
          line.description(),
          r.quantity().toPlainString(),
          line.quantity().toPlainString(),
          earlier.signum() == 0 ? "" : " (" + earlier.toPlainString() + " earlier)",
          paid,
          line.amount().minus(paid),
          valuePaid,
          request.reason(),
          pct,
          deduction,
          credit);
    }
    return lines;
  }

  /**
   * {@link ReturnRule#SHIPPING}: the shipping cost deducted, when the request gives one; zero when
   * the policy does not charge it for the reason.
   */
  private Money shipping(
      Explanation.Builder why, Sale sale, ReturnRequest request, List<CreditNoteLine> lines) {
    Money zero = Money.zero(sale.currency());
    if (request.shippingCost().isEmpty()) {
      return zero;
    }
    Money cost =
        Arguments.inCurrency(request.shippingCost().get(), sale.currency(), "shippingCost");
    if (!policy.shippingCharged().contains(request.reason())) {
      why.add(
          ReturnRule.SHIPPING,
          "shipping %s is not charged on a return for %s",
          cost,
          request.reason());
      return zero;
    }
    Money credited = zero;
    for (CreditNoteLine l : lines) {
      credited = credited.plus(l.refund());
    }
    Money deducted = cost.isGreaterThan(credited) ? credited : cost;
    why.add(
        ReturnRule.SHIPPING,
        "shipping %s is charged on a return for %s: %s deducted from the refund%s",
        cost,
        request.reason(),
        deducted,
        deducted.equals(cost) ? "" : ", at most the " + credited + " credited");
    return deducted;
  }

  /** {@link ReturnRule#REFUND}: the gross credited less the shipping deducted. */
  private static Money refund(
      Explanation.Builder why, Sale sale, List<CreditNoteLine> lines, Money shipping) {
    Money refund = shipping.negated();
    Money valuePaid = Money.zero(sale.currency());
    for (CreditNoteLine l : lines) {
      refund = refund.plus(l.refund());
      valuePaid = valuePaid.plus(l.valuePaid());
    }
    why.add(
        ReturnRule.REFUND,
        "refund %s of the %s paid for the goods returned, %s deducted",
        refund,
        valuePaid,
        valuePaid.minus(refund));
    return refund;
  }

  /** {@link ReturnRule#APPROVAL}, when the policy names who signs off. */
  private Optional<AuthorityRoute> approval(Explanation.Builder why, Money refund) {
    if (policy.signOff().isEmpty()) {
      return Optional.empty();
    }
    AuthorityRoute r = policy.signOff().get().route(ReturnPolicy.SALES_RETURN, refund);
    why.add(ReturnRule.APPROVAL, "return of %s: %s", refund, SignOff.describe(r));
    return Optional.of(r);
  }

  private static SoldLine lineOf(Sale sale, String lineId) {
    return sale.line(lineId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "line "
                        + lineId
                        + " is not on sale "
                        + sale.reference()
                        + "; its lines are "
                        + ImmutableList.copyOf(
                            sale.lines().stream().map(SoldLine::lineId).iterator())));
  }

  /** The value, deduction and credit of a line for a cumulative quantity returned. */
  private record Cumulative(Money value, Money deduction, VatSplit credit) {
    static Cumulative of(
        Money paid, SoldLine line, BigDecimal quantity, Percent pct, Rounding rounding) {
      Money value =
          Allocation.byWeights(paid, List.of(quantity, line.quantity().subtract(quantity))).get(0);
      Money deduction = pct.of(value, rounding);
      VatRate rate = line.vatRate();
      return new Cumulative(value, deduction, rate.splitGross(value.minus(deduction), rounding));
    }
  }
}
