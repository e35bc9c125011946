package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Applying a customer's advance (预收账款) to their open instalments, oldest due first or the ones
 * named. Entries: Dr advances from customers / Cr accounts receivable. Posted to a {@link
 * ReceivablesLedger}, an application of more than the customer's advance, or more than is open on
 * the instalments it may pay, is refused with an exception naming both amounts.
 *
 * <p>Rejects a blank number and an amount that is not positive.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class AdvanceApplication {
  /** The application's number (transfer voucher); unique in a ledger among collections. */
  public abstract String number();

  /** Whose advance. */
  public abstract CustomerId customer();

  /** The date of the application. */
  public abstract LocalDate date();

  /** How much of the advance to apply. */
  public abstract Money amount();

  /** The instalments to pay, in order; empty (the default) for the oldest due first. */
  public abstract ImmutableList<InstalmentRef> appliesTo();

  /** A builder; {@code build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdvanceApplication}; rejects what it rejects. */
  public static final class Builder extends ImmutableAdvanceApplication.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.notBlank(number(), "number");
    Arguments.positive(amount(), "advance application " + number() + " amount");
  }
}
