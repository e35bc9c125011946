package dev.suanpan.testkit;

import static dev.suanpan.testkit.SuanpanAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.PropertyOfficeCancellationTerms;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.cancellation.Cancellation;
import dev.suanpan.core.settlement.cancellation.Retained;
import dev.suanpan.core.settlement.cancellation.RetentionReason;
import dev.suanpan.core.settlement.cancellation.SaleContract;
import dev.suanpan.core.settlement.cancellation.Settlement;
import dev.suanpan.core.settlement.cancellation.SettlementDecision;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The settlement assertions on the sources' property cancellations (domain rules 3.9). */
class SettlementAssertionsTest {
  static final Settlement SOURCES = Settlement.of(PropertyOfficeCancellationTerms.policy());

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  /** A 1,000,000 yuan flat: deposit 50,000, down payment 300,000, deed tax 3%, fund 1%. */
  static SaleContract signedFlat() {
    return SaleContract.builder()
        .reference("B2-1801")
        .customer(CustomerId.of("C-001"))
        .contractPrice(cny("1000000.00"))
        .addPayments(
            Payment.of(PaymentKind.DEPOSIT, cny("50000.00")),
            Payment.of(PaymentKind.DOWN_PAYMENT, cny("300000.00")),
            Payment.of(PaymentKind.DEED_TAX, cny("30000.00")),
            Payment.of(PaymentKind.MAINTENANCE_FUND, cny("10000.00")))
        .build();
  }

  @Test
  void buyerWithdrawingAfterRegistrationForfeitsTheDepositAndTheWaivedFund() {
    SettlementDecision r =
        SOURCES.settle(
            signedFlat(), Cancellation.of(ContractStage.CONTRACT_REGISTERED, Fault.BUYER));

    assertThat(r)
        .refunds(cny("330000.00"))
        .refunds(PaymentKind.DEED_TAX, cny("30000.00"))
        .retains(RetentionReason.FORFEITED_DEPOSIT, cny("50000.00"))
        .retains(RetentionReason.NOT_REFUNDABLE_ON_BEHALF, cny("10000.00"))
        .retainsInTotal(cny("60000.00"))
        .compensates(cny("0.00"))
        .leavesOwed(cny("0.00"))
        .conservesPaid()
        .conservesPaid(signedFlat())
        .needsApprovalBy(CompanyRoles.GENERAL_MANAGER)
        .firedRule("settlement.on-behalf-kept");
  }

  @Test
  void sellersDefaultRetainsNothingAndCompensatesTheDepositAgain() {
    SettlementDecision r =
        SOURCES.settle(signedFlat(), Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.SELLER));

    assertThat(r).refunds(cny("390000.00")).retainsNothing().compensates(cny("50000.00"));
  }

  @Test
  void aWrongRefundFailsPrintingTheFiguresAndTheExplanation() {
    SettlementDecision r =
        SOURCES.settle(
            signedFlat(), Cancellation.of(ContractStage.CONTRACT_REGISTERED, Fault.BUYER));

    assertThatThrownBy(() -> assertThat(r).refunds(cny("340000.00")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected a refund of CNY 340000.00 but was CNY 330000.00")
        .hasMessageContaining("settlement.on-behalf-kept");
    assertThatThrownBy(
            () -> assertThat(r).retains(RetentionReason.FORFEITED_DEPOSIT, cny("40000.00")))
        .hasMessageContaining(
            "Expected retained for FORFEITED_DEPOSIT of CNY 40000.00 but was CNY 50000.00");
    assertThatThrownBy(() -> assertThat(r).retainsNothing())
        .hasMessageContaining("Expected nothing retained but CNY 60000.00 was");
  }

  @Test
  void conservesPaidCatchesAResultThatSettlesAnotherSetOfPayments() {
    SaleContract withoutDeedTax =
        SaleContract.builder()
            .from(signedFlat())
            .payments(
                signedFlat().payments().stream()
                    .filter(p -> p.kind() != PaymentKind.DEED_TAX)
                    .toList())
            .build();
    SettlementDecision r =
        SOURCES.settle(
            withoutDeedTax, Cancellation.of(ContractStage.CONTRACT_REGISTERED, Fault.BUYER));

    assertThatThrownBy(() -> assertThat(r).conservesPaid(signedFlat()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "DEED_TAX: refund CNY 0.00 + retained CNY 0.00 = CNY 0.00, but CNY 30000.00 was paid")
        .hasMessageContaining(
            "refund CNY 300000.00 + retained CNY 60000.00 = CNY 360000.00, but the contract"
                + " B2-1801 shows CNY 390000.00 paid");
  }

  /** A result from the user's own code that does not go through the validated builder. */
  static SettlementDecision handWritten() {
    return new SettlementDecision() {
      @Override
      public String reference() {
        return "B2-1801";
      }

      @Override
      public ContractStage stage() {
        return ContractStage.SUBSCRIPTION;
      }

      @Override
      public Fault fault() {
        return Fault.BOTH;
      }

      @Override
      public ImmutableMap<PaymentKind, Money> paidByKind() {
        return ImmutableMap.of(PaymentKind.DEPOSIT, cny("50000.00"));
      }

      @Override
      public ImmutableMap<PaymentKind, Money> refundByKind() {
        return ImmutableMap.of(
            PaymentKind.DEPOSIT, cny("60000.00"), PaymentKind.DEED_TAX, cny("100.00"));
      }

      @Override
      public ImmutableList<Retained> retained() {
        return ImmutableList.of();
      }

      @Override
      public Money compensationFromSeller() {
        return cny("0.00");
      }

      @Override
      public Money chargesNotCovered() {
        return cny("0.00");
      }

      @Override
      public Outcome outcome() {
        return Outcome.ALLOWED;
      }

      @Override
      public Explanation explanation() {
        return Explanation.empty().and("my.refund", "refund %s", cny("60000.00"));
      }

      @Override
      public Optional<AuthorityRoute> approval() {
        return Optional.empty();
      }
    };
  }

  @Test
  void conservesPaidCatchesARefundAboveWhatWasPaid() {
    assertThatThrownBy(() -> assertThat(handWritten()).conservesPaid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("refund of DEPOSIT CNY 60000.00 exceeds the CNY 50000.00 paid")
        .hasMessageContaining("refunds CNY 100.00 of DEED_TAX, never paid")
        .hasMessageContaining("my.refund");
  }
}
