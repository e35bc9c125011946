package dev.suanpan.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndClose;
import dev.suanpan.inventory.costing.MonthEndDifference;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A {@link StockCardStream} gives, for any movements in date order and every costing method, the
 * lines of a {@link StockLedger} of the same movements with every month closed, refuses the same
 * movements, and hands over the same standard cost revaluations and month-end figures.
 */
class StockCardStreamProperties {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);

  /**
   * A movement to generate: days after the one before, kind, quantity, cost, and for an outbound
   * movement the share of the stock on hand it takes (1 to 100%; above 100: its own quantity, which
   * may be beyond the stock and refused).
   */
  record Step(int days, MovementKind kind, BigDecimal quantity, BigDecimal cost, int share) {}

  @Provide
  Arbitrary<List<Movement>> inDateOrder() {
    Arbitrary<BigDecimal> quantities =
        Arbitraries.oneOf(
            Arbitraries.bigDecimals()
                .between(new BigDecimal("0.0001"), new BigDecimal("60"))
                .ofScale(4),
            Arbitraries.integers().between(1, 30).map(BigDecimal::valueOf));
    Arbitrary<BigDecimal> costs =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999.99")).ofScale(6);
    Arbitrary<MovementKind> kinds =
        Arbitraries.frequency(
            Tuple.of(6, MovementKind.RECEIPT),
            Tuple.of(6, MovementKind.SALE_ISSUE),
            Tuple.of(1, MovementKind.OPENING_BALANCE),
            Tuple.of(1, MovementKind.TRANSFER_IN),
            Tuple.of(1, MovementKind.TRANSFER_OUT),
            Tuple.of(1, MovementKind.SUPPLIER_RETURN),
            Tuple.of(1, MovementKind.STOCKTAKE_SURPLUS),
            Tuple.of(1, MovementKind.STOCKTAKE_SHORTAGE));
    Arbitrary<Integer> shares =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(100)),
            Tuple.of(4, Arbitraries.integers().between(1, 99)),
            Tuple.of(2, Arbitraries.just(101)));
    return Combinators.combine(
            Arbitraries.integers().between(0, 12), kinds, quantities, costs, shares)
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(60)
        .map(StockCardStreamProperties::movements);
  }

  private static List<Movement> movements(List<Step> steps) {
    List<Movement> out = new ArrayList<>();
    LocalDate date = START;
    int n = 0;
    BigDecimal onHand = BigDecimal.ZERO;
    for (Step s : steps) {
      date = date.plusDays(s.days());
      String doc = "D-" + ++n;
      BigDecimal q = s.quantity();
      if (!s.kind().isInbound() && s.share() <= 100) {
        q =
            onHand
                .multiply(BigDecimal.valueOf(s.share()))
                .divide(BigDecimal.valueOf(100), 4, RoundingMode.DOWN);
        if (q.signum() == 0) {
          q = s.quantity();
        }
      }
      if (s.kind().isInbound()) {
        onHand = onHand.add(q);
      } else if (q.compareTo(onHand) <= 0) {
        onHand = onHand.subtract(q);
      }
      Money value = Money.of(Ledgers.CNY, s.cost().setScale(2, RoundingMode.DOWN));
      out.add(
          switch (s.kind()) {
            case RECEIPT -> Movement.receipt(date, doc, q, Ledgers.PCS, s.cost(), "PO-" + n);
            case OPENING_BALANCE -> Movement.openingBalance(date, doc, q, Ledgers.PCS, value);
            case TRANSFER_IN -> Movement.transferIn(date, doc, q, Ledgers.PCS, value);
            case STOCKTAKE_SURPLUS -> Movement.stocktakeSurplus(date, doc, q, Ledgers.PCS);
            default -> Movement.outbound(s.kind(), date, doc, q, Ledgers.PCS);
          });
    }
    return out;
  }

  @Provide
  Arbitrary<CostingPolicy> policies() {
    return Combinators.combine(
            Arbitraries.of(CostingMethod.class),
            Arbitraries.of(Rounding.FEN, Rounding.FEN_HALF_EVEN),
            Arbitraries.integers().between(0, 6),
            Arbitraries.of(MonthEndDifference.class),
            LedgerProperties.standardSchedules())
        .as(
            (m, r, s, d, standards) ->
                CostingPolicy.builder()
                    .method(m)
                    .negativeStock(NegativeStockPolicy.REJECT)
                    .rounding(r)
                    .averageUnitCostScale(s)
                    .monthEndDifference(d)
                    .standardCosts(
                        m == CostingMethod.STANDARD ? standards : ImmutableSortedMap.of())
                    .build());
  }

  /** What a stream handed over. */
  private static final class Collected implements StockCardStream.Sink {
    final List<StockCardLine> lines = new ArrayList<>();
    final List<StandardCostRevaluation> revaluations = new ArrayList<>();
    final List<StreamedMonthEnd> months = new ArrayList<>();

    @Override
    public void line(StockCardLine line) {
      lines.add(line);
    }

    @Override
    public void revaluation(StandardCostRevaluation revaluation) {
      revaluations.add(revaluation);
    }

    @Override
    public void monthEnd(StreamedMonthEnd month) {
      months.add(month);
    }
  }

  @Property(tries = 1000)
  void theStreamGivesTheLedgersCardForEveryMethod(
      @ForAll("inDateOrder") List<Movement> movements, @ForAll("policies") CostingPolicy policy) {
    StockLedger ledger = Ledgers.open(policy);
    Collected got = new Collected();
    StockCardStream stream =
        StockCardStream.open(Ledgers.ITEM, Ledgers.MAIN, Ledgers.PCS, Ledgers.CNY, policy, got);
    TreeSet<YearMonth> months = new TreeSet<>();
    for (Movement m : movements) {
      Posting p = ledger.post(m);
      assertThat(stream.post(m)).as("%s taken", m.document()).isEqualTo(p.isAllowed());
      if (p.isAllowed()) {
        ledger = p.ledger();
        months.add(YearMonth.from(m.date()));
      }
      assertThat(stream.quantityOnHand()).isEqualByComparingTo(ledger.quantityOnHand());
    }
    stream.finish();
    List<StreamedMonthEnd> expectedMonths = new ArrayList<>();
    for (YearMonth month : months) {
      MonthEndClose c = ledger.closeMonth(month);
      ledger = c.ledger();
      if (policy.method() == CostingMethod.MONTHLY_AVERAGE) {
        expectedMonths.add(
            StreamedMonthEnd.builder()
                .month(month)
                .openingQuantity(c.openingQuantity())
                .openingValue(c.openingValue())
                .inboundQuantity(c.inboundQuantity())
                .inboundValue(c.inboundValue())
                .outboundQuantity(c.outboundQuantity())
                .outboundCost(c.outboundCost())
                .trueUps(c.trueUps())
                .closingQuantity(c.closingQuantity())
                .closingValue(c.closingValue())
                .unitCost(c.unitCost().orElseThrow())
                .roundingDifference(c.roundingDifference().orElseThrow())
                .issuesDifference(c.issuesDifference().orElseThrow())
                .differenceTreatment(c.differenceTreatment().orElseThrow())
                .build());
      }
    }
    assertThat(got.lines).containsExactlyElementsOf(ledger.card().lines());
    assertThat(got.revaluations).containsExactlyElementsOf(ledger.bookedRevaluations());
    assertThat(got.months).containsExactlyElementsOf(expectedMonths);
    assertThat(stream.size()).isEqualTo(ledger.size());
  }

  @Test
  void aMovementBeforeTheOneBeforeIsRefusedNamingBoth() {
    StockCardStream stream =
        StockCardStream.open(
            Ledgers.ITEM,
            Ledgers.MAIN,
            Ledgers.PCS,
            Ledgers.CNY,
            CostingPolicy.of(CostingMethod.FIFO),
            line -> {});
    stream.post(Ledgers.receipt("2024-03-05", "GRN-1", "10", "1.00"));
    assertThatThrownBy(() -> stream.post(Ledgers.receipt("2024-03-04", "GRN-2", "1", "1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "GRN-2 is dated 2024-03-04, before the previous movement's 2024-03-05");
    assertThat(stream.size()).isEqualTo(1);
  }

  @Test
  void aPolicyAllowingNegativeStockIsRefused() {
    CostingPolicy allowing =
        CostingPolicy.builder()
            .method(CostingMethod.FIFO)
            .negativeStock(NegativeStockPolicy.ALLOW_AND_TRUE_UP)
            .build();
    assertThatThrownBy(
            () ->
                StockCardStream.open(
                    Ledgers.ITEM, Ledgers.MAIN, Ledgers.PCS, Ledgers.CNY, allowing, line -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("policy.negativeStock must be REJECT");
  }
}
