package dev.suanpan.core.receivables.bills;

import dev.suanpan.core.receivables.Collection;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of a {@link BillRegister} (应收票据备查簿): a bill, the collection it was received with, where
 * it stands and since when, who it went to (the supplier it was endorsed to, the bank that
 * discounted it) and, for a discounted bill, the recourse and the interest. Built only by the
 * register.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class BillHolding {
  /** The bill. */
  public abstract BillReceivable bill();

  /** The collection the bill was received with, as the register gave it to post to the ledger. */
  public abstract Collection collection();

  /** Where the bill stands. */
  public abstract BillStatus status();

  /** The date of the last change of status (the receipt date while held). */
  public abstract LocalDate since();

  /** The supplier the bill was endorsed to, or the bank that discounted it. */
  public abstract Optional<String> counterparty();

  /** True for a bill discounted with recourse: the bank may claim it back if it is dishonoured. */
  @Value.Default
  public boolean withRecourse() {
    return false;
  }

  /** The interest the bank deducted, for a discounted bill. */
  public abstract Optional<Money> discountInterest();

  /** The date the bill was received. */
  public LocalDate received() {
    return collection().date();
  }

  /**
   * True while the bill is on the notes-receivable account: held, or discounted with recourse and
   * not yet paid at maturity.
   */
  public boolean onTheBooks() {
    return status() == BillStatus.HELD || contingent();
  }

  /** True while the bill is discounted with recourse and not yet paid: a contingent liability. */
  public boolean contingent() {
    return status() == BillStatus.DISCOUNTED && withRecourse();
  }

  @Override
  public String toString() {
    return bill().number()
        + " "
        + status()
        + " since "
        + since()
        + counterparty().map(c -> " (" + c + ")").orElse("");
  }
}
