package dev.suanpan.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** A debit counts for a balance and a credit against it; each side is the other's opposite. */
class JournalLineRulesTest {
  static final Money HUNDRED = Money.parse("CNY 100.00");

  @Test
  void aDebitIsPositiveAndACreditNegativeAsADebitBalance() {
    assertThat(JournalLine.debit(LedgerAccount.BANK, HUNDRED).signedAmount())
        .isEqualTo(Money.parse("CNY 100.00"));
    assertThat(JournalLine.credit(LedgerAccount.ACCOUNTS_RECEIVABLE, HUNDRED).signedAmount())
        .isEqualTo(Money.parse("CNY -100.00"));
  }

  @Test
  void theOppositeOfADebitIsACreditAndOfACreditADebit() {
    assertThat(Side.DEBIT.opposite()).isEqualTo(Side.CREDIT);
    assertThat(Side.CREDIT.opposite()).isEqualTo(Side.DEBIT);
  }
}
