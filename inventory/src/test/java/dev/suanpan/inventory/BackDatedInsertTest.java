package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Back-dated movements inserted into ledgers of several storage chunks, with customer returns
 * pointing at the issues they reverse across chunk boundaries: the result equals building the
 * ledger in date order.
 */
class BackDatedInsertTest {

  private static Movement customerReturn(String date, String doc, String q, String issueDoc) {
    return Movement.customerReturn(
        LocalDate.parse(date), doc, new BigDecimal(q), Ledgers.PCS, issueDoc);
  }

  /**
   * {@code count} movements, {@code perDay} a day from {@code start}, in cycles of a receipt of 30
   * (unit cost 10 to 16 and {@code cents}) and issues of 14 and 15.
   */
  private static List<Movement> cycles(LocalDate start, int count, int perDay, String cents) {
    List<Movement> movements = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String date = start.plusDays(i / perDay).toString();
      movements.add(
          i % 3 == 0
              ? receipt(date, "G" + i, "30", (10 + i % 7) + cents)
              : issue(date, "O" + i, i % 3 == 1 ? "14" : "15"));
    }
    return movements;
  }

  @ParameterizedTest
  @EnumSource(CostingMethod.class)
  void anInsertIntoAFullChunkLeavesItsOtherMovementsInPlaceAndLaterInsertsValueThemAsInDateOrder(
      CostingMethod method) {
    // One movement a day: the first 256 fill the first storage chunk. A receipt dated day 99
    // lands at position 100 of that full chunk: the 96 movements before the checkpoint at 96 stay
    // in it, a new chunk takes the next 16 with the receipt, and the last 144 keep their columns
    // one place on. An issue dated day 113 then lands among those 144, whose valuation starts from
    // the state saved before them; a receipt dated day 129 and an issue dated day 140 land there
    // too (that part is written again), and a receipt dated day 20 in the first 64 movements.
    CostingPolicy policy = Ledgers.policy(method, NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    LocalDate start = LocalDate.of(2024, 1, 1);
    List<Movement> movements = cycles(start, 300, 1, ".25");
    movements.add(receipt(start.plusDays(99).toString(), "LATE-1", "5", "9.99"));
    movements.add(issue(start.plusDays(113).toString(), "LATE-1B", "6"));
    movements.add(receipt(start.plusDays(129).toString(), "LATE-2", "7", "8.88"));
    movements.add(issue(start.plusDays(140).toString(), "LATE-3", "4"));
    movements.add(receipt(start.plusDays(20).toString(), "LATE-4", "3", "7.77"));
    // A return appended in the second chunk of an issue in the first, then a receipt between them:
    // the return's distance back to its issue grows by one, in a chunk the insert does not write.
    movements.add(customerReturn(start.plusDays(299).toString(), "RET-250", "5", "O250"));
    movements.add(receipt(start.plusDays(252).toString(), "LATE-5", "4", "9.50"));
    // After each insert (a later insert before them re-values what an earlier one wrote).
    for (int n = 301; n <= movements.size(); n++) {
      Ledgers.BackDated both = Ledgers.postedAndInDateOrder(policy, movements.subList(0, n));
      assertThat(both.posted().size()).isEqualTo(n);
      assertThat(both.posted().card().lines()).isEqualTo(both.inDateOrder().card().lines());
      assertThat(both.posted().valueOnHand()).isEqualTo(both.inDateOrder().valueOnHand());
      if (method == CostingMethod.FIFO) {
        assertThat(both.posted().fifoLayers()).isEqualTo(both.inDateOrder().fifoLayers());
      }
    }
    assertThat(Ledgers.postedAndInDateOrder(policy, movements).posted().line(101).document())
        .isEqualTo("LATE-1"); // one insert before it
  }

  @ParameterizedTest
  @EnumSource(NegativeStockPolicy.class)
  void aMonthStartingInsideTheNewPartOfASplitChunkIsValuedFromTheChunksStart(
      NegativeStockPolicy negative) {
    // Three movements a day: the fifth chunk (positions 1,024 to 1,279) starts on 7 December 2024
    // and January 2025 starts at its 74th movement (1,098). A receipt dated 1 January lands at
    // 1,101; the movements from the checkpoint at 1,088 go to a new chunk with it, so January
    // starts inside that new chunk, which has no saved start: the month-end average values it
    // from its first movement (December's end included) instead of from 1 January.
    CostingPolicy policy = Ledgers.policy(CostingMethod.MONTHLY_AVERAGE, negative);
    List<Movement> movements = cycles(LocalDate.of(2024, 1, 1), 1350, 3, ".25");
    movements.add(receipt("2025-01-01", "LATE-JANUARY", "5", "9.99"));
    Ledgers.BackDated both = Ledgers.postedAndInDateOrder(policy, movements);
    assertThat(both.posted().line(1101).document()).isEqualTo("LATE-JANUARY");
    assertThat(both.posted().card().lines()).isEqualTo(both.inDateOrder().card().lines());
    assertThat(both.posted().closeMonth(YearMonth.of(2025, 1)).closingValue())
        .isEqualTo(both.inDateOrder().closeMonth(YearMonth.of(2025, 1)).closingValue());
  }

  @ParameterizedTest
  @EnumSource(CostingMethod.class)
  void insertsAndAppendsAcrossTheChunkIndexOfALedgerOf41000Movements(CostingMethod method) {
    // 1,000 movements a day: 161 chunks, indexed in pages of 64 chunks. Late movements land inside
    // full chunks of the first, second and third pages (at 3,000, 16,000, 17,000 and 39,000), each
    // followed by an append at the end; checked halfway and at the end.
    CostingPolicy policy = Ledgers.policy(method, NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    LocalDate start = LocalDate.of(2024, 1, 1);
    List<Movement> movements = cycles(start, 41_000, 1000, ".5");
    String last = start.plusDays(40).toString();
    int[] lateDays = {15, 16, 2, 38};
    for (int k = 0; k < lateDays.length; k++) {
      movements.add(receipt(start.plusDays(lateDays[k]).toString(), "LATE-" + k, "5", "9.75"));
      movements.add(issue(last, "END-" + k, "3"));
      if (k == 1) { // before the insert at 3,000 values all of it again
        Ledgers.BackDated both = Ledgers.postedAndInDateOrder(policy, movements);
        for (int i = 15_500; i < 17_500; i++) {
          assertThat(both.posted().line(i)).isEqualTo(both.inDateOrder().line(i));
        }
        assertThat(both.posted().valueOnHand()).isEqualTo(both.inDateOrder().valueOnHand());
      }
    }
    Ledgers.BackDated both = Ledgers.postedAndInDateOrder(policy, movements);
    assertThat(both.posted().card().lines()).isEqualTo(both.inDateOrder().card().lines());
  }

  @ParameterizedTest
  @EnumSource(CostingMethod.class)
  void lateReceiptsShiftTheCustomerReturnsAndTheirIssuesAndRevalueThemAsInDateOrder(
      CostingMethod method) {
    CostingPolicy policy = Ledgers.policy(method, NegativeStockPolicy.ALLOW_AND_TRUE_UP);
    // 3,300 movements over 66 days (four chunks, three months); every 11th issue comes back two
    // movements later; receipts at positions 5 mod 13 are posted late, after all the others.
    List<Movement> inOrder = new ArrayList<>();
    List<Movement> late = new ArrayList<>();
    StockLedger posted = Ledgers.open(policy);
    for (int i = 0; i < 3300; i++) {
      String date = LocalDate.of(2024, 1, 1).plusDays(i / 50).toString();
      Movement m;
      if (i % 3 == 0) {
        m = receipt(date, "G" + i, "30", (10 + i % 7) + ".3333");
      } else if (i % 33 == 2) {
        m = customerReturn(date, "R" + i, "6", "O" + (i - 1));
      } else {
        m = issue(date, "O" + i, i % 3 == 1 ? "14" : "15");
      }
      inOrder.add(m);
      if (i % 13 == 5 && i % 3 == 0) {
        late.add(m);
      } else {
        posted = post(posted, m);
      }
    }
    for (int i = late.size() - 1; i >= 0; i--) {
      posted = post(posted, late.get(i));
    }
    List<Movement> sorted = new ArrayList<>();
    for (Movement m : inOrder) {
      if (!late.contains(m)) {
        sorted.add(m);
      }
    }
    for (int i = late.size() - 1; i >= 0; i--) {
      Movement m = late.get(i);
      int at = 0;
      while (at < sorted.size() && !sorted.get(at).date().isAfter(m.date())) {
        at++;
      }
      sorted.add(at, m);
    }
    StockLedger scratch = post(Ledgers.open(policy), sorted.toArray(new Movement[0]));
    assertThat(posted.size()).isEqualTo(3300);
    for (int i = 0; i < posted.size(); i++) {
      assertThat(posted.movement(i)).isEqualTo(sorted.get(i));
    }
    assertThat(posted.card().lines()).isEqualTo(scratch.card().lines());
    assertThat(posted.valueOnHand()).isEqualTo(scratch.valueOnHand());
    // A return comes back at the cost its issue went out at, after every shift (under the
    // month-end average when the issue is of an earlier month; within the month both are valued
    // at the month's unit cost; under standard cost at the standard of its date).
    List<StockCardLine> lines = posted.card().lines();
    java.util.Map<String, StockCardLine> byDocument = new java.util.HashMap<>();
    int returns = 0;
    for (StockCardLine line : lines) {
      byDocument.put(line.document(), line);
      if (line.kind() == MovementKind.CUSTOMER_RETURN) {
        StockCardLine issued = byDocument.get(line.reference().orElseThrow());
        boolean sameMonth = issued.date().getMonth() == line.date().getMonth();
        if (method == CostingMethod.STANDARD) {
          // at the standard of the return's date (whole quantities, standards to the fen)
          BigDecimal standard = policy.standardCostOn(line.date()).orElseThrow();
          assertThat(line.amount().getAmount())
              .isEqualByComparingTo(standard.multiply(line.quantityIn()));
          assertThat(line.unitCost()).isEqualByComparingTo(standard);
        } else if (method != CostingMethod.MONTHLY_AVERAGE || !sameMonth) {
          BigDecimal expected =
              issued
                  .amount()
                  .getAmount()
                  .multiply(line.quantityIn())
                  .divide(issued.quantityOut(), 2, java.math.RoundingMode.HALF_UP);
          assertThat(line.amount().getAmount()).isEqualByComparingTo(expected);
        }
        returns++;
      }
    }
    assertThat(returns).isEqualTo(100);
  }

  @org.junit.jupiter.api.Test
  void aMonthEndingWithNoStockKeepsItsRoundingOnTheLastIssueWhenALaterMonthIsRevalued() {
    // January: 1,502 units in and out, ending with none; the month-end average (1.01) leaves a
    // rounding difference that the last issue (position 1001) takes, although receipts follow it
    // into the next storage chunk. A receipt back-dated into February re-values from there.
    CostingPolicy policy =
        CostingPolicy.builder()
            .method(CostingMethod.MONTHLY_AVERAGE)
            .negativeStock(NegativeStockPolicy.ALLOW_AND_TRUE_UP)
            .build();
    List<Movement> inOrder = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      inOrder.add(receipt("2024-01-02", "G" + i, "3", "1.01"));
      inOrder.add(issue("2024-01-02", "O" + i, "3"));
    }
    inOrder.add(receipt("2024-01-02", "G-ODD", "1", "0.333333"));
    inOrder.add(issue("2024-01-02", "O-LAST", "2"));
    for (int i = 0; i < 40; i++) {
      inOrder.add(receipt("2024-01-31", "G-END" + i, "0.025", "7.00"));
    }
    inOrder.add(receipt("2024-02-05", "G-FEB", "10", "2.00"));
    inOrder.add(issue("2024-02-20", "O-FEB", "4"));
    inOrder.add(receipt("2024-03-03", "G-MAR", "5", "3.00"));
    StockLedger posted = post(Ledgers.open(policy), inOrder.toArray(new Movement[0]));
    assertThat(posted.balanceAt(LocalDate.parse("2024-01-31")).value())
        .isEqualTo(Ledgers.cny("0.00"));
    assertThat(posted.line(1001).amount()).isEqualTo(Ledgers.cny("7.53")); // 2 x 1.01 + 5.51

    Movement late = receipt("2024-02-10", "G-LATE", "2", "1.50");
    posted = post(posted, late);
    inOrder.add(1043, late);
    StockLedger scratch = post(Ledgers.open(policy), inOrder.toArray(new Movement[0]));
    assertThat(posted.card().lines()).isEqualTo(scratch.card().lines());
    assertThat(posted.balanceAt(LocalDate.parse("2024-01-31")).value())
        .isEqualTo(Ledgers.cny("0.00"));
  }
}
