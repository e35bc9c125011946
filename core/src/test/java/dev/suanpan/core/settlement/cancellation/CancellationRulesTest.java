package dev.suanpan.core.settlement.cancellation;

import static dev.suanpan.core.settlement.cancellation.SettlementTest.cny;
import static dev.suanpan.core.settlement.cancellation.SettlementTest.contract;
import static dev.suanpan.core.settlement.cancellation.SettlementTest.signed;
import static dev.suanpan.core.settlement.cancellation.SettlementTest.withDamages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.presets.PropertyOfficeCancellationTerms;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.IncurredCost;
import org.junit.jupiter.api.Test;

/**
 * What a cancellation settlement says: nothing paid, costs incurred or not, and, on the seller's
 * default, that the buyer takes the greater of the doubled deposit and the damages. The contract is
 * a 1,000,000.00 flat signed with a 50,000.00 deposit and a 300,000.00 down payment.
 */
class CancellationRulesTest {
  @Test
  void aContractWithNothingPaidSaysNothingWasPaid() {
    SettlementDecision d =
        Settlement.of(PropertyOfficeCancellationTerms.policy())
            .settle(contract(), Cancellation.of(ContractStage.SUBSCRIPTION, Fault.BOTH));
    assertThat(d.explanation().toString()).contains("paid CNY 0.00: nothing");
  }

  @Test
  void costsIncurredAreStatedOnlyWhenThereAreAny() {
    Settlement sources = Settlement.of(PropertyOfficeCancellationTerms.policy());
    Cancellation withCosts =
        Cancellation.builder()
            .stage(ContractStage.CONTRACT_SIGNED)
            .fault(Fault.BUYER)
            .addCostsIncurred(IncurredCost.of("agency fee", cny("5000.00")))
            .build();
    assertThat(sources.settle(signed(), withCosts).explanation().fired("settlement.incurred-costs"))
        .isTrue();
    assertThat(
            sources
                .settle(signed(), Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.BUYER))
                .explanation()
                .fired("settlement.incurred-costs"))
        .isFalse();
  }

  @Test
  void onTheSellersDefaultTheBuyerTakesTheGreaterOfTheDoubledDepositAndTheDamages() {
    // doubled deposit 50,000.00 against damages of 10% x 1,000,000.00 = 100,000.00
    SettlementDecision d =
        Settlement.of(withDamages("10%"))
            .settle(signed(), Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.SELLER));
    assertThat(d.explanation().toString())
        .contains(
            "deposit penalty CNY 50000.00 and liquidated damages CNY 100000.00 are not cumulative;"
                + " the buyer takes the greater");
    assertThat(d.compensationFromSeller()).isEqualTo(cny("100000.00"));
  }
}
