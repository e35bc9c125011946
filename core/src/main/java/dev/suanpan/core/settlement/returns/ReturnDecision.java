package dev.suanpan.core.settlement.returns;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The decision on a return of goods: refused outside the return window (no credit-note lines),
 * otherwise the credit-note lines with the refund, the deductions kept and who signs off. {@code
 * refund + deductions = valuePaid} for the goods returned.
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

  /** The refund to the customer: the gross credited. */
  public Money refund() {
    return sum(CreditNoteLine::refund);
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
