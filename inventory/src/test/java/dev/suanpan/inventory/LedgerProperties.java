package dev.suanpan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndDifference;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

class LedgerProperties {
  static final LocalDate START = LocalDate.of(2024, 1, 1);

  @Provide
  Arbitrary<List<Movement>> movements() {
    return histories();
  }

  /**
   * Histories of up to 40 receipts, sale issues, transfers in, supplier returns and stocktake
   * adjustments over 76 days from {@link #START}, in posting order (back-dated ones included).
   */
  static Arbitrary<List<Movement>> histories() {
    Arbitrary<Integer> days = Arbitraries.integers().between(0, 75);
    Arbitrary<BigDecimal> quantities =
        Arbitraries.bigDecimals()
            .between(new BigDecimal("0.01"), new BigDecimal("60"))
            .ofScale(2)
            .edgeCases(c -> c.add(BigDecimal.ONE));
    Arbitrary<BigDecimal> costs =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999.99")).ofScale(4);
    Arbitrary<MovementKind> kinds =
        Arbitraries.frequency(
            net.jqwik.api.Tuple.of(5, MovementKind.RECEIPT),
            net.jqwik.api.Tuple.of(5, MovementKind.SALE_ISSUE),
            net.jqwik.api.Tuple.of(1, MovementKind.TRANSFER_IN),
            net.jqwik.api.Tuple.of(1, MovementKind.SUPPLIER_RETURN),
            net.jqwik.api.Tuple.of(1, MovementKind.STOCKTAKE_SURPLUS),
            net.jqwik.api.Tuple.of(1, MovementKind.STOCKTAKE_SHORTAGE));
    Arbitrary<Movement> one =
        Combinators.combine(
                days, kinds, quantities, costs, Arbitraries.integers().between(0, 99999))
            .as(LedgerProperties::movement);
    return one.list().ofMinSize(1).ofMaxSize(40).map(LedgerProperties::numbered);
  }

  /** The movements with distinct document numbers (their kind's prefix and their place). */
  private static List<Movement> numbered(List<Movement> movements) {
    List<Movement> out = new java.util.ArrayList<>(movements.size());
    for (int i = 0; i < movements.size(); i++) {
      Movement m = movements.get(i);
      out.add(
          Movement.builder().from(m).document(m.kind().name().substring(0, 3) + "-" + i).build());
    }
    return out;
  }

  private static Movement movement(
      int day, MovementKind kind, BigDecimal q, BigDecimal cost, int n) {
    LocalDate date = START.plusDays(day);
    String doc = kind.name().substring(0, 3) + "-" + n;
    switch (kind) {
      case RECEIPT:
        return Movement.receipt(date, doc, q, Ledgers.PCS, cost, "PO-" + n);
      case TRANSFER_IN:
        return Movement.transferIn(
            date,
            doc,
            q,
            Ledgers.PCS,
            Money.of(Ledgers.CNY, cost.setScale(2, java.math.RoundingMode.DOWN)));
      case STOCKTAKE_SURPLUS:
        return Movement.stocktakeSurplus(date, doc, q, Ledgers.PCS);
      default:
        return Movement.outbound(kind, date, doc, q, Ledgers.PCS);
    }
  }

  @Provide
  Arbitrary<CostingPolicy> policies() {
    return Combinators.combine(
            Arbitraries.of(CostingMethod.class),
            Arbitraries.of(NegativeStockPolicy.class),
            Arbitraries.of(
                dev.suanpan.money.Rounding.FEN, dev.suanpan.money.Rounding.FEN_HALF_EVEN),
            Arbitraries.integers().between(0, 6),
            Arbitraries.of(MonthEndDifference.class),
            standardSchedules())
        .as(
            (m, n, r, s, d, standards) ->
                CostingPolicy.builder()
                    .method(m)
                    .negativeStock(n)
                    .rounding(r)
                    .averageUnitCostScale(s)
                    .monthEndDifference(d)
                    .standardCosts(
                        m == CostingMethod.STANDARD ? standards : ImmutableSortedMap.of())
                    .build());
  }

