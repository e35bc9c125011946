package dev.suanpan.inventory.landed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.PostingRule;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class LandedCostsTest {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;
  static final ItemId PADS = ItemId.of("BRAKE-PAD");
  static final ItemId DISCS = ItemId.of("BRAKE-DISC");
  static final WarehouseId PARTS = WarehouseId.of("PARTS-1");
  static final ReceiptRef GRN_1 = ReceiptRef.of(PADS, PARTS, "GRN-1");
  static final ReceiptRef GRN_2 = ReceiptRef.of(DISCS, PARTS, "GRN-2");

  static LocalDate march(int day) {
    return LocalDate.of(2024, 3, day);
  }

  /** GRN-1 100 pads @ 10.00 = 1000.00, GRN-2 50 discs @ 40.00 = 2000.00, OUT-1 60 pads. */
  static StockBook book(CostingPolicy policy) {
    StockBook book =
        StockBook.empty()
            .with(StockLedger.open(PADS, PARTS, PCS, CNY, policy))
            .with(StockLedger.open(DISCS, PARTS, PCS, CNY, policy));
    book = book.post(PADS, PARTS, receipt("GRN-1", 1, "100", "10.00")).book();
    book = book.post(DISCS, PARTS, receipt("GRN-2", 1, "50", "40.00")).book();
    return book.post(PADS, PARTS, Movement.saleIssue(march(5), "OUT-1", bd("60"), PCS)).book();
  }

  static Movement receipt(String doc, int day, String qty, String cost) {
    return Movement.receipt(march(day), doc, bd(qty), PCS, bd(cost), "PO-" + doc);
  }

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  static LandedCharge freight(String amount, AllocationBasis basis, ReceiptRef... receipts) {
    return LandedCharge.builder()
        .document("FRT-1")
        .kind(LandedCostKind.FREIGHT)
        .amount(Money.parse("CNY " + amount))
        .basis(basis)
        .addReceipts(receipts)
        .build();
  }

  @Test
  void freightByValueReachesCostOfGoodsSoldForThePartIssued() {
    StockBook book = book(CostingPolicy.of(CostingMethod.FIFO));

    LandedCostDecision d =
        LandedCosts.apply(book, freight("300.00", AllocationBasis.VALUE, GRN_1, GRN_2));

    // 300.00 x 1000 / 3000 = 100.00 to the pads, 300.00 x 2000 / 3000 = 200.00 to the discs
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.allocation().shares())
        .extracting(LandedCostShare::share)
        .containsExactly(Money.parse("CNY 100.00"), Money.parse("CNY 200.00"));
    // pads 1100.00 / 100 = 11.00 a piece; OUT-1 60 x 11.00 = 660.00, was 600.00
    assertThat(d.allocation().shares().get(0).unitCostAfter()).contains(bd("11.000000"));
    StockLedger pads = d.book().ledger(PADS, PARTS);
    assertThat(pads.line(1).amount()).isEqualTo(Money.parse("CNY 660.00"));
    assertThat(d.costOfGoodsSoldChange()).isEqualTo(Money.parse("CNY 60.00"));
    // on hand: pads 40 x 11.00 = 440.00, discs 2000.00 + 200.00 = 2200.00; 60 + 40 + 200 = 300
    assertThat(pads.valueOnHand()).isEqualTo(Money.parse("CNY 440.00"));
    assertThat(d.book().ledger(DISCS, PARTS).valueOnHand()).isEqualTo(Money.parse("CNY 2200.00"));
    assertThat(d.explanation().fired(LandedCostRule.ALLOCATED)).isTrue();
    assertThat(d.explanation().fired(LandedCostRule.REVALUED)).isTrue();
    assertThat(d.journal()).hasSize(3); // GRN-1 amended, OUT-1 re-valued, GRN-2 amended
  }

  @Test
  void byQuantityAndByWeight() {
    StockBook book = book(CostingPolicy.of(CostingMethod.FIFO));

    // 300.00 x 100 / 150 = 200.00 and 300.00 x 50 / 150 = 100.00
    assertThat(
            LandedCosts.allocate(book, freight("300.00", AllocationBasis.QUANTITY, GRN_1, GRN_2))
                .shares())
        .extracting(LandedCostShare::share)
        .containsExactly(Money.parse("CNY 200.00"), Money.parse("CNY 100.00"));
    // pads 80 kg, discs 320 kg: 300.00 x 80 / 400 = 60.00 and 300.00 x 320 / 400 = 240.00
    LandedCharge byWeight =
        LandedCharge.builder()
            .document("FRT-2")
            .kind(LandedCostKind.FREIGHT)
            .amount(Money.parse("CNY 300.00"))
            .basis(AllocationBasis.WEIGHT)
            .addReceipts(GRN_1, GRN_2)
            .putWeight(GRN_1, bd("80"))
            .putWeight(GRN_2, bd("320"))
            .build();
    assertThat(LandedCosts.allocate(book, byWeight).shares())
        .extracting(LandedCostShare::share)
        .containsExactly(Money.parse("CNY 60.00"), Money.parse("CNY 240.00"));
  }

  @Test
  void theSharesAddUpToTheFenByTheLargestRemainder() {
    CostingPolicy fifo = CostingPolicy.of(CostingMethod.FIFO);
    StockBook book = StockBook.empty().with(StockLedger.open(PADS, PARTS, PCS, CNY, fifo));
    for (String doc : List.of("A", "B", "C")) {
      book = book.post(PADS, PARTS, receipt(doc, 1, "1", "10.00")).book();
    }
    LandedCharge duty =
        LandedCharge.builder()
            .document("CUS-1")
            .kind(LandedCostKind.DUTY)
            .amount(Money.parse("CNY 100.00"))
            .basis(AllocationBasis.VALUE)
            .addReceipts(
                ReceiptRef.of(PADS, PARTS, "A"),
                ReceiptRef.of(PADS, PARTS, "B"),
                ReceiptRef.of(PADS, PARTS, "C"))
            .build();

    LandedCostDecision d = LandedCosts.apply(book, duty);

    // 100.00 / 3 = 33.333...: 33.33 each, the fen left over to the first (ties to the earlier)
    assertThat(d.allocation().shares())
        .extracting(LandedCostShare::share)
        .containsExactly(
            Money.parse("CNY 33.34"), Money.parse("CNY 33.33"), Money.parse("CNY 33.33"));
    assertThat(d.allocation().total()).isEqualTo(Money.parse("CNY 100.00"));
    // 3 x 10.00 + 100.00 = 130.00
    assertThat(d.book().ledger(PADS, PARTS).valueOnHand()).isEqualTo(Money.parse("CNY 130.00"));
  }

  @Test
  void everyCostingMethodSendsTheIssuedPartToCostOfGoodsSoldButStandardToTheVariance() {
    LandedCharge pads = freight("100.00", AllocationBasis.VALUE, GRN_1);
    // pads 1000.00 + 100.00 = 1100.00 for 100; OUT-1 60 of them: 660.00, +60.00
    for (CostingMethod m :
        List.of(CostingMethod.FIFO, CostingMethod.MOVING_AVERAGE, CostingMethod.MONTHLY_AVERAGE)) {
      LandedCostDecision d = LandedCosts.apply(book(CostingPolicy.of(m)), pads);
      assertThat(d.book().ledger(PADS, PARTS).line(1).amount())
          .as("%s", m)
          .isEqualTo(Money.parse("CNY 660.00"));
      assertThat(d.book().ledger(PADS, PARTS).valueOnHand())
          .as("%s", m)
          .isEqualTo(Money.parse("CNY 440.00"));
    }
    // standard 10.00: the receipt stays at 1000.00, its purchase price variance 0.00 -> 100.00
    LandedCostDecision std =
        LandedCosts.apply(book(CostingPolicy.standard(march(1), bd("10.00"))), pads);
    StockLedger ledger = std.book().ledger(PADS, PARTS);
    assertThat(ledger.line(0).purchasePriceVariance()).isEqualTo(Money.parse("CNY 100.00"));
    assertThat(ledger.line(1).amount()).isEqualTo(Money.parse("CNY 600.00"));
    assertThat(std.costOfGoodsSoldChange()).isEqualTo(Money.parse("CNY 0.00"));
  }

  @Test
  void aBackDatedChargeReValuesOnlyWhatFollowsItsReceipt() {
    StockBook book = book(CostingPolicy.of(CostingMethod.FIFO));
    book = book.post(PADS, PARTS, receipt("GRN-3", 10, "100", "12.00")).book();
    book = book.post(PADS, PARTS, Movement.saleIssue(march(12), "OUT-2", bd("100"), PCS)).book();
    // OUT-2 = 40 x 10.00 + 60 x 12.00 = 1120.00

    LandedCostDecision d =
        LandedCosts.apply(
            book, freight("50.00", AllocationBasis.VALUE, ReceiptRef.of(PADS, PARTS, "GRN-3")));

    // GRN-3 1250.00 = 12.50 a piece; OUT-2 = 400.00 + 60 x 12.50 = 1150.00 (+30.00);
    // 40 left x 12.50 = 500.00 (+20.00); OUT-1 (before GRN-3) untouched
    var changes = d.postings().get(0).postings().get(0).cogsChanges();
    assertThat(changes).extracting(c -> c.after().document()).containsExactly("GRN-3", "OUT-2");
    assertThat(d.costOfGoodsSoldChange()).isEqualTo(Money.parse("CNY 30.00"));
    assertThat(d.book().ledger(PADS, PARTS).valueOnHand()).isEqualTo(Money.parse("CNY 500.00"));
    assertThat(d.book().ledger(PADS, PARTS).line(1).amount()).isEqualTo(Money.parse("CNY 600.00"));
  }

  @Test
  void aClosedMonthRefusesTheWholeCharge() {
    StockBook book = book(CostingPolicy.of(CostingMethod.FIFO));
    book = book.replacing(book.ledger(DISCS, PARTS).closeMonth(YearMonth.of(2024, 3)).ledger());

    LandedCostDecision d =
        LandedCosts.apply(book, freight("300.00", AllocationBasis.VALUE, GRN_1, GRN_2));

    assertThat(d.isRefused()).isTrue();
    assertThat(d.explanation().fired(LandedCostRule.LEDGER_REFUSED)).isTrue();
    assertThat(d.explanation().fired(PostingRule.MONTH_CLOSED)).isTrue();
    assertThat(d.book()).isSameAs(book);
    assertThat(d.postings()).isEmpty();
  }

  @Test
  void aShareNoSixPlaceUnitCostCarriesIsRefused() {
    CostingPolicy fifo = CostingPolicy.of(CostingMethod.FIFO);
    StockBook book = StockBook.empty().with(StockLedger.open(PADS, PARTS, PCS, CNY, fifo));
    book = book.post(PADS, PARTS, receipt("GRN-9", 1, "30000", "1.00")).book();

    // 30100.01 / 30000 = 1.00333366...: 1.003333 gives 30099.99, 1.003334 gives 30100.02
    LandedCostDecision d =
        LandedCosts.apply(
            book, freight("100.01", AllocationBasis.VALUE, ReceiptRef.of(PADS, PARTS, "GRN-9")));

    assertThat(d.isRefused()).isTrue();
    assertThat(d.explanation().fired(LandedCostRule.NOT_EXACT)).isTrue();
    assertThat(d.explanation().toString()).contains("CNY 30100.01");
  }

  @Test
  void rejectsWhatItCannotApply() {
    StockBook book = book(CostingPolicy.of(CostingMethod.FIFO));
    assertThatThrownBy(
            () ->
                LandedCosts.apply(
                    book,
                    freight("1.00", AllocationBasis.VALUE, ReceiptRef.of(PADS, PARTS, "GRN-X"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("receipt GRN-X (BRAKE-PAD at PARTS-1) is not posted in the book");
    assertThatThrownBy(() -> freight("1.00", AllocationBasis.WEIGHT, GRN_1))
        .hasMessageContaining("weights must give the weight of GRN-1");
    assertThatThrownBy(() -> freight("0.00", AllocationBasis.VALUE, GRN_1))
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> freight("1.00", AllocationBasis.VALUE, GRN_1, GRN_1))
        .hasMessageContaining("must not name a receipt twice");
    assertThat(MovementKind.RECEIPT.isInbound()).isTrue();
  }
}
