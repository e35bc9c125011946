package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.qty;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.decision.DuplicateDocuments;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Duplicate document numbers: refused by default, allowed by policy, never a guessed return. */
class DuplicateDocumentsTest {
  static CostingPolicy allowing(CostingMethod method) {
    return CostingPolicy.builder()
        .method(method)
        .duplicateDocuments(DuplicateDocuments.ALLOW)
        .build();
  }

  @ParameterizedTest
  @EnumSource(
      value = CostingMethod.class,
      names = {"FIFO", "MOVING_AVERAGE", "MONTHLY_AVERAGE"})
  void aSecondReceiptWithTheSameDocumentIsRefusedNamingBothDates(CostingMethod method) {
    StockLedger l =
        Ledgers.post(Ledgers.open(method), receipt("2024-03-01", "GRN-7", "10", "5.00"));
    Posting p = l.post(receipt("2024-03-04", "GRN-7", "10", "6.00"));
    assertThat(p.isRefused()).isTrue();
    assertThat(p.ledger()).isSameAs(l);
    assertThat(p.explanation().fired(PostingRule.DUPLICATE_DOCUMENT)).isTrue();
    assertThat(p.explanation().toString())
        .contains(
            "RECEIPT GRN-7 dated 2024-03-04 repeats document GRN-7 of the RECEIPT dated"
                + " 2024-03-01");
    // Back-dated, the same.
    assertThat(l.post(receipt("2024-02-20", "GRN-7", "1", "1.00")).isRefused()).isTrue();
  }

  @Test
  void theSameNumberOnAnotherKindIsNoDuplicate() {
    StockLedger l =
        Ledgers.post(
            Ledgers.open(CostingMethod.FIFO),
            receipt("2024-03-01", "DOC-1", "10", "5.00"),
            issue("2024-03-02", "DOC-1", "4"));
    assertThat(l.size()).isEqualTo(2);
  }

  @Test
  void allowedByPolicyBothArePosted() {
    StockLedger l =
        Ledgers.post(
            Ledgers.open(allowing(CostingMethod.FIFO)),
            receipt("2024-03-01", "GRN-7", "10", "5.00"),
            receipt("2024-03-01", "GRN-7", "10", "6.00"));
    // 10 × 5.00 + 10 × 6.00 = 110.00
    assertThat(l.valueOnHand()).isEqualTo(Ledgers.cny("110.00"));
  }

