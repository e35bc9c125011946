package dev.suanpan.core.credit;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One open receivable (应收账款): an invoice's unpaid amount, the invoice date its age counts from, the
 * due date its term ends on, and the salesperson responsible for collecting it. The input of
 * ageing, provision, overdue interest and the from-scratch {@link Exposure}.
 *
 * <p>Rejects a blank document, an open amount that is not positive, and a due date before the
 * invoice date.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Receivable {
  /** The invoice (or contract) number. */
  public abstract String document();

  /** Who owes it. */
  public abstract CustomerId customer();

  /** The invoice date, from which its age counts. */
  public abstract LocalDate invoiceDate();

  /** The day it must be paid by. */
  public abstract LocalDate dueDate();

  /** What is still unpaid. */
  public abstract Money openAmount();

  /** The salesperson responsible for collecting it, if known. */
  public abstract Optional<PersonId> salesperson();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Receivable}; rejects what {@link Receivable} rejects. */
  public static final class Builder extends ImmutableReceivable.Builder {
    Builder() {}
  }

  /** A receivable of {@code openAmount} invoiced on {@code invoiceDate} and due on {@code due}. */
  public static Receivable of(
      String document, CustomerId customer, LocalDate invoiceDate, LocalDate due, Money open) {
    return builder()
        .document(document)
        .customer(customer)
        .invoiceDate(invoiceDate)
        .dueDate(due)
        .openAmount(open)
        .build();
  }

  /** Days from the invoice date to {@code asOf}; negative if invoiced later. */
  public long ageOn(LocalDate asOf) {
    return asOf.toEpochDay() - invoiceDate().toEpochDay();
  }

  /** Days past the due date on {@code asOf}; zero or negative if not yet overdue. */
  public long daysOverdueOn(LocalDate asOf) {
    return asOf.toEpochDay() - dueDate().toEpochDay();
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(document(), "document");
    Arguments.notNull(customer(), "customer");
    Arguments.notNull(invoiceDate(), "invoiceDate");
    Arguments.notNull(dueDate(), "dueDate");
    Arguments.positive(openAmount(), "openAmount");
    Arguments.check(
        !dueDate().isBefore(invoiceDate()),
        "dueDate %s of %s must not be before invoiceDate %s",
        dueDate(),
        document(),
        invoiceDate());
  }
}
