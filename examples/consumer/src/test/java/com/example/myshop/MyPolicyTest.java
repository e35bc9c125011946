package com.example.myshop;

import static dev.suanpan.testkit.SuanpanAssertions.assertThat;

import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.PropertyOfficeCancellationAuthority;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.pricing.PricingContext;
import dev.suanpan.core.pricing.PricingPolicy;
import dev.suanpan.core.pricing.QuotaCounts;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.core.settlement.cancellation.Cancellation;
import dev.suanpan.core.settlement.cancellation.CancellationTerms;
import dev.suanpan.core.settlement.cancellation.DepositTreatment;
import dev.suanpan.core.settlement.cancellation.RetentionReason;
import dev.suanpan.core.settlement.cancellation.SaleContract;
import dev.suanpan.core.settlement.cancellation.Settlement;
import dev.suanpan.core.settlement.cancellation.SettlementPolicy;
import dev.suanpan.money.Percent;
import dev.suanpan.testkit.AuthorityChecks;
import dev.suanpan.testkit.PricingChecks;
import dev.suanpan.testkit.SettlementArbitraries;
import dev.suanpan.testkit.SettlementChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** A user's own policies, validated with the testkit. */
class MyPolicyTest {
  /** My cancellation policy: 5% damages on the buyer's default, the deposit forfeited. */
  static final SettlementPolicy MY_CANCELLATIONS =
      SettlementPolicy.builder()
          .termsAtEveryStage(
              Fault.BUYER,
              CancellationTerms.builder()
                  .deposit(DepositTreatment.FORFEITED)
                  .liquidatedDamages(Percent.of(5))
                  .customerShareOfCosts(Percent.HUNDRED)
                  .build())
          .termsAtEveryStage(Fault.SELLER, CancellationTerms.of(DepositTreatment.RETURNED_DOUBLE))
          .termsAtEveryStage(Fault.BOTH, CancellationTerms.of(DepositTreatment.RETURNED))
          .refundInFull(ContractStage.SUBSCRIPTION, PaymentKind.DEED_TAX)
          .refundInFull(ContractStage.CONTRACT_SIGNED, PaymentKind.DEED_TAX)
          .signOff(
              SignOff.of(PropertyOfficeCancellationAuthority.policy(), CompanyRoles.SALES_MANAGER))
          .build();

  /** My price list: a 1,000,000 yuan flat, floor 950,000, on the sources' discount authority. */
  static final Product FLAT = Product.of("A-1801", "Building A, flat 1801", "flats");

  static final PricingPolicy MY_PRICING =
      PropertyOfficeDiscountAuthority.asPublished()
          .pricingPolicy(
              List.of(
                  PriceList.builder()
                      .code("2024-H2")
                      .validFrom(LocalDate.of(2024, 7, 1))
                      .addEntries(
                          PriceListEntry.of(
                              FLAT.id(), Money.parse("CNY 1000000"), Money.parse("CNY 950000")))
                      .build()),
              List.of());

  @Provide
  Arbitrary<SaleContract> contracts() {
    return SettlementArbitraries.propertyContracts(CurrencyUnit.of("CNY"));
  }

  @Provide
  Arbitrary<Cancellation> cancellations() {
    return SettlementArbitraries.cancellations();
  }

  @Property(tries = 200)
  void myCancellationPolicyRefundsAtMostWhatWasPaidAndAlwaysHasAnApprover(
      @ForAll("contracts") SaleContract contract,
      @ForAll("cancellations") Cancellation cancellation) {
    SettlementChecks.assertRefundWithinPaid(MY_CANCELLATIONS, contract, cancellation);
    SettlementChecks.assertInnocentBuyerNeverWorseOff(MY_CANCELLATIONS, contract, cancellation);
    SettlementChecks.assertSomeoneMaySignOff(MY_CANCELLATIONS, contract, cancellation);
  }

  @Test
  void aBuyerWithdrawingFromASubscriptionForfeitsTheDepositWhichExceedsTheDamages() {
    SaleContract subscription =
        SaleContract.builder()
            .reference("B2-1801")
            .customer(CustomerId.of("C-001"))
            .contractPrice(Money.parse("CNY 1000000"))
            .addPayments(Payment.of(PaymentKind.DEPOSIT, Money.parse("CNY 80000")))
            .build();

    assertThat(
            Settlement.of(MY_CANCELLATIONS)
                .settle(subscription, Cancellation.of(ContractStage.SUBSCRIPTION, Fault.BUYER)))
        .refunds(Money.parse("CNY 0"))
        .retains(RetentionReason.FORFEITED_DEPOSIT, Money.parse("CNY 80000"))
        .conservesPaid(subscription)
        .needsApprovalBy(CompanyRoles.MARKETING_DIRECTOR)
        .firedRule("settlement.deposit-or-damages");
  }

  @Test
  void myDiscountAuthorityIsMonotoneAndDelegatedWithinLimits() {
    AuthorityChecks.assertMonotoneInPercent(MY_PRICING.authority(), MY_PRICING.discountSubject());
    AuthorityChecks.assertDelegationWithinLimits(
        MY_PRICING.authority(), MY_PRICING.discountSubject());
    PricingContext consultant =
        PricingContext.builder()
            .date(LocalDate.of(2024, 9, 14))
            .customer(CustomerId.of("C-001"))
            .requester(PropertyOfficeDiscountAuthority.SALES_CONSULTANT)
            .quotaCounts(QuotaCounts.of(100))
            .build();
    PricingChecks.assertMonotoneInDiscount(MY_PRICING, FLAT, BigDecimal.ONE, consultant);
  }
}
