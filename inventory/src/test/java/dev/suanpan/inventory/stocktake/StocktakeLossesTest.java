package dev.suanpan.inventory.stocktake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.TransitLoss;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 6: stocktake shortages by cause. 50 units received at 20.00 (1,000.00), all 50
 * found missing at the count and posted as a shortage of 1,000.00 (Dr 1901 / Cr 1405).
 */
class StocktakeLossesTest {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  static Money cny(String a) {
    return Money.of(CNY, new BigDecimal(a));
  }

  static StockLedger ledger() {
    StockLedger l =
        StockLedger.open(
            ItemId.of("OIL-FILTER-A"),
            WarehouseId.of("PARTS-1"),
            UnitOfMeasure.PIECES,
            CNY,
            CostingPolicy.of(CostingMethod.FIFO));
    l =
        l.post(
                Movement.receipt(
                    LocalDate.of(2024, 3, 1),
                    "GRN-1",
                    new BigDecimal("50"),
                    UnitOfMeasure.PIECES,
                    new BigDecimal("20.00"),
                    "PO-1"))
            .ledger();
    return l.post(
            Movement.outbound(
                MovementKind.STOCKTAKE_SHORTAGE,
                LocalDate.of(2024, 3, 31),
                "SHORT-1",
                new BigDecimal("50"),
                UnitOfMeasure.PIECES))
        .ledger();
  }

  static ImmutableList<JournalEntry> resolve(ShortageLoss.Builder loss) {
    StockLedger l = ledger();
    StockCardLine posted = l.line(1);
    return StocktakeLosses.resolve(l, posted, loss.build());
  }

  static ShortageLoss.Builder loss(ShortageCause cause) {
    return ShortageLoss.builder().cause(cause).inputVat(cny("0")).insuranceRecovery(cny("0"));
  }

  /** The shortage's own entry and the resolution together. */
  static JournalSummary withShortage(ImmutableList<JournalEntry> resolution) {
    StockLedger l = ledger();
    return JournalSummary.of(
        CNY,
        ImmutableList.<JournalEntry>builder()
            .add(l.journalOf(1).orElseThrow())
            .addAll(resolution)
            .build());
  }

  @Test
  void theftTakesTheVatOutTheInsuranceRecoveryAndTheNetToNonOperatingExpense() {
    ImmutableList<JournalEntry> j =
        resolve(
            loss(ShortageCause.THEFT_OR_MISMANAGEMENT)
                .inputVat(cny("130.00"))
                .insuranceRecovery(cny("600.00")));
    // VAT 13% of 1,000.00 = 130.00 transferred out; 1,130.00 cleared: 600.00 from the insurer,
    // 1,130.00 - 600.00 = 530.00 to non-operating expense
    assertThat(j).hasSize(2);
    assertThat(j.get(0).lines().toString())
        .isEqualTo(
            "[Dr 1901 Stocktake surplus and shortage pending CNY 130.00, Cr 22210105 Input VAT"
                + " transferred out CNY 130.00]");
    JournalSummary s = withShortage(j);
    assertThat(s.debitsOf(StocktakeLosses.INSURANCE_RECEIVABLE)).isEqualTo(cny("600.00"));
    assertThat(s.debitsOf(StocktakeLosses.NON_OPERATING_EXPENSE)).isEqualTo(cny("530.00"));
    assertThat(s.creditsOf(TransitLoss.INPUT_VAT_TRANSFERRED_OUT)).isEqualTo(cny("130.00"));
    // the pending account is cleared: 1,000.00 + 130.00 - 1,130.00
    assertThat(s.balanceOf(LedgerAccount.STOCKTAKE_PENDING)).isEqualTo(cny("0.00"));
  }

  @Test
  void aNaturalDisasterKeepsTheVat() {
    JournalSummary s =
        withShortage(
            resolve(loss(ShortageCause.NATURAL_DISASTER).insuranceRecovery(cny("600.00"))));
    // 1,000.00 - 600.00 = 400.00
    assertThat(s.debitsOf(StocktakeLosses.NON_OPERATING_EXPENSE)).isEqualTo(cny("400.00"));
    assertThat(s.creditsOf(TransitLoss.INPUT_VAT_TRANSFERRED_OUT)).isEqualTo(cny("0.00"));
    assertThat(s.balanceOf(LedgerAccount.STOCKTAKE_PENDING)).isEqualTo(cny("0.00"));
    assertThatThrownBy(() -> loss(ShortageCause.NATURAL_DISASTER).inputVat(cny("130.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "inputVat is transferred out only for THEFT_OR_MISMANAGEMENT, was CNY 130.00 for"
                + " NATURAL_DISASTER");
  }

  @Test
  void shrinkageGoesToExpenseOrCostOfGoodsSoldAndTheCustodiansFaultToAReceivable() {
    assertThat(
            withShortage(resolve(loss(ShortageCause.NORMAL_SHRINKAGE)))
                .debitsOf(LedgerAccount.ADMINISTRATIVE_EXPENSE))
        .isEqualTo(cny("1000.00"));
    assertThat(
            withShortage(
                    resolve(loss(ShortageCause.NORMAL_SHRINKAGE).shrinkageToCostOfGoodsSold(true)))
                .debitsOf(LedgerAccount.COST_OF_GOODS_SOLD))
        .isEqualTo(cny("1000.00"));
    JournalSummary custodian = withShortage(resolve(loss(ShortageCause.CUSTODIAN_FAULT)));
    assertThat(custodian.debitsOf(LedgerAccount.CUSTODIAN_RECEIVABLE)).isEqualTo(cny("1000.00"));
    assertThat(custodian.balanceOf(LedgerAccount.STOCKTAKE_PENDING)).isEqualTo(cny("0.00"));
    assertThatThrownBy(
            () ->
                resolve(
                    loss(ShortageCause.THEFT_OR_MISMANAGEMENT).insuranceRecovery(cny("1000.01"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be more than the loss CNY 1000.00");
  }
}
