package dev.suanpan.inventory.stocktake;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.TransitLoss;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * Stocktake shortages resolved by cause (盘亏处理, issue 20): the entries that clear stocktake and loss
 * pending (待处理财产损溢) for an approved shortage, at the cost it was posted at. Normal shrinkage to
 * administrative expense (or cost of goods sold); the custodian's fault to a receivable from the
 * custodian; theft or mismanagement with its input VAT transferred out, the insurance recovery
 * receivable and the net loss to non-operating expense; a natural disaster likewise, its input VAT
 * kept.
 */
public final class StocktakeLosses {
  /** Other receivables from the insurer (其他应收款—保险公司). */
  public static final LedgerAccount INSURANCE_RECEIVABLE =
      LedgerAccount.of("122102", "Other receivables - insurer", "其他应收款—保险公司");

  /** Non-operating expense (营业外支出). */
  public static final LedgerAccount NON_OPERATING_EXPENSE =
      LedgerAccount.of("6711", "Non-operating expense", "营业外支出");

  private StocktakeLosses() {}

  /**
   * The entries resolving the stocktake shortage {@code posted} in {@code ledger} as {@code loss}
   * says, referenced by its document and dated as it: under theft or mismanagement first Dr pending
   * / Cr input VAT transferred out, then the entry clearing the pending account; one entry
   * otherwise. Empty for a shortage posted at no cost and no VAT.
   *
   * @throws IllegalArgumentException on a null, a line that is not a stocktake shortage, amounts in
   *     another currency than the ledger's, or an insurance recovery beyond the loss (its cost plus
   *     the VAT transferred out)
   */
  public static ImmutableList<JournalEntry> resolve(
      StockLedger ledger, StockCardLine posted, ShortageLoss loss) {
    Arguments.notNull(ledger, "ledger");
    Arguments.notNull(posted, "posted");
    Arguments.notNull(loss, "loss");
    Arguments.check(
        posted.kind() == MovementKind.STOCKTAKE_SHORTAGE,
        "posted must be a stocktake shortage, was %s %s",
        posted.kind(),
        posted.document());
    Arguments.inCurrency(loss.inputVat(), ledger.currency(), "loss.inputVat");
    Money cost = posted.amount();
    Money vat = loss.inputVat();
    Money total = cost.plus(vat);
    Arguments.check(
        loss.insuranceRecovery().compareTo(total) <= 0,
        "loss.insuranceRecovery %s must not be more than the loss %s",
        loss.insuranceRecovery(),
        total);
    ImmutableList.Builder<JournalEntry> out = ImmutableList.builder();
    if (vat.isPositive()) {
      out.add(
          entry(ledger, posted, "input VAT on the stocktake shortage transferred out")
              .debit(LedgerAccount.STOCKTAKE_PENDING, vat)
              .credit(TransitLoss.INPUT_VAT_TRANSFERRED_OUT, vat)
              .build());
    }
    if (!total.isPositive()) {
      return out.build();
    }
    JournalEntry.Builder e = entry(ledger, posted, describe(loss));
    switch (loss.cause()) {
      case NORMAL_SHRINKAGE:
        e.debit(
            loss.shrinkageToCostOfGoodsSold()
                ? LedgerAccount.COST_OF_GOODS_SOLD
                : LedgerAccount.ADMINISTRATIVE_EXPENSE,
            total);
        break;
      case CUSTODIAN_FAULT:
        e.debit(LedgerAccount.CUSTODIAN_RECEIVABLE, total);
        break;
      default:
        Money net = total.minus(loss.insuranceRecovery());
        if (loss.insuranceRecovery().isPositive()) {
          e.debit(INSURANCE_RECEIVABLE, loss.insuranceRecovery());
        }
        if (net.isPositive()) {
          e.debit(NON_OPERATING_EXPENSE, net);
        }
    }
    out.add(e.credit(LedgerAccount.STOCKTAKE_PENDING, total).build());
    return out.build();
  }

  private static JournalEntry.Builder entry(StockLedger ledger, StockCardLine posted, String what) {
    return JournalEntry.builder()
        .date(posted.date())
        .reference(posted.document())
        .description(
            "Stocktake shortage of " + ledger.item() + " at " + ledger.warehouse() + ": " + what)
        .putDimension(Dimensions.ITEM, ledger.item().code())
        .putDimension(Dimensions.WAREHOUSE, ledger.warehouse().code());
  }

  private static String describe(ShortageLoss loss) {
    switch (loss.cause()) {
      case NORMAL_SHRINKAGE:
        return "normal shrinkage to "
            + (loss.shrinkageToCostOfGoodsSold() ? "cost of goods sold" : "administrative expense");
      case CUSTODIAN_FAULT:
        return "charged to the custodian";
      case THEFT_OR_MISMANAGEMENT:
        return "theft or mismanagement, net of insurance to non-operating expense";
      default:
        return "natural disaster, net of insurance to non-operating expense";
    }
  }
}
