package dev.suanpan.inventory.close;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.costing.MonthEndClose;
import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * The month-end close of a chain's ledgers ({@link ChainClose}): for each ledger, in the order
 * given, its {@link MonthEndClose} and the totals by account of its month's journal; and those
 * totals for the whole chain ({@link #summary()}), per item ({@link #byItem()}) and per warehouse
 * ({@link #byWarehouse()}), the entries' {@link dev.suanpan.core.journal.Dimensions dimensions}.
 *
 * <p>The month's journal of a ledger is the entries of its movements dated in the month ({@link
 * StockLedger#journal}, standard cost revaluations included) followed by those generated at the
 * close ({@link MonthEndClose#journal()}: under the month-end average, the entries of the issues
 * valued by the close). The entries are not kept (a chain's month holds millions): {@link
 * #journal()} makes them again from the closed ledgers when asked. Equal reports have equal closes
 * and totals; the closed ledgers, as in {@link MonthEndClose}, are not compared. Built only by
 * {@link ChainClose}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ChainCloseReport {
  /** The month closed. */
  public abstract YearMonth month();

  /** The currency of every ledger and amount. */
  public abstract CurrencyUnit currency();

  /** Each ledger's close, in the order the ledgers were given. */
  public abstract ImmutableList<MonthEndClose> closes();

  /** The totals by account of each ledger's month's journal, in the order of {@link #closes()}. */
  public abstract ImmutableList<JournalSummary> summaries();

  /** The totals by account of the whole chain's month's journal. */
  public abstract JournalSummary summary();

  /**
   * The totals by account for each item (by its code) with entries in the month, items in order:
   * what {@link JournalSummary#byDimension} gives for the journal's {@code item} dimension.
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, JournalSummary> byItem();

  /**
   * The totals by account for each warehouse (by its code) with entries in the month, in order: as
   * {@link #byItem()}, for the {@code warehouse} dimension.
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, JournalSummary> byWarehouse();

  /** The ledgers with the month closed, in the order given. */
  public ImmutableList<StockLedger> ledgers() {
    return closes().stream().map(MonthEndClose::ledger).collect(ImmutableList.toImmutableList());
  }

  /**
   * The month's journal of the ledger at {@code index}: its movements' entries dated in the month,
   * then those generated at the close.
   *
   * @throws IndexOutOfBoundsException if there is no such ledger
   */
  public ImmutableList<JournalEntry> journalOf(int index) {
    return ChainClose.monthJournal(closes().get(index));
  }

  /**
   * The chain's month's journal, ledger after ledger ({@link #journalOf(int)}), made again from the
   * closed ledgers on every call.
   */
  public ImmutableList<JournalEntry> journal() {
    ImmutableList.Builder<JournalEntry> out = ImmutableList.builder();
    for (MonthEndClose c : closes()) {
      out.addAll(ChainClose.monthJournal(c));
    }
    return out.build();
  }

  static ImmutableChainCloseReport.Builder builder() {
    return ImmutableChainCloseReport.builder();
  }

  @Value.Check
  protected void check() {
    if (closes().size() != summaries().size()) {
      throw new IllegalStateException(
          closes().size() + " closes but " + summaries().size() + " summaries");
    }
  }

  @Override
  public String toString() {
    return "ChainCloseReport "
        + month()
        + ": "
        + closes().size()
        + " ledgers, "
        + byItem().size()
        + " items, "
        + byWarehouse().size()
        + " warehouses, "
        + summary().entryCount()
        + " journal entries";
  }
}
