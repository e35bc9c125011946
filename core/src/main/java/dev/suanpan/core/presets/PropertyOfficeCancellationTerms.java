package dev.suanpan.core.presets;

import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.core.settlement.cancellation.CancellationTerms;
import dev.suanpan.core.settlement.cancellation.DepositTreatment;
import dev.suanpan.core.settlement.cancellation.SettlementPolicy;
import dev.suanpan.money.Percent;

/**
 * The property sales office's cancellation terms (退房, 毁约; 004 篇6 §4, 篇7 §9 and §12) with the Civil
 * Code's deposit rules (art. 586-588).
 *
 * <ul>
 *   <li>Deposit cap 20% of the contract price; the excess is a prepayment.
 *   <li>Buyer's default: the deposit is forfeited; the buyer bears 100% of the costs actually
 *       incurred. Seller's default: the deposit is returned twofold; the buyer bears none of the
 *       costs. Both at fault: the deposit is returned and each bears its own costs (the buyer none
 *       of the seller's). The source gives no liquidated-damages rate, so none is set.
 *   <li>Deed tax and maintenance fund are refunded in full before registration; after registration
 *       the deed tax is refunded and the buyer signs a waiver of the maintenance fund (放弃维修基金的承诺书,
 *       004 篇6 §4), so it is kept.
 *   <li>Sign-off: {@link PropertyOfficeCancellationAuthority}, requested by {@link
 *       CompanyRoles#SALES_MANAGER}.
 * </ul>
 */
public final class PropertyOfficeCancellationTerms {
  private PropertyOfficeCancellationTerms() {}

  /** The settlement policy with the terms above. */
  public static SettlementPolicy policy() {
    return SettlementPolicy.builder()
        .depositCap(Percent.of(20))
        .termsAtEveryStage(
            Fault.BUYER,
            CancellationTerms.builder()
                .deposit(DepositTreatment.FORFEITED)
                .customerShareOfCosts(Percent.HUNDRED)
                .build())
        .termsAtEveryStage(Fault.SELLER, CancellationTerms.of(DepositTreatment.RETURNED_DOUBLE))
        .termsAtEveryStage(Fault.BOTH, CancellationTerms.of(DepositTreatment.RETURNED))
        .refundInFull(
            ContractStage.SUBSCRIPTION, PaymentKind.DEED_TAX, PaymentKind.MAINTENANCE_FUND)
        .refundInFull(
            ContractStage.CONTRACT_SIGNED, PaymentKind.DEED_TAX, PaymentKind.MAINTENANCE_FUND)
        .refundInFull(ContractStage.CONTRACT_REGISTERED, PaymentKind.DEED_TAX)
        .signOff(
            SignOff.of(PropertyOfficeCancellationAuthority.policy(), CompanyRoles.SALES_MANAGER))
        .build();
  }
}
