package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ledger's bounds: a value or quantity beyond them is refused, naming it; nothing changes. */
class LedgerBoundsTest {
  static CostingPolicy policy(CostingMethod method) {
    return CostingPolicy.builder()
        .method(method)
        .standardCosts(
            method == CostingMethod.STANDARD
                ? ImmutableSortedMap.of(LocalDate.of(2024, 1, 1), new BigDecimal("1000000000"))
                : ImmutableSortedMap.of())
        .build();
  }

  @ParameterizedTest
  @EnumSource(CostingMethod.class)
  void theReportedCorruptionIsRefusedAtTheFirstReceipt(CostingMethod method) {
    // 90,000,000 × 1,000,000,000 = CNY 9 × 10^16 = 9 × 10^18 fen, beyond 10^18 fen: the receipt
    // that used to wrap around to CNY -4467440737095516.16 with a second one.
    StockLedger l = Ledgers.open(policy(method));
    assertThatThrownBy(() -> l.post(receipt("2024-03-01", "G1", "90000000", "1000000000")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("movement 2024-03-01 RECEIPT G1 of 90000000 pcs is refused")
        .hasMessageContaining("values up to 1000000000000000000 minor units");
    assertThat(l.size()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CostingMethod.class)
  void aSecondReceiptBeyondTheBoundIsRefusedAndTheLedgerStaysAsItWas(CostingMethod method) {
    // 9,000,000 × 10^9 = CNY 9 × 10^15 = 9 × 10^17 fen, within 10^18; a second one would make
    // 1.8 × 10^18 fen.
    StockLedger one =
        Ledgers.post(
            Ledgers.open(policy(method)), receipt("2024-03-01", "G1", "9000000", "1000000000"));
    assertThatThrownBy(() -> one.post(receipt("2024-03-02", "G2", "9000000", "1000000000")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RECEIPT G2 of 9000000 pcs is refused")
        .hasMessageContaining("(CNY 10000000000000000.00)");
    assertThat(one.size()).isEqualTo(1);
    assertThat(one.valueOnHand()).isEqualTo(cny("9000000000000000.00"));
    // Still valid: it takes the next movement (an issue of 1 at 10^9: CNY 8999999000000000.00).
    StockLedger two = Ledgers.post(one, issue("2024-03-03", "OUT-1", "1"));
    assertThat(two.valueOnHand()).isEqualTo(cny("8999999000000000.00"));
  }

  @Test
  void aBackDatedReceiptThatPushesALaterBalanceBeyondTheBoundIsRefused() {
    // Two receipts worth 4 × 10^17 fen each, then a back-dated one of 3 × 10^17: the balance after
    // the last would be 1.1 × 10^18 fen.
    StockLedger l =
        Ledgers.post(
            Ledgers.open(CostingMethod.FIFO),
            receipt("2024-03-01", "G1", "4000000", "1000000000"),
            receipt("2024-03-05", "G2", "4000000", "1000000000"));
    assertThatThrownBy(() -> l.post(receipt("2024-03-03", "G3", "3000000", "1000000000")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RECEIPT G3");
    assertThat(l.valueOnHand()).isEqualTo(cny("8000000000000000.00"));
    assertThat(l.card().lines()).hasSize(2);
  }

  @Test
  void aQuantityOnHandBeyondTheBoundIsRefusedNamingIt() {
    StockLedger l =
        Ledgers.post(
            Ledgers.open(CostingMethod.MOVING_AVERAGE),
            receipt("2024-03-01", "G1", "60000000000000", "0"));
    assertThatThrownBy(() -> l.post(receipt("2024-03-02", "G2", "60000000000000", "0")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quantity on hand 120000000000000.0000 units")
        .hasMessageContaining("quantities up to 100000000000000 units");
  }

  @Test
  void movementsBeyondTheirBoundsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> receipt("2024-03-01", "G1", "100000000000001", "1"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quantity of G1 must be at most 100000000000000");
    assertThatThrownBy(() -> receipt("2024-03-01", "G1", "1", "1000000000000.000001"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unitCost of G1 must be at most 1000000000000");
    assertThatThrownBy(
            () ->
                Movement.openingBalance(
                    day("2024-03-01"),
                    "OB",
                    BigDecimal.ONE,
                    Ledgers.PCS,
                    cny("10000000000000000.01")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value of OB must be at most 1000000000000000000 minor units");
  }

  @Test
  void issuingBeyondTheStockAtAHugeCostIsRefusedNotWrapped() {
    // Negative stock allowed: an issue of 10^14 units at the last cost of 10^9 would cost 10^25
    // fen.
    StockLedger l =
        Ledgers.post(
            Ledgers.open(Ledgers.policy(CostingMethod.FIFO, NegativeStockPolicy.ALLOW_AND_TRUE_UP)),
            receipt("2024-03-01", "G1", "1", "1000000000"));
    assertThatThrownBy(() -> l.post(issue("2024-03-02", "OUT-1", "100000000000000")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SALE_ISSUE OUT-1");
    assertThat(l.valueOnHand()).isEqualTo(cny("1000000000.00"));
  }

  @Test
  void aReceiptWhoseOwnValueIsBeyondTheBoundIsRefusedEvenAtALowStandard() {
    // 50,000 × 10^12 = CNY 5 × 10^16 = 5 × 10^18 fen: the actual cost a standard-cost ledger
    // books against the standard (here 1.00, so the stock itself is worth only CNY 50,000).
    StockLedger l = Ledgers.open(CostingPolicy.standard(LocalDate.of(2024, 1, 1), BigDecimal.ONE));
    assertThatThrownBy(() -> l.post(receipt("2024-03-01", "G1", "50000", "1000000000000")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("receipt value 5000000000000000000 minor units");
    assertThat(l.size()).isZero();
  }
}
