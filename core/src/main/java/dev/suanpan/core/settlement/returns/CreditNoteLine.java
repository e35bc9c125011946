package dev.suanpan.core.settlement.returns;

import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatSplit;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of the credit note (红字发票, 退货单) for a return: the quantity, the value actually paid for
 * it (after the document discount), the deduction kept, and the amount credited split into net and
 * VAT at the line's rate. {@code credit.gross + deduction = valuePaid}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CreditNoteLine {
  /** The sold line returned. */
  public abstract String lineId();

  /** The quantity returned. */
  public abstract BigDecimal quantity();

  /** The tax-inclusive value paid for the quantity returned. */
  public abstract Money valuePaid();

  /** The restocking or damage deduction kept. */
  public abstract Money deduction();

  /** The amount credited, as net + VAT = gross at the line's rate. */
  public abstract VatSplit credit();

  /** The refund for this line: the gross credited. */
  public Money refund() {
    return credit().gross();
  }

  @Value.Check
  protected void check() {
    Arguments.nonNegative(deduction(), "deduction");
    Arguments.nonNegative(credit().gross(), "credit.gross");
    Arguments.check(
        credit().gross().plus(deduction()).equals(valuePaid()),
        "credit %s plus deduction %s must equal the value paid %s",
        credit().gross(),
        deduction(),
        valuePaid());
  }
}
