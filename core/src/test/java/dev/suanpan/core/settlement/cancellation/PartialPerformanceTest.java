package dev.suanpan.core.settlement.cancellation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.PropertyOfficeCancellationTerms;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A cancellation after part of the contract was performed: the deposit rule applies to the
 * unperformed part only (Civil Code art. 587; 最高人民法院《关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》 art. 68, and
 * before it 《关于适用〈中华人民共和国担保法〉若干问题的解释》 art. 120: 当事人一方不完全履行合同的, 应当按照未履行部分所占合同约定内容的比例, 适用定金罚则).
 * Figures worked by hand in the comments, on a contract of 100,000.00 with a deposit of 20,000.00
 * (exactly the 20% cap) and a down payment of 30,000.00, under the property office's terms (deposit
 * forfeited on the buyer's default, returned twofold on the seller's, no damages).
 */
class PartialPerformanceTest {
  static final Settlement SETTLEMENT = Settlement.of(PropertyOfficeCancellationTerms.policy());
  static final Money PRICE = cny("100000.00");

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static final SaleContract CONTRACT =
      SaleContract.builder()
          .reference("S-2024-07")
          .customer(CustomerId.of("C-9"))
          .contractPrice(PRICE)
          .addPayments(Payment.of(PaymentKind.DEPOSIT, cny("20000.00")))
          .addPayments(Payment.of(PaymentKind.DOWN_PAYMENT, cny("30000.00")))
          .build();

  static Cancellation performed(Fault fault, String value) {
    return Cancellation.builder()
        .stage(ContractStage.CONTRACT_SIGNED)
        .fault(fault)
        .performed(cny(value))
        .build();
  }

  @Test
  void aBuyerWhoTookAFifthForfeitsFourFifthsOfTheDeposit() {
    // 20,000.00 of 100,000.00 performed: the rule applies to 80%, 20,000.00 x 80,000 / 100,000 =
    // 16,000.00 forfeited. The 20,000.00 of goods delivered are paid out of what is still held,
    // 4,000.00 of deposit and 30,000.00 down payment, pro rata: 20,000 x 4/34 = 2,352.94 (fen
    // remainder .12) and 20,000 x 30/34 = 17,647.05 (remainder .88, takes the fen left) ->
    // 17,647.06. Refund 50,000.00 - 16,000.00 - 20,000.00 = 14,000.00: deposit 4,000.00 - 2,352.94
    // = 1,647.06 and down payment 30,000.00 - 17,647.06 = 12,352.94.
    SettlementDecision d = SETTLEMENT.settle(CONTRACT, performed(Fault.BUYER, "20000.00"));

    assertThat(d.retainedFor(RetentionReason.FORFEITED_DEPOSIT)).isEqualTo(cny("16000.00"));
    assertThat(d.retainedFor(RetentionReason.PERFORMED_PART)).isEqualTo(cny("20000.00"));
    assertThat(d.refundOf(PaymentKind.DEPOSIT)).isEqualTo(cny("1647.06"));
    assertThat(d.refundOf(PaymentKind.DOWN_PAYMENT)).isEqualTo(cny("12352.94"));
    assertThat(d.refund()).isEqualTo(cny("14000.00"));
    assertThat(d.chargesNotCovered().isZero()).isTrue();
    assertThat(d.explanation().toString())
        .contains(
            "[settlement.partial-performance] CNY 20000.00 of the CNY 100000.00 price was"
                + " performed; the deposit rule applies to the unperformed CNY 80000.00: CNY"
                + " 20000.00 x CNY 80000.00 / CNY 100000.00 = CNY 16000.00")
        .contains("CNY 16000.00 of the deposit of CNY 20000.00 is forfeited");
  }

  @Test
  void withNothingPerformedTheWholeDepositIsForfeitedAsBefore() {
    // 20,000.00 forfeited, 30,000.00 refunded.
    SettlementDecision d =
        SETTLEMENT.settle(CONTRACT, Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.BUYER));

    assertThat(d.retainedFor(RetentionReason.FORFEITED_DEPOSIT)).isEqualTo(cny("20000.00"));
    assertThat(d.refund()).isEqualTo(cny("30000.00"));
    assertThat(SETTLEMENT.settle(CONTRACT, performed(Fault.BUYER, "0.00"))).isEqualTo(d);
  }

  @Test
  void aSellerWhoDeliveredAFifthPaysTheDepositAgainOnTheUnperformedPartOnly() {
    // 60,000.00 of 100,000.00 performed: the seller pays 20,000.00 x 40% = 8,000.00 more as
    // compensation (not 20,000.00). It keeps the price of the 60,000.00 delivered, more than the
    // 50,000.00 paid: 10,000.00 is owed by the buyer, nothing is refunded.
    SettlementDecision d = SETTLEMENT.settle(CONTRACT, performed(Fault.SELLER, "60000.00"));

    assertThat(d.compensationFromSeller()).isEqualTo(cny("8000.00"));
    assertThat(d.retainedFor(RetentionReason.PERFORMED_PART)).isEqualTo(cny("50000.00"));
    assertThat(d.chargesNotCovered()).isEqualTo(cny("10000.00"));
    assertThat(d.refund()).isEqualTo(cny("0.00"));
  }

  @Test
  void thePerformedValueMustBeWithinThePriceAndInItsCurrency() {
    assertThatThrownBy(() -> SETTLEMENT.settle(CONTRACT, performed(Fault.BUYER, "100000.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cancellation.performed must not exceed the contract price")
        .hasMessageContaining("100000.01");
    assertThatThrownBy(() -> performed(Fault.BUYER, "-1.00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("performed");
    assertThatThrownBy(
            () ->
                SETTLEMENT.settle(
                    CONTRACT,
                    Cancellation.builder()
                        .stage(ContractStage.CONTRACT_SIGNED)
                        .fault(Fault.BUYER)
                        .performed(Money.parse("USD 10.00"))
                        .build()))
        .isInstanceOf(org.joda.money.CurrencyMismatchException.class);
  }

  @Property
  void moreDonePartNeverMakesTheDepositPenaltyLarger(
      @ForAll @LongRange(min = 0, max = 100_000_00L) long firstFen,
      @ForAll @LongRange(min = 0, max = 100_000_00L) long moreFen,
      @ForAll Fault fault) {
    long less = Math.min(firstFen, 100_000_00L);
    long more = Math.min(firstFen + moreFen, 100_000_00L);
    SettlementDecision a = SETTLEMENT.settle(CONTRACT, performed(fault, fen(less)));
    SettlementDecision b = SETTLEMENT.settle(CONTRACT, performed(fault, fen(more)));

    Money penaltyA =
        a.retainedFor(RetentionReason.FORFEITED_DEPOSIT).plus(a.compensationFromSeller());
    Money penaltyB =
        b.retainedFor(RetentionReason.FORFEITED_DEPOSIT).plus(b.compensationFromSeller());
    assertThat(penaltyB.isGreaterThan(penaltyA)).isFalse();
    assertThat(b.refund().plus(b.totalRetained())).isEqualTo(CONTRACT.totalPaid());
  }

  static String fen(long fen) {
    return Money.ofMinor(PRICE.getCurrencyUnit(), fen).getAmount().toPlainString();
  }
}
