package dev.suanpan.inventory;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * Losses in transit on a purchase (运输途中的损耗, issue 20): a normal loss (合理损耗) keeps the invoice value
 * in the cost of the goods received, the quantity reduced; an abnormal loss (非正常损耗) takes its share
 * of the invoice value (pro rata to the invoiced quantity, rounded half up to the minor unit) out
 * of inventory to stocktake and loss pending (待处理财产损溢), with its share of the input VAT transferred
 * out (进项税额转出) when its {@link TransitLossCause cause} requires it. The shortage up to {@link
 * TransitShortage#normalLossAllowance()} is normal, the rest abnormal.
 */
public final class TransitLoss {
  /** Input VAT transferred out (应交税费—应交增值税(进项税额转出)). */
  public static final LedgerAccount INPUT_VAT_TRANSFERRED_OUT =
      LedgerAccount.of("22210105", "Input VAT transferred out", "应交税费—应交增值税(进项税额转出)");

  private TransitLoss() {}

  /**
   * The receipt and the losses of {@code shortage}, for {@code item} at {@code warehouse} (the
   * journal's dimensions).
   *
   * @throws IllegalArgumentException on a null, or when no unit cost of 6 places carries the
   *     receipt's value over the quantity received exactly (the message names both)
   */
  public static TransitLossReport assess(
      ItemId item, WarehouseId warehouse, TransitShortage shortage) {
    Arguments.notNull(item, "item");
    Arguments.notNull(warehouse, "warehouse");
    Arguments.notNull(shortage, "shortage");
    BigDecimal invoiced = shortage.invoicedQuantity();
    BigDecimal received = shortage.receivedQuantity();
    BigDecimal missing = invoiced.subtract(received);
    BigDecimal normal = missing.min(shortage.normalLossAllowance());
    BigDecimal abnormal = missing.subtract(normal);
    Money lossValue = share(shortage.invoiceValue(), abnormal, invoiced);
    Money vatOut =
        shortage.cause().vatTransferredOut()
            ? share(shortage.inputVat(), abnormal, invoiced)
            : shortage.inputVat().multipliedBy(0);
    Money value = shortage.invoiceValue().minus(lossValue);
    BigDecimal unitCost =
        value.getAmount().divide(received, Movement.UNIT_COST_SCALE, RoundingMode.HALF_UP);
    Money carried =
        Rounding.FEN.round(BigMoney.of(value.getCurrencyUnit(), received.multiply(unitCost)));
    Arguments.check(
        carried.equals(value),
        "shortage %s: no unit cost of %s places carries %s over the %s received exactly (%s gives"
            + " %s); post the receipt in a larger unit",
        shortage.document(),
        Movement.UNIT_COST_SCALE,
        value,
        received.toPlainString(),
        unitCost.toPlainString(),
        carried);
    TransitLossReport.Builder out =
        TransitLossReport.builder()
            .shortage(shortage)
            .receipt(
                Movement.receipt(
                    shortage.date(),
                    shortage.document(),
                    received,
                    shortage.unit(),
                    unitCost,
                    shortage.order()))
            .receiptValue(value)
            .normalLossQuantity(normal)
            .abnormalLossQuantity(abnormal)
            .abnormalLossValue(lossValue)
            .vatTransferredOut(vatOut);
    if (lossValue.isPositive() || vatOut.isPositive()) {
      JournalEntry.Builder e =
          Journal.builder(item, warehouse)
              .date(shortage.date())
              .reference(shortage.document())
              .description(
                  "Abnormal transit loss of "
                      + abnormal.stripTrailingZeros().toPlainString()
                      + " "
                      + shortage.unit()
                      + " of "
                      + item
                      + " at "
                      + warehouse
                      + " ("
                      + shortage.cause()
                      + ")")
              .debit(LedgerAccount.STOCKTAKE_PENDING, lossValue.plus(vatOut));
      if (lossValue.isPositive()) {
        e.credit(LedgerAccount.GOODS_RECEIVED_NOT_INVOICED, lossValue);
      }
      if (vatOut.isPositive()) {
        e.credit(INPUT_VAT_TRANSFERRED_OUT, vatOut);
      }
      out.addJournal(e.build());
    }
    return out.build();
  }

  /** {@code total} × {@code part} / {@code whole}, rounded half up to the minor unit. */
  private static Money share(Money total, BigDecimal part, BigDecimal whole) {
    return Money.of(
        total.getCurrencyUnit(),
        total
            .getAmount()
            .multiply(part)
            .divide(whole, total.getCurrencyUnit().getDecimalPlaces(), RoundingMode.HALF_UP));
  }
}
