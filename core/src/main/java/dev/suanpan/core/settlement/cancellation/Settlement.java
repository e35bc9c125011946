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
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * Settles a cancelled sale or property subscription (退房, 毁约) by a {@link SettlementPolicy}: the one
 * verb is {@link #settle(SaleContract, Cancellation)}.
 *
 * <p>The rules are the {@link SettlementRule}s, applied and explained in their order: the payments
 * by kind, the policy's terms for the stage and fault, the deposit cap, the deposit and damages on
 * the party at fault's default (only the greater of a deposit penalty and damages, Civil Code art.
 * 588), the customer's share of costs incurred, the amounts collected on behalf, the refund and who
 * signs it. Charges (damages, costs) are set off against the payments of the price the seller still
 * holds, split pro rata over the kinds with {@link Allocation}; whatever they cannot cover is
 * reported as owed, never deducted from money collected on behalf.
 *
 * <p>When part of the contract was already {@link Cancellation#performed() performed}, the deposit
 * rule applies to the unperformed part only ({@link SettlementRule#PARTIAL_PERFORMANCE}): the
 * deposit forfeited, or paid again on the seller's default, is {@code deposit × (price − performed)
 * / price} rounded with the policy's rounding; and the performed part's price is kept out of the
 * price payments held before any other charge ({@link SettlementRule#PERFORMED_PART}), what they
 * cannot cover being owed. Without it, the whole deposit, as before.
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
   * @throws IllegalArgumentException if a cost incurred or the performed value is in another
   *     currency than the contract, or the performed value exceeds the contract price
   */
  public SettlementDecision settle(SaleContract contract, Cancellation cancellation) {
    Arguments.notNull(contract, "contract");
    Arguments.notNull(cancellation, "cancellation");
    for (int i = 0; i < cancellation.costsIncurred().size(); i++) {
      Arguments.inCurrency(
          cancellation.costsIncurred().get(i).amount(),
          contract.currency(),
          "cancellation.costsIncurred[" + i + "].amount");
    }
    cancellation
        .performed()
        .ifPresent(
            p -> {
              Arguments.inCurrency(p, contract.currency(), "cancellation.performed");
              Arguments.check(
                  !p.isGreaterThan(contract.contractPrice()),
                  "cancellation.performed must not exceed the contract price %s, was %s",
                  contract.contractPrice(),
                  p);
            });
    Work w = new Work(policy, contract, cancellation);
    paid(w);
    terms(w);
    depositCap(w);
    partialPerformance(w);
    if (w.fault == Fault.BUYER) {
      buyersDefault(w);
    } else if (w.fault == Fault.SELLER) {
      sellersDefault(w);
    }
    depositReturned(w);
    incurredCosts(w);
    chargesNotCovered(w);
    onBehalf(w);
    refund(w);
    AuthorityRoute route = approval(w);
    return SettlementDecision.builder()
        .reference(contract.reference())
        .stage(w.stage)
        .fault(w.fault)
        .paidByKind(w.paid)
        .refundByKind(w.refund)
        .retained(w.retained)
        .compensationFromSeller(w.compensation)
        .chargesNotCovered(w.notCovered)
        .outcome(SignOff.outcomeOf(route))
        .explanation(w.why.build())
        .approval(route)
        .build();
  }

  /** {@link SettlementRule#PAID}. */
  private static void paid(Work w) {
    w.why.add(
        SettlementRule.PAID,
        "paid %s: %s",
        w.contract.totalPaid(),
        w.paid.isEmpty() ? "nothing" : w.paid);
  }

  /** {@link SettlementRule#TERMS}. */
  private static void terms(Work w) {
    w.why.add(SettlementRule.TERMS, "%s cancelled, %s at fault: %s", w.stage, w.fault, w.terms);
  }

  /** {@link SettlementRule#DEPOSIT_CAP}: the deposit counted is at most the cap. */
  private void depositCap(Work w) {
    Money depositPaid = w.contract.paid(PaymentKind.DEPOSIT);
    Money cap = policy.depositCap().of(w.price, w.rounding);
    w.deposit = min(depositPaid, cap);
    if (!depositPaid.isPositive()) {
      return;
    }
    if (depositPaid.isGreaterThan(cap)) {
      w.why.add(
          SettlementRule.DEPOSIT_CAP,
          "deposit paid %s exceeds the cap %s of %s = %s; %s counts as deposit, %s is treated as"
              + " a prepayment of the price",
          depositPaid,
          policy.depositCap(),
          w.price,
          cap,
          w.deposit,
          depositPaid.minus(w.deposit));
    } else {
      w.why.add(
          SettlementRule.DEPOSIT_CAP,
          "deposit %s is within the cap %s of %s = %s",
          depositPaid,
          policy.depositCap(),
          w.price,
          cap);
    }
  }

  /**
   * {@link SettlementRule#PARTIAL_PERFORMANCE}: the deposit the rule applies to, the unperformed
   * part's share of the deposit counted.
   */
  private static void partialPerformance(Work w) {
    w.penaltyDeposit = w.deposit;
    if (w.cancellation.performed().filter(Money::isPositive).isEmpty() || !w.deposit.isPositive()) {
      return;
    }
    Money performed = w.cancellation.performed().get();
    Money unperformed = w.price.minus(performed);
    w.penaltyDeposit =
        w.rounding.round(
            BigMoney.of(
                w.price.getCurrencyUnit(),
                Allocation.exactShare(w.deposit, unperformed.getAmount(), w.price.getAmount())));
    w.why.add(
        SettlementRule.PARTIAL_PERFORMANCE,
        "%s of the %s price was performed; the deposit rule applies to the unperformed %s:"
            + " %s x %s / %s = %s",
        performed,
        w.price,
        unperformed,
        w.deposit,
        unperformed,
        w.price,
        w.penaltyDeposit);
  }

  /**
   * The buyer's default: {@link SettlementRule#DEPOSIT_OR_DAMAGES}, then {@link
   * SettlementRule#DEPOSIT_FORFEITED} or {@link SettlementRule#LIQUIDATED_DAMAGES} charged.
   */
  private static void buyersDefault(Work w) {
    Money forfeit = w.terms.deposit() == DepositTreatment.FORFEITED ? w.penaltyDeposit : w.zero;
    depositOrDamages(w, forfeit, "the seller");
    if (forfeit.isPositive() && !forfeit.isLessThan(w.damages)) {
      w.depositKept = true;
      w.held.put(PaymentKind.DEPOSIT, w.held.get(PaymentKind.DEPOSIT).minus(forfeit));
      w.retained.add(new Retained(RetentionReason.FORFEITED_DEPOSIT, PaymentKind.DEPOSIT, forfeit));
      if (forfeit.equals(w.deposit)) {
        w.why.add(
            SettlementRule.DEPOSIT_FORFEITED,
            "the buyer defaulted: the deposit of %s is forfeited",
            forfeit);
      } else {
        w.why.add(
            SettlementRule.DEPOSIT_FORFEITED,
            "the buyer defaulted: %s of the deposit of %s is forfeited, the rest is a payment of"
                + " the price",
            forfeit,
            w.deposit);
      }
    } else if (w.damages.isPositive()) {
      w.damagesCharged = w.damages;
      w.why.add(
          SettlementRule.LIQUIDATED_DAMAGES,
          "the buyer defaulted: liquidated damages %s of %s = %s are charged to the buyer",
          w.terms.liquidatedDamages(),
          w.price,
          w.damages);
    }
  }

  /**
   * The seller's default: {@link SettlementRule#DEPOSIT_OR_DAMAGES}, then {@link
   * SettlementRule#DEPOSIT_RETURNED_TWOFOLD} or {@link SettlementRule#LIQUIDATED_DAMAGES} paid.
   */
  private static void sellersDefault(Work w) {
    Money doubled =
        w.terms.deposit() == DepositTreatment.RETURNED_DOUBLE ? w.penaltyDeposit : w.zero;
    depositOrDamages(w, doubled, "the buyer");
    if (doubled.isPositive() && !doubled.isLessThan(w.damages)) {
      w.compensation = doubled;
      w.why.add(
          SettlementRule.DEPOSIT_RETURNED_TWOFOLD,
          "the seller defaulted: the deposit of %s is refunded and the seller pays %s more as"
              + " compensation",
          w.deposit,
          doubled);
    } else if (w.damages.isPositive()) {
      w.compensation = w.damages;
      w.why.add(
          SettlementRule.LIQUIDATED_DAMAGES,
          "the seller defaulted: liquidated damages %s of %s = %s are paid to the buyer as"
              + " compensation",
          w.terms.liquidatedDamages(),
          w.price,
          w.damages);
    }
  }

  /** {@link SettlementRule#DEPOSIT_OR_DAMAGES}, when both a deposit penalty and damages apply. */
  private static void depositOrDamages(Work w, Money depositPenalty, String innocent) {
    if (depositPenalty.isPositive() && w.damages.isPositive()) {
      w.why.add(
          SettlementRule.DEPOSIT_OR_DAMAGES,
          "deposit penalty %s and liquidated damages %s are not cumulative; %s takes the greater",
          depositPenalty,
          w.damages,
          innocent);
    }
  }

  /** {@link SettlementRule#DEPOSIT_RETURNED}: a deposit not kept. */
  private static void depositReturned(Work w) {
    if (w.deposit.isPositive() && !w.depositKept) {
      if (w.cancellation.performed().filter(Money::isPositive).isPresent()) {
        w.why.add(
            SettlementRule.DEPOSIT_RETURNED,
            "the deposit of %s is not kept as a penalty; it counts toward the price (定金抵作价款)",
            w.deposit);
      } else {
        w.why.add(SettlementRule.DEPOSIT_RETURNED, "the deposit of %s is refunded", w.deposit);
      }
    }
  }

  /** {@link SettlementRule#INCURRED_COSTS}: the customer's share of the costs incurred. */
  private static void incurredCosts(Work w) {
    List<IncurredCost> incurred = w.cancellation.costsIncurred();
    Money costs = w.zero;
    List<String> costText = new ArrayList<>();
    for (IncurredCost c : incurred) {
      costs = costs.plus(c.amount());
      costText.add(c.description() + " " + c.amount());
    }
    w.costShare = w.terms.customerShareOfCosts().of(costs, w.rounding);
    if (!incurred.isEmpty()) {
      w.why.add(
          SettlementRule.INCURRED_COSTS,
          "costs actually incurred %s (%s); the customer bears %s of them = %s",
          costs,
          String.join(", ", costText),
          w.terms.customerShareOfCosts(),
          w.costShare);
    }
  }

  /**
   * {@link SettlementRule#PERFORMED_PART}, then the damages and costs charged, come out of the
   * price payments held; {@link SettlementRule#CHARGES_NOT_COVERED} what they cannot cover.
   */
  private static void chargesNotCovered(Work w) {
    Money performed = w.cancellation.performed().orElse(w.zero);
    if (performed.isPositive()) {
      w.why.add(
          SettlementRule.PERFORMED_PART,
          "the price of the part performed, %s, is kept out of the price payments held",
          performed);
    }
    w.notCovered =
        charge(w, RetentionReason.PERFORMED_PART, performed)
            .plus(charge(w, RetentionReason.LIQUIDATED_DAMAGES, w.damagesCharged))
            .plus(charge(w, RetentionReason.INCURRED_COSTS, w.costShare));
    if (w.notCovered.isPositive()) {
      w.why.add(
          SettlementRule.CHARGES_NOT_COVERED,
          "charges of %s exceed the price payments held; they are owed by the customer, not"
              + " deducted from money collected on behalf",
          w.notCovered);
    }
  }

  /**
   * {@link SettlementRule#ON_BEHALF_REFUNDED} or {@link SettlementRule#ON_BEHALF_KEPT} for each
   * kind collected on behalf.
   */
  private void onBehalf(Work w) {
    w.refund.putAll(w.held);
    for (Map.Entry<PaymentKind, Money> e : w.paid.entrySet()) {
      PaymentKind kind = e.getKey();
      if (!kind.collectedOnBehalf()) {
        continue;
      }
      if (policy.refundedInFull(w.stage).contains(kind)) {
        w.refund.put(kind, e.getValue());
        w.why.add(
            SettlementRule.ON_BEHALF_REFUNDED,
            "%s (%s) of %s collected on behalf is refunded in full",
            kind,
            kind.chinese(),
            e.getValue());
      } else {
        w.refund.put(kind, w.zero);
        w.retained.add(new Retained(RetentionReason.NOT_REFUNDABLE_ON_BEHALF, kind, e.getValue()));
        w.why.add(
            SettlementRule.ON_BEHALF_KEPT,
            "%s (%s) of %s collected on behalf is not refunded at %s",
            kind,
            kind.chinese(),
            e.getValue(),
            w.stage);
      }
    }
  }

  /** {@link SettlementRule#REFUND}: the totals. */
  private static void refund(Work w) {
    Money total = w.zero;
    for (Money m : w.refund.values()) {
      total = total.plus(m);
    }
    w.refundTotal = total;
    w.why.add(
        SettlementRule.REFUND,
        "refund to the customer %s, retained %s, compensation from the seller %s",
        total,
        w.contract.totalPaid().minus(total),
        w.compensation);
  }

  /** {@link SettlementRule#APPROVAL}: who signs the refund plus compensation. */
  private AuthorityRoute approval(Work w) {
    Subject subject = policy.approvalSubject(w.cancellation);
    Money amount = w.refundTotal.plus(w.compensation);
    AuthorityRoute route = policy.signOff().route(subject, amount);
    w.why.add(SettlementRule.APPROVAL, "%s of %s: %s", subject, amount, SignOff.describe(route));
    return route;
  }

  /**
   * Takes {@code amount} out of the price payments held, pro rata by kind, recording what is kept;
   * returns the part the payments held cannot cover.
   */
  private static Money charge(Work w, RetentionReason reason, Money amount) {
    if (!amount.isPositive()) {
      return w.zero;
    }
    Money available = w.zero;
    for (Money m : w.held.values()) {
      available = available.plus(m);
    }
    Money take = min(amount, available);
    if (take.isPositive()) {
      List<PaymentKind> kinds = ImmutableList.copyOf(w.held.keySet());
      List<Money> parts = Allocation.byAmounts(take, ImmutableList.copyOf(w.held.values()));
      for (int i = 0; i < kinds.size(); i++) {
        Money part = parts.get(i);
        if (part.isPositive()) {
          PaymentKind kind = kinds.get(i);
          w.held.put(kind, w.held.get(kind).minus(part));
          w.retained.add(new Retained(reason, kind, part));
        }
      }
    }
    return amount.minus(take);
  }

  private static Money min(Money a, Money b) {
    return a.isGreaterThan(b) ? b : a;
  }

  /** One settlement in progress: the facts, the amounts found so far, and the explanation. */
  private static final class Work {
    final SaleContract contract;
    final Cancellation cancellation;
    final ContractStage stage;
    final Fault fault;
    final CancellationTerms terms;
    final Rounding rounding;
    final Money zero;
    final Money price;
    final Money damages;
    final Map<PaymentKind, Money> paid;

    /** Money still held against the price, by kind; charges come out of it. */
    final Map<PaymentKind, Money> held = new EnumMap<>(PaymentKind.class);

    final Map<PaymentKind, Money> refund = new EnumMap<>(PaymentKind.class);
    final List<Retained> retained = new ArrayList<>();
    final Explanation.Builder why = Explanation.builder();
    Money deposit;

    /** The deposit the deposit rule applies to: all of it, or the unperformed part's share. */
    Money penaltyDeposit;

    Money damagesCharged;
    Money compensation;
    Money costShare;
    Money notCovered;
    Money refundTotal;
    boolean depositKept;

    Work(SettlementPolicy policy, SaleContract contract, Cancellation cancellation) {
      this.contract = contract;
      this.cancellation = cancellation;
      this.stage = cancellation.stage();
      this.fault = cancellation.fault();
      this.terms = policy.terms(stage, fault);
      this.rounding = policy.rounding();
      this.zero = Money.zero(contract.currency());
      this.price = contract.contractPrice();
      this.damages = terms.liquidatedDamages().of(price, rounding);
      this.paid = contract.paidByKind();
      for (Map.Entry<PaymentKind, Money> e : paid.entrySet()) {
        if (e.getKey().principal()) {
          held.put(e.getKey(), e.getValue());
        }
      }
      this.damagesCharged = zero;
      this.compensation = zero;
    }
  }
}
