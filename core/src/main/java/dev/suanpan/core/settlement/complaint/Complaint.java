package dev.suanpan.core.settlement.complaint;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.settlement.IncurredCost;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A settled customer complaint as far as money goes (客户投诉处理表): the compensation or discount granted
 * to the customer, the company's other losses from it (rework, freight), and who the investigation
 * held responsible, with their shares. The loss (损失金额) is the compensation plus the other losses.
 * With nobody held responsible (damage in transit, pursued with the carrier) the company bears the
 * loss.
 *
 * <p>Rejects a negative compensation, amounts in different currencies, the same party named twice,
 * and shares that do not add up to 100%.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Complaint {
  /** The number of the complaint form. */
  public abstract String reference();

  /** The customer who complained. */
  public abstract CustomerId customer();

  /** The compensation or discount granted to the customer (赔款, 折扣). */
  public abstract Money compensation();

  /** The company's other losses from the complaint: rework, freight, replacement. */
  public abstract ImmutableList<IncurredCost> otherLosses();

  /** Who is responsible and for what share; empty when the company bears the loss. */
  public abstract ImmutableList<Responsibility> responsible();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Complaint}; rejects what {@link Complaint} rejects. */
  public static final class Builder extends ImmutableComplaint.Builder {
    Builder() {}
  }

  /** The currency of the complaint. */
  public CurrencyUnit currency() {
    return compensation().getCurrencyUnit();
  }

  /** The loss: the compensation plus the other losses. */
  public Money loss() {
    Money m = compensation();
    for (IncurredCost c : otherLosses()) {
      m = m.plus(c.amount());
    }
    return m;
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(reference(), "reference");
    Arguments.nonNegative(compensation(), "compensation");
    for (int i = 0; i < otherLosses().size(); i++) {
      Arguments.inCurrency(otherLosses().get(i).amount(), currency(), "otherLosses[" + i + "]");
    }
    if (!responsible().isEmpty()) {
      Percent sum = Percent.ZERO;
      java.util.Set<ResponsibleParty> seen = new java.util.HashSet<>();
      for (Responsibility r : responsible()) {
        Arguments.check(seen.add(r.party()), "%s is named responsible twice", r.party());
        sum = sum.plus(r.share());
      }
      Arguments.check(
          sum.equals(Percent.HUNDRED),
          "responsible shares must add up to 100%%, were %s in all: %s",
          sum,
          responsible());
    }
  }
}
