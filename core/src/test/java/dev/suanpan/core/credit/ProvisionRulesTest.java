package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.BadDebtTest.BOOK;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.credit.ageing.Ageing;
import dev.suanpan.core.credit.provision.BadDebtProvision;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A period's provision adjustment is the required allowance less last period's: provided when
 * positive, released when negative, no entry when nil. The required allowance of {@link
 * BadDebtTest#BOOK} is 2,990.00, worked there.
 */
class ProvisionRulesTest {
  static String adjustmentAfter(Money previous) {
    return BadDebtProvision.of(POLICY)
        .provide(Ageing.of(POLICY).age(BOOK, TODAY), previous)
        .explanation()
        .toString();
  }

  @Test
  void anAllowanceBelowTheRequiredIsToppedUp() {
    assertThat(adjustmentAfter(cny("2000.00")))
        .contains("required CNY 2990.00 - previous CNY 2000.00 = CNY 990.00 to provide");
  }

  @Test
  void anAllowanceAboveTheRequiredIsReleased() {
    assertThat(adjustmentAfter(cny("3500.00")))
        .contains("required CNY 2990.00 - previous CNY 3500.00 = CNY -510.00 to release");
  }

  @Test
  void anAllowanceAtTheRequiredMakesNoEntry() {
    assertThat(adjustmentAfter(cny("2990.00")))
        .contains("required CNY 2990.00 - previous CNY 2990.00 = CNY 0.00, no entry");
  }
}
