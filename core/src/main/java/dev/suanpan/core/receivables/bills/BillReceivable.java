package dev.suanpan.core.receivables.bills;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A bill receivable (应收票据): a bank or commercial acceptance bill a customer hands over in payment,
 * as its face reads: number, kind, drawer (出票人), acceptor (承兑人), the customer it came from, issue
 * and maturity dates and face amount. A {@link BillRegister} keeps it in custody.
 *
 * <p>Rejects a blank number, drawer or acceptor, a maturity date before the issue date (naming the
 * bill and both dates) and a face amount that is not positive.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class BillReceivable {
  /** The bill's number (票据号码); unique in a register. */
  public abstract String number();

  /** Bank or commercial acceptance. */
  public abstract BillKind kind();

  /** Who drew the bill (出票人), usually the customer. */
  public abstract String drawer();

  /** Who accepted to pay it (承兑人): a bank, or a business for a commercial acceptance. */
  public abstract String acceptor();

  /** The customer the bill was received from, whose invoices it pays. */
  public abstract CustomerId customer();

  /** The date the bill was issued (出票日). */
  public abstract LocalDate issueDate();

  /** The date the bill is payable (到期日). */
  public abstract LocalDate maturityDate();

  /** The amount payable at maturity (票面金额). */
  public abstract Money face();

  /** A builder; {@code build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BillReceivable}; rejects what {@link BillReceivable} rejects. */
  public static final class Builder extends ImmutableBillReceivable.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.notBlank(number(), "number");
    Arguments.notBlank(drawer(), "drawer");
    Arguments.notBlank(acceptor(), "acceptor");
    Arguments.check(
        !maturityDate().isBefore(issueDate()),
        "bill %s matures %s, before it was issued on %s",
        number(),
        maturityDate(),
        issueDate());
    Arguments.positive(face(), "bill " + number() + " face");
  }

  @Override
  public String toString() {
    return kind() + " " + number() + " " + face() + " due " + maturityDate();
  }
}
