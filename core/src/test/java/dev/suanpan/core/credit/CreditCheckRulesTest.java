package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static dev.suanpan.core.credit.CreditFixtures.none;
import static dev.suanpan.core.credit.CreditFixtures.order;
import static dev.suanpan.core.credit.CreditFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.credit.check.CreditCheck;
import org.junit.jupiter.api.Test;

/** What the credit check says of a prepaid balance and of the guarantee a customer needs. */
class CreditCheckRulesTest {
  @Test
  void aPrepaidBalanceCoveringTheOrderIsNamedWithItsAmount() {
    // 500.00 prepaid, nothing open: balance 500.00 covers the 200.00 order
    Exposure prepaid = none().prepaymentReceived(cny("500.00"));
    assertThat(
            CreditCheck.of(POLICY)
                .check(profile("A", "100000.00"), order("200.00"), prepaid, TODAY)
                .explanation()
                .toString())
        .contains("balance CNY 500.00 covers order CNY 200.00; released without credit");
  }

  @Test
  void theGuaranteeAForeignCustomerNeedsIsSaidToBeForAForeignCustomer() {
    CreditProfile foreign =
        CreditProfile.builder().from(profile("B", "100000.00")).foreign(true).build();
    assertThat(
            CreditCheck.of(POLICY)
                .check(foreign, order("1000.00"), none(), TODAY)
                .explanation()
                .toString())
        .contains("credit to C-001 (foreign customer) needs a guarantee; none on file");
  }

  @Test
  void aGuaranteeDemandedOfAnEstablishedCustomerIsSaidPlainly() {
    CreditProfile demanded =
        CreditProfile.builder().from(profile("B", "100000.00")).guaranteeDemanded(true).build();
    assertThat(
            CreditCheck.of(POLICY)
                .check(demanded, order("1000.00"), none(), TODAY)
                .explanation()
                .toString())
        .contains("credit to C-001 needs a guarantee; none on file");
  }
}
