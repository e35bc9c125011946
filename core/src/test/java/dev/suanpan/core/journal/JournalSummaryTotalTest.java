package dev.suanpan.core.journal;

import static dev.suanpan.core.journal.LedgerAccount.COST_OF_GOODS_SOLD;
import static dev.suanpan.core.journal.LedgerAccount.GOODS_RECEIVED_NOT_INVOICED;
import static dev.suanpan.core.journal.LedgerAccount.INVENTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Summaries made in parts add up to the summary of all their entries. */
class JournalSummaryTotalTest {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final LocalDate MARCH_31 = LocalDate.parse("2024-03-31");

  private static JournalEntry entry(String ref, LedgerAccount dr, LedgerAccount cr, String cny) {
    return JournalEntry.of(MARCH_31, ref, "Movement " + ref, dr, cr, Money.parse("CNY " + cny));
  }

  @Test
  void theTotalOfTwoPartsIsTheSummaryOfTheirEntries() {
    JournalEntry receipt = entry("GRN-1", INVENTORY, GOODS_RECEIVED_NOT_INVOICED, "1000.00");
    JournalEntry issue = entry("SO-1", COST_OF_GOODS_SOLD, INVENTORY, "300.00");
    JournalEntry second = entry("SO-2", COST_OF_GOODS_SOLD, INVENTORY, "200.50");

    JournalSummary total =
        JournalSummary.total(
            CNY,
            List.of(
                JournalSummary.of(CNY, List.of(receipt, issue)),
                JournalSummary.of(CNY, List.of(second))));

    assertThat(total).isEqualTo(JournalSummary.of(CNY, List.of(receipt, issue, second)));
    // By hand: inventory Dr 1000.00, Cr 300.00 + 200.50 = 500.50; three entries.
    assertThat(total.entryCount()).isEqualTo(3);
    assertThat(total.debitsOf(INVENTORY)).isEqualTo(Money.parse("CNY 1000.00"));
    assertThat(total.creditsOf(INVENTORY)).isEqualTo(Money.parse("CNY 500.50"));
    assertThat(total.balanceOf(COST_OF_GOODS_SOLD)).isEqualTo(Money.parse("CNY 500.50"));
  }

  @Test
  void noSummariesGiveAnEmptySummary() {
    JournalSummary none = JournalSummary.total(CNY, List.of());

    assertThat(none.entryCount()).isZero();
    assertThat(none.accounts()).isEmpty();
  }

  @Test
  void aSummaryInAnotherCurrencyIsRejected() {
    JournalSummary usd = JournalSummary.of(CurrencyUnit.USD, List.of());

    assertThatThrownBy(() -> JournalSummary.total(CNY, List.of(usd)))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("summary must be in CNY");
  }
}
