package dev.suanpan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Ledgers long enough to fill the storage's chunks of 256 movements, with a third of the movements
 * back-dated (so that inserts land in full chunks and split them) and customer returns whose issues
 * sit on either side of later inserts: they give the same state as building in date order.
 */
class LongLedgerProperties {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 90;

  private record Issue(String document, LocalDate date, BigDecimal quantity) {}

  /**
   * Posts {@code count} movements drawn from {@code seed}: receipts, sale issues, customer returns
   * of an issue already posted (dated on or after it), supplier returns and stocktake adjustments,
   * a third of them dated before the last one. Returns the movements accepted, in posting order.
   */
  private static List<Movement> history(CostingPolicy policy, long seed, int count) {
    Random random = new Random(seed);
    StockLedger l = Ledgers.open(policy);
    List<Movement> accepted = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    int lastDay = 0;
    for (int n = 0; n < count; n++) {
      int day =
          random.nextInt(3) == 0
              ? random.nextInt(lastDay + 1)
              : Math.min(DAYS - 1, lastDay + random.nextInt(2));
      lastDay = Math.max(lastDay, day);
      LocalDate date = START.plusDays(day);
      BigDecimal q = BigDecimal.valueOf(1 + random.nextInt(4000), 2);
      String doc = "D-" + n;
      int pick = random.nextInt(20);
      Movement m;
      if (pick < 8) {
        BigDecimal cost = BigDecimal.valueOf(500 + random.nextInt(2000), 2);
        m = Movement.receipt(date, doc, q, Ledgers.PCS, cost, "PO-" + n);
      } else if (pick < 16) {
        m = Movement.saleIssue(date, doc, q, Ledgers.PCS);
      } else if (pick < 18 && !issues.isEmpty()) {
        Issue issue = issues.get(random.nextInt(issues.size()));
        LocalDate on = issue.date().plusDays(random.nextInt(10));
        BigDecimal back = issue.quantity().min(q);
        m = Movement.customerReturn(on, doc, back, Ledgers.PCS, issue.document());
      } else if (pick == 18) {
        m = Movement.outbound(MovementKind.SUPPLIER_RETURN, date, doc, q, Ledgers.PCS);
      } else {
        m =
            random.nextBoolean()
                ? Movement.stocktakeSurplus(date, doc, q, Ledgers.PCS)
                : Movement.outbound(MovementKind.STOCKTAKE_SHORTAGE, date, doc, q, Ledgers.PCS);
      }
      Posting p = l.post(m);
      if (p.isAllowed()) {
        l = p.ledger();
        accepted.add(m);
        if (m.kind() == MovementKind.SALE_ISSUE) {
          issues.add(new Issue(doc, date, q));
        }
      }
    }
    return accepted;
  }

  @Property(tries = 12)
  void longLedgersWithBackDatedInsertsGiveTheSameStateAsBuildingInDateOrder(
      @ForAll CostingMethod method, @ForAll NegativeStockPolicy negative, @ForAll long seed) {
    CostingPolicy policy = Ledgers.policy(method, negative);
    List<Movement> movements = history(policy, seed, 1200);
    // Also a third and two thirds of the way (a later insert before a wrong value would hide it).
    for (int n : new int[] {movements.size() / 3, movements.size() * 2 / 3}) {
      Ledgers.BackDated part = Ledgers.postedAndInDateOrder(policy, movements.subList(0, n));
      assertThat(part.posted().card().lines()).isEqualTo(part.inDateOrder().card().lines());
    }
    Ledgers.BackDated both = Ledgers.postedAndInDateOrder(policy, movements);
    StockLedger posted = both.posted();
    StockLedger scratch = both.inDateOrder();
    assertThat(posted.size()).isEqualTo(movements.size()).isGreaterThan(600);
    assertThat(posted.card().lines()).isEqualTo(scratch.card().lines());
    assertThat(posted.valueOnHand()).isEqualTo(scratch.valueOnHand());
    for (int i = 0; i < posted.size(); i++) {
      assertThat(posted.movement(i)).isEqualTo(both.sorted().get(i));
    }
    if (method == CostingMethod.FIFO) {
      assertThat(posted.fifoLayers()).isEqualTo(scratch.fifoLayers());
    }
    for (YearMonth m = YearMonth.from(START);
        !m.isAfter(YearMonth.of(2024, 3));
        m = m.plusMonths(1)) {
      assertThat(posted.closeMonth(m))
          .usingRecursiveComparison()
          .ignoringFields("ledger")
          .isEqualTo(scratch.closeMonth(m));
      assertThat(posted.balanceAt(m.atEndOfMonth())).isEqualTo(scratch.balanceAt(m.atEndOfMonth()));
    }
    // Re-valued by another method, the two still agree (the raw columns are shared, the values
    // not).
    CostingPolicy other =
        Ledgers.policy(
            method == CostingMethod.FIFO ? CostingMethod.MOVING_AVERAGE : CostingMethod.FIFO,
            NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    assertThat(posted.revalue(other).ledger().card().lines())
        .isEqualTo(scratch.revalue(other).ledger().card().lines());
    assertThat(posted.card().lines()).isEqualTo(scratch.card().lines());
  }

  @Property(tries = 8)
  void postingOntoAnOlderVersionLeavesTheNewerOneAsItWas(
      @ForAll CostingMethod method, @ForAll long seed) {
    // Versions share raw columns: an insert into one and an append onto another must not see each
    // other's movements.
    CostingPolicy policy = Ledgers.policy(method, NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    List<Movement> movements = history(policy, seed, 700);
    StockLedger base = Ledgers.post(Ledgers.open(policy), movements.toArray(Movement[]::new));
    List<StockCardLine> before = base.card().lines();
    Movement late =
        Movement.receipt(
            START.plusDays(5),
            "LATE",
            new BigDecimal("3"),
            Ledgers.PCS,
            new BigDecimal("7.77"),
            "PO");
    Movement last = base.movement(base.size() - 1);
    Movement append =
        Movement.receipt(
            last.date(), "APPEND", new BigDecimal("2"), Ledgers.PCS, new BigDecimal("8.88"), "PO");
    StockLedger inserted = base.post(late).ledger();
    StockLedger appended = base.post(append).ledger();
    StockLedger both = inserted.post(append).ledger();
    assertThat(base.card().lines()).isEqualTo(before);
    assertThat(appended.size()).isEqualTo(base.size() + 1);
    assertThat(appended.movement(base.size())).isEqualTo(append);
    assertThat(inserted.movement(inserted.size() - 1)).isEqualTo(last);
    assertThat(both.movement(both.size() - 1)).isEqualTo(append);
    StockLedger fresh =
        Ledgers.postedAndInDateOrder(policy, concat(movements, late, append)).inDateOrder();
    assertThat(both.card().lines()).isEqualTo(fresh.card().lines());
  }

  private static List<Movement> concat(List<Movement> movements, Movement... more) {
    List<Movement> all = new ArrayList<>(movements);
    all.addAll(List.of(more));
    return all;
  }
}
