package dev.suanpan.examples.dealership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.workflow.flows.RepairLine;
import dev.suanpan.workflow.flows.RepairOrderFlow;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AfterSalesRepairFlowTest {
  private final AfterSalesRepairFlow.Result repair = new AfterSalesRepairFlow().walk();
  private final FlowReport account = repair.account();

  @Test
  void aPaidRepairStartsOnlyAfterTheQuoteIsAgreed() {
    assertThat(repair.quote().netTotal()).isEqualTo(Money.parse("CNY 1721.00"));
    assertThat(account.lines())
        .containsSubsequence(
            "  quoted CNY 1721.00; no work before the customer agrees",
            "  quoted: ALLOWED",
            "  customer agrees: ALLOWED",
            "    [workflow.moved] desk-guo as Service desk fired customer-consents: QUOTED ->"
                + " IN_REPAIR");
  }

  @Test
  void labourIsChargedByTheHourAtTheLabourRate() {
    assertThat(account.lines()).contains("  Labour (hours)          2.5 x CNY 260.00 = CNY 650.00");
  }

  @Test
  void partsAreIssuedAtFifoCostTheOilFromTwoLayers() {
    assertThat(repair.issues())
        .extracting(StockCardLine::amount)
        .containsExactly(
            Money.parse("CNY 181.35"), Money.parse("CNY 28.60"), Money.parse("CNY 320.00"));
    assertThat(account.lines())
        .contains(
            "  oil on hand before: 1.5 L of GRN-0301 worth CNY 57.75, 208 L of GRN-0401 worth CNY"
                + " 8569.60",
            "  OIL-5W30   4.5 L out at CNY 181.35, left 205 L worth CNY 8446.00",
            "  BP-S5-F    1 set out at CNY 320.00, left 10 set worth CNY 3350.00",
            "  parts cost of the customer lines of RO-2024-0412-07: CNY 529.95")
        .containsSequence(
            "  journal: 2024-04-12 LY-2024-0412-07 Repair issue of OIL-5W30 at PARTS-1",
            "    Dr 6401 Cost of goods sold CNY 181.35",
            "    Cr 1405 Inventory CNY 181.35");
  }

  @Test
  void oneOrderCarriesTheWarrantyLinesFreeToTheCustomerAndClaimedFromTheManufacturer() {
    assertThat(repair.order().state()).isEqualTo(RepairOrderFlow.SETTLED);
    assertThat(repair.order().fact(RepairOrderFlow.LINES).orElseThrow().lines())
        .extracting(RepairLine::payer)
        .containsExactly(
            RepairLine.Payer.CUSTOMER,
            RepairLine.Payer.CUSTOMER,
            RepairLine.Payer.CUSTOMER,
            RepairLine.Payer.CUSTOMER,
            RepairLine.Payer.WARRANTY,
            RepairLine.Payer.WARRANTY);
    assertThat(repair.order().fact(RepairOrderFlow.CUSTOMER_SHARE))
        .contains(Money.parse("CNY 1721.00"));
    assertThat(repair.order().fact(RepairOrderFlow.WARRANTY_SHARE))
        .contains(repair.warrantyClaim().gross());
    assertThat(repair.order().fact(RepairOrderFlow.WARRANTY_CLAIM)).contains("WC-2024-0412-07");
    assertThat(repair.warrantyIssue().amount()).isEqualTo(Money.parse("CNY 1150.00"));
    assertThat(repair.warrantyClaim().gross()).isEqualTo(Money.parse("CNY 1657.15"));
    assertThat(account.lines())
        .containsSubsequence(
            "  RO-2024-0412-07 repaired: ALLOWED",
            "  HCM-S5-L headlight control module x 1         WARRANTY CNY 1494.43",
            "  Warranty labour x 0.8                         WARRANTY CNY 162.72",
            "  RO-2024-0412-07 settled: ALLOWED",
            "  customer's share CNY 1721.00 collected; warranty CNY 1657.15 to claim"
                + " WC-2024-0412-07; internal CNY 0.00")
        .contains(
            "  part HCM-S5-L at cost CNY 1150.00 + 15% handling = CNY 1322.50",
            "  labour 0.8 h x CNY 180.00 = CNY 144.00",
            "  claim net CNY 1466.50 + VAT 13% CNY 190.65 = CNY 1657.15",
            "  on the repair order as warranty lines: part CNY 1494.43 + labour CNY 162.72");
  }

  @Test
  void theVatInvoiceSplitsEveryTaxInclusiveLine() {
    assertThat(repair.vat().lineLevelTax()).isEqualTo(Money.parse("CNY 197.99"));
    assertThat(repair.order().fact(RepairOrderFlow.PAID)).contains(Money.parse("CNY 1721.00"));
    assertThat(account.lines())
        .contains(
            "  Labour (hours)       net CNY 575.22 + VAT CNY 74.78 = CNY 650.00",
            "  total net CNY 1523.01 + VAT CNY 197.99 = CNY 1721.00, paid CNY 1721.00");
  }

  @Test
  void theSettlementSheetShowsPartsAndLabourMargin() {
    assertThat(repair.partsMargin()).isEqualTo(Money.parse("CNY 417.84"));
    assertThat(repair.grossMargin()).isEqualTo(Money.parse("CNY 993.06"));
    assertThat(account.lines())
        .contains(
            "  RO-2024-0412-07 customer lines: parts CNY 947.79 - FIFO cost CNY 529.95 = parts margin CNY 417.84"
                + " (44.09%)",
            "  RO-2024-0412-07 customer lines: gross margin CNY 993.06",
            "  RO-2024-0412-07 warranty lines: part CNY 1322.50 - cost CNY 1150.00 + labour CNY"
                + " 144.00 = margin CNY 316.50");
  }

  @Test
  void theTechnicianIsPaidOnLabourCollectedAndWaitsForTheManufacturerOnWarrantyLabour() {
    assertThat(repair.commission().payable()).isEqualTo(Money.parse("CNY 143.81"));
    assertThat(repair.warrantyCommission().outcome()).isEqualTo(Outcome.HELD);
    assertThat(account.lines())
        .contains(
            "  RO-2024-0412-07: 25% of labour collected CNY 575.22 = CNY 143.81 payable, booked to"
                + " repair cost",
            "  WC-2024-0412-07: warranty labour CNY 144.00 not yet paid by the manufacturer:"
                + " HELD",
            "  RO-2024-0412-07 customer lines margin after commission: CNY 849.25");
  }
}
