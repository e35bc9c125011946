package dev.suanpan.core.settlement.complaint;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The decision on a complaint's compensation: who must approve it (by amount tier), the loss, and
 * how the loss is borne: deductions charged to the responsible staff and departments, and the rest
 * by the company. {@code deductions + borneByCompany = loss} exactly.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CompensationDecision implements Decision {
  /** The complaint form's number. */
  public abstract String reference();

  /** The compensation to the customer. */
  public abstract Money compensation();

  /** The loss: compensation plus other losses. */
  public abstract Money loss();

  /** The amounts charged to responsible parties, in the order they were named. */
  public abstract ImmutableList<Deduction> deductions();

  /** The part of the loss the company bears. */
  public abstract Money borneByCompany();

  @Override
  public abstract Outcome outcome();

  @Override
  public abstract Explanation explanation();

  @Override
  public abstract Optional<AuthorityRoute> approval();

  /** The total charged to responsible parties. */
  public Money totalDeducted() {
    Money m = Money.zero(loss().getCurrencyUnit());
    for (Deduction d : deductions()) {
      m = m.plus(d.amount());
    }
    return m;
  }

  @Value.Check
  protected void check() {
    Arguments.nonNegative(borneByCompany(), "borneByCompany");
    Arguments.check(
        totalDeducted().plus(borneByCompany()).equals(loss()),
        "deductions %s plus the company's %s must equal the loss %s",
        totalDeducted(),
        borneByCompany(),
        loss());
  }
}
