package dev.suanpan.core.credit;

import dev.suanpan.core.credit.check.CreditOrder;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Shared values of the credit tests: the shipped example policy and a few customers. */
final class CreditFixtures {
  private CreditFixtures() {}

  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final CreditPolicy POLICY = DistributorCreditTerms.policy();
  static final CustomerId CUSTOMER = CustomerId.of("C-001");
  static final PersonId FINANCE = PersonId.of("finance-vp-wang");
  static final PersonId SALES = PersonId.of("sales-li");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

  static Money cny(String amount) {
    return Money.of(CNY, new BigDecimal(amount));
  }

  static CreditProfile profile(String grade, String limit) {
    return CreditProfile.builder()
        .customer(CUSTOMER)
        .grade(CreditGrade.of(grade))
        .limit(cny(limit))
        .termDays(POLICY.termsOf(CreditGrade.of(grade)).termDays())
        .approvedBy(FINANCE)
        .approvedOn(LocalDate.of(2026, 1, 5))
        .build();
  }

  static Exposure none() {
    return Exposure.none(CUSTOMER, CNY);
  }

  static CreditOrder order(String amount) {
    return CreditOrder.of(CUSTOMER, "SO-1", cny(amount));
  }
}
