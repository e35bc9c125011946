package dev.suanpan.core.receivables;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A bounced payment (退票): a posted collection that did not clear is reversed. Posted to a {@link
 * ReceivablesLedger} it reopens the instalments the collection paid and takes back the advance it
 * left; where that advance has since been applied, it reopens what the latest applications paid,
 * for the shortfall. Entries: Dr accounts receivable, Dr advances from customers / Cr the method's
 * account.
 *
 * <p>Rejects a blank number, collection or reason.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CollectionReversal {
  /** The reversal's number; unique in a ledger among collections. */
  public abstract String number();

  /** The number of the collection reversed. */
  public abstract String collection();

  /** The date of the reversal. */
  public abstract LocalDate date();

  /** Why, such as "cheque returned: insufficient funds". */
  public abstract String reason();

  /** A builder; {@code build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CollectionReversal}; rejects what it rejects. */
  public static final class Builder extends ImmutableCollectionReversal.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.notBlank(number(), "number");
    Arguments.notBlank(collection(), "collection");
    Arguments.notBlank(reason(), "reason");
  }
}
