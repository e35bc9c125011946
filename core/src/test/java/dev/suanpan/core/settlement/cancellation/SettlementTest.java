package dev.suanpan.core.settlement.cancellation;

import static dev.suanpan.core.presets.CompanyRoles.GENERAL_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.MARKETING_DIRECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.PropertyCollectedOnBehalf;
import dev.suanpan.core.presets.PropertyOfficeCancellationAuthority;
import dev.suanpan.core.presets.PropertyOfficeCancellationTerms;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.IncurredCost;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.money.Percent;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class SettlementTest {
  static final Money PRICE = cny("1000000.00");
  static final Settlement SOURCES = Settlement.of(PropertyOfficeCancellationTerms.policy());

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static SaleContract contract(Payment... payments) {
    return SaleContract.builder()
        .reference("B2-1801")
        .customer(CustomerId.of("C-001"))
        .contractPrice(PRICE)
        .addPayments(payments)
        .build();
  }

  /** Subscription: deposit 50,000. */
  static SaleContract subscribed() {
    return contract(Payment.of(PaymentKind.DEPOSIT, cny("50000.00")));
  }

  /** Formal contract: deposit 50,000, down payment 300,000, deed tax 3% and maintenance 1%. */
  static SaleContract signed() {
    return SaleContract.builder()
        .from(subscribed())
        .addPayments(Payment.of(PaymentKind.DOWN_PAYMENT, cny("300000.00")))
        .addAllPayments(PropertyCollectedOnBehalf.atSigning(PRICE))
        .build();
  }

  @Test
  void deedTaxIsThreePercentAndMaintenanceFundOnePercentOfThePrice() {
    assertThat(PropertyCollectedOnBehalf.atSigning(PRICE))
        .containsExactly(
            Payment.of(PaymentKind.DEED_TAX, cny("30000.00")),
            Payment.of(PaymentKind.MAINTENANCE_FUND, cny("10000.00")));
  }

  @Test
  void buyerWithdrawingFromASubscriptionForfeitsTheDepositAndTheMarketingDirectorApproves() {
    SettlementDecision r =
        SOURCES.settle(subscribed(), Cancellation.of(ContractStage.SUBSCRIPTION, Fault.BUYER));

    assertThat(r.refund()).isEqualTo(cny("0.00"));
    assertThat(r.retainedFor(RetentionReason.FORFEITED_DEPOSIT)).isEqualTo(cny("50000.00"));
    assertThat(r.compensationFromSeller()).isEqualTo(cny("0.00"));
    assertThat(r.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(r.requiredApprover()).contains(MARKETING_DIRECTOR);
    assertThat(r.approval().get().chain()).containsExactly(MARKETING_DIRECTOR);
    assertThat(r.explanation().rules())
        .containsSubsequence(
            "settlement.paid",
            "settlement.terms",
            "settlement.deposit-cap",
            "settlement.deposit-forfeited",
            "settlement.refund",
            "settlement.approval");
  }

  @Test
  void cancellationBeforeRegistrationRefundsThePricePaidAndEverythingCollectedOnBehalf() {
    SettlementDecision r =
        SOURCES.settle(signed(), Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.BUYER));

    assertThat(r.paid()).isEqualTo(cny("390000.00"));
    assertThat(r.refundOf(PaymentKind.DOWN_PAYMENT)).isEqualTo(cny("300000.00"));
    assertThat(r.refundOf(PaymentKind.DEED_TAX)).isEqualTo(cny("30000.00"));
    assertThat(r.refundOf(PaymentKind.MAINTENANCE_FUND)).isEqualTo(cny("10000.00"));
    assertThat(r.refund()).isEqualTo(cny("340000.00"));
    assertThat(r.retained())
        .containsExactly(
            new Retained(RetentionReason.FORFEITED_DEPOSIT, PaymentKind.DEPOSIT, cny("50000.00")));
    assertThat(r.explanation().fired("settlement.on-behalf-refunded")).isTrue();
  }

  @Test
  void afterTheFormalContractTheCancellationGoesThroughTheMarketingDirectorToTheGeneralManager() {
    SettlementDecision r =
        SOURCES.settle(signed(), Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.BUYER));

    assertThat(r.requiredApprover()).contains(GENERAL_MANAGER);
    assertThat(r.approval().get().chain()).containsExactly(MARKETING_DIRECTOR, GENERAL_MANAGER);
    assertThat(r.approval().get().request().amount()).contains(cny("340000.00"));
  }

  @Test
  void cancellationAfterRegistrationRefundsTheDeedTaxButKeepsTheWaivedMaintenanceFund() {
    SettlementDecision r =
        SOURCES.settle(signed(), Cancellation.of(ContractStage.CONTRACT_REGISTERED, Fault.BUYER));

    assertThat(r.refundOf(PaymentKind.DEED_TAX)).isEqualTo(cny("30000.00"));
    assertThat(r.refundOf(PaymentKind.MAINTENANCE_FUND)).isEqualTo(cny("0.00"));
    assertThat(r.retainedFor(RetentionReason.NOT_REFUNDABLE_ON_BEHALF)).isEqualTo(cny("10000.00"));
    assertThat(r.refund()).isEqualTo(cny("330000.00"));
    assertThat(r.totalRetained()).isEqualTo(cny("60000.00"));
    assertThat(r.requiredApprover()).contains(GENERAL_MANAGER);
    assertThat(r.explanation().toString())
        .contains("MAINTENANCE_FUND (维修基金) of CNY 10000.00 collected on behalf is not refunded");
  }

  @Test
  void sellersDefaultReturnsTheDepositDoubleWithTheSecondHalfAsSeparateCompensation() {
    SettlementDecision r =
        SOURCES.settle(signed(), Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.SELLER));

    assertThat(r.refund()).isEqualTo(r.paid()).isEqualTo(cny("390000.00"));
    assertThat(r.retained()).isEmpty();
    assertThat(r.compensationFromSeller()).isEqualTo(cny("50000.00"));
    assertThat(r.totalToCustomer()).isEqualTo(cny("440000.00"));
    assertThat(r.explanation().fired("settlement.deposit-returned-twofold")).isTrue();
  }

  @Test
  void whenBothAreAtFaultTheDepositIsReturnedAndNothingIsKept() {
    SettlementDecision r =
        SOURCES.settle(subscribed(), Cancellation.of(ContractStage.SUBSCRIPTION, Fault.BOTH));

    assertThat(r.refund()).isEqualTo(cny("50000.00"));
    assertThat(r.compensationFromSeller()).isEqualTo(cny("0.00"));
    assertThat(r.explanation().fired("settlement.deposit-returned")).isTrue();
  }

  @Test
  void aDepositAboveTwentyPercentOfThePriceIsForfeitedOnlyUpToTheCap() {
    SaleContract big = contract(Payment.of(PaymentKind.DEPOSIT, cny("250000.00")));
    SettlementDecision r =
        SOURCES.settle(big, Cancellation.of(ContractStage.SUBSCRIPTION, Fault.BUYER));

    assertThat(r.retainedFor(RetentionReason.FORFEITED_DEPOSIT)).isEqualTo(cny("200000.00"));
    assertThat(r.refund()).isEqualTo(cny("50000.00"));
    assertThat(r.explanation().toString())
        .contains("exceeds the cap 20% of CNY 1000000.00 = CNY 200000.00");

    SettlementDecision seller =
        SOURCES.settle(big, Cancellation.of(ContractStage.SUBSCRIPTION, Fault.SELLER));
    assertThat(seller.compensationFromSeller()).isEqualTo(cny("200000.00"));
  }

  @Test
  void costsActuallyIncurredAreDeductedOnTheBuyersDefaultButNotOnTheSellers() {
    Cancellation buyer =
        Cancellation.builder()
            .stage(ContractStage.CONTRACT_SIGNED)
            .fault(Fault.BUYER)
            .addCostsIncurred(IncurredCost.of("agency fee", cny("5000.00")))
            .build();
    SettlementDecision r = SOURCES.settle(signed(), buyer);

    assertThat(r.retainedFor(RetentionReason.INCURRED_COSTS)).isEqualTo(cny("5000.00"));
    assertThat(r.retainedFrom(PaymentKind.DOWN_PAYMENT)).isEqualTo(cny("5000.00"));
    assertThat(r.refund()).isEqualTo(cny("335000.00"));

    SettlementDecision seller =
        SOURCES.settle(signed(), Cancellation.builder().from(buyer).fault(Fault.SELLER).build());
    assertThat(seller.retainedFor(RetentionReason.INCURRED_COSTS)).isEqualTo(cny("0.00"));
  }

  static SettlementPolicy withDamages(String percent) {
    CancellationTerms damages =
        CancellationTerms.builder()
            .deposit(DepositTreatment.FORFEITED)
            .liquidatedDamages(Percent.parse(percent))
            .build();
    return SettlementPolicy.builder()
        .terms(
            ContractStage.SUBSCRIPTION,
            Fault.BUYER,
            CancellationTerms.of(DepositTreatment.FORFEITED))
        .terms(ContractStage.CONTRACT_SIGNED, Fault.BUYER, damages)
        .terms(ContractStage.CONTRACT_REGISTERED, Fault.BUYER, damages)
        .terms(
            ContractStage.SUBSCRIPTION,
            Fault.SELLER,
            CancellationTerms.of(DepositTreatment.RETURNED_DOUBLE))
        .terms(
            ContractStage.CONTRACT_SIGNED,
            Fault.SELLER,
            CancellationTerms.builder()
                .from(damages)
                .deposit(DepositTreatment.RETURNED_DOUBLE)
                .build())
        .terms(
            ContractStage.CONTRACT_REGISTERED,
            Fault.SELLER,
            CancellationTerms.builder()
                .from(damages)
                .deposit(DepositTreatment.RETURNED_DOUBLE)
                .build())
        .termsAtEveryStage(Fault.BOTH, CancellationTerms.of(DepositTreatment.RETURNED))
        .refundInFull(
            ContractStage.CONTRACT_SIGNED, PaymentKind.DEED_TAX, PaymentKind.MAINTENANCE_FUND)
        .signOff(
            SignOff.of(PropertyOfficeCancellationAuthority.policy(), CompanyRoles.SALES_MANAGER))
        .build();
  }

  @Test
  void depositAndLiquidatedDamagesAreNotCumulativeTheGreaterApplies() {
    SettlementDecision r =
        Settlement.of(withDamages("10%"))
            .settle(signed(), Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.BUYER));

    // 10% of 1,000,000 = 100,000 > the 50,000 deposit: damages apply, the deposit is a prepayment
    assertThat(r.retainedFor(RetentionReason.FORFEITED_DEPOSIT)).isEqualTo(cny("0.00"));
    assertThat(r.retainedFor(RetentionReason.LIQUIDATED_DAMAGES)).isEqualTo(cny("100000.00"));
    // split pro rata 50,000 : 300,000 over the price payments held
    assertThat(r.retainedFrom(PaymentKind.DEPOSIT)).isEqualTo(cny("14285.71"));
    assertThat(r.retainedFrom(PaymentKind.DOWN_PAYMENT)).isEqualTo(cny("85714.29"));
    assertThat(r.refund()).isEqualTo(cny("290000.00"));
    assertThat(r.explanation().fired("settlement.deposit-or-damages")).isTrue();

    SettlementDecision small =
        Settlement.of(withDamages("2%"))
            .settle(signed(), Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.BUYER));
    assertThat(small.retainedFor(RetentionReason.FORFEITED_DEPOSIT)).isEqualTo(cny("50000.00"));
    assertThat(small.retainedFor(RetentionReason.LIQUIDATED_DAMAGES)).isEqualTo(cny("0.00"));
  }

  @Test
  void liquidatedDamagesOnTheSellersDefaultArePaidToTheBuyerAsCompensation() {
    SettlementDecision r =
        Settlement.of(withDamages("10%"))
            .settle(signed(), Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.SELLER));

    assertThat(r.refund()).isEqualTo(cny("390000.00"));
    assertThat(r.compensationFromSeller()).isEqualTo(cny("100000.00"));
  }

  @Test
  void damagesLargerThanThePricePaymentsHeldAreOwedNotTakenFromTaxesCollectedOnBehalf() {
    SaleContract thin =
        SaleContract.builder()
            .from(subscribed())
            .addAllPayments(PropertyCollectedOnBehalf.atSigning(PRICE))
            .build();
    SettlementDecision r =
        Settlement.of(withDamages("10%"))
            .settle(thin, Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.BUYER));

    assertThat(r.retainedFor(RetentionReason.LIQUIDATED_DAMAGES)).isEqualTo(cny("50000.00"));
    assertThat(r.chargesNotCovered()).isEqualTo(cny("50000.00"));
    assertThat(r.refund()).isEqualTo(cny("40000.00"));
    assertThat(r.explanation().fired("settlement.charges-not-covered")).isTrue();
  }

  @Test
  void aSpecialCancellationGoesToTheGeneralManagerEvenBeforeTheFormalContract() {
    SettlementDecision r =
        SOURCES.settle(
            subscribed(),
            Cancellation.builder()
                .stage(ContractStage.SUBSCRIPTION)
                .fault(Fault.BUYER)
                .special(true)
                .build());

    assertThat(r.requiredApprover()).contains(GENERAL_MANAGER);
  }

  @Test
  void anAuthorityPolicyWhereNobodyMayApproveRefusesTheCancellation() {
    SettlementPolicy nobody =
        SettlementPolicy.builder()
            .termsAtEveryStage(Fault.BUYER, CancellationTerms.of(DepositTreatment.FORFEITED))
            .termsAtEveryStage(Fault.SELLER, CancellationTerms.of(DepositTreatment.RETURNED_DOUBLE))
            .termsAtEveryStage(Fault.BOTH, CancellationTerms.of(DepositTreatment.RETURNED))
            .signOff(
                SignOff.of(
                    dev.suanpan.core.authority.AuthorityPolicy.builder()
                        .role(CompanyRoles.SALES_MANAGER)
                        .build(),
                    CompanyRoles.SALES_MANAGER))
            .build();
    SettlementDecision r =
        Settlement.of(nobody)
            .settle(subscribed(), Cancellation.of(ContractStage.SUBSCRIPTION, Fault.BUYER));

    assertThat(r.isRefused()).isTrue();
    assertThat(r.explanation().toString()).contains("beyond every authority");
  }

  @Test
  void aPolicyMissingTermsOrContradictingTheDepositRulesIsRejected() {
    SignOff signOff =
        SignOff.of(PropertyOfficeCancellationAuthority.policy(), CompanyRoles.SALES_MANAGER);
    assertThatThrownBy(
            () ->
                SettlementPolicy.builder()
                    .termsAtEveryStage(
                        Fault.BUYER, CancellationTerms.of(DepositTreatment.FORFEITED))
                    .signOff(signOff)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("terms are missing for [SUBSCRIPTION/SELLER, SUBSCRIPTION/BOTH");
    assertThatThrownBy(
            () ->
                SettlementPolicy.builder()
                    .termsAtEveryStage(
                        Fault.BUYER, CancellationTerms.of(DepositTreatment.FORFEITED))
                    .termsAtEveryStage(
                        Fault.SELLER, CancellationTerms.of(DepositTreatment.FORFEITED))
                    .termsAtEveryStage(Fault.BOTH, CancellationTerms.of(DepositTreatment.RETURNED))
                    .signOff(signOff)
                    .build())
        .hasMessageContaining("SUBSCRIPTION/SELLER: the deposit is forfeited only on the buyer's");
    assertThatThrownBy(
            () ->
                SettlementPolicy.builder()
                    .termsAtEveryStage(
                        Fault.BUYER, CancellationTerms.of(DepositTreatment.FORFEITED))
                    .termsAtEveryStage(
                        Fault.SELLER,
                        CancellationTerms.builder()
                            .deposit(DepositTreatment.RETURNED_DOUBLE)
                            .customerShareOfCosts(Percent.of(50))
                            .build())
                    .termsAtEveryStage(Fault.BOTH, CancellationTerms.of(DepositTreatment.RETURNED))
                    .signOff(signOff)
                    .build())
        .hasMessageContaining("would bear 50% of costs on the seller's default but only 0%");
    assertThatThrownBy(
            () ->
                SettlementPolicy.builder()
                    .refundInFull(ContractStage.SUBSCRIPTION, PaymentKind.DOWN_PAYMENT))
        .hasMessageContaining("DOWN_PAYMENT is part of the price");
    assertThatThrownBy(
            () ->
                CancellationTerms.builder()
                    .deposit(DepositTreatment.RETURNED)
                    .liquidatedDamages(Percent.of(120))
                    .build())
        .hasMessageContaining("liquidatedDamages must be between 0% and 100%, was 120%");
  }

  @Test
  void paymentsAndCostsInAnotherCurrencyAreRejected() {
    assertThatThrownBy(() -> contract(Payment.of(PaymentKind.DEPOSIT, Money.parse("USD 100.00"))))
        .hasMessageContaining("payments[0].amount must be in CNY, was USD 100.00");
    Cancellation usd =
        Cancellation.builder()
            .stage(ContractStage.SUBSCRIPTION)
            .fault(Fault.BUYER)
            .addCostsIncurred(IncurredCost.of("fee", Money.parse("USD 1.00")))
            .build();
    assertThatThrownBy(() -> SOURCES.settle(subscribed(), usd))
        .hasMessageContaining("cancellation.costsIncurred[0].amount must be in CNY");
    assertThatThrownBy(() -> Payment.of(PaymentKind.DEPOSIT, cny("0.00")))
        .hasMessageContaining("amount must be positive, was CNY 0.00");
  }

  @Test
  void theSourcesPolicyStatesItsTermsPerStageAndFault() {
    SettlementPolicy p = PropertyOfficeCancellationTerms.policy();
    assertThat(p.depositCap()).isEqualTo(Percent.of(20));
    assertThat(p.terms(ContractStage.CONTRACT_REGISTERED, Fault.BUYER).deposit())
        .isEqualTo(DepositTreatment.FORFEITED);
    assertThat(p.refundedInFull(ContractStage.CONTRACT_REGISTERED))
        .containsExactly(PaymentKind.DEED_TAX);
    assertThat(List.copyOf(p.refundedInFull(ContractStage.CONTRACT_SIGNED)))
        .containsExactly(PaymentKind.DEED_TAX, PaymentKind.MAINTENANCE_FUND);
  }

  @Test
  void aPolicyCopiedWithAnotherDepositCapKeepsItsTermsAndRefunds() {
    SettlementPolicy sources = PropertyOfficeCancellationTerms.policy();
    SettlementPolicy tenPercent =
        SettlementPolicy.builder().from(sources).depositCap(Percent.of(10)).build();
    assertThat(tenPercent.depositCap()).isEqualTo(Percent.of(10));
    for (ContractStage stage : ContractStage.values()) {
      for (Fault fault : Fault.values()) {
        assertThat(tenPercent.terms(stage, fault)).isEqualTo(sources.terms(stage, fault));
      }
      assertThat(tenPercent.refundedInFull(stage)).isEqualTo(sources.refundedInFull(stage));
    }
    assertThat(tenPercent.signOff()).isEqualTo(sources.signOff());
  }

  @Test
  void termsSetTwiceForOneStageAndFaultAreRefusedNamingTheStage() {
    assertThatThrownBy(
            () ->
                SettlementPolicy.builder()
                    .from(PropertyOfficeCancellationTerms.policy())
                    .terms(
                        ContractStage.SUBSCRIPTION,
                        Fault.BOTH,
                        CancellationTerms.of(DepositTreatment.RETURNED))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SUBSCRIPTION");
  }
}
