package dev.suanpan.inventory.close;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.MonthEndClose;
import dev.suanpan.money.internal.Arguments;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Closes a month in every ledger of a chain (each item in each warehouse) on an {@link Executor}
 * the caller passes: the ledgers are cut into slices of consecutive ledgers (by default up to
 * {@value #SLICE_LEDGERS} ledgers or about {@value #SLICE_MOVEMENTS} movements each; {@link
 * #slicedBy}), each slice is one task given to the executor, and the caller's thread waits for them
 * and puts the results together in the order the ledgers were given. The library starts no thread
 * of its own and keeps no state: {@link #sequential()} runs everything on the caller's thread.
 *
 * <pre>{@code
 * ExecutorService pool = Executors.newFixedThreadPool(2);   // the caller's threads
 * ChainCloseReport march = ChainClose.on(pool).close(ledgers, YearMonth.of(2024, 3));
 * }</pre>
 *
 * <p>Each ledger is closed by {@link StockLedger#closeMonth}, which reads only that ledger, so the
 * report is the same, exactly, whatever the executor, its number of threads and the slices: the
 * closes are those of the ledgers one by one, and the totals are sums of exact amounts.
 *
 * <p>Rejects (before any task starts) nulls (with a {@link NullPointerException} naming the
 * argument), an empty collection, two ledgers of the same item and warehouse, and a ledger whose
 * month is already closed; ledgers in different currencies with Joda-Money's {@code
 * CurrencyMismatchException}; slices of fewer than one ledger or movement. A ledger whose month's
 * totals are beyond its bounds fails its {@code closeMonth} with an {@link
 * IllegalArgumentException}, which is thrown to the caller once every task has ended (the first
 * such ledger in the order given); the ledgers themselves are immutable, so nothing is left half
 * closed. An executor that refuses a task throws its own exception (such as {@link
 * java.util.concurrent.RejectedExecutionException}).
 */
public final class ChainClose {
  /** The most ledgers in one task, by default. */
  public static final int SLICE_LEDGERS = 1024;

  /** About the most movements in one task, by default (a ledger is never split). */
  public static final int SLICE_MOVEMENTS = 32_768;

  private static final ChainClose SEQUENTIAL =
      new ChainClose(Runnable::run, SLICE_LEDGERS, SLICE_MOVEMENTS);

  private final Executor executor;
  private final int sliceLedgers;
  private final int sliceMovements;

  private ChainClose(Executor executor, int sliceLedgers, int sliceMovements) {
    this.executor = executor;
    this.sliceLedgers = sliceLedgers;
    this.sliceMovements = sliceMovements;
  }

  /** One slice's results: its closes, their summaries, and its totals. */
  private record Part(
      List<MonthEndClose> closes,
      List<JournalSummary> summaries,
      JournalSummary total,
      Map<String, JournalSummary> byItem,
      Map<String, JournalSummary> byWarehouse) {}

  /** A close whose slices {@code executor} runs. */
  public static ChainClose on(Executor executor) {
    Arguments.notNull(executor, "executor");
    return new ChainClose(executor, SLICE_LEDGERS, SLICE_MOVEMENTS);
  }

  /** A close run on the caller's thread, slice after slice. */
  public static ChainClose sequential() {
    return SEQUENTIAL;
  }

  /**
   * This close with slices of up to {@code maxLedgers} ledgers, or fewer when they reach {@code
   * maxMovements} movements (a ledger is never split); rejects a bound below 1.
   */
  public ChainClose slicedBy(int maxLedgers, int maxMovements) {
    Arguments.check(maxLedgers >= 1, "maxLedgers must be at least 1, was %s", maxLedgers);
    Arguments.check(maxMovements >= 1, "maxMovements must be at least 1, was %s", maxMovements);
    return new ChainClose(executor, maxLedgers, maxMovements);
  }

  /**
   * Closes {@code month} in each of {@code ledgers}; see the class documentation for what it
   * rejects.
   */
  public ChainCloseReport close(Collection<StockLedger> ledgers, YearMonth month) {
    List<StockLedger> list = checked(ledgers, month);
    CurrencyUnit currency = list.get(0).currency();
    List<CompletableFuture<Part>> tasks = new ArrayList<>();
    int from = 0;
    while (from < list.size()) {
      int to = sliceEnd(list, from);
      List<StockLedger> slice = list.subList(from, to);
      tasks.add(CompletableFuture.supplyAsync(() -> part(slice, month, currency), executor));
      from = to;
    }
    List<Part> parts = new ArrayList<>(tasks.size());
    RuntimeException failed = null;
    for (CompletableFuture<Part> t : tasks) {
      try {
        parts.add(t.join());
      } catch (CompletionException e) {
        if (failed == null) {
          failed = unwrapped(e);
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
    return report(month, currency, parts);
  }

  /**
   * The month's journal of a ledger closed by {@code close}: the entries of its movements dated in
   * the month, then those generated at the close.
   */
  static ImmutableList<JournalEntry> monthJournal(MonthEndClose close) {
    YearMonth m = close.month();
    return ImmutableList.<JournalEntry>builder()
        .addAll(close.ledger().journal(m.atDay(1), m.atEndOfMonth()))
        .addAll(close.journal())
        .build();
  }

  private static List<StockLedger> checked(Collection<StockLedger> ledgers, YearMonth month) {
    Arguments.notNull(ledgers, "ledgers");
    Arguments.notNull(month, "month");
    Arguments.check(!ledgers.isEmpty(), "ledgers must hold at least one ledger, was empty");
    List<StockLedger> list = new ArrayList<>(ledgers);
    CurrencyUnit currency = null;
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      StockLedger l = Arguments.notNull(list.get(i), "ledgers[" + i + "]");
      ItemId item = l.item();
      WarehouseId warehouse = l.warehouse();
      currency = currency == null ? l.currency() : currency;
      Arguments.inCurrency(
          Money.zero(l.currency()), currency, "ledger of " + item + " at " + warehouse);
      Arguments.check(
          seen.add(List.of(item, warehouse)),
          "ledgers hold two ledgers of %s at %s (the second at index %s)",
          item,
          warehouse,
          i);
      Arguments.check(
          l.closedThrough().map(c -> c.isBefore(month)).orElse(true),
          "month %s of %s at %s is already closed (closed through %s)",
          month,
          item,
          warehouse,
          l.closedThrough().orElse(null));
    }
    return list;
  }

  /** The end (exclusive) of the slice of {@code list} starting at {@code from}. */
  private int sliceEnd(List<StockLedger> list, int from) {
    int to = from;
    long movements = 0;
    while (to < list.size() && to - from < sliceLedgers && movements < sliceMovements) {
      movements += list.get(to).size();
      to++;
    }
    return to;
  }

  private static Part part(List<StockLedger> slice, YearMonth month, CurrencyUnit currency) {
    List<MonthEndClose> closes = new ArrayList<>(slice.size());
    List<JournalSummary> summaries = new ArrayList<>(slice.size());
    Map<String, List<JournalSummary>> items = new TreeMap<>();
    Map<String, List<JournalSummary>> warehouses = new TreeMap<>();
    for (StockLedger l : slice) {
      MonthEndClose c = l.closeMonth(month);
      JournalSummary s = JournalSummary.of(currency, monthJournal(c));
      closes.add(c);
      summaries.add(s);
      if (s.entryCount() > 0) {
        items.computeIfAbsent(l.item().code(), k -> new ArrayList<>()).add(s);
        warehouses.computeIfAbsent(l.warehouse().code(), k -> new ArrayList<>()).add(s);
      }
    }
    return new Part(
        closes,
        summaries,
        JournalSummary.total(currency, summaries),
        totals(currency, items),
        totals(currency, warehouses));
  }

  /** The total of each key's summaries (a single summary as it is). */
  private static Map<String, JournalSummary> totals(
      CurrencyUnit currency, Map<String, List<JournalSummary>> byKey) {
    Map<String, JournalSummary> out = new TreeMap<>();
    byKey.forEach(
        (k, v) -> out.put(k, v.size() == 1 ? v.get(0) : JournalSummary.total(currency, v)));
    return out;
  }

  private static ChainCloseReport report(YearMonth month, CurrencyUnit currency, List<Part> parts) {
    ImmutableList.Builder<MonthEndClose> closes = ImmutableList.builder();
    ImmutableList.Builder<JournalSummary> summaries = ImmutableList.builder();
    List<JournalSummary> totals = new ArrayList<>(parts.size());
    Map<String, List<JournalSummary>> items = new TreeMap<>();
    Map<String, List<JournalSummary>> warehouses = new TreeMap<>();
    for (Part p : parts) {
      closes.addAll(p.closes());
      summaries.addAll(p.summaries());
      totals.add(p.total());
      p.byItem().forEach((k, v) -> items.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      p.byWarehouse()
          .forEach((k, v) -> warehouses.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
    }
    return ChainCloseReport.builder()
        .month(month)
        .currency(currency)
        .closes(closes.build())
        .summaries(summaries.build())
        .summary(JournalSummary.total(currency, totals))
        .byItem(totals(currency, items))
        .byWarehouse(totals(currency, warehouses))
        .build();
  }

  private static RuntimeException unwrapped(CompletionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return e;
  }
}