  @Test
  void aReturnNamingADuplicatedIssueIsRejectedNotGivenTheLaterCost() {
    // Allowed duplicates: OUT-1 went out twice, at 5.00 (FIFO, first layer) and at 9.00.
    StockLedger l =
        Ledgers.post(
            Ledgers.open(allowing(CostingMethod.FIFO)),
            receipt("2024-03-01", "G1", "1", "5.00"),
            receipt("2024-03-02", "G2", "1", "9.00"),
            issue("2024-03-03", "OUT-1", "1"),
            issue("2024-03-04", "OUT-1", "1"));
    assertThatThrownBy(
            () ->
                l.post(
                    Movement.customerReturn(
                        day("2024-03-05"), "RET-1", qty("1"), Ledgers.PCS, "OUT-1")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customer return RET-1 names issue OUT-1, which the ledger of")
        .hasMessageContaining("(dated 2024-03-03 and 2024-03-04)");
    // Under the default policy too, when two issue kinds share the number.
    StockLedger r =
        Ledgers.post(
            Ledgers.open(CostingMethod.FIFO),
            receipt("2024-03-01", "G1", "2", "5.00"),
            issue("2024-03-03", "OUT-1", "1"),
            Movement.repairIssue(day("2024-03-04"), "OUT-1", qty("1"), Ledgers.PCS));
    assertThatThrownBy(
            () ->
                r.post(
                    Movement.customerReturn(
                        day("2024-03-05"), "RET-1", qty("1"), Ledgers.PCS, "OUT-1")))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds more than once");
    // A return dated between the two names only the earlier one: taken at its cost, 5.00.
    StockLedger back =
        Ledgers.post(
            r, Movement.customerReturn(day("2024-03-03"), "RET-2", qty("1"), Ledgers.PCS, "OUT-1"));
    assertThat(back.size()).isEqualTo(4);
  }

  @Test
  void everyVersionSeesItsOwnDocuments() {
    StockLedger l0 = Ledgers.open(CostingMethod.FIFO);
    StockLedger l1 = Ledgers.post(l0, receipt("2024-03-01", "G1", "1", "5.00"));
    StockLedger l2 = Ledgers.post(l1, receipt("2024-03-02", "G2", "1", "5.00"));
    // l1 never held G2: a G2 posted to it is new (the index moved on with l2).
    StockLedger branch = Ledgers.post(l1, receipt("2024-03-03", "G2", "1", "7.00"));
    assertThat(branch.size()).isEqualTo(2);
    assertThat(l2.post(receipt("2024-03-03", "G1", "1", "1.00")).isRefused()).isTrue();
    assertThat(branch.post(receipt("2024-03-04", "G2", "1", "1.00")).isRefused()).isTrue();
    assertThat(l1.post(receipt("2024-03-04", "G1", "1", "1.00")).isRefused()).isTrue();
    // After a month close the closed ledger carries on with the same documents.
    StockLedger closed = l2.closeMonth(java.time.YearMonth.of(2024, 3)).ledger();
    assertThat(closed.post(receipt("2024-04-01", "G2", "1", "1.00")).isRefused()).isTrue();
    assertThat(closed.post(receipt("2024-04-01", "G3", "1", "1.00")).isAllowed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(CostingMethod.class)
  void anOlderVersionStillRefusesItsDuplicatesAndTakesNewNumbers(CostingMethod method) {
    // 300 receipts G0..G299 of 1 unit at 5.00, one a day from 2024-01-01 (standard cost: the
    // standards of Ledgers.STANDARDS), then 300 more posted after the kept version.
    StockLedger older = Ledgers.open(method);
    for (int i = 0; i < 300; i++) {
      older =
          Ledgers.post(
              older, receipt(day("2024-01-01").plusDays(i).toString(), "G" + i, "1", "5.00"));
    }
    StockLedger newer = older;
    for (int i = 300; i < 600; i++) {
      newer =
          Ledgers.post(
              newer, receipt(day("2024-01-01").plusDays(i).toString(), "G" + i, "1", "5.00"));
    }
    String after = "2026-01-01";
    // Posted to the older version, twice: a number it holds is refused, back-dated too ...
    assertThat(older.post(receipt(after, "G17", "1", "5.00")).isRefused()).isTrue();
    assertThat(older.post(receipt("2023-12-01", "G299", "1", "5.00")).isRefused()).isTrue();
    // ... and a number only the newer version holds is new to it, as is a number neither holds.
    assertThat(older.post(receipt(after, "G300", "1", "5.00")).isAllowed()).isTrue();
    StockLedger branch = Ledgers.post(older, receipt(after, "G599", "1", "5.00"));
    assertThat(branch.size()).isEqualTo(301);
    assertThat(older.post(receipt(after, "X-1", "1", "5.00")).isAllowed()).isTrue();
    // The branch and the newer version each refuse their own documents, and only those.
    assertThat(branch.post(receipt(after, "G599", "1", "5.00")).isRefused()).isTrue();
    assertThat(branch.post(receipt(after, "G598", "1", "5.00")).isAllowed()).isTrue();
    assertThat(newer.post(receipt(after, "G598", "1", "5.00")).isRefused()).isTrue();
    assertThat(newer.post(receipt(after, "G600", "1", "5.00")).isAllowed()).isTrue();
  }

  @Test
  void anIssueDuplicatedOnlyInALaterVersionLeavesTheOlderOnesReturnsAlone() {
    StockLedger older =
        Ledgers.post(
            Ledgers.open(allowing(CostingMethod.FIFO)),
            receipt("2024-03-01", "G1", "1", "5.00"),
            receipt("2024-03-02", "G2", "1", "9.00"),
            issue("2024-03-03", "OUT-1", "1"));
    StockLedger newer = Ledgers.post(older, issue("2024-03-04", "OUT-1", "1"));
    Movement ret =
        Movement.customerReturn(day("2024-03-05"), "RET-1", qty("1"), Ledgers.PCS, "OUT-1");
    assertThatThrownBy(() -> newer.post(ret)).hasMessageContaining("holds more than once");
    // The older version holds OUT-1 once: the return takes its cost, 5.00 (FIFO, first layer),
    // leaving 5.00 + 9.00 - 5.00 + 5.00 = 14.00 on hand.
    assertThat(Ledgers.post(older, ret).valueOnHand()).isEqualTo(Ledgers.cny("14.00"));
  }

  @Test
  void theIndexOfEveryVersionHoldsExactlyItsOwnDocuments() {
    // 20,000 receipts make the index split its leaves at three depths; versions kept on the way.
    DocumentIndex index = DocumentIndex.EMPTY;
    DocumentIndex[] kept = new DocumentIndex[21];
    byte receipt = (byte) MovementKind.RECEIPT.ordinal();
    for (int i = 0; i < 20_000; i++) {
      if (i % 1000 == 0) {
        kept[i / 1000] = index;
      }
      byte[] doc = ("G" + i).getBytes(StandardCharsets.UTF_8);
      index = index.with(receipt, doc, 0, doc.length);
    }
    kept[20] = index;
    for (int v = 0; v <= 20; v++) {
      int held = 0;
      for (int i = 0; i < 21_000; i++) {
        byte[] doc = ("G" + i).getBytes(StandardCharsets.UTF_8);
        if (kept[v].mayHold(DocumentIndex.key(receipt, doc, 0, doc.length))) {
          held++;
          assertThat(i).as("version %s holds G%s", v, i).isLessThan(v * 1000);
        }
      }
      assertThat(held).as("documents version %s holds", v).isEqualTo(v * 1000);
    }
    byte[] again = "G7".getBytes(StandardCharsets.UTF_8);
    assertThat(index.with(receipt, again, 0, again.length)).isSameAs(index);
  }
}
