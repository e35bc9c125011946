package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.close.ChainClose;
import dev.suanpan.inventory.close.ChainCloseReport;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndClose;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Issue 23 item 2, over generated chains: closing a month in every ledger on a pool of threads, in
 * any slices, gives exactly what closing the ledgers one by one gives, and its totals are those of
 * the month's journal by account, by item and by warehouse ({@link JournalSummary}'s own helpers).
 * A chain is ledgers from {@link InventoryArbitraries} (every method and kind of movement), each
 * with an item and warehouse of its own, and the ledgers of a {@link StockBookArbitraries} book
 * (one item moved between warehouses by transfers).
 */
class ChainCloseProperties {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  @AfterContainer
  static void stopPool() {
    POOL.shutdownNow();
  }

  record Chain(List<StockLedger> ledgers, YearMonth month, int sliceLedgers, int sliceMovements) {}

  record Drawn(CostingPolicy policy, List<Movement> movements) {}

  @Provide
  Arbitrary<Chain> chains() {
    Arbitrary<Drawn> drawn =
        Combinators.combine(
                InventoryArbitraries.costingPolicies(START),
                InventoryArbitraries.movements(
                    UnitOfMeasure.PIECES, MoneyArbitraries.CNY, START, 30))
            .as(Drawn::new);
    Arbitrary<List<StockLedger>> book =
        InventoryArbitraries.costingPolicies(START)
            .filter(p -> p.method() != CostingMethod.STANDARD)
            .flatMap(
                policy ->
                    StockBookArbitraries.onwardHistories(START, 3, 24)
                        .map(
                            h ->
                                StockBookArbitraries.replay(StockBookArbitraries.open(policy, 3), h)
                                    .book()
                                    .ledgers()));
    return Combinators.combine(
            drawn.list().ofMinSize(1).ofMaxSize(12),
            book,
            Arbitraries.integers().between(0, 12),
            Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(1, 60))
        .as(
            (ds, books, month, ledgers, movements) -> {
              List<StockLedger> chain = new ArrayList<>();
              for (int i = 0; i < ds.size(); i++) {
                chain.add(posted(i, ds.get(i)));
              }
              chain.addAll(books);
              return new Chain(chain, YearMonth.from(START).plusMonths(month), ledgers, movements);
            });
  }

  private static StockLedger posted(int n, Drawn d) {
    StockLedger l =
        StockLedger.open(
            ItemId.of("CHAIN-" + n),
            WarehouseId.of("SHOP-" + n % 3),
            UnitOfMeasure.PIECES,
            MoneyArbitraries.CNY,
            d.policy());
    for (Movement m : d.movements()) {
      Posting p = l.post(m);
      assertThat(p.isAllowed()).as("posting %s", m).isTrue();
      l = p.ledger();
    }
    return l;
  }

  @Property(tries = 100)
  void aParallelCloseIsTheSequentialCloseExactly(@ForAll("chains") Chain c) {
    ChainCloseReport parallel =
        ChainClose.on(POOL)
            .slicedBy(c.sliceLedgers(), c.sliceMovements())
            .close(c.ledgers(), c.month());

    assertThat(parallel).isEqualTo(ChainClose.sequential().close(c.ledgers(), c.month()));
    List<JournalEntry> journal = new ArrayList<>();
    for (int i = 0; i < c.ledgers().size(); i++) {
      MonthEndClose alone = c.ledgers().get(i).closeMonth(c.month());
      assertThat(parallel.closes().get(i)).isEqualTo(alone);
      journal.addAll(alone.ledger().journal(c.month().atDay(1), c.month().atEndOfMonth()));
      journal.addAll(alone.journal());
    }
    assertThat(parallel.journal()).isEqualTo(journal);
    assertThat(parallel.summary()).isEqualTo(JournalSummary.of(MoneyArbitraries.CNY, journal));
    assertThat(parallel.byItem())
        .isEqualTo(JournalSummary.byDimension(MoneyArbitraries.CNY, journal, Dimensions.ITEM));
    assertThat(parallel.byWarehouse())
        .isEqualTo(JournalSummary.byDimension(MoneyArbitraries.CNY, journal, Dimensions.WAREHOUSE));
  }
}
