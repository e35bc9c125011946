package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.CNY;
import static dev.suanpan.inventory.Ledgers.ITEM;
import static dev.suanpan.inventory.Ledgers.MAIN;
import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.qty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.costing.CostingMethod;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 3: transit losses on a receipt. 1,000 kg invoiced at CNY 10,000.00 net with CNY
 * 1,300.00 input VAT (13%), 950 kg received, a normal loss of up to 10 kg (1%).
 */
class TransitLossTest {
  static final UnitOfMeasure KG = UnitOfMeasure.of("kg");

  static TransitShortage.Builder shortage(String received) {
    return TransitShortage.builder()
        .date(day("2024-03-05"))
        .document("GRN-7")
        .order("PO-7")
        .unit(KG)
        .invoicedQuantity(qty("1000"))
        .receivedQuantity(qty(received))
        .invoiceValue(cny("10000.00"))
        .inputVat(cny("1300.00"))
        .normalLossAllowance(qty("10"));
  }

  @Test
  void anAbnormalLossThroughMismanagementLeavesWithItsInputVat() {
    TransitLossReport r = TransitLoss.assess(ITEM, MAIN, shortage("950").build());
    // 50 kg short: 10 normal, 40 abnormal
    assertThat(r.normalLossQuantity()).isEqualByComparingTo("10");
    assertThat(r.abnormalLossQuantity()).isEqualByComparingTo("40");
    // 10,000.00 x 40 / 1,000 = 400.00; VAT 1,300.00 x 40 / 1,000 = 52.00
    assertThat(r.abnormalLossValue()).isEqualTo(cny("400.00"));
    assertThat(r.vatTransferredOut()).isEqualTo(cny("52.00"));
    // 950 kg carry 10,000.00 - 400.00 = 9,600.00: 9,600.00 / 950 = 10.105263 a kg
    assertThat(r.receiptValue()).isEqualTo(cny("9600.00"));
    assertThat(r.receipt().quantity()).isEqualByComparingTo("950");
    assertThat(r.receipt().unitCost()).contains(new java.math.BigDecimal("10.105263"));
    JournalSummary j = JournalSummary.of(CNY, r.journal());
    // Dr 1901 452.00 / Cr 220202 400.00 / Cr 22210105 52.00
    assertThat(j.debitsOf(LedgerAccount.STOCKTAKE_PENDING)).isEqualTo(cny("452.00"));
    assertThat(j.creditsOf(LedgerAccount.GOODS_RECEIVED_NOT_INVOICED)).isEqualTo(cny("400.00"));
    assertThat(j.creditsOf(TransitLoss.INPUT_VAT_TRANSFERRED_OUT)).isEqualTo(cny("52.00"));
    // posted, the receipt brings exactly 9,600.00 into stock
    StockLedger l =
        Ledgers.post(
            StockLedger.open(
                ITEM,
                MAIN,
                KG,
                CNY,
                Ledgers.policy(
                    CostingMethod.FIFO, dev.suanpan.inventory.costing.NegativeStockPolicy.REJECT)),
            r.receipt());
    assertThat(l.valueOnHand()).isEqualTo(cny("9600.00"));
  }

  @Test
  void aNaturalDisasterKeepsTheInputVatAndANormalLossKeepsTheValueInCost() {
    TransitLossReport flood =
        TransitLoss.assess(
            ITEM, MAIN, shortage("950").cause(TransitLossCause.NATURAL_DISASTER).build());
    assertThat(flood.vatTransferredOut()).isEqualTo(cny("0.00"));
    // Dr 1901 400.00 / Cr 220202 400.00
    assertThat(JournalSummary.of(CNY, flood.journal()).debitsOf(LedgerAccount.STOCKTAKE_PENDING))
        .isEqualTo(cny("400.00"));

    // 995 kg: the 5 kg short are within the 10 kg allowance, all normal
    TransitLossReport normal = TransitLoss.assess(ITEM, MAIN, shortage("995").build());
    assertThat(normal.abnormalLossQuantity()).isEqualByComparingTo("0");
    assertThat(normal.journal()).isEmpty();
    // 10,000.00 over 995 kg: 10.050251 a kg, 995 x 10.050251 = 9,999.999745 = 10,000.00
    assertThat(normal.receiptValue()).isEqualTo(cny("10000.00"));
    assertThat(normal.receipt().unitCost()).contains(new java.math.BigDecimal("10.050251"));
    assertThatThrownBy(() -> shortage("1001").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("receivedQuantity 1001 must not be more than invoicedQuantity 1000");
  }
}
