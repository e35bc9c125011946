package dev.suanpan.inventory.negative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.PostingRule;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class NegativeStockSettingsTest {
  static final ItemId FILTER = ItemId.of("OIL-FILTER-A");
  static final ItemId PADS = ItemId.of("BRAKE-PAD");
  static final WarehouseId PARTS = WarehouseId.of("PARTS-1");
  static final WarehouseId BRANCH = WarehouseId.of("BRANCH-1");
  static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  static final NegativeStockSettings SETTINGS =
      NegativeStockSettings.builder()
          .company(NegativeStockPolicy.REJECT)
          .putWarehouse(PARTS, NegativeStockPolicy.ALLOW_AND_TRUE_UP)
          .putItem(FILTER, NegativeStockPolicy.REJECT)
          .putItemsInWarehouse(
              ItemAtWarehouse.of(FILTER, BRANCH), NegativeStockPolicy.ALLOW_AND_TRUE_UP)
          .build();

  @Test
  void theMostSpecificLevelSetDecides() {
    NegativeStockResolution r = SETTINGS.resolve(FILTER, BRANCH);
    assertThat(r.policy()).isEqualTo(NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    assertThat(r.decidedBy()).isEqualTo(NegativeStockRule.ITEM_IN_WAREHOUSE);
    assertThat(SETTINGS.resolve(FILTER, PARTS).decidedBy()).isEqualTo(NegativeStockRule.ITEM);
    assertThat(SETTINGS.resolve(FILTER, PARTS).policy()).isEqualTo(NegativeStockPolicy.REJECT);
    assertThat(SETTINGS.resolve(PADS, PARTS).decidedBy()).isEqualTo(NegativeStockRule.WAREHOUSE);
    assertThat(SETTINGS.resolve(PADS, PARTS).policy())
        .isEqualTo(NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    assertThat(SETTINGS.resolve(PADS, BRANCH).decidedBy()).isEqualTo(NegativeStockRule.COMPANY);
    assertThat(SETTINGS.resolve(PADS, BRANCH).explanation().toString())
        .contains("BRAKE-PAD at BRANCH-1: REJECT, set for the company");
  }

  @Test
  void theLedgerOpenedUsesTheResolvedPolicy() {
    CostingPolicy fifo = CostingPolicy.of(CostingMethod.FIFO);
    Movement out = Movement.saleIssue(LocalDate.of(2024, 3, 1), "OUT-1", BigDecimal.ONE, PCS);

    StockLedger pads = SETTINGS.open(PADS, PARTS, PCS, CNY, fifo);
    StockLedger filters = SETTINGS.open(FILTER, PARTS, PCS, CNY, fifo);

    assertThat(pads.policy().negativeStock()).isEqualTo(NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    assertThat(pads.post(out).isAllowed()).isTrue();
    assertThat(filters.post(out).explanation().fired(PostingRule.NEGATIVE_STOCK)).isTrue();
    // a ledger opened rejecting, then allowed for the item there: re-valued under the new policy
    StockLedger branch = StockLedger.open(FILTER, BRANCH, PCS, CNY, fifo);
    assertThat(SETTINGS.realign(branch).ledger().policy().negativeStock())
        .isEqualTo(NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    assertThatThrownBy(() -> NegativeStockSettings.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("company");
  }

  /**
   * GRN-1 10 @ 10.00 on 03-01, OUT-1 15 on 03-02 (5 beyond the stock), GRN-2 10 @ 12.00 on 03-03.
   */
  static StockLedger history(CostingPolicy policy) {
    CostingPolicy allowing =
        CostingPolicy.builder()
            .from(policy)
            .negativeStock(NegativeStockPolicy.ALLOW_AND_TRUE_UP)
            .build();
    StockLedger l = StockLedger.open(FILTER, PARTS, PCS, CNY, allowing);
    l = l.post(receipt("GRN-1", 1, "10.00")).ledger();
    l =
        l.post(Movement.saleIssue(LocalDate.of(2024, 3, 2), "OUT-1", new BigDecimal("15"), PCS))
            .ledger();
    return l.post(receipt("GRN-2", 3, "12.00")).ledger();
  }

  static Movement receipt(String doc, int day, String cost) {
    return Movement.receipt(
        LocalDate.of(2024, 3, day), doc, BigDecimal.TEN, PCS, new BigDecimal(cost), "PO-" + doc);
  }

  @Test
  void howEachMethodTruesUpTheNegativeStock() {
    for (CostingMethod m : new CostingMethod[] {CostingMethod.FIFO, CostingMethod.MOVING_AVERAGE}) {
      StockLedger l = history(CostingPolicy.of(m));
      // OUT-1: 10 x 10.00 + 5 beyond at the latest inbound cost 10.00 = 150.00; -5 worth -50.00
      assertThat(l.line(1).amount()).as("%s", m).isEqualTo(Money.parse("CNY 150.00"));
      // GRN-2 covers the 5 at 12.00 = 60.00: trued up by 60.00 - 50.00 = 10.00 to cost of sales
      assertThat(l.line(2).trueUp()).as("%s", m).isEqualTo(Money.parse("CNY 10.00"));
      // 5 left at 12.00
      assertThat(l.valueOnHand()).as("%s", m).isEqualTo(Money.parse("CNY 60.00"));
    }
    // month-end average: (100.00 + 120.00) / 20 = 11.00; OUT-1 15 x 11.00 = 165.00, no true-up
    StockLedger monthly = history(CostingPolicy.of(CostingMethod.MONTHLY_AVERAGE));
    assertThat(monthly.line(1).amount()).isEqualTo(Money.parse("CNY 165.00"));
    assertThat(monthly.line(2).trueUp()).isEqualTo(Money.parse("CNY 0.00"));
    assertThat(monthly.valueOnHand()).isEqualTo(Money.parse("CNY 55.00"));
    // standard 10.00: OUT-1 15 x 10.00 = 150.00; GRN-2 at 100.00, its variance 20.00; no true-up
    StockLedger standard =
        history(CostingPolicy.standard(LocalDate.of(2024, 3, 1), new BigDecimal("10.00")));
    assertThat(standard.line(1).amount()).isEqualTo(Money.parse("CNY 150.00"));
    assertThat(standard.line(2).purchasePriceVariance()).isEqualTo(Money.parse("CNY 20.00"));
    assertThat(standard.line(2).trueUp()).isEqualTo(Money.parse("CNY 0.00"));
    assertThat(standard.valueOnHand()).isEqualTo(Money.parse("CNY 50.00"));
  }
}
