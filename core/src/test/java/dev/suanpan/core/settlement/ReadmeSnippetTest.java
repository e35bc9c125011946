package dev.suanpan.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.Percent;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The code of the README's settlement section, kept compiling and true. */
class ReadmeSnippetTest {
  @Test
  void theReadmeSnippetRunsAsPrinted() {
    // property cancellation after registration, the buyer withdraws
    Money price = Money.parse("CNY 1000000.00");
    SaleContract contract =
        SaleContract.builder()
            .reference("B2-1801")
            .customer(CustomerId.of("C-001"))
            .contractPrice(price)
            .addPayments(Payment.of(PaymentKind.DEPOSIT, Money.parse("CNY 50000.00")))
            .addPayments(Payment.of(PaymentKind.DOWN_PAYMENT, Money.parse("CNY 300000.00")))
            .addAllPayments(SourcePolicies.collectedOnBehalfAtSigning(price)) // 3% + 1%
            .build();
    SettlementResult r =
        Settlement.of(SourcePolicies.propertyCancellation())
            .settle(contract, Cancellation.of(ContractStage.CONTRACT_REGISTERED, Fault.BUYER));
    // r.refund() = CNY 330000.00 (down payment + deed tax); r.totalRetained() = CNY 60000.00
    // (deposit forfeited, maintenance fund waived); r.requiredApprover() = General manager
    // r.explanation() prints one line per rule: [settlement.deposit-forfeited] ...
    assertThat(r.refund()).isEqualTo(Money.parse("CNY 330000.00"));
    assertThat(r.totalRetained()).isEqualTo(Money.parse("CNY 60000.00"));
    assertThat(r.requiredApprover()).contains(SourcePolicies.GENERAL_MANAGER);

    // complaint compensation by tier, loss charged to the responsible storekeeper
    CompensationDecision c =
        ComplaintCompensation.of(SourcePolicies.complaintCompensation())
            .decide(
                Complaint.builder()
                    .reference("KS-031")
                    .customer(CustomerId.of("C-88"))
                    .compensation(Money.parse("CNY 3000.00"))
                    .addResponsible(
                        Responsibility.of(
                            ResponsibleParty.staff(PersonId.of("S-07")), Percent.HUNDRED))
                    .build());
    // c.requiredApprover() = Deputy general manager; c.deductions() = [staff S-07 CNY 3000.00]
    assertThat(c.requiredApprover()).contains(SourcePolicies.DEPUTY_GENERAL_MANAGER);
    assertThat(c.totalDeducted()).isEqualTo(Money.parse("CNY 3000.00"));

    // return one of two units, at the price paid after the document discount
    Sale sale =
        Sale.builder()
            .reference("XS-0518")
            .customer(CustomerId.of("C-12"))
            .soldOn(LocalDate.parse("2024-05-06"))
            .addLines(
                SoldLine.builder()
                    .lineId("1")
                    .description("air conditioner")
                    .quantity(BigDecimal.valueOf(2))
                    .amount(Money.parse("CNY 9040.00"))
                    .vatRate(VatRate.STANDARD_13)
                    .build())
            .documentDiscount(Money.parse("CNY 904.00"))
            .build();
    ReturnDecision back =
        GoodsReturn.of(SourcePolicies.goodsReturns())
            .settle(
                sale,
                ReturnRequest.builder()
                    .returnedOn(LocalDate.parse("2024-05-09"))
                    .reason(ReturnReason.QUALITY_DEFECT)
                    .addLines(ReturnLine.of("1", 1))
                    .build());
    // back.refund() = CNY 4068.00 = net CNY 3600.00 + VAT CNY 468.00 on the credit note
    assertThat(back.refund()).isEqualTo(Money.parse("CNY 4068.00"));
    assertThat(back.netCredited()).isEqualTo(Money.parse("CNY 3600.00"));
    assertThat(back.vatCredited()).isEqualTo(Money.parse("CNY 468.00"));
  }
}
