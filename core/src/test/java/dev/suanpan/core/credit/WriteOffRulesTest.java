package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.BadDebtTest.aged;
import static dev.suanpan.core.credit.BadDebtTest.writeOff;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.writeoff.BadDebtWriteOff;
import dev.suanpan.core.credit.writeoff.MemoRecord;
import dev.suanpan.core.credit.writeoff.WriteOffDecision;
import dev.suanpan.core.credit.writeoff.WriteOffRequest;
import dev.suanpan.core.presets.CompanyRoles;
import org.junit.jupiter.api.Test;

/**
 * A write-off names who is responsible, is dated no earlier than the invoice, and its recoveries
 * come in date order. INV-7, 2,000.00, was invoiced 400 days before 2026-03-31.
 */
class WriteOffRulesTest {
  static WriteOffDecision writtenOff() {
    return BadDebtWriteOff.of(POLICY)
        .writeOff(writeOff(aged("INV-7", 400, "2000.00"), CompanyRoles.FINANCE_DEPUTY_GM));
  }

  @Test
  void theWriteOffNamesItsCauseAndWhoIsResponsible() {
    assertThat(writtenOff().explanation().toString())
        .contains(
            "INV-7 of C-001, CNY 2000.00: customer bankrupt, liquidation closed; responsible"
                + " sales-li");
  }

  @Test
  void aDebtIsWrittenOffNoEarlierThanItWasInvoiced() {
    WriteOffRequest request = writeOff(aged("INV-7", 400, "2000.00"), CompanyRoles.CREDIT_MANAGER);
    assertThatThrownBy(
            () -> WriteOffRequest.builder().from(request).on(TODAY.minusDays(401)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be before the invoice date 2025-02-24 of INV-7");
    assertThat(WriteOffRequest.builder().from(request).on(TODAY.minusDays(400)).build().on())
        .isEqualTo(TODAY.minusDays(400));
  }

  @Test
  void aSecondRecoveryIsDatedNoEarlierThanTheFirst() {
    MemoRecord afterFirst =
        writtenOff().memo().orElseThrow().recover(cny("500.00"), TODAY.plusDays(40)).memo();
    assertThatThrownBy(() -> afterFirst.recover(cny("500.00"), TODAY.plusDays(39)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "on 2026-05-09 must not be before 2026-05-10, the last event on INV-7");
    // 2,000.00 - 500.00 - 500.00
    assertThat(afterFirst.recover(cny("500.00"), TODAY.plusDays(40)).memo().stillOwed())
        .isEqualTo(cny("1000.00"));
  }
}
