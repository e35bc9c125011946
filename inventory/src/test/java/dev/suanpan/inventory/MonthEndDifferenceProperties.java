package dev.suanpan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndClose;
import dev.suanpan.inventory.costing.MonthEndDifference;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * The month-end average's rounding difference, in ending inventory or in the issues, over histories
 * made to produce large differences: unit costs ending in half a fen (0.005, 0.015, ..), many small
 * issues against few receipts, so that the textbook rule often leaves a small stock with a negative
 * value and the fallback applies.
 */
class MonthEndDifferenceProperties {
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final List<YearMonth> MONTHS =
      List.of(
          YearMonth.of(2024, 1),
          YearMonth.of(2024, 2),
          YearMonth.of(2024, 3),
          YearMonth.of(2024, 4));

  /**
   * Histories of January to April 2024 in posting order (back-dated ones included): each month a
   * receipt on its first day of 5 to 100 units at a small unit cost of an odd number of half fen
   * (0.005 to 0.195, so the average unit cost rounds a long way), issued again in 1 to 60 equal
   * issues of history units, on days of the month at random, leaving 0 to 2 units (the stock the
   * textbook rule may leave with a negative value); and up to 8 other movements of any kind.
   */
  @Provide
  Arbitrary<List<Movement>> histories() {
    return histories(1, 60);
  }

  /**
   * Histories as {@link #histories()} of 130 to 170 issues a month: March starts in the ledger's
   * second chunk of 256 movements, which starts in February, so re-valuing March for a movement
   * back-dated from April resumes in the middle of February.
   */
  @Provide
  Arbitrary<List<Movement>> longHistories() {
    return histories(130, 170);
  }

  static Arbitrary<List<Movement>> histories(int minIssues, int maxIssues) {
    Arbitrary<List<Movement>> history =
        Combinators.combine(
                month(0, minIssues, maxIssues),
                month(1, minIssues, maxIssues),
                month(2, minIssues, maxIssues),
                month(3, minIssues, maxIssues),
                others().list().ofMaxSize(8))
            .as(
                (jan, feb, mar, apr, rest) -> {
                  List<Movement> all = new ArrayList<>(jan);
                  all.addAll(feb);
                  all.addAll(mar);
                  all.addAll(apr);
                  all.addAll(rest);
                  return all;
                });
    return history.flatMap(Arbitraries::shuffle);
  }

  /** One month's receipt and the issues emptying it to 0 to 2 units, in date order. */
  private static Arbitrary<List<Movement>> month(int index, int minIssues, int maxIssues) {
    LocalDate first = START.plusMonths(index);
    return Combinators.combine(
            Arbitraries.integers().between(5, 100),
            Arbitraries.integers().between(0, 97).map(n -> BigDecimal.valueOf(2L * n + 1, 3)),
            Arbitraries.integers().between(minIssues, maxIssues),
            Arbitraries.of(0, 1, 2, 4, 8), // history units left
            Arbitraries.integers().between(0, 26).list().ofSize(maxIssues))
        .as(
            (units, cost, issues, left, days) -> {
              List<Movement> out = new ArrayList<>();
              out.add(
                  Movement.receipt(
                      first, "GRN-" + index, BigDecimal.valueOf(units), Ledgers.PCS, cost, "PO"));
              int historys = units * 4 - left;
              int k = Math.min(issues, historys);
              List<Integer> sorted = new ArrayList<>(days.subList(0, k));
              sorted.sort(Comparator.naturalOrder());
              for (int i = 0; i < k; i++) {
                int q = historys / k + (i < historys % k ? 1 : 0);
                out.add(
                    Movement.saleIssue(
                        first.plusDays(1 + sorted.get(i)),
                        "OUT-" + index + "-" + i,
                        BigDecimal.valueOf(q * 25L, 2),
                        Ledgers.PCS));
              }
              return out;
            });
  }

  /**
   * Movements of any kind on any day from January to April, of 0.25 to 10 units at 0.005 to 4.995.
   */
  private static Arbitrary<Movement> others() {
    Arbitrary<MovementKind> kinds =
        Arbitraries.of(
            MovementKind.RECEIPT,
            MovementKind.SALE_ISSUE,
            MovementKind.TRANSFER_IN,
            MovementKind.SUPPLIER_RETURN,
            MovementKind.STOCKTAKE_SURPLUS,
            MovementKind.STOCKTAKE_SHORTAGE);
    return Combinators.combine(
            Arbitraries.integers().between(0, 120),
            kinds,
            Arbitraries.integers().between(1, 40),
            Arbitraries.integers().between(0, 499).map(n -> BigDecimal.valueOf(2L * n + 1, 3)),
            Arbitraries.integers().between(0, 99999))
        .as(
            (day, kind, q, cost, n) ->
                movement(START.plusDays(day), kind, BigDecimal.valueOf(q * 25L, 2), cost, n));
  }

