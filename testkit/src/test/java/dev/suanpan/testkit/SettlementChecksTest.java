package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.PropertyOfficeCancellationTerms;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.core.settlement.cancellation.Cancellation;
import dev.suanpan.core.settlement.cancellation.SaleContract;
import dev.suanpan.core.settlement.cancellation.Settlement;
import dev.suanpan.core.settlement.cancellation.SettlementDecision;
import dev.suanpan.core.settlement.cancellation.SettlementPolicy;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The settlement checks pass for lawful policies and catch broken settlement code. */
class SettlementChecksTest {
  static final SettlementPolicy SOURCES = PropertyOfficeCancellationTerms.policy();
  static final Settlement ENGINE = Settlement.of(SOURCES);

  @Provide
  Arbitrary<SaleContract> contracts() {
    return SettlementArbitraries.contracts();
  }

  @Provide
  Arbitrary<SaleContract> propertyContracts() {
    return SettlementArbitraries.propertyContracts(MoneyArbitraries.CNY);
  }

  @Provide
  Arbitrary<Cancellation> cancellations() {
    return SettlementArbitraries.cancellations();
  }

  @Provide
  Arbitrary<SettlementPolicy> policies() {
    return SettlementArbitraries.policies();
  }

  @Property(tries = 200)
  void everyGeneratedPolicyRefundsWithinWhatWasPaidAndNeverPenalisesTheInnocentBuyer(
      @ForAll("policies") SettlementPolicy policy,
      @ForAll("contracts") SaleContract contract,
      @ForAll("cancellations") Cancellation cancellation) {
    SettlementChecks.assertRefundWithinPaid(policy, contract, cancellation);
    SettlementChecks.assertInnocentBuyerNeverWorseOff(policy, contract, cancellation);
  }

  @Property(tries = 100)
  void theSourcesPolicyAlwaysHasSomeoneToSignOffAPropertyCancellation(
      @ForAll("propertyContracts") SaleContract contract,
      @ForAll("cancellations") Cancellation cancellation) {
    SettlementChecks.assertRefundWithinPaid(SOURCES, contract, cancellation);
    SettlementChecks.assertSomeoneMaySignOff(SOURCES, contract, cancellation);
  }

  /** The user's desk records the deposit receipt again as a down payment before settling. */
  static final BiFunction<SaleContract, Cancellation, SettlementDecision> DEPOSIT_COUNTED_TWICE =
      (contract, cancellation) ->
          ENGINE.settle(
              SaleContract.builder()
                  .from(contract)
                  .addPayments(
                      Payment.of(PaymentKind.DOWN_PAYMENT, contract.paid(PaymentKind.DEPOSIT)))
                  .build(),
              cancellation);

  @Test
  void theRefundCheckCatchesADepositCountedTwice() {
    SaleContract subscribed =
        SaleContract.builder()
            .from(SettlementAssertionsTest.signedFlat())
            .payments(
                java.util.List.of(
                    Payment.of(PaymentKind.DEPOSIT, SettlementAssertionsTest.cny("50000.00"))))
            .build();
    assertThatThrownBy(
            () ->
                SettlementChecks.assertRefundWithinPaid(
                    DEPOSIT_COUNTED_TWICE,
                    subscribed,
                    Cancellation.of(ContractStage.SUBSCRIPTION, Fault.SELLER)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("refund of DOWN_PAYMENT CNY 50000.00 exceeds the CNY 0.00 paid")
        .hasMessageContaining(
            "refund CNY 100000.00 + retained CNY 0.00 = CNY 100000.00, but the contract B2-1801"
                + " shows CNY 50000.00 paid");
  }

  /** The user's form maps its fault codes the wrong way round. */
  static final BiFunction<SaleContract, Cancellation, SettlementDecision> FAULT_SWAPPED =
      (contract, cancellation) ->
          ENGINE.settle(
              contract,
              Cancellation.builder()
                  .from(cancellation)
                  .fault(
                      switch (cancellation.fault()) {
                        case BUYER -> Fault.SELLER;
                        case SELLER -> Fault.BUYER;
                        case BOTH -> Fault.BOTH;
                      })
                  .build());

  @Test
  void theInnocentBuyerCheckCatchesFaultsMappedTheWrongWayRound() {
    assertThatThrownBy(
            () ->
                SettlementChecks.assertInnocentBuyerNeverWorseOff(
                    FAULT_SWAPPED,
                    SettlementAssertionsTest.signedFlat(),
                    Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.BOTH)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "refund CNY 340000.00 on the seller's default is less than CNY 390000.00 on the"
                + " buyer's")
        .hasMessageContaining(
            "the customer receives CNY 340000.00 on the seller's default but CNY 440000.00 on its"
                + " own")
        .hasMessageContaining("settlement.deposit-forfeited");
  }

  @Test
  void theSignOffCheckCatchesAPolicyWhereNobodyMayApproveASpecialCancellation() {
    AuthorityPolicy noSpecial =
        AuthorityPolicy.builder()
            .role(CompanyRoles.GENERAL_MANAGER)
            .role(CompanyRoles.MARKETING_DIRECTOR, CompanyRoles.GENERAL_MANAGER)
            .role(CompanyRoles.SALES_MANAGER, CompanyRoles.MARKETING_DIRECTOR)
            .limit(
                CompanyRoles.GENERAL_MANAGER,
                SettlementPolicy.BEFORE_FORMAL_CONTRACT,
                Limit.unlimitedAuthority())
            .limit(
                CompanyRoles.GENERAL_MANAGER,
                SettlementPolicy.AFTER_FORMAL_CONTRACT,
                Limit.unlimitedAuthority())
            .build();
    SettlementPolicy mine =
        SettlementPolicy.builder()
            .termsAtEveryStage(Fault.BUYER, SOURCES.terms(ContractStage.SUBSCRIPTION, Fault.BUYER))
            .termsAtEveryStage(
                Fault.SELLER, SOURCES.terms(ContractStage.SUBSCRIPTION, Fault.SELLER))
            .termsAtEveryStage(Fault.BOTH, SOURCES.terms(ContractStage.SUBSCRIPTION, Fault.BOTH))
            .signOff(SignOff.of(noSpecial, CompanyRoles.SALES_MANAGER))
            .build();
    Cancellation special =
        Cancellation.builder()
            .stage(ContractStage.CONTRACT_SIGNED)
            .fault(Fault.BOTH)
            .special(true)
            .build();

    assertThatThrownBy(
            () ->
                SettlementChecks.assertSomeoneMaySignOff(
                    mine, SettlementAssertionsTest.signedFlat(), special))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("nobody may sign off cancellation/special of CNY 350000.00")
        .hasMessageContaining("beyond every authority");
  }
}
