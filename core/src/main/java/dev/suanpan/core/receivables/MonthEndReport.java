package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The month-end summary (每个月底对合同履行, 本公司销售情况, 二级网点的提车数量进行汇总, 003 (一) §5; 每个月度对合同履行, 资金回笼...进行统计, 003
 * (二) §6): the month's contract performance, the company's own sales (to customers that are not
 * secondary outlets), each secondary outlet's pick-ups (二级网点的提车: what was invoiced to it in the
 * month) and the month's collections. Own sales and pick-ups add up to the month's sales. From
 * {@link ReceivablesLedger#monthEnd(YearMonth, java.util.Set)}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class MonthEndReport {
  /** The month summarised. */
  public abstract YearMonth month();

  /** The contract performance list of the month. */
  public abstract ContractPerformanceReport performance();

  /** The month's sales to customers that are not secondary outlets. */
  public abstract SalesReport ownSales();

  /** One tally per secondary outlet named, by its code, zero for one that picked up nothing. */
  public abstract ImmutableList<SalesTally> pickUps();

  /** What was collected in the month (by cash, transfer or bill), less collections reversed. */
  public abstract Money collections();

  /** The units the secondary outlets picked up. */
  public BigDecimal pickUpQuantity() {
    BigDecimal t = BigDecimal.ZERO;
    for (SalesTally p : pickUps()) {
      t = t.add(p.quantity());
    }
    return t;
  }

  /** What the secondary outlets' pick-ups were invoiced, including VAT. */
  public Money pickUpGross() {
    Money t = Money.zero(ownSales().currency());
    for (SalesTally p : pickUps()) {
      t = t.plus(p.gross());
    }
    return t;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Month end " + month());
    s.append(": own sales ").append(ownSales().quantity().toPlainString()).append(" units, ");
    s.append(ownSales().gross()).append("; outlets picked up ");
    s.append(pickUpQuantity().toPlainString()).append(" units, ").append(pickUpGross());
    s.append("; collected ").append(collections());
    for (SalesTally p : pickUps()) {
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}
