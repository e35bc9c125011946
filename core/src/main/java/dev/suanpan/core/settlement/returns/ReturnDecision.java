package dev.suanpan.core.settlement.returns;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The decision on a return of goods: refused outside the return window (no credit-note lines),
 * otherwise the credit-note lines with the refund, the deductions kept and who signs off. {@code
 * refund + deductions + shippingDeducted = valuePaid} for the goods returned; the credit note
 * itself is {@link #credited()}, the refund that less the shipping deducted.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ReturnDecision implements Decision {
  /** The sale's reference. */
  public abstract String saleReference();

  /** The currency of the sale. */
  public abstract CurrencyUnit currency();

  /** Why the goods came back. */
  public abstract ReturnReason reason();

  /** The credit-note lines; empty when the return is refused. */
  public abstract ImmutableList<CreditNoteLine> creditNoteLines();

  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  @Override
  public abstract Optional<AuthorityRoute> approval();

  /** The value paid for the goods returned. */
  public Money valuePaid() {
    return sum(CreditNoteLine::valuePaid);
  }

  /** The deductions kept. */
  public Money deductions() {
    return sum(CreditNoteLine::deduction);
  }

  /**
   * The shipping cost deducted from the refund (zero unless the policy charges shipping for the
   * reason and the request gives one).
   */
  @Value.Default
  public Money shippingDeducted() {
    return Money.zero(currency());
  }

  /** The gross credited on the credit note: the lines' value paid less their deductions. */
  public Money credited() {
    return sum(CreditNoteLine::refund);
  }

  /** The refund to the customer: the gross credited less the shipping deducted. */
  public Money refund() {
    return credited().minus(shippingDeducted());
  }

  @Value.Check
  protected void check() {
    Arguments.inCurrency(shippingDeducted(), currency(), "shippingDeducted");
    Arguments.nonNegative(shippingDeducted(), "shippingDeducted");
    Arguments.check(
        !shippingDeducted().isGreaterThan(credited()),
        "shippingDeducted %s must not exceed the %s credited",
        shippingDeducted(),
        credited());
  }

  /** The net amount credited. */
  public Money netCredited() {
    return sum(l -> l.credit().net());
  }

  /** The VAT credited. */
  public Money vatCredited() {
    return sum(l -> l.credit().tax());
  }

  private Money sum(Function<CreditNoteLine, Money> part) {
    Money m = Money.zero(currency());
    for (CreditNoteLine l : creditNoteLines()) {
      m = m.plus(part.apply(l));
    }
    return m;
  }
}
