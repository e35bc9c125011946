package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A collection (收款): money received from a customer by cash, transfer or bill. Posted to a {@link
 * ReceivablesLedger} it pays the customer's open instalments, oldest due first, or the ones {@link
 * #appliesTo() named} in the order named; a part left over is kept as an advance (预收账款) for later
 * invoices, as is the whole of a collection {@link #asAdvance() taken as an advance}. Entries: Dr
 * the method's account / Cr accounts receivable, Cr advances from customers.
 *
 * <p>Rejects a blank number, an amount that is not positive, a bill collection without the bill's
 * number (or a bill number on another method), and targets named on an advance.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Collection {
  /** The collection's number (receipt voucher); unique in a ledger among collections. */
  public abstract String number();

  /** Who paid. */
  public abstract CustomerId customer();

  /** The date the money was received. */
  public abstract LocalDate date();

  /** How much was received. */
  public abstract Money amount();

  /** Cash, transfer or bill. */
  public abstract PaymentMethod method();

  /** The bill's number, for a collection by {@link PaymentMethod#BILL}. */
  public abstract Optional<String> bill();

  /**
   * The contract paid for, if any: the collection counts toward that contract's collected share
   * (the invoice gate), applied or kept as an advance.
   */
  public abstract Optional<String> contract();

  /** The instalments to pay, in order; empty (the default) for the oldest due first. */
  public abstract ImmutableList<InstalmentRef> appliesTo();

  /** True to keep the whole amount as an advance (a deposit, a prepayment), paying nothing yet. */
  @Value.Default
  public boolean asAdvance() {
    return false;
  }

  /** A builder; {@code build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Collection}; rejects what {@link Collection} rejects. */
  public static final class Builder extends ImmutableCollection.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.notBlank(number(), "number");
    Arguments.positive(amount(), "collection " + number() + " amount");
    Arguments.check(
        bill().isPresent() == (method() == PaymentMethod.BILL),
        "collection %s by %s must name a bill exactly when paid by bill, bill was %s",
        number(),
        method(),
        bill());
    bill().ifPresent(b -> Arguments.notBlank(b, "bill"));
    contract().ifPresent(c -> Arguments.notBlank(c, "contract"));
    Arguments.check(
        !asAdvance() || appliesTo().isEmpty(),
        "collection %s is taken as an advance, so it may name no instalments, named %s",
        number(),
        appliesTo());
  }

  @Override
  public String toString() {
    return "Collection{" + number() + " " + customer() + " " + date() + " " + amount() + "}";
  }
}