  private static Movement movement(
      LocalDate date, MovementKind kind, BigDecimal q, BigDecimal cost, int n) {
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
            Ledgers.cny(q.multiply(cost).setScale(2, java.math.RoundingMode.DOWN).toPlainString()));
      case STOCKTAKE_SURPLUS:
        return Movement.stocktakeSurplus(date, doc, q, Ledgers.PCS);
      default:
        return Movement.outbound(kind, date, doc, q, Ledgers.PCS);
    }
  }

  @Provide
  Arbitrary<CostingPolicy> policies() {
    return Combinators.combine(
            Arbitraries.of(MonthEndDifference.class),
            Arbitraries.of(NegativeStockPolicy.class),
            Arbitraries.of(Rounding.FEN, Rounding.FEN_HALF_EVEN),
            Arbitraries.integers().between(0, 3))
        .as(MonthEndDifferenceProperties::policy);
  }

  /** Policies that reject negative stock. */
  @Provide
  Arbitrary<CostingPolicy> rejecting() {
    return Combinators.combine(
            Arbitraries.of(MonthEndDifference.class),
            Arbitraries.just(NegativeStockPolicy.REJECT),
            Arbitraries.of(Rounding.FEN, Rounding.FEN_HALF_EVEN),
            Arbitraries.integers().between(0, 3))
        .as(MonthEndDifferenceProperties::policy);
  }

  private static CostingPolicy policy(
      MonthEndDifference difference, NegativeStockPolicy negative, Rounding rounding, int scale) {
    return CostingPolicy.builder()
        .method(CostingMethod.MONTHLY_AVERAGE)
        .monthEndDifference(difference)
        .negativeStock(negative)
        .rounding(rounding)
        .averageUnitCostScale(scale)
        .build();
  }

  /** The movements posted in date order (stable), those the policy refuses left out. */
  private static StockLedger postAllowed(CostingPolicy policy, List<Movement> movements) {
    List<Movement> inDateOrder = new ArrayList<>(movements);
    inDateOrder.sort(Comparator.comparing(Movement::date));
    StockLedger l = Ledgers.open(policy);
    for (Movement m : inDateOrder) {
      l = l.post(m).ledger();
    }
    return l;
  }

  /** The closes of January to April, each of the ledger the one before returned. */
  private static List<MonthEndClose> closes(StockLedger ledger) {
    List<MonthEndClose> out = new ArrayList<>();
    StockLedger l = ledger;
    for (YearMonth m : MONTHS) {
      MonthEndClose c = l.closeMonth(m); // rejects a month that does not balance
      out.add(c);
      l = c.ledger();
    }
    return out;
  }

  private static Money atUnitCost(CostingPolicy policy, BigDecimal quantity, BigDecimal unitCost) {
    return policy.rounding().round(BigMoney.of(Ledgers.CNY, unitCost.multiply(quantity)));
  }

  private static List<StockCardLine> outboundOf(StockLedger l, YearMonth m) {
    return l.card().lines().stream()
        .filter(x -> !x.kind().isInbound() && YearMonth.from(x.date()).equals(m))
        .toList();
  }

  @Property
  void underIssuesTheEndingStockIsItsQuantityAtTheUnitCost(
      @ForAll("histories") List<Movement> movements, @ForAll("rejecting") CostingPolicy any) {
    CostingPolicy policy =
        CostingPolicy.builder().from(any).monthEndDifference(MonthEndDifference.ISSUES).build();
    for (MonthEndClose c : closes(postAllowed(policy, movements))) {
      if (c.outboundQuantity().signum() == 0 || c.unitCost().isEmpty()) {
        continue;
      }
      Money expected = atUnitCost(policy, c.closingQuantity(), c.unitCost().orElseThrow());
      Money whole = c.openingValue().plus(c.inboundValue());
      // never more than the month holds (a coarse unit cost rounded up on a large ending stock)
      Money capped = expected.isGreaterThan(whole) ? whole : expected;
      assertThat(c.closingValue()).as("%s", c.month()).isEqualTo(capped);
      assertThat(c.differenceTreatment()).contains(MonthEndDifference.ISSUES);
      if (!expected.isGreaterThan(whole)) {
        assertThat(c.roundingDifference()).contains(Money.zero(Ledgers.CNY));
      }
    }
  }

  @Property
  void openingPlusInEqualsOutPlusClosingToTheFenEitherWay(
      @ForAll("histories") List<Movement> movements, @ForAll("policies") CostingPolicy policy) {
    StockLedger l = postAllowed(policy, movements);
    StockCard card = l.card();
    assertThat(card.openingValue().plus(card.valueIn()))
        .isEqualTo(card.costOut().plus(card.trueUps()).plus(card.closingValue()));
    Money running = card.openingValue();
    for (StockCardLine line : card.lines()) {
      running =
          line.kind().isInbound()
              ? running.plus(line.amount()).minus(line.trueUp())
              : running.minus(line.amount());
      assertThat(line.balanceValue()).isEqualTo(running);
    }
    for (MonthEndClose c : closes(l)) {
      List<StockCardLine> out = outboundOf(c.ledger(), c.month());
      Money cost =
          out.stream().map(StockCardLine::amount).reduce(Money.zero(Ledgers.CNY), Money::plus);
      assertThat(cost).isEqualTo(c.outboundCost());
      if (c.unitCost().isPresent()) {
        // what the issues took beyond quantity × unit cost, and what the ending stock kept
        Money atUnitCost =
            out.stream()
                .map(x -> atUnitCost(policy, x.quantityOut(), c.unitCost().orElseThrow()))
                .reduce(Money.zero(Ledgers.CNY), Money::plus);
        assertThat(c.issuesDifference()).contains(c.outboundCost().minus(atUnitCost));
        Money ending = atUnitCost(policy, c.closingQuantity(), c.unitCost().orElseThrow());
        assertThat(c.roundingDifference()).contains(c.closingValue().minus(ending));
      }
    }
  }

  @Property
  void noIssueIsNegativeAndNoPositiveStockEndsAMonthWithANegativeValue(
      @ForAll("histories") List<Movement> movements, @ForAll("rejecting") CostingPolicy policy) {
    StockLedger l = postAllowed(policy, movements);
    for (StockCardLine line : l.card().lines()) {
      assertThat(line.amount().isNegative()).as("%s", line).isFalse();
    }
    for (MonthEndClose c : closes(l)) {
      assertThat(c.closingValue().isNegative()).as("%s", c.month()).isFalse();
      if (c.closingQuantity().signum() == 0) {
        assertThat(c.closingValue().isZero()).as("no stock has no value").isTrue();
      }
      if (policy.monthEndDifference() == MonthEndDifference.ENDING_INVENTORY
          && c.closingQuantity().signum() > 0
          && c.outboundQuantity().signum() > 0) {
        // the textbook ending value: what the month holds less its issues at quantity × unit cost
        Money textbook = c.closingValue().plus(c.issuesDifference().orElseThrow());
        MonthEndDifference expected =
            textbook.isNegative() ? MonthEndDifference.ISSUES : MonthEndDifference.ENDING_INVENTORY;
        assertThat(c.differenceTreatment()).as("%s", c.month()).contains(expected);
        Statistics.label("textbook month").collect(expected);
      }
    }
    Statistics.label("textbook month")
        .coverage(
            check -> {
              check.check(MonthEndDifference.ISSUES).count(n -> n > 0); // the fallback happens
              check.check(MonthEndDifference.ENDING_INVENTORY).count(n -> n > 0);
            });
  }

  private static void assertBackDatedAsInDateOrder(List<Movement> movements, CostingPolicy policy) {
    Ledgers.BackDated both = Ledgers.postedAndInDateOrder(policy, movements);
    StockLedger posted = both.posted();
    StockLedger scratch = both.inDateOrder();
    List<Movement> inDateOrder = both.sorted();
    assertThat(posted.card().lines()).isEqualTo(scratch.card().lines());
    assertThat(posted.valueOnHand()).isEqualTo(scratch.valueOnHand());
    assertThat(posted.revalue(policy).ledger().card().lines()).isEqualTo(scratch.card().lines());
    List<MonthEndClose> a = closes(posted);
    List<MonthEndClose> b = closes(scratch);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i)).isEqualTo(b.get(i));
    }
  }

  @Property
  void aBackDatedInsertGivesTheSameStateAsBuildingInDateOrder(
      @ForAll("histories") List<Movement> movements, @ForAll("policies") CostingPolicy policy) {
    assertBackDatedAsInDateOrder(movements, policy);
  }

  @Property(tries = 40)
  void aBackDatedInsertGivesTheSameStateAsBuildingInDateOrderAcrossChunks(
      @ForAll("longHistories") List<Movement> movements, @ForAll("policies") CostingPolicy policy) {
    assertBackDatedAsInDateOrder(movements, policy);
  }

  @Property
  void theValuersSplitOnLongsIsTheSplitOfAllocation(
      @ForAll("totals") long total, @ForAll("weights") List<Long> weights) {
    long[] w = weights.stream().mapToLong(Long::longValue).toArray();
    List<Money> expected = Allocation.byRatios(Money.ofMinor(Ledgers.CNY, total), w);
    long[] parts = FixedPoint.allocate(total, w);
    assertThat(parts).hasSize(expected.size());
    for (int i = 0; i < parts.length; i++) {
      assertThat(parts[i]).as("part %s", i).isEqualTo(expected.get(i).getAmountMinorLong());
    }
  }

  @Provide
  Arbitrary<Long> totals() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-10_000, 10_000),
        Arbitraries.longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L));
  }

  /** Quantities in 0.0001 units: small ones (many ties) and large ones (products beyond a long). */
  @Provide
  Arbitrary<List<Long>> weights() {
    return Arbitraries.oneOf(
            Arbitraries.longs().between(1, 10), Arbitraries.longs().between(1, 100_000_000_000L))
        .list()
        .ofMinSize(1)
        .ofMaxSize(30);
  }
}
