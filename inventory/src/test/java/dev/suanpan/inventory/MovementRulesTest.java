package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.PCS;
import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.qty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * What a {@link Movement} must carry: a document, a positive quantity, a unit cost exactly when it
 * is a receipt, a value exactly when it is an opening balance or a transfer in, and for a customer
 * return the issue it reverses; each within the ledger's bounds, which are themselves allowed.
 */
class MovementRulesTest {
  static final LocalDate MAY_6 = day("2024-05-06");

  static Movement.Builder issue() {
    return Movement.builder()
        .date(MAY_6)
        .document("ISS-1")
        .kind(MovementKind.SALE_ISSUE)
        .quantity(qty("2"))
        .unit(PCS);
  }

  static Movement.Builder receipt() {
    return Movement.builder()
        .date(MAY_6)
        .document("GRN-1")
        .kind(MovementKind.RECEIPT)
        .quantity(qty("2"))
        .unit(PCS)
        .unitCost(new BigDecimal("5"));
  }

  static Movement.Builder opening() {
    return Movement.builder()
        .date(MAY_6)
        .document("OB-1")
        .kind(MovementKind.OPENING_BALANCE)
        .quantity(qty("2"))
        .unit(PCS)
        .value(cny("10.00"));
  }

  @Test
  void aMovementNamesItsDocument() {
    assertThatThrownBy(() -> issue().document(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document must not be blank, was \" \"");
  }

  @Test
  void aQuantityIsPositiveAndCountsTenThousandthsAtTheFinest() {
    assertThatThrownBy(() -> issue().quantity(BigDecimal.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity must be positive, was 0");
    assertThatThrownBy(() -> issue().quantity(qty("0.00001")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity must have at most 4 decimal places and fit, was 0.00001");
    assertThat(issue().quantity(qty("0.0001")).build().quantity()).isEqualTo(qty("0.0001"));
  }

  @Test
  void theLargestQuantityTheLedgerHoldsIsAllowed() {
    // 10^14 units is the bound itself; one ten-thousandth more is refused (LedgerBoundsTest)
    assertThat(issue().quantity(StockLedger.MAX_QUANTITY).build().quantity())
        .isEqualByComparingTo("100000000000000");
  }

  @Test
  void quantitiesAndUnitCostsAreKeptAtTheirScaleSoEqualMovementsAreEqual() {
    // 2 units at 5 and 2.0000 units at 5.000000 are one movement
    Movement plain = receipt().build();
    Movement padded =
        receipt().quantity(qty("2.0000")).unitCost(new BigDecimal("5.000000")).build();
    assertThat(plain).isEqualTo(padded);
    assertThat(plain.quantity()).isEqualTo(qty("2.0000"));
    assertThat(plain.unitCost()).contains(new BigDecimal("5.000000"));
  }

  @Test
  void aReceiptCarriesAUnitCostOfAtMostSixPlacesAndNotNegative() {
    assertThatThrownBy(
            () ->
                Movement.builder()
                    .from(receipt().build())
                    .unitCost(java.util.Optional.empty())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("receipt GRN-1 must have a unit cost, had none");
    assertThatThrownBy(() -> receipt().unitCost(new BigDecimal("-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unitCost must not be negative, was -0.01");
    assertThatThrownBy(() -> receipt().unitCost(new BigDecimal("0.0000001")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unitCost must have at most 6 decimal places and fit, was 1E-7");
    // goods received free of charge (a sample) cost nothing: allowed
    assertThat(receipt().unitCost(BigDecimal.ZERO).build().unitCost())
        .contains(new BigDecimal("0.000000"));
    // the bound itself, 10^12 a unit, is allowed
    assertThat(receipt().unitCost(StockLedger.MAX_UNIT_COST).build().unitCost().orElseThrow())
        .isEqualByComparingTo("1000000000000");
  }

  @Test
  void onlyAReceiptOrAnOutboundMovementCarriesAUnitCostTheLedgerCostsTheRest() {
    assertThatThrownBy(
            () ->
                Movement.builder()
                    .from(Movement.stocktakeSurplus(MAY_6, "SUR-1", BigDecimal.ONE, PCS))
                    .unitCost(new BigDecimal("5"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "STOCKTAKE_SURPLUS SUR-1 takes its cost from the ledger, must not have a unit cost,"
                + " had 5");
    // an issue at a given rate (issue 25 item 3): the movement carries it, the ledger decides
    assertThat(issue().unitCost(new BigDecimal("5")).build().unitCost())
        .contains(new BigDecimal("5.000000"));
    assertThatThrownBy(() -> issue().unitCost(new BigDecimal("-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unitCost must not be negative, was -1");
  }

  @Test
  void anOpeningBalanceAndATransferInCarryTheirValue() {
    assertThatThrownBy(
            () ->
                Movement.builder()
                    .from(opening().build())
                    .value(java.util.Optional.empty())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OPENING_BALANCE OB-1 must have a value, had none");
    assertThatThrownBy(
            () ->
                Movement.builder()
                    .date(MAY_6)
                    .document("TI-1")
                    .kind(MovementKind.TRANSFER_IN)
                    .quantity(qty("2"))
                    .unit(PCS)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TRANSFER_IN TI-1 must have a value, had none");
    assertThatThrownBy(() -> opening().value(cny("-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must not be negative, was CNY -0.01");
    // the bound itself, 10^18 fen, is allowed
    Money largest = Money.ofMinor(Ledgers.CNY, StockLedger.MAX_VALUE_MINOR);
    assertThat(opening().value(largest).build().value()).contains(largest);
  }

  @Test
  void noOtherMovementCarriesAValue() {
    assertThatThrownBy(() -> issue().value(cny("10.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SALE_ISSUE ISS-1 must not have a value, had CNY 10.00");
    assertThatThrownBy(() -> receipt().value(cny("10.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RECEIPT GRN-1 must not have a value, had CNY 10.00");
  }

  @Test
  void aCustomerReturnNamesTheIssueItReverses() {
    assertThatThrownBy(
            () ->
                Movement.builder()
                    .date(MAY_6)
                    .document("RET-1")
                    .kind(MovementKind.CUSTOMER_RETURN)
                    .quantity(qty("1"))
                    .unit(PCS)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer return RET-1 must name the issue it reverses as reference");
    assertThat(Movement.customerReturn(MAY_6, "RET-1", qty("1"), PCS, "ISS-1").reference())
        .contains("ISS-1");
  }

  @Test
  void aReferenceIsNeverBlank() {
    assertThatThrownBy(() -> receipt().reference("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference must not be blank, was \"\"");
  }

  @Test
  void anOutboundShorthandTakesOnlyOutboundKinds() {
    assertThatThrownBy(() -> Movement.outbound(MovementKind.RECEIPT, MAY_6, "X-1", qty("1"), PCS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kind must be an outbound kind, was RECEIPT");
    assertThat(Movement.repairIssue(MAY_6, "REQ-1", qty("1"), PCS).kind())
        .isEqualTo(MovementKind.REPAIR_ISSUE);
  }

  @Test
  void aMovementReadsAsOnTheStockCard() {
    assertThat(receipt().reference("PO-7").build())
        .hasToString("2024-05-06 RECEIPT GRN-1 2.0000 " + PCS + " @ 5.000000 ref PO-7");
    assertThat(opening().build())
        .hasToString("2024-05-06 OPENING_BALANCE OB-1 2.0000 " + PCS + " value CNY 10.00");
  }
}
