package dev.suanpan.core.settlement.cancellation;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.IncurredCost;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Settles a cancelled sale or property subscription (退房, 毁约) by a {@link SettlementPolicy}: the one
 * verb is {@link #settle(SaleContract, Cancellation)}.
 *
 * <p>The rules, in the order they are applied and explained:
 *
 * <ol>
 *   <li>{@code settlement.paid}: the payments are totalled by kind.
 *   <li>{@code settlement.terms}: the policy's terms for the stage and fault.
 *   <li>{@code settlement.deposit-cap}: a deposit counts as a deposit only up to the cap (20% of
 *       the contract price); the excess is treated like any prepayment of the price.
 *   <li>{@code settlement.deposit-forfeited}, {@code settlement.deposit-returned}, {@code
 *       settlement.deposit-returned-twofold}, {@code settlement.liquidated-damages}: on the buyer's
 *       default the seller keeps the deposit or charges the liquidated damages; on the seller's
 *       default the deposit is refunded and the seller pays as much again, or the damages, as
 *       compensation. When both a deposit penalty and damages apply, only the greater is used
 *       ({@code settlement.deposit-or-damages}; Civil Code art. 588 lets the innocent party choose
 *       one).
 *   <li>{@code settlement.incurred-costs}: the customer's share of the costs actually incurred.
 *   <li>Charges (damages, costs) are set off against the payments of the price the seller still
 *       holds, split pro rata over the kinds with {@link Allocation}; whatever they cannot cover is
 *       reported as owed ({@code settlement.charges-not-covered}), never deducted from money
 *       collected on behalf.
 *   <li>{@code settlement.on-behalf-refunded} / {@code settlement.on-behalf-kept}: amounts
 *       collected on behalf (deed tax, maintenance fund) are refunded in full when the policy says
 *       so at this stage, otherwise kept.
 *   <li>{@code settlement.refund} and {@code settlement.approval}: the totals, and who signs off
 *       the refund plus compensation, routed from the policy's requester through the authority
 *       policy.
 * </ol>
 *
 * <p>So {@code refund + retained = paid} exactly, the refund never exceeds what was paid, and the
 * seller's extra payments are a separate {@link SettlementDecision#compensationFromSeller()}.
 * Immutable and thread-safe.
 */
public final class Settlement {
  private final SettlementPolicy policy;

  private Settlement(SettlementPolicy policy) {
    this.policy = policy;
  }

  /** An engine applying {@code policy}. */
  public static Settlement of(SettlementPolicy policy) {
    return new Settlement(Arguments.notNull(policy, "policy"));
  }

  /** The policy applied. */
  public SettlementPolicy policy() {
    return policy;
  }

  /**
   * Settles the cancellation of {@code contract}.
   *
   * @throws IllegalArgumentException if a cost incurred is in another currency than the contract
   */
  public SettlementDecision settle(SaleContract contract, Cancellation cancellation) {
    Arguments.notNull(contract, "contract");
    Arguments.notNull(cancellation, "cancellation");
    CurrencyUnit cur = contract.currency();
    for (int i = 0; i < cancellation.costsIncurred().size(); i++) {
      Arguments.inCurrency(
          cancellation.costsIncurred().get(i).amount(),
          cur,
          "cancellation.costsIncurred[" + i + "].amount");
    }
    Rounding rounding = policy.rounding();
    Money zero = Money.zero(cur);
    Money price = contract.contractPrice();
    Map<PaymentKind, Money> paid = contract.paidByKind();
    ContractStage stage = cancellation.stage();
    Fault fault = cancellation.fault();
    CancellationTerms terms = policy.terms(stage, fault);
    Explanation.Builder why = Explanation.builder();
    why.add(
        "settlement.paid", "paid %s: %s", contract.totalPaid(), paid.isEmpty() ? "nothing" : paid);
    why.add("settlement.terms", "%s cancelled, %s at fault: %s", stage, fault, terms);

    // Money still held against the price, by kind; charges come out of it.
    Map<PaymentKind, Money> held = new EnumMap<>(PaymentKind.class);
    for (Map.Entry<PaymentKind, Money> e : paid.entrySet()) {
      if (e.getKey().principal()) {
        held.put(e.getKey(), e.getValue());
      }
    }
    List<Retained> retained = new ArrayList<>();

    Money depositPaid = contract.paid(PaymentKind.DEPOSIT);
    Money cap = policy.depositCap().of(price, rounding);
    Money deposit = min(depositPaid, cap);
    if (depositPaid.isPositive()) {
      if (depositPaid.isGreaterThan(cap)) {
        why.add(
            "settlement.deposit-cap",
            "deposit paid %s exceeds the cap %s of %s = %s; %s counts as deposit, %s is treated as"
                + " a prepayment of the price",
            depositPaid,
            policy.depositCap(),
            price,
            cap,
            deposit,
            depositPaid.minus(deposit));
      } else {
        why.add(
            "settlement.deposit-cap",
            "deposit %s is within the cap %s of %s = %s",
            depositPaid,
            policy.depositCap(),
            price,
            cap);
      }
    }

    Money damages = terms.liquidatedDamages().of(price, rounding);
    Money damagesCharged = zero;
    Money compensation = zero;
    boolean depositKept = false;
    if (fault == Fault.BUYER) {
      Money forfeit = terms.deposit() == DepositTreatment.FORFEITED ? deposit : zero;
      explainChoice(why, forfeit, damages, "the seller");
      if (forfeit.isPositive() && !forfeit.isLessThan(damages)) {
        depositKept = true;
        held.put(PaymentKind.DEPOSIT, held.get(PaymentKind.DEPOSIT).minus(forfeit));
        retained.add(new Retained(RetentionReason.FORFEITED_DEPOSIT, PaymentKind.DEPOSIT, forfeit));
        why.add(
            "settlement.deposit-forfeited",
            "the buyer defaulted: the deposit of %s is forfeited",
            forfeit);
      } else if (damages.isPositive()) {
        damagesCharged = damages;
        why.add(
            "settlement.liquidated-damages",
            "the buyer defaulted: liquidated damages %s of %s = %s are charged to the buyer",
            terms.liquidatedDamages(),
            price,
            damages);
      }
    } else if (fault == Fault.SELLER) {
      Money doubled = terms.deposit() == DepositTreatment.RETURNED_DOUBLE ? deposit : zero;
      explainChoice(why, doubled, damages, "the buyer");
      if (doubled.isPositive() && !doubled.isLessThan(damages)) {
        compensation = doubled;
        why.add(
            "settlement.deposit-returned-twofold",
            "the seller defaulted: the deposit of %s is refunded and the seller pays %s more as"
                + " compensation",
            deposit,
            doubled);
      } else if (damages.isPositive()) {
        compensation = damages;
        why.add(
            "settlement.liquidated-damages",
            "the seller defaulted: liquidated damages %s of %s = %s are paid to the buyer as"
                + " compensation",
            terms.liquidatedDamages(),
            price,
            damages);
      }
    }
    if (deposit.isPositive() && !depositKept) {
      why.add("settlement.deposit-returned", "the deposit of %s is refunded", deposit);
    }

    Money costs = zero;
    List<String> costText = new ArrayList<>();
    for (IncurredCost c : cancellation.costsIncurred()) {
      costs = costs.plus(c.amount());
      costText.add(c.description() + " " + c.amount());
    }
    Money costShare = terms.customerShareOfCosts().of(costs, rounding);
    if (!cancellation.costsIncurred().isEmpty()) {
      why.add(
          "settlement.incurred-costs",
          "costs actually incurred %s (%s); the customer bears %s of them = %s",
          costs,
          String.join(", ", costText),
          terms.customerShareOfCosts(),
          costShare);
    }

    Money notCovered = zero;
    notCovered =
        notCovered.plus(charge(held, retained, RetentionReason.LIQUIDATED_DAMAGES, damagesCharged));
    notCovered = notCovered.plus(charge(held, retained, RetentionReason.INCURRED_COSTS, costShare));
    if (notCovered.isPositive()) {
      why.add(
          "settlement.charges-not-covered",
          "charges of %s exceed the price payments held; they are owed by the customer, not"
              + " deducted from money collected on behalf",
          notCovered);
    }

    Map<PaymentKind, Money> refund = new EnumMap<>(PaymentKind.class);
    refund.putAll(held);
    for (Map.Entry<PaymentKind, Money> e : paid.entrySet()) {
      PaymentKind kind = e.getKey();
      if (!kind.collectedOnBehalf()) {
        continue;
      }
      if (policy.refundedInFull(stage).contains(kind)) {
        refund.put(kind, e.getValue());
        why.add(
            "settlement.on-behalf-refunded",
            "%s (%s) of %s collected on behalf is refunded in full",
            kind,
            kind.chinese(),
            e.getValue());
      } else {
        refund.put(kind, zero);
        retained.add(new Retained(RetentionReason.NOT_REFUNDABLE_ON_BEHALF, kind, e.getValue()));
        why.add(
            "settlement.on-behalf-kept",
            "%s (%s) of %s collected on behalf is not refunded at %s",
            kind,
            kind.chinese(),
            e.getValue(),
            stage);
      }
    }
    Money refundTotal = zero;
    for (Money m : refund.values()) {
      refundTotal = refundTotal.plus(m);
    }
    Money retainedTotal = contract.totalPaid().minus(refundTotal);
    why.add(
        "settlement.refund",
        "refund to the customer %s, retained %s, compensation from the seller %s",
        refundTotal,
        retainedTotal,
        compensation);

    Subject subject = policy.approvalSubject(cancellation);
    AuthorityRoute route = policy.signOff().route(subject, refundTotal.plus(compensation));
    why.add(
        "settlement.approval",
        "%s of %s: %s",
        subject,
        refundTotal.plus(compensation),
        SignOff.describe(route));

    return SettlementDecision.builder()
        .reference(contract.reference())
        .stage(stage)
        .fault(fault)
        .paidByKind(paid)
        .refundByKind(refund)
        .retained(retained)
        .compensationFromSeller(compensation)
        .chargesNotCovered(notCovered)
        .outcome(SignOff.outcomeOf(route))
        .explanation(why.build())
        .approval(route)
        .build();
  }

  private static void explainChoice(
      Explanation.Builder why, Money depositPenalty, Money damages, String innocent) {
    if (depositPenalty.isPositive() && damages.isPositive()) {
      why.add(
          "settlement.deposit-or-damages",
          "deposit penalty %s and liquidated damages %s are not cumulative; %s takes the greater",
          depositPenalty,
          damages,
          innocent);
    }
  }

  /**
   * Takes {@code amount} out of the price payments held, pro rata by kind, recording what is kept;
   * returns the part the payments held cannot cover.
   */
  private static Money charge(
      Map<PaymentKind, Money> held, List<Retained> retained, RetentionReason reason, Money amount) {
    if (!amount.isPositive()) {
      return amount.multipliedBy(0);
    }
    Money available = Money.zero(amount.getCurrencyUnit());
    for (Money m : held.values()) {
      available = available.plus(m);
    }
    Money take = min(amount, available);
    if (take.isPositive()) {
      List<PaymentKind> kinds = ImmutableList.copyOf(held.keySet());
      List<Money> parts = Allocation.byAmounts(take, ImmutableList.copyOf(held.values()));
      for (int i = 0; i < kinds.size(); i++) {
        Money part = parts.get(i);
        if (part.isPositive()) {
          PaymentKind kind = kinds.get(i);
          held.put(kind, held.get(kind).minus(part));
          retained.add(new Retained(reason, kind, part));
        }
      }
    }
    return amount.minus(take);
  }

  private static Money min(Money a, Money b) {
    return a.isGreaterThan(b) ? b : a;
  }
}
