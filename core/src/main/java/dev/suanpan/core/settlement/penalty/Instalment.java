package dev.suanpan.core.settlement.penalty;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One instalment of a payment schedule (供款时间表): the amount, the due date, and the day it was paid
 * in full, if it has been.
 *
 * <p>Rejects a blank label and a non-positive amount.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Instalment {
  /** The instalment's label on the schedule: "2nd instalment". */
  public abstract String label();

  /** The amount due. */
  public abstract Money amount();

  /** The day it is due. */
  public abstract LocalDate dueDate();

  /** The day it was paid in full; empty while unpaid. */
  public abstract Optional<LocalDate> paidOn();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Instalment}; rejects what {@link Instalment} rejects. */
  public static final class Builder extends ImmutableInstalment.Builder {
    Builder() {}
  }

  /** An unpaid instalment of {@code amount} due on {@code dueDate}. */
  public static Instalment due(String label, Money amount, LocalDate dueDate) {
    return builder().label(label).amount(amount).dueDate(dueDate).build();
  }

  /** This instalment, paid in full on {@code paidOn}. */
  public Instalment paidOn(LocalDate paidOn) {
    return builder().from(this).paidOn(Arguments.notNull(paidOn, "paidOn")).build();
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(label(), "label");
    Arguments.positive(amount(), "amount");
  }
}
