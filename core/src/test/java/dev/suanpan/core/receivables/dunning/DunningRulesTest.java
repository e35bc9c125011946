package dev.suanpan.core.receivables.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.decision.Reason;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.core.receivables.DebitNote;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Dunning's rules stated one at a time, each with figures worked by hand. */
class DunningRulesTest {
  static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);
  static final CustomerId C1 = CustomerId.of("C-1");

  static Money cny(String a) {
    return Money.parse("CNY " + a);
  }

  static DunningLevel.Builder level(int from, DunningStage stage, String key, String fee) {
    return DunningLevel.builder().fromDaysOverdue(from).stage(stage).textKey(key).fee(cny(fee));
  }

  /** A reminder from 1 day (fee 50.00), interest from 31 days (no fee, 0.05% a day). */
  static DunningPolicy policy() {
    return DunningPolicy.builder()
        .credit(DistributorCreditTerms.policy())
        .addLevels(
            level(1, DunningStage.REMINDER, "first", "50.00").build(),
            level(31, DunningStage.INTEREST, "interest", "0.00").chargesInterest(true).build())
        .build();
  }

  static Receivable item(String doc, String due, String open) {
    LocalDate d = LocalDate.parse(due);
    return Receivable.of(doc, C1, d.minusDays(30), d, cny(open));
  }

  @Test
  void aNoticeExplainsTheOverdueTheLevelReachedAndItsFeeInWords() {
    // INV-1 due 2026-03-20 is 11 days overdue on 2026-03-31: the reminder, fee 50.00.
    DunningNotice n =
        Dunning.of(policy())
            .assess(List.of(item("INV-1", "2026-03-20", "800.00")), MAR_31)
            .notice(C1)
            .orElseThrow();
    assertThat(n.explanation().steps())
        .extracting(Reason::text)
        .containsExactly(
            "C-1: 1 instalments overdue, CNY 800.00 open, the oldest 11 days",
            "11 days reaches REMINDER from 1 days (first)",
            "fee CNY 50.00 at first");
    assertThat(n.fee()).isEqualTo(cny("50.00"));
  }

  @Test
  void theInterestLevelChargesInterestByDebitNoteAndNoFeeWhenItHasNone() {
    // INV-1 due 2026-01-31 is 59 days overdue on 2026-03-31 (28 in February + 31 in March):
    // 10,000.00 x 0.05% x 59 = 295.00 of interest; the interest level has no fee.
    DunningNotice n =
        Dunning.of(policy())
            .assess(List.of(item("INV-1", "2026-01-31", "10000.00")), MAR_31)
            .notice(C1)
            .orElseThrow();
    assertThat(n.explanation().rules())
        .containsExactly(
            DunningRule.OVERDUE.id(), DunningRule.LEVEL.id(), DunningRule.INTEREST.id());
    assertThat(n.explanation().steps().get(1).text())
        .isEqualTo("59 days reaches INTEREST from 31 days (interest)");
    assertThat(n.interest()).isEqualTo(cny("295.00"));
    DebitNote interest = n.interestNote("DN-2", LocalDate.of(2026, 4, 30)).orElseThrow();
    assertThat(interest.amount()).isEqualTo(cny("295.00"));
    assertThat(interest.account()).isEqualTo(LedgerAccount.INTEREST_INCOME);
    assertThat(interest.customer()).isEqualTo(C1);
    assertThat(n.feeNote("DN-1", LocalDate.of(2026, 4, 30))).isEmpty();
  }

  @Test
  void aLevelChargingInterestNeedsACreditPolicyThatChargesItAndFeesInItsCurrency() {
    CreditPolicy noInterest =
        CreditPolicy.builder()
            .from(DistributorCreditTerms.policy())
            .overdueInterest(Optional.empty())
            .build();
    assertThatThrownBy(
            () ->
                DunningPolicy.builder()
                    .credit(noInterest)
                    .addLevels(
                        level(31, DunningStage.INTEREST, "interest", "0.00")
                            .chargesInterest(true)
                            .build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dunning level interest charges interest, but the credit policy");
    assertThat(
            DunningPolicy.builder()
                .credit(noInterest)
                .addLevels(level(1, DunningStage.REMINDER, "first", "0.00").build())
                .build()
                .levels())
        .hasSize(1);
    assertThatThrownBy(
            () ->
                DunningPolicy.builder()
                    .credit(DistributorCreditTerms.policy())
                    .addLevels(
                        level(1, DunningStage.REMINDER, "first", "0.00")
                            .fee(Money.parse("USD 5.00"))
                            .build())
                    .build())
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
