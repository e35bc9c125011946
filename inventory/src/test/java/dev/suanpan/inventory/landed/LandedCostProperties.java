package dev.suanpan.inventory.landed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.money.Allocation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class LandedCostProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final ItemId ITEM = ItemId.of("I");
  static final WarehouseId WH = WarehouseId.of("W");

  /** One step: a receipt (named by the charge or not) or an issue of a share of the stock. */
  record Step(boolean receipt, long quantity, long costCents, boolean named, int share) {}

  @Provide
  Arbitrary<List<Step>> histories() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2).map(k -> k < 2),
            Arbitraries.longs().between(1, 500),
            Arbitraries.longs().between(0, 100_000),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(1, 100))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(20);
  }

  @Provide
  Arbitrary<CostingMethod> methods() {
    return Arbitraries.of(
        CostingMethod.FIFO, CostingMethod.MOVING_AVERAGE, CostingMethod.MONTHLY_AVERAGE);
  }

  @Provide
  Arbitrary<Money> amounts() {
    return Arbitraries.longs().between(1, 10_000_000).map(c -> Money.ofMinor(CNY, c));
  }

  /**
   * Landed costs re-value exactly the receipts they name: each named receipt is worth its value
   * plus its share, every other movement's input is unchanged, the shares add up to the charge,
   * each within a fen of its exact share, and the charge is conserved: what reached cost of goods
   * sold plus what the stock on hand gained is the charge.
   */
  @Property
  void aChargeReValuesExactlyTheReceiptsItNames(
      @ForAll("histories") List<Step> steps,
      @ForAll("methods") CostingMethod method,
      @ForAll("amounts") Money amount,
      @ForAll AllocationBasis basis) {
    StockBook book =
        StockBook.empty()
            .with(StockLedger.open(ITEM, WH, UnitOfMeasure.PIECES, CNY, CostingPolicy.of(method)));
    List<ReceiptRef> named = new ArrayList<>();
    LandedCharge.Builder charge =
        LandedCharge.builder()
            .document("LC-1")
            .kind(LandedCostKind.FREIGHT)
            .amount(amount)
            .basis(basis);
    BigDecimal onHand = BigDecimal.ZERO;
    LocalDate day = LocalDate.of(2024, 1, 1);
    int n = 0;
    for (Step s : steps) {
      day = day.plusDays(1);
      String doc = "M-" + n++;
      Movement m;
      if (s.receipt() || onHand.signum() == 0) {
        m =
            Movement.receipt(
                day,
                doc,
                BigDecimal.valueOf(s.quantity()),
                UnitOfMeasure.PIECES,
                BigDecimal.valueOf(s.costCents(), 2),
                "PO");
        if (s.named()) {
          ReceiptRef r = ReceiptRef.of(ITEM, WH, doc);
          named.add(r);
          charge.putWeight(r, BigDecimal.valueOf(s.quantity() * 3 + s.costCents()));
        }
      } else {
        BigDecimal q =
            onHand
                .multiply(BigDecimal.valueOf(s.share()))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.UP);
        m = Movement.saleIssue(day, doc, q, UnitOfMeasure.PIECES);
      }
      book = book.post(ITEM, WH, m).book();
      onHand = m.kind().isInbound() ? onHand.add(m.quantity()) : onHand.subtract(m.quantity());
    }
    if (named.isEmpty()) {
      return;
    }
    charge.addAllReceipts(named);
    if (basis != AllocationBasis.WEIGHT) {
      charge.weights(Map.of());
    }
    LandedCharge c = charge.build();
    List<BigDecimal> weights = new ArrayList<>();
    for (ReceiptFigures f : LandedCosts.figures(book, c)) {
      weights.add(
          switch (basis) {
            case VALUE -> f.value().getAmount();
            case QUANTITY -> f.quantity();
            case WEIGHT -> f.weight();
          });
    }
    if (weights.stream().allMatch(w -> w.signum() == 0)) {
      return;
    }

    LandedCostDecision d = LandedCosts.apply(book, c);

    assertThat(d.isAllowed()).as("%s", d).isTrue();
    assertThat(d.allocation().total()).isEqualTo(amount);
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, Money> shares = new HashMap<>();
    for (int i = 0; i < named.size(); i++) {
      LandedCostShare s = d.allocation().shares().get(i);
      BigDecimal exact = Allocation.exactShare(amount, weights.get(i), sum);
      assertThat(s.share().getAmount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
      shares.put(named.get(i).document(), s.share());
    }
    StockLedger before = book.ledger(ITEM, WH);
    StockLedger after = d.book().ledger(ITEM, WH);
    for (int i = 0; i < before.size(); i++) {
      Movement was = before.movement(i);
      Movement now = after.movement(i);
      if (was.kind() != MovementKind.RECEIPT) {
        assertThat(now).isEqualTo(was);
        continue;
      }
      Money share = shares.getOrDefault(was.document(), Money.zero(CNY));
      assertThat(value(now)).as(was.document()).isEqualTo(value(was).plus(share));
      if (!shares.containsKey(was.document())) {
        assertThat(now).isEqualTo(was);
      }
    }
    assertThat(after.valueOnHand().minus(before.valueOnHand()).plus(d.costOfGoodsSoldChange()))
        .isEqualTo(amount);
  }

  private static Money value(Movement receipt) {
    return Money.of(
        CNY,
        receipt.quantity().multiply(receipt.unitCost().get()).setScale(2, RoundingMode.HALF_UP));
  }

  @Provide
  Arbitrary<List<BigDecimal>> weights() {
    return Arbitraries.oneOf(
            Arbitraries.longs().between(0, 1_000_000).map(w -> BigDecimal.valueOf(w, 2)),
            Arbitraries.longs().between(0, 100_000_000_000L).map(w -> BigDecimal.valueOf(w, 4)),
            Arbitraries.bigIntegers()
                .between(java.math.BigInteger.ZERO, java.math.BigInteger.TEN.pow(30))
                .map(BigDecimal::new))
        .list()
        .ofMinSize(1)
        .ofMaxSize(50)
        .filter(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
  }

  /** The engine's fast split gives exactly money's largest-remainder allocation, at any size. */
  @Property
  void theFastSplitIsMoneysAllocation(
      @ForAll("amounts") Money amount, @ForAll("weights") List<BigDecimal> weights) {
    assertThat(LandedCosts.split(amount, weights)).isEqualTo(Allocation.byWeights(amount, weights));
  }
}
