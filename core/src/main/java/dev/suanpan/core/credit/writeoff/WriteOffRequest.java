package dev.suanpan.core.credit.writeoff;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An approved write-off of a confirmed bad debt: which receivable, how much of it (all that is open
 * by default), when, the investigated cause, the person held responsible, and who approved it
 * within their authority (查明原因、落实责任、审批后核销).
 *
 * <p>Rejects an amount that is not positive or exceeds the open amount, a blank cause, and a date
 * before the invoice date.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class WriteOffRequest {
  /** The receivable written off. */
  public abstract Receivable receivable();

  /** How much is written off; the whole open amount by default. */
  @Value.Default
  public Money amount() {
    return receivable().openAmount();
  }

  /** The write-off date. */
  public abstract LocalDate on();

  /** Why the debt cannot be collected, as investigated. */
  public abstract String cause();

  /** Who is held responsible, if anyone. */
  public abstract Optional<PersonId> responsible();

  /** Who approved the write-off. */
  public abstract PersonId approvedBy();

  /** The role in which {@link #approvedBy()} signed; its authority must cover the amount. */
  public abstract Role approverRole();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WriteOffRequest}; rejects what {@link WriteOffRequest} rejects. */
  public static final class Builder extends ImmutableWriteOffRequest.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(receivable(), "receivable");
    Arguments.notNull(on(), "on");
    Arguments.notBlank(cause(), "cause");
    Arguments.notNull(approvedBy(), "approvedBy");
    Arguments.notNull(approverRole(), "approverRole");
    Arguments.positive(amount(), "amount");
    Arguments.inCurrency(amount(), receivable().openAmount().getCurrencyUnit(), "amount");
    Arguments.check(
        !amount().isGreaterThan(receivable().openAmount()),
        "amount %s exceeds the open amount %s of %s",
        amount(),
        receivable().openAmount(),
        receivable().document());
    Arguments.check(
        !on().isBefore(receivable().invoiceDate()),
        "on %s must not be before the invoice date %s of %s",
        on(),
        receivable().invoiceDate(),
        receivable().document());
  }
}
