package dev.suanpan.core.presets;

import static dev.suanpan.core.presets.CompanyRoles.CREDIT_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.CREDIT_OFFICER;
import static dev.suanpan.core.presets.CompanyRoles.FINANCE_DEPUTY_GM;
import static dev.suanpan.core.presets.CompanyRoles.GENERAL_MANAGER;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.credit.CreditPolicy;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Who approves credit beyond the limit, bad-debt write-offs and bad-debt provisions in a
 * distributor. 002 requires approval "by someone with the matching authority", kept apart from
 * sales (赊销...经具有相应权限的人员审批, 002 §(六); 坏账...按照权限范围和审批程序进行审批, 002 §(八)) and name no amounts: the
 * amounts here are an interpretation, each a setting of the policy.
 *
 * <p>The {@link CompanyRoles#CREDIT_OFFICER credit officer} raises the requests and may approve no
 * excess; the {@link CompanyRoles#CREDIT_MANAGER credit manager} approves an excess up to CNY
 * 20,000.00, the {@link CompanyRoles#FINANCE_DEPUTY_GM finance deputy general manager} up to CNY
 * 100,000.00 and the {@link CompanyRoles#GENERAL_MANAGER general manager} any excess. Write-offs
 * and a period's provision adjustment: the credit manager up to CNY 5,000.00, the finance deputy
 * general manager up to CNY 50,000.00, the general manager any amount.
 */
public final class DistributorCreditAuthority {
  private DistributorCreditAuthority() {}

  /**
   * The authority policy on {@link CreditPolicy#CREDIT_EXCESS}, {@link
   * CreditPolicy#BAD_DEBT_WRITE_OFF} and {@link CreditPolicy#BAD_DEBT_PROVISION}: the credit
   * officer reports to the credit manager, who reports to the finance deputy general manager, who
   * reports to the general manager.
   */
  public static AuthorityPolicy policy() {
    CurrencyUnit cny = CurrencyUnit.of("CNY");
    return AuthorityPolicy.builder()
        .role(GENERAL_MANAGER)
        .role(FINANCE_DEPUTY_GM, GENERAL_MANAGER)
        .role(CREDIT_MANAGER, FINANCE_DEPUTY_GM)
        .role(CREDIT_OFFICER, CREDIT_MANAGER)
        .limit(GENERAL_MANAGER, CreditPolicy.CREDIT_EXCESS, Limit.unlimitedAuthority())
        .limit(FINANCE_DEPUTY_GM, CreditPolicy.CREDIT_EXCESS, upTo(cny, 100_000L))
        .limit(CREDIT_MANAGER, CreditPolicy.CREDIT_EXCESS, upTo(cny, 20_000L))
        .limit(CREDIT_OFFICER, CreditPolicy.CREDIT_EXCESS, Limit.upToAmount(Money.zero(cny)))
        .limit(GENERAL_MANAGER, CreditPolicy.BAD_DEBT_WRITE_OFF, Limit.unlimitedAuthority())
        .limit(FINANCE_DEPUTY_GM, CreditPolicy.BAD_DEBT_WRITE_OFF, upTo(cny, 50_000L))
        .limit(CREDIT_MANAGER, CreditPolicy.BAD_DEBT_WRITE_OFF, upTo(cny, 5_000L))
        .limit(GENERAL_MANAGER, CreditPolicy.BAD_DEBT_PROVISION, Limit.unlimitedAuthority())
        .limit(FINANCE_DEPUTY_GM, CreditPolicy.BAD_DEBT_PROVISION, upTo(cny, 50_000L))
        .limit(CREDIT_MANAGER, CreditPolicy.BAD_DEBT_PROVISION, upTo(cny, 5_000L))
        .build();
  }

  private static Limit upTo(CurrencyUnit currency, long major) {
    return Limit.upToAmount(Money.ofMajor(currency, major));
  }
}
