package dev.suanpan.inventory.lots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class LotLedgerProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;

  /** A receipt into a new lot, or an issue of a share of the stock. */
  record Step(boolean receipt, long quantityTenThousandths, long costMicros, int share) {}

  @Provide
  Arbitrary<List<Step>> histories() {
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.longs().between(1, 10_000_000),
            Arbitraries.longs().between(0, 1_000_000_000L),
            Arbitraries.integers().between(1, 100))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(30);
  }

  /**
   * Lots sum to the item: each receipt in a lot of its own, issues taking the lots oldest first,
   * the lot ledger's issues, quantity and value on hand (the sums of its lots') are those of one
   * FIFO ledger of the same movements, and so is its balance on every day.
   */
  @Property
  void lotsTakenOldestFirstSumToTheFifoLedgerOfTheItem(@ForAll("histories") List<Step> steps) {
    CostingPolicy fifo = CostingPolicy.of(CostingMethod.FIFO);
    ItemId item = ItemId.of("I");
    WarehouseId wh = WarehouseId.of("W");
    LotLedger lots = LotLedger.open(item, wh, PCS, CNY, fifo, Tracking.LOT);
    StockLedger pooled = StockLedger.open(item, wh, PCS, CNY, fifo);
    LocalDate day = LocalDate.of(2024, 1, 1);
    int n = 0;
    for (Step s : steps) {
      day = day.plusDays(n % 3 == 0 ? 1 : 0);
      String doc = "M-" + n++;
      BigDecimal onHand = pooled.quantityOnHand();
      if (s.receipt() || onHand.signum() == 0) {
        Movement m =
            Movement.receipt(
                day,
                doc,
                BigDecimal.valueOf(s.quantityTenThousandths(), 4),
                PCS,
                BigDecimal.valueOf(s.costMicros(), 6),
                "PO");
        lots = lots.receive(LotId.of("LOT-" + doc), Optional.empty(), m).ledger();
        pooled = pooled.post(m).ledger();
      } else {
        BigDecimal q =
            onHand
                .multiply(BigDecimal.valueOf(s.share()))
                .divide(BigDecimal.valueOf(100), 4, RoundingMode.UP);
        Movement m = Movement.saleIssue(day, doc, q, PCS);
        LotDecision d = lots.issue(m, LotPick.fifo());
        Posting p = pooled.post(m);
        assertThat(d.isAllowed()).isTrue();
        assertThat(d.amount()).isEqualTo(p.line().get().amount());
        lots = d.ledger();
        pooled = p.ledger();
      }
      assertThat(lots.quantityOnHand()).isEqualByComparingTo(pooled.quantityOnHand());
      assertThat(lots.valueOnHand()).isEqualTo(pooled.valueOnHand());
    }
    Money sum = Money.zero(CNY);
    for (StockLedger l : lots.lots().values()) {
      sum = sum.plus(l.valueOnHand());
    }
    assertThat(sum).isEqualTo(lots.valueOnHand());
    for (LocalDate d = LocalDate.of(2024, 1, 1); !d.isAfter(day); d = d.plusDays(1)) {
      assertThat(lots.balanceAt(d).value()).isEqualTo(pooled.balanceAt(d).value());
    }
  }
}
