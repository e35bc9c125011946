package dev.suanpan.core.receivables.bills;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A count of the bills on hand against the register (定期核对盘点, 002 §(六) 第二, 三是), from {@link
 * BillRegister#count}: the bills the register holds, those of them not found on hand, and the
 * numbers found on hand that the register does not hold (endorsed, discounted, collected, or never
 * received). The count agrees when both lists are empty.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class BillCountReport {
  /** The date of the count. */
  public abstract LocalDate date();

  /** The bills the register holds, in the order received: what should be on hand. */
  public abstract ImmutableList<BillReceivable> held();

  /** The held bills not found on hand, in the order received. */
  public abstract ImmutableList<BillReceivable> missing();

  /** The numbers found on hand that the register does not hold, in the order given. */
  public abstract ImmutableList<String> unexpected();

  /**
   * The face of the held bills: the notes-receivable balance to agree, less bills discounted with
   * recourse.
   */
  public abstract Money heldFace();

  /** True when every held bill was found and nothing else. */
  public boolean agrees() {
    return missing().isEmpty() && unexpected().isEmpty();
  }

  @Override
  public String toString() {
    return "count of "
        + date()
        + ": "
        + held().size()
        + " held ("
        + heldFace()
        + "), missing "
        + missing().stream().map(BillReceivable::number).toList()
        + ", unexpected "
        + unexpected();
  }
}
