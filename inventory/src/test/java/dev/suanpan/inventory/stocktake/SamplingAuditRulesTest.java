package dev.suanpan.inventory.stocktake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.presets.FinanceSpotCheck;
import dev.suanpan.inventory.presets.MonthlyStocktake;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * The sampling audit's rules on what a sample must be, one at a time. Area A holds ten rings, ring
 * i with 10 pieces on the book at 100 x i each, all found on the shelf and counted as 10, then
 * recounted by the supervisor E-900 with 4 others; the finance spot check draws 20% of the goods (2
 * of 10) to check against the sheet and 30% of the sheet (3 of 10) to check against the goods.
 */
class SamplingAuditRulesTest {
  static final PersonId SUPERVISOR = PersonId.of("E-900");
  static final SamplingAudit AUDIT =
      new SamplingAudit(FinanceSpotCheck.policy(), MonthlyStocktake.recountTeam(SUPERVISOR));

  static ItemId ring(int i) {
    return ItemId.of("RING-" + i);
  }

  static Map<ItemId, BookEntry> book() {
    Map<ItemId, BookEntry> out = new LinkedHashMap<>();
    for (int i = 1; i <= 10; i++) {
      StockLedger l =
          StockLedger.open(
                  ring(i),
                  WarehouseId.of("SHOWROOM"),
                  UnitOfMeasure.PIECES,
                  CurrencyUnit.of("CNY"),
                  CostingPolicy.of(CostingMethod.MOVING_AVERAGE))
              .post(
                  Movement.receipt(
                      LocalDate.of(2024, 3, 1),
                      "GRN-" + i,
                      BigDecimal.TEN,
                      UnitOfMeasure.PIECES,
                      BigDecimal.valueOf(100L * i),
                      "PO-" + i))
              .ledger();
      out.put(ring(i), BookEntry.of(l));
    }
    return out;
  }

  static CountSheet sheet() {
    ImmutableList<ItemId> items = ImmutableList.copyOf(book().keySet());
    CountSheet s =
        CountSheet.blank("A", PersonId.of("E-101"), ImmutableList.of(PersonId.of("E-102")), items);
    for (ItemId i : items) {
      s = s.withCount(i, BigDecimal.TEN);
    }
    return s;
  }

  /** The first count recounted by the supervisor with four others, who count the same. */
  static Recount recount() {
    CountSheet second =
        CountSheet.blank(
            "A",
            SUPERVISOR,
            ImmutableList.of(
                PersonId.of("E-901"),
                PersonId.of("E-902"),
                PersonId.of("E-903"),
                PersonId.of("E-904")),
            sheet().items());
    for (ItemId i : second.items()) {
      second = second.withCount(i, BigDecimal.TEN);
    }
    return Recount.of(sheet(), second);
  }

  static List<ItemId> goods() {
    return List.copyOf(book().keySet());
  }

  static final List<ItemId> DEAR = List.of(ring(10), ring(9), ring(8));

  @Test
  void aCallersSampleHoldsEnoughOfTheGoodsAndOnlyItemsOfItsOwnPopulation() {
    assertThatThrownBy(() -> AUDIT.plan(recount(), goods(), book(), List.of(ring(1)), DEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromGoods must hold at least 2 of the 10 items of goods");
    assertThatThrownBy(
            () -> AUDIT.plan(recount(), goods(), book(), List.of(ring(1), ring(99)), DEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromGoods item RING-99 is not among the goods");
    assertThatThrownBy(
            () ->
                AUDIT.plan(
                    recount(),
                    goods(),
                    book(),
                    List.of(ring(1), ring(2)),
                    List.of(ring(10), ring(9), ring(99))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromSheet item RING-99 is not on the count sheet");
  }

  @Test
  void anAreaWithNothingOnTheBookCannotBeSampled() {
    assertThatThrownBy(() -> AUDIT.plan(recount(), goods(), Map.of(), 42L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("book of area A must not be empty");
    assertThatThrownBy(() -> AUDIT.plan(recount(), goods(), Map.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("book of area A must not be empty");
    assertThatThrownBy(() -> AUDIT.plan(recount(), List.of(), book(), 42L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("goods of area A must not be empty");
  }

  @Test
  void everySampledItemMustHaveItsShelfQuantityAndTheDecisionSaysWhatWasSampled() {
    AuditPlan plan = AUDIT.plan(recount(), goods(), book(), List.of(ring(1), ring(2)), DEAR);
    assertThatThrownBy(() -> AUDIT.evaluate(plan, recount(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found must have the quantity of sampled item RING-1");
    Map<ItemId, BigDecimal> found = new LinkedHashMap<>();
    for (ItemId i : plan.sampled()) {
      found.put(i, BigDecimal.TEN);
    }
    AuditDecision d = AUDIT.evaluate(plan, recount(), found);
    // Rings 1, 2, 10, 9 and 8 sampled, all agree: 0 of 5 disagree.
    assertThat(d.explanation().rules())
        .containsExactly(
            StocktakeRule.RECOUNT_TEAM.id(),
            StocktakeRule.SAMPLE.id(),
            StocktakeRule.ACCEPTED.id());
    assertThat(d.recountOrdered()).isFalse();
  }
}
