package dev.suanpan.inventory;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.DocumentVat;
import dev.suanpan.money.tax.VatComputation;
import dev.suanpan.money.tax.VatLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The retail daily report (零售日报, 004 篇2 §3): one day's cash sales of one outlet to retail customers
 * in one document, with no order and no credit: the report is settled in cash at once and stands in
 * for the sales invoice. {@link #entry()} is its voucher, Dr cash / Cr revenue, Cr output VAT;
 * {@link #releaseNotes()} are the sale issues (销售出库单) that follow it, one per item, which posted to
 * each item's {@link StockLedger} give the cost entry (Dr cost of goods sold / Cr inventory).
 *
 * <p>Rejects a blank number, no lines, an item on two lines, lines in more than one currency, and a
 * day's takings of zero.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class RetailDailyReport {
  /** The report's number. */
  public abstract String number();

  /** The day. */
  public abstract LocalDate date();

  /** The outlet's warehouse, which the goods leave. */
  public abstract WarehouseId outlet();

  /** The items sold, one line each. */
  public abstract ImmutableList<RetailLine> lines();

  /** How VAT is rounded (on each line); to the fen by default. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** The day's VAT, each line split and rounded on its own. */
  @Value.Lazy
  public DocumentVat vat() {
    List<VatLine> vat = new ArrayList<>(lines().size());
    for (RetailLine l : lines()) {
      vat.add(VatLine.inclusive(l.gross(), l.rate()));
    }
    return VatComputation.of(vat, rounding());
  }

  /** The cash taken: the sum of the lines. */
  public Money gross() {
    return vat().lineLevelGross();
  }

  /** Dr cash / Cr revenue, Cr output VAT, with the outlet as the warehouse dimension. */
  public JournalEntry entry() {
    JournalEntry.Builder e =
        JournalEntry.builder()
            .date(date())
            .reference(number())
            .description("Retail daily report " + number() + " of " + outlet().code())
            .putDimension(Dimensions.WAREHOUSE, outlet().code())
            .debit(LedgerAccount.CASH, gross());
    Money net = vat().lineLevelNet();
    Money tax = vat().lineLevelTax();
    if (net.isPositive()) {
      e.credit(LedgerAccount.REVENUE, net);
    }
    if (tax.isPositive()) {
      e.credit(LedgerAccount.OUTPUT_VAT, tax);
    }
    return e.build();
  }

  /**
   * The sale issue of each line, dated the report's day and numbered by the report, for the stock
   * ledger of the line's item in the outlet.
   */
  public ImmutableList<Movement> releaseNotes() {
    ImmutableList.Builder<Movement> out = ImmutableList.builder();
    for (RetailLine l : lines()) {
      out.add(Movement.saleIssue(date(), number(), l.quantity(), l.unit()));
    }
    return out.build();
  }

  /** A builder; {@code build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RetailDailyReport}; rejects what it rejects. */
  public static final class Builder extends ImmutableRetailDailyReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.notBlank(number(), "number");
    Arguments.notEmpty(lines(), "lines");
    Set<ItemId> items = new HashSet<>();
    for (RetailLine l : lines()) {
      Arguments.check(
          items.add(l.item()), "retail daily report %s has item %s twice", number(), l.item());
    }
    Arguments.check(
        gross().isPositive(),
        "retail daily report %s must take more than zero, took %s",
        number(),
        gross());
  }
}
