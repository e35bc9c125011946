package dev.suanpan.core.receivables.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.decision.Rule;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.core.presets.DistributorDunningLevels;
import dev.suanpan.core.receivables.DebitNote;
import dev.suanpan.core.receivables.ReceivablesLedger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class DunningTest {
  static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);
  static final CustomerId C1 = CustomerId.of("C-1");
  static final CustomerId C2 = CustomerId.of("C-2");
  static final CustomerId C3 = CustomerId.of("C-3");

  static Money cny(String a) {
    return Money.parse("CNY " + a);
  }

  static Receivable item(String doc, CustomerId c, String due, String open) {
    LocalDate d = LocalDate.parse(due);
    return Receivable.of(doc, c, d.minusDays(30), d, cny(open));
  }

  @Test
  void eachCustomerReachesTheLevelOfTheirMostOverdueInstalment() {
    List<Receivable> open =
        List.of(
            item("INV-1", C1, "2026-01-31", "10000.00"),
            item("INV-2", C1, "2026-03-20", "500.00"),
            item("INV-3", C2, "2026-03-30", "800.00"),
            item("INV-4", C3, "2026-04-15", "900.00"));
    DunningReport r = Dunning.of(DistributorDunningLevels.policy()).assess(open, MAR_31);
    // C-1: INV-1 due 2026-01-31 is 59 days overdue on 2026-03-31 (28 in February + 31 in March):
    // the interest level (31 to 60 days). Interest at 0.05% a day on the overdue instalments:
    // 10,000.00 x 0.05% x 59 = 295.00 and 500.00 x 0.05% x 11 = 2.75; total 297.75.
    DunningNotice c1 = r.notice(C1).orElseThrow();
    assertThat(c1.daysOverdue()).isEqualTo(59);
    assertThat(c1.level().stage()).isEqualTo(DunningStage.INTEREST);
    assertThat(c1.overdue()).isEqualTo(cny("10500.00"));
    assertThat(c1.interest()).isEqualTo(cny("297.75"));
    // C-2: one day overdue, a reminder, no interest; C-3: nothing overdue, no notice.
    DunningNotice c2 = r.notice(C2).orElseThrow();
    assertThat(c2.level().stage()).isEqualTo(DunningStage.REMINDER);
    assertThat(c2.interest()).isEqualTo(cny("0.00"));
    assertThat(r.notice(C3)).isEmpty();
    assertThat(r.notices()).extracting(DunningNotice::customer).containsExactly(C1, C2);
  }

  @Test
  void theLawsuitLevelIsReachedAt181DaysOverdue() {
    DunningPolicy policy = DistributorDunningLevels.policy();
    // Due 2025-09-30: 181 days to 2026-03-30 (31+30+31+31+28+30), 182 to 2026-03-31.
    Receivable old = item("INV-9", C1, "2025-09-30", "100.00");
    assertThat(Dunning.of(policy).assess(List.of(old), LocalDate.of(2026, 3, 29)).notices())
        .extracting(n -> n.level().stage())
        .containsExactly(DunningStage.PAYMENT_ORDER);
    assertThat(Dunning.of(policy).assess(List.of(old), LocalDate.of(2026, 3, 30)).notices())
        .extracting(n -> n.level().stage())
        .containsExactly(DunningStage.LAWSUIT);
  }

  @Test
  void chargesBecomeDebitNotesOnTheLedger() {
    DunningPolicy withFee =
        DunningPolicy.builder()
            .credit(DistributorCreditTerms.policy())
            .addLevels(
                DunningLevel.builder()
                    .fromDaysOverdue(1)
                    .stage(DunningStage.REMINDER)
                    .textKey("first")
                    .fee(cny("50.00"))
                    .build())
            .build();
    DunningNotice n =
        Dunning.of(withFee)
            .assess(List.of(item("INV-1", C1, "2026-03-30", "800.00")), MAR_31)
            .notice(C1)
            .orElseThrow();
    DebitNote fee = n.feeNote("DN-1", LocalDate.of(2026, 4, 30)).orElseThrow();
    assertThat(fee.account()).isEqualTo(LedgerAccount.NON_OPERATING_INCOME);
    assertThat(n.interestNote("DN-2", LocalDate.of(2026, 4, 30))).isEmpty();
    ReceivablesLedger l = ReceivablesLedger.of(DistributorCreditTerms.policy()).post(fee).ledger();
    assertThat(l.open("DN-1")).isEqualTo(cny("50.00"));
  }

  @Test
  void levelsMustRiseAndInterestNeedsARate() {
    DunningLevel a =
        DunningLevel.builder()
            .fromDaysOverdue(30)
            .stage(DunningStage.REMINDER)
            .textKey("a")
            .fee(cny("0.00"))
            .build();
    DunningLevel b = DunningLevel.builder().from(a).fromDaysOverdue(30).textKey("b").build();
    assertThatThrownBy(
            () ->
                DunningPolicy.builder()
                    .credit(DistributorCreditTerms.policy())
                    .addLevels(a, b)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must rise in days overdue");
    assertThatThrownBy(() -> DunningLevel.builder().from(a).fromDaysOverdue(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 day overdue or later, was 0");
  }

  @Test
  void theRulesKeepTheirIds() {
    assertThat(Arrays.stream(DunningRule.values()).map(Rule::id))
        .containsExactly("dunning.overdue", "dunning.level", "dunning.fee", "dunning.interest");
  }
}
