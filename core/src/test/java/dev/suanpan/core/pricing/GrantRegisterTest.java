package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.pricing.PricingFixtures.DAY;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static dev.suanpan.core.pricing.PricingFixtures.publishedPricer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class GrantRegisterTest {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final PersonId ZHANG = PersonId.of("consultant-zhang");
  static final PersonId LIU = PersonId.of("manager-liu");
  static final PersonId CHEN = PersonId.of("director-chen");

  static DiscountGrant grant(String amount, String reason, String customer, PersonId approver) {
    return DiscountGrant.builder()
        .amount(cny(amount))
        .quantity(BigDecimal.ONE)
        .reason(reason)
        .customer(CustomerId.of(customer))
        .requester(ZHANG)
        .approver(approver)
        .date(DAY)
        .build();
  }

  @Test
  void everyGrantedDiscountIsRecordedWithAmountQuantityReasonCustomerRequesterApproverAndDate() {
    PricingDecision d =
        publishedPricer()
            .price(
                QuoteLine.withExtraDiscount(FLAT_1801, BigDecimal.ONE, Percent.parse("2%")),
                context(SALES_CONSULTANT));

    DiscountGrant g = DiscountGrant.of(d, "repeat buyer", ZHANG, CHEN);

    assertThat(g.amount()).isEqualTo(cny("20000.00"));
    assertThat(g.quantity()).isEqualByComparingTo("1");
    assertThat(g.customer()).isEqualTo(PricingFixtures.BUYER);
    assertThat(g.requester()).isEqualTo(ZHANG);
    assertThat(g.approver()).isEqualTo(CHEN);
    assertThat(g.date()).isEqualTo(DAY);
    assertThat(g.product()).contains(FLAT_1801.id());
  }

  @Test
  void aRefusedDecisionGrantsNothing() {
    PricingDecision refused =
        publishedPricer()
            .price(
                QuoteLine.atPrice(FLAT_1801, BigDecimal.ONE, cny("900000.00")),
                context(SALES_CONSULTANT));

    assertThatThrownBy(() -> DiscountGrant.of(refused, "too low", ZHANG, CHEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decision must not be refused, was REFUSED");
  }

  @Test
  void grantsAreSummarisedByReasonCustomerAndApprover() {
    GrantRegister register =
        GrantRegister.empty(CNY)
            .with(grant("8000.00", "repeat buyer", "C-1", LIU))
            .with(grant("20000.00", "repeat buyer", "C-2", CHEN))
            .with(grant("5000.00", "group purchase", "C-1", LIU));

    assertThat(register.total())
        .isEqualTo(new GrantSummary(3, new BigDecimal("3"), cny("33000.00")));
    assertThat(register.byReason().get("repeat buyer").amount()).isEqualTo(cny("28000.00"));
    assertThat(register.byReason().get("group purchase").count()).isEqualTo(1);
    assertThat(register.byCustomer().get(CustomerId.of("C-1")).amount()).isEqualTo(cny("13000.00"));
    assertThat(register.byApprover().keySet()).containsExactly(LIU, CHEN);
    assertThat(register.byApprover().get(LIU).count()).isEqualTo(2);
  }

  @Test
  void theRegisterKeepsOneCurrencyAndFiltersByPeriod() {
    DiscountGrant usd =
        DiscountGrant.builder()
            .from(grant("1.00", "x", "C-1", LIU))
            .amount(Money.parse("USD 1.00"))
            .build();

    assertThatThrownBy(() -> GrantRegister.of(CNY, List.of(usd)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grants[0].amount must be in CNY, was USD 1.00");
    GrantRegister r = GrantRegister.of(CNY, List.of(grant("1.00", "x", "C-1", LIU)));
    assertThat(r.between(DAY.plusDays(1), DAY.plusDays(30)).grants()).isEmpty();
    assertThat(r.between(DAY, DAY).grants()).hasSize(1);
  }
}
