package dev.suanpan.core.settlement.cancellation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.money.internal.Arguments;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The settlement of a cancelled sale or subscription: what was paid, what is refunded to the
 * customer, what is kept and why, and who must sign.
 *
 * <p><b>Money paid and money owed are kept apart.</b> {@link #refund()} and {@link #retained()}
 * split exactly the money the customer paid: {@code refund + retained = paid}, in total and for
 * every {@link PaymentKind}, and the refund never exceeds what was paid. What the seller owes on
 * top of that on its own default (the second half of a deposit returned twofold, or liquidated
 * damages) is {@link #compensationFromSeller()}, a separate payable; what the customer owes beyond
 * the price payments it made (damages larger than the money held) is {@link #chargesNotCovered()},
 * a separate receivable. The customer receives {@link #totalToCustomer()}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class SettlementDecision implements Decision {
  /** The contract's reference. */
  public abstract String reference();

  /** How far the sale had gone. */
  public abstract ContractStage stage();

  /** Who was at fault. */
  public abstract Fault fault();

  /** Everything the customer paid, by kind. */
  public abstract ImmutableMap<PaymentKind, Money> paidByKind();

  /** The refund to the customer out of the money paid, by kind. */
  public abstract ImmutableMap<PaymentKind, Money> refundByKind();

  /** The amounts kept out of the money paid, each with its reason and kind. */
  public abstract ImmutableList<Retained> retained();

  /** What the seller pays the customer on top of the refund, on the seller's default. */
  public abstract Money compensationFromSeller();

  /** Charges to the customer larger than the price payments held: owed, not deducted. */
  public abstract Money chargesNotCovered();

  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  @Override
  public abstract Optional<AuthorityRoute> approval();

  /** The currency of the settlement. */
  public CurrencyUnit currency() {
    return compensationFromSeller().getCurrencyUnit();
  }

  /** Everything the customer paid. */
  public Money paid() {
    return sum(paidByKind().values());
  }

  /** The refund to the customer out of the money paid. */
  public Money refund() {
    return sum(refundByKind().values());
  }

  /** Everything kept out of the money paid. */
  public Money totalRetained() {
    Money m = Money.zero(currency());
    for (Retained r : retained()) {
      m = m.plus(r.amount());
    }
    return m;
  }

  /** The amount kept for {@code reason}; zero if none. */
  public Money retainedFor(RetentionReason reason) {
    Arguments.notNull(reason, "reason");
    Money m = Money.zero(currency());
    for (Retained r : retained()) {
      if (r.reason() == reason) {
        m = m.plus(r.amount());
      }
    }
    return m;
  }

  /** The amount kept out of payments of {@code kind}; zero if none. */
  public Money retainedFrom(PaymentKind kind) {
    Arguments.notNull(kind, "kind");
    Money m = Money.zero(currency());
    for (Retained r : retained()) {
      if (r.paidAs() == kind) {
        m = m.plus(r.amount());
      }
    }
    return m;
  }

  /** The refund of payments of {@code kind}; zero if none. */
  public Money refundOf(PaymentKind kind) {
    return refundByKind().getOrDefault(Arguments.notNull(kind, "kind"), Money.zero(currency()));
  }

  /** What the customer receives in all: the refund plus the seller's compensation. */
  public Money totalToCustomer() {
    return refund().plus(compensationFromSeller());
  }

  private Money sum(Iterable<Money> amounts) {
    Money m = Money.zero(currency());
    for (Money a : amounts) {
      m = m.plus(a);
    }
    return m;
  }

  @Value.Check
  protected void check() {
    Arguments.nonNegative(compensationFromSeller(), "compensationFromSeller");
    Arguments.inCurrency(chargesNotCovered(), currency(), "chargesNotCovered");
    Arguments.nonNegative(chargesNotCovered(), "chargesNotCovered");
    for (Map.Entry<PaymentKind, Money> e : paidByKind().entrySet()) {
      Money refund = refundOf(e.getKey());
      Arguments.nonNegative(refund, "refund of " + e.getKey());
      Arguments.check(
          refund.plus(retainedFrom(e.getKey())).equals(e.getValue()),
          "refund %s plus retained %s of %s must equal the %s paid",
          refund,
          retainedFrom(e.getKey()),
          e.getKey(),
          e.getValue());
    }
    Arguments.check(
        refund().plus(totalRetained()).equals(paid()),
        "refund %s plus retained %s must equal the %s paid",
        refund(),
        totalRetained(),
        paid());
    for (PaymentKind k : refundByKind().keySet()) {
      Arguments.check(paidByKind().containsKey(k), "refund of %s, which was never paid", k);
    }
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SettlementDecision}; rejects what {@link SettlementDecision} rejects. */
  public static final class Builder extends ImmutableSettlementDecision.Builder {
    Builder() {}
  }
}
