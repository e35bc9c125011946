package dev.suanpan.core.settlement.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.PropertyOfficeCancellationAuthority;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.IncurredCost;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.money.Percent;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class SettlementProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  @Provide
  Arbitrary<SaleContract> contracts() {
    Arbitrary<Long> priceFen = Arbitraries.longs().between(1L, 10_000_000_00L);
    return priceFen.flatMap(
        p -> {
          Arbitrary<Payment> payment =
              Combinators.combine(
                      Arbitraries.of(PaymentKind.class), Arbitraries.longs().between(1L, p))
                  .as((k, fen) -> Payment.of(k, Money.ofMinor(CNY, fen)));
          return payment
              .list()
              .ofMaxSize(6)
              .map(
                  ps ->
                      SaleContract.builder()
                          .reference("P")
                          .customer(CustomerId.of("C"))
                          .contractPrice(Money.ofMinor(CNY, p))
                          .payments(ps)
                          .build());
        });
  }

  @Provide
  Arbitrary<List<IncurredCost>> costs() {
    return Arbitraries.longs()
        .between(0L, 500_000_00L)
        .map(fen -> IncurredCost.of("cost", Money.ofMinor(CNY, fen)))
        .list()
        .ofMaxSize(3);
  }

  /** Policies with any damages, cost shares (the buyer's at least the seller's) and deposit cap. */
  @Provide
  Arbitrary<SettlementPolicy> policies() {
    Arbitrary<Percent> pct = Arbitraries.longs().between(0, 100_00).map(Percent::ofBasisPoints);
    return Combinators.combine(
            pct,
            pct,
            pct,
            pct,
            Arbitraries.of(ContractStage.class).set(),
            Arbitraries.of(true, false))
        .as(
            (damages, a, b, cap, refundStages, lawful) -> {
              Percent buyerShare = a.max(b);
              Percent sellerShare = a.min(b);
              SettlementPolicy.Builder builder =
                  SettlementPolicy.builder()
                      .depositCap(cap)
                      .termsAtEveryStage(
                          Fault.BUYER,
                          CancellationTerms.builder()
                              .deposit(
                                  lawful ? DepositTreatment.FORFEITED : DepositTreatment.RETURNED)
                              .liquidatedDamages(damages)
                              .customerShareOfCosts(buyerShare)
                              .build())
                      .termsAtEveryStage(
                          Fault.SELLER,
                          CancellationTerms.builder()
                              .deposit(
                                  lawful
                                      ? DepositTreatment.RETURNED_DOUBLE
                                      : DepositTreatment.RETURNED)
                              .liquidatedDamages(damages)
                              .customerShareOfCosts(sellerShare)
                              .build())
                      .termsAtEveryStage(
                          Fault.BOTH,
                          CancellationTerms.builder()
                              .deposit(DepositTreatment.RETURNED)
                              .customerShareOfCosts(buyerShare)
                              .build())
                      .signOff(
                          SignOff.of(
                              PropertyOfficeCancellationAuthority.policy(),
                              CompanyRoles.SALES_MANAGER));
              for (ContractStage s : refundStages) {
                builder.refundInFull(s, PaymentKind.DEED_TAX, PaymentKind.MAINTENANCE_FUND);
              }
              return builder.build();
            });
  }

  @Property
  void refundPlusRetainedIsExactlyWhatWasPaidAndTheRefundNeverExceedsIt(
      @ForAll("contracts") SaleContract contract,
      @ForAll("policies") SettlementPolicy policy,
      @ForAll ContractStage stage,
      @ForAll Fault fault,
      @ForAll("costs") List<IncurredCost> costs) {
    SettlementDecision r =
        Settlement.of(policy)
            .settle(
                contract,
                Cancellation.builder().stage(stage).fault(fault).costsIncurred(costs).build());

    assertThat(r.refund().plus(r.totalRetained())).isEqualTo(contract.totalPaid());
    assertThat(r.refund().isGreaterThan(contract.totalPaid())).isFalse();
    assertThat(r.refund().isNegative()).isFalse();
    for (PaymentKind k : PaymentKind.values()) {
      assertThat(r.refundOf(k).plus(r.retainedFrom(k))).isEqualTo(contract.paid(k));
    }
    if (fault != Fault.SELLER) {
      assertThat(r.compensationFromSeller().isZero()).isTrue();
    }
  }

  @Property
  void aSellersDefaultNeverRefundsLessThanTheBuyersForTheSameContract(
      @ForAll("contracts") SaleContract contract,
      @ForAll("policies") SettlementPolicy policy,
      @ForAll ContractStage stage,
      @ForAll("costs") List<IncurredCost> costs) {
    Settlement settlement = Settlement.of(policy);
    Cancellation buyer =
        Cancellation.builder().stage(stage).fault(Fault.BUYER).costsIncurred(costs).build();
    SettlementDecision byBuyer = settlement.settle(contract, buyer);
    SettlementDecision bySeller =
        settlement.settle(contract, Cancellation.builder().from(buyer).fault(Fault.SELLER).build());

    assertThat(bySeller.refund().isLessThan(byBuyer.refund())).isFalse();
    assertThat(bySeller.totalToCustomer().isLessThan(byBuyer.totalToCustomer())).isFalse();
  }
}
