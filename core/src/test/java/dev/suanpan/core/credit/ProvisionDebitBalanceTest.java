package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.BadDebtTest.BOOK;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.ageing.Ageing;
import dev.suanpan.core.credit.ageing.AgeingReport;
import dev.suanpan.core.credit.provision.BadDebtProvision;
import dev.suanpan.core.credit.provision.ProvisionDecision;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.journal.Side;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * An allowance with a debit balance before adjustment (write-offs in the period exceeded it) is
 * made good on top of the required allowance: the adjustment is {@code required + debit balance}.
 * This is the allowance method as the intermediate accounting textbooks state it (中级会计实务, 应收款项减值:
 * with a debit balance before adjustment, provide the required balance plus the debit balance); the
 * figures here are worked by hand on {@link BadDebtTest#BOOK}, whose required allowance of 2,990.00
 * is worked there.
 */
class ProvisionDebitBalanceTest {
  static final AgeingReport AGEING = Ageing.of(POLICY).age(BOOK, TODAY);
  static final BadDebtProvision PROVISION = BadDebtProvision.of(POLICY);

  @Test
  void aDebitBalanceIsProvidedForOnTopOfTheRequiredAllowance() {
    // Opening allowance 1,000.00 (credit), write-offs in the period 1,400.00: a debit balance of
    // 400.00 before adjustment. Required 2,990.00; to provide 2,990.00 + 400.00 = 3,390.00, which
    // leaves a credit balance of 3,390.00 - 400.00 = 2,990.00, the required allowance.
    ProvisionDecision d = PROVISION.provide(AGEING, cny("400.00"), Side.DEBIT);

    assertThat(d.required()).isEqualTo(cny("2990.00"));
    assertThat(d.previous()).isEqualTo(cny("-400.00"));
    assertThat(d.adjustment()).isEqualTo(cny("3390.00"));
    assertThat(d.entry().orElseThrow().lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.CREDIT_IMPAIRMENT_LOSS, cny("3390.00")),
            JournalLine.credit(LedgerAccount.BAD_DEBT_ALLOWANCE, cny("3390.00")));
    assertThat(d.explanation().toString())
        .contains("required CNY 2990.00 + debit balance CNY 400.00 = CNY 3390.00 to provide");
  }

  @Test
  void aCreditBalanceGivenWithItsSideIsTodaysProvision() {
    // 2,990.00 - 2,000.00 = 990.00, as ProvisionRulesTest.anAllowanceBelowTheRequiredIsToppedUp.
    ProvisionDecision d = PROVISION.provide(AGEING, cny("2000.00"), Side.CREDIT);

    assertThat(d.adjustment()).isEqualTo(cny("990.00"));
    assertThat(d).isEqualTo(PROVISION.provide(AGEING, cny("2000.00")));
  }

  @Test
  void aNegativeBalanceIsStillRefusedTheSideSaysWhichWayItLies() {
    assertThatThrownBy(() -> PROVISION.provide(AGEING, cny("-400.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("previousAllowance");
    assertThatThrownBy(() -> PROVISION.provide(AGEING, cny("-400.00"), Side.DEBIT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-400.00");
    assertThatThrownBy(() -> PROVISION.provide(AGEING, cny("400.00"), (Side) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("side");
  }

  @Property
  void theBalanceAfterAdjustmentIsAlwaysTheRequiredAllowance(
      @ForAll @LongRange(min = 0, max = 100_000_000_00L) long fen, @ForAll Side side) {
    Money balance = Money.ofMinor(POLICY.currency(), fen);
    ProvisionDecision d = PROVISION.provide(AGEING, balance, side);

    // Credit balance after = credit before + provided (a debit balance counts as a negative
    // credit).
    Money before = side == Side.CREDIT ? balance : balance.negated();
    assertThat(before.plus(d.adjustment())).isEqualTo(d.required());
  }
}
