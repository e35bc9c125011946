package dev.suanpan.core.settlement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The sources' settlement policies, ready to use or to copy into a user's own configuration: the
 * roles they name, the property sales office's cancellation policy, and the rates collected on
 * behalf at signing. Where the sources give no number (liquidated damages, cost shares) the Javadoc
 * says which reading is used.
 */
public final class SourcePolicies {
  private SourcePolicies() {}

  /** 总经理. */
  public static final Role GENERAL_MANAGER = Role.of("GENERAL_MANAGER", "General manager");

  /** 营销总监. */
  public static final Role MARKETING_DIRECTOR = Role.of("MARKETING_DIRECTOR", "Marketing director");

  /** 销售经理 of the property sales office, who files the written cancellation request. */
  public static final Role SALES_MANAGER = Role.of("SALES_MANAGER", "Sales manager");

  /** 副总经理, who approves complaint compensation from 1,000 to 5,000 yuan. */
  public static final Role DEPUTY_GENERAL_MANAGER =
      Role.of("DEPUTY_GENERAL_MANAGER", "Deputy general manager");

  /** 销售部门经理, who approves complaint compensation under 1,000 yuan. */
  public static final Role SALES_DEPARTMENT_MANAGER =
      Role.of("SALES_DEPARTMENT_MANAGER", "Sales department manager");

  /** 客服经理, who handles every complaint and files the compensation. */
  public static final Role CUSTOMER_SERVICE_MANAGER =
      Role.of("CUSTOMER_SERVICE_MANAGER", "Customer service manager");

  /** 销售副总, who approves product return notes (产品退货单). */
  public static final Role SALES_VICE_PRESIDENT =
      Role.of("SALES_VICE_PRESIDENT", "Sales vice president");

  /** Deed tax collected on behalf at signing: 3% of the price (代收3%的契税). */
  public static final Percent DEED_TAX_RATE = Percent.of(3);

  /** Maintenance fund collected on behalf at signing: 1% of the price (1%的维修基金). */
  public static final Percent MAINTENANCE_FUND_RATE = Percent.of(1);

  /**
   * The property sales office's authority over cancellations: the sales manager files the request;
   * before the formal contract the marketing director approves; after it, and for special
   * cancellations, it goes through the marketing director to the general manager.
   */
  public static AuthorityPolicy propertyCancellationAuthority() {
    return AuthorityPolicy.builder()
        .role(GENERAL_MANAGER)
        .role(MARKETING_DIRECTOR, GENERAL_MANAGER)
        .role(SALES_MANAGER, MARKETING_DIRECTOR)
        .limit(GENERAL_MANAGER, SettlementPolicy.BEFORE_FORMAL_CONTRACT, Limit.unlimitedAuthority())
        .limit(GENERAL_MANAGER, SettlementPolicy.AFTER_FORMAL_CONTRACT, Limit.unlimitedAuthority())
        .limit(GENERAL_MANAGER, SettlementPolicy.SPECIAL_CANCELLATION, Limit.unlimitedAuthority())
        .limit(
            MARKETING_DIRECTOR, SettlementPolicy.BEFORE_FORMAL_CONTRACT, Limit.unlimitedAuthority())
        .build();
  }

  /**
   * The property cancellation policy of the sources (篇6, 篇7) with the Civil Code's deposit rules.
   *
   * <ul>
   *   <li>Deposit cap 20% of the contract price; the excess is a prepayment.
   *   <li>Buyer's default: the deposit is forfeited; the buyer bears 100% of the costs actually
   *       incurred. Seller's default: the deposit is returned twofold; the buyer bears none of the
   *       costs. Both at fault: the deposit is returned and each bears its own costs (the buyer
   *       none of the seller's). The sources give no liquidated-damages rate, so none is set.
   *   <li>Deed tax and maintenance fund are refunded in full before registration; after
   *       registration the deed tax is refunded and the buyer signs a waiver of the maintenance
   *       fund (放弃维修基金的承诺书), so it is kept.
   *   <li>Sign-off: {@link #propertyCancellationAuthority()}, requested by the sales manager.
   * </ul>
   */
  public static SettlementPolicy propertyCancellation() {
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
        .signOff(SignOff.of(propertyCancellationAuthority(), SALES_MANAGER))
        .build();
  }

  /**
   * The sources' complaint compensation policy (客户投诉金额核决权限, 001 第二十七条): under 1,000 yuan the sales
   * department manager, 1,000 to 5,000 yuan inclusive the deputy general manager, over 5,000 yuan
   * the general manager; requested by the customer service manager. The sources give no penalty
   * standard (罚扣的判定基准) beyond losses from staff error being borne by the individual (counter sales,
   * 篇4), so the whole loss is charged to those held responsible, without a cap.
   */
  public static CompensationPolicy complaintCompensation() {
    return CompensationPolicy.builder()
        .tier(Range.lessThan(yuan(1000)), SALES_DEPARTMENT_MANAGER)
        .tier(Range.closed(yuan(1000), yuan(5000)), DEPUTY_GENERAL_MANAGER)
        .tier(Range.greaterThan(yuan(5000)), GENERAL_MANAGER)
        .requester(CUSTOMER_SERVICE_MANAGER)
        .chargedShare(Percent.HUNDRED)
        .build();
  }

  /**
   * Who signs off sales returns: the customer service manager files the product return note (产品退货单)
   * and the sales vice president approves it (001 第二十九条), the general manager above.
   */
  public static AuthorityPolicy salesReturnAuthority() {
    return AuthorityPolicy.builder()
        .role(GENERAL_MANAGER)
        .role(SALES_VICE_PRESIDENT, GENERAL_MANAGER)
        .role(CUSTOMER_SERVICE_MANAGER, SALES_VICE_PRESIDENT)
        .limit(GENERAL_MANAGER, ReturnPolicy.SALES_RETURN, Limit.unlimitedAuthority())
        .limit(SALES_VICE_PRESIDENT, ReturnPolicy.SALES_RETURN, Limit.unlimitedAuthority())
        .build();
  }

  /**
   * The sources' returns policy: goods returned for a quality problem or damaged in transit are
   * refunded in full (the customer is compensated first, 000 ⑻), and every return is approved by
   * the sales vice president ({@link #salesReturnAuthority()}). The sources name the three
   * guarantees (三包) without a period, so the national 7-day refund period is the window. They give
   * no restocking or damage rate: a change of mind or damage by the customer is deducted nothing
   * until a user's own policy sets {@link ReturnPolicy#deductions()}.
   */
  public static ReturnPolicy goodsReturns() {
    return ReturnPolicy.builder()
        .returnWindowDays(7)
        .signOff(SignOff.of(salesReturnAuthority(), CUSTOMER_SERVICE_MANAGER))
        .build();
  }

  private static Money yuan(long amount) {
    return Money.of(CurrencyUnit.of("CNY"), BigDecimal.valueOf(amount));
  }

  /**
   * The amounts collected on behalf at signing for a unit of {@code price}: deed tax 3% and
   * maintenance fund 1%, each rounded to the fen.
   */
  public static ImmutableList<Payment> collectedOnBehalfAtSigning(Money price) {
    Arguments.positive(price, "price");
    return ImmutableList.of(
        Payment.of(PaymentKind.DEED_TAX, DEED_TAX_RATE.of(price, Rounding.FEN)),
        Payment.of(PaymentKind.MAINTENANCE_FUND, MAINTENANCE_FUND_RATE.of(price, Rounding.FEN)));
  }
}