  /**
   * Standard cost schedules: one standard from {@link #START} (to the fen or to 0.000001) and up to
   * three changes within the histories' 76 days.
   */
  static Arbitrary<ImmutableSortedMap<LocalDate, BigDecimal>> standardSchedules() {
    Arbitrary<BigDecimal> costs =
        Arbitraries.oneOf(
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999.99")).ofScale(2),
            Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("999.999999"))
                .ofScale(6));
    Arbitrary<Map.Entry<LocalDate, BigDecimal>> change =
        Combinators.combine(Arbitraries.integers().between(1, 80), costs)
            .as((d, c) -> Map.entry(START.plusDays(d), c));
    return Combinators.combine(costs, change.list().ofMaxSize(3))
        .as(
            (first, changes) -> {
              TreeMap<LocalDate, BigDecimal> m = new TreeMap<>();
              m.put(START, first);
              changes.forEach(e -> m.put(e.getKey(), e.getValue()));
              return ImmutableSortedMap.copyOfSorted(m);
            });
  }

  private static StockLedger postAllowed(StockLedger start, List<Movement> movements) {
    StockLedger l = start;
    for (Movement m : movements) {
      l = l.post(m).ledger();
    }
    return l;
  }

  @Property
  void openingPlusInEqualsOutPlusClosingToTheFen(
      @ForAll("movements") List<Movement> movements, @ForAll("policies") CostingPolicy policy) {
    StockLedger l = postAllowed(Ledgers.open(policy), movements);
    StockCard card = l.card();
    assertThat(card.openingValue().plus(card.valueIn()).plus(card.standardRevaluations()))
        .isEqualTo(card.costOut().plus(card.trueUps()).plus(card.closingValue()));
    Money running = card.openingValue();
    for (StockCardLine line : card.lines()) {
      running = running.plus(line.standardRevaluation());
      running =
          line.kind().isInbound()
              ? running.plus(line.amount()).minus(line.trueUp())
              : running.minus(line.amount());
      assertThat(line.balanceValue()).isEqualTo(running);
    }
    assertThat(l.valueOnHand()).isEqualTo(card.closingValue());
    if (l.quantityOnHand().signum() == 0) {
      assertThat(l.valueOnHand().isZero()).as("no stock has no value").isTrue();
    }
  }

  @Property
  void theJournalMovesTheInventoryAccountByTheValueOnHand(
      @ForAll("movements") List<Movement> movements, @ForAll("policies") CostingPolicy policy) {
    StockLedger l = postAllowed(Ledgers.open(policy), movements);
    List<JournalEntry> journal = new ArrayList<>();
    if (l.size() > 0) {
      LocalDate last = l.line(l.size() - 1).date();
      journal.addAll(l.journal(START, last));
      if (policy.method() == CostingMethod.MONTHLY_AVERAGE) {
        // the method-valued movements are journalled by the closes
        for (YearMonth m = YearMonth.from(START);
            !m.isAfter(YearMonth.from(last));
            m = m.plusMonths(1)) {
          var close = l.closeMonth(m);
          journal.addAll(close.journal());
          l = close.ledger();
        }
      }
    }
    JournalSummary summary = JournalSummary.of(Ledgers.CNY, journal);
    assertThat(summary.balanceOf(LedgerAccount.INVENTORY)).isEqualTo(l.valueOnHand());
    assertThat(summary.isBalanced()).isTrue();
  }

  @Property
  void thePostingsEntriesAddUpToTheJournalOfTheLedgerTheyBuilt(
      @ForAll("movements") List<Movement> movements, @ForAll("policies") CostingPolicy any) {
    CostingPolicy policy =
        any.method() == CostingMethod.MONTHLY_AVERAGE
            ? CostingPolicy.builder().from(any).method(CostingMethod.FIFO).build()
            : any;
    StockLedger l = Ledgers.open(policy);
    List<JournalEntry> posted = new ArrayList<>();
    for (Movement m : movements) {
      Posting p = l.post(m);
      posted.addAll(p.journal());
      l = p.ledger();
    }
    List<JournalEntry> rebuilt =
        l.size() == 0 ? List.of() : l.journal(START, l.line(l.size() - 1).date());
    JournalSummary fromPostings = JournalSummary.of(Ledgers.CNY, posted);
    JournalSummary fromLedger = JournalSummary.of(Ledgers.CNY, rebuilt);
    // a posting may book a change that a later one takes back: compare what is left on each account
    for (LedgerAccount a : fromPostings.accounts()) {
      assertThat(fromPostings.balanceOf(a)).as("%s", a).isEqualTo(fromLedger.balanceOf(a));
    }
    for (LedgerAccount a : fromLedger.accounts()) {
      assertThat(fromPostings.balanceOf(a)).as("%s", a).isEqualTo(fromLedger.balanceOf(a));
    }
  }

  @Property
  void quantityNeverNegativeWhenThePolicyRejectsIt(
      @ForAll("movements") List<Movement> movements, @ForAll CostingMethod method) {
    StockLedger l = Ledgers.open(method);
    for (Movement m : movements) {
      Posting p = l.post(m);
      if (p.isRefused()) {
        assertThat(p.ledger()).isSameAs(l);
        assertThat(p.explanation().fired(PostingRule.NEGATIVE_STOCK)).isTrue();
      }
      l = p.ledger();
    }
    for (StockCardLine line : l.card().lines()) {
      assertThat(line.balanceQuantity().signum()).isGreaterThanOrEqualTo(0);
    }
  }

  @Property
  void aPostingIsRefusedExactlyWhenSomeRunningQuantityWouldGoBelowZero(
      @ForAll("movements") List<Movement> movements, @ForAll CostingMethod method) {
    StockLedger l = Ledgers.open(method);
    List<Movement> accepted = new ArrayList<>();
    for (Movement m : movements) {
      List<Movement> with = new ArrayList<>(accepted);
      int at = 0;
      while (at < with.size() && !with.get(at).date().isAfter(m.date())) {
        at++;
      }
      with.add(at, m);
      BigDecimal running = BigDecimal.ZERO;
      boolean negative = false;
      for (Movement x : with) {
        running = x.kind().isInbound() ? running.add(x.quantity()) : running.subtract(x.quantity());
        negative |= running.signum() < 0;
      }
      Posting p = l.post(m);
      assertThat(p.isRefused()).as("%s after %s", m, accepted).isEqualTo(negative);
      if (p.isAllowed()) {
        accepted = with;
        l = p.ledger();
        // Reading the values after every posting must find them consistent.
        assertThat(l.card().closingQuantity()).isEqualByComparingTo(running);
      }
    }
  }

  @Property
  void backDatedInsertGivesTheSameStateAsBuildingInDateOrder(
      @ForAll("movements") List<Movement> movements, @ForAll("policies") CostingPolicy policy) {
    Ledgers.BackDated both = Ledgers.postedAndInDateOrder(policy, movements);
    StockLedger posted = both.posted();
    StockLedger scratch = both.inDateOrder();
    List<Movement> inDateOrder = both.sorted();
    assertThat(posted.card().lines()).isEqualTo(scratch.card().lines());
    assertThat(posted.valueOnHand()).isEqualTo(scratch.valueOnHand());
    for (int i = 0; i < posted.size(); i++) {
      assertThat(posted.movement(i)).isEqualTo(inDateOrder.get(i));
    }
  }

  @Property
  void backDatedInsertReportsTheChangesItCaused(
      @ForAll("movements") List<Movement> movements, @ForAll CostingMethod method) {
    CostingPolicy policy = Ledgers.policy(method, NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    StockLedger l = Ledgers.open(policy);
    for (Movement m : movements) {
      Posting p = l.post(m);
      StockLedger before = p.previous();
      StockLedger after = p.ledger();
      int index = p.line().orElseThrow().index();
      // Every later movement whose valuation differs is reported, and nothing else.
      int reported = 0;
      for (int i = 0; i < before.size(); i++) {
        int j = i >= index ? i + 1 : i;
        StockCardLine a = before.line(i);
        StockCardLine b = after.line(j);
        boolean changed = !a.amount().equals(b.amount()) || !a.trueUp().equals(b.trueUp());
        if (changed) {
          reported++;
          assertThat(i).isGreaterThanOrEqualTo(method == CostingMethod.MONTHLY_AVERAGE ? 0 : index);
        }
      }
      assertThat(p.cogsChanges()).hasSize(reported);
      l = after;
    }
  }

  @Property
  void postingOneByOneValuesAsValuingAllTheMovementsAtOnce(
      @ForAll("movements") List<Movement> movements, @ForAll("policies") CostingPolicy policy) {
    // Under the month-end average the open month's issues are valued only when read; every
    // earlier version of the ledger keeps its own values, read before or after later postings.
    List<StockLedger> versions = new ArrayList<>();
    List<List<StockCardLine>> readAtOnce = new ArrayList<>();
    StockLedger l = Ledgers.open(policy);
    for (Movement m : movements) {
      Posting p = l.post(m);
      l = p.ledger();
      versions.add(l);
      readAtOnce.add(versions.size() % 2 == 0 ? l.card().lines() : null);
    }
    for (int v = 0; v < versions.size(); v++) {
      StockLedger version = versions.get(v);
      StockLedger allAtOnce = version.revalue(policy).ledger();
      assertThat(version.card().lines()).isEqualTo(allAtOnce.card().lines());
      assertThat(version.valueOnHand()).isEqualTo(allAtOnce.valueOnHand());
      assertThat(version.quantityOnHand()).isEqualTo(allAtOnce.quantityOnHand());
      if (readAtOnce.get(v) != null) {
        assertThat(readAtOnce.get(v)).isEqualTo(version.card().lines());
      }
    }
  }

  @Property
  void withOnlyReceiptsAllMethodsAgree(@ForAll("movements") List<Movement> movements) {
    List<Movement> receipts =
        movements.stream().filter(m -> m.kind() == MovementKind.RECEIPT).toList();
    StockLedger fifo = postAllowed(Ledgers.open(CostingMethod.FIFO), receipts);
    StockLedger moving = postAllowed(Ledgers.open(CostingMethod.MOVING_AVERAGE), receipts);
    StockLedger monthly = postAllowed(Ledgers.open(CostingMethod.MONTHLY_AVERAGE), receipts);
    for (int i = 0; i < fifo.size(); i++) {
      StockCardLine f = fifo.line(i);
      assertThat(moving.line(i).balanceValue()).isEqualTo(f.balanceValue());
      assertThat(monthly.line(i).balanceValue()).isEqualTo(f.balanceValue());
      assertThat(moving.line(i).amount()).isEqualTo(f.amount());
      assertThat(monthly.line(i).amount()).isEqualTo(f.amount());
    }
  }

  @Property
  void fifoIssuesConsumeTheOldestLayersFirst(@ForAll("movements") List<Movement> movements) {
    List<Movement> flow =
        movements.stream()
            .filter(m -> m.kind() == MovementKind.RECEIPT || m.kind() == MovementKind.SALE_ISSUE)
            .toList();
    StockLedger l = postAllowed(Ledgers.open(CostingMethod.FIFO), flow);
    List<StockCardLine> receipts =
        l.card().lines().stream().filter(x -> x.kind() == MovementKind.RECEIPT).toList();
    List<FifoLayer> layers = l.fifoLayers();
    // The layers left are the newest receipts, in order; only the oldest of them is part-used.
    List<StockCardLine> newest = receipts.subList(receipts.size() - layers.size(), receipts.size());
    for (int i = 0; i < layers.size(); i++) {
      assertThat(layers.get(i).document()).isEqualTo(newest.get(i).document());
      if (i > 0) {
        assertThat(layers.get(i).quantity()).isEqualByComparingTo(newest.get(i).quantityIn());
        assertThat(layers.get(i).value()).isEqualTo(newest.get(i).amount());
      }
    }
    BigDecimal layerQty =
        layers.stream().map(FifoLayer::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(layerQty).isEqualByComparingTo(l.quantityOnHand().max(BigDecimal.ZERO));
    Money layerValue =
        layers.stream().map(FifoLayer::value).reduce(Money.zero(Ledgers.CNY), Money::plus);
    if (l.quantityOnHand().signum() >= 0) {
      assertThat(layerValue).isEqualTo(l.valueOnHand());
    }
  }
}
