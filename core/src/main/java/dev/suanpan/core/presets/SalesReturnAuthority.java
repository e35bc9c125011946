package dev.suanpan.core.presets;

import static dev.suanpan.core.presets.CompanyRoles.CUSTOMER_SERVICE_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.GENERAL_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.SALES_VICE_PRESIDENT;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.settlement.returns.ReturnPolicy;

/**
 * Who signs off sales returns (002 §(七): returns need approval by someone with authority): the
 * customer service manager files the product return note (产品退货单) and the sales vice president
 * approves it (001 第二十九条), the general manager above.
 */
public final class SalesReturnAuthority {
  private SalesReturnAuthority() {}

  /**
   * The authority policy: {@link CompanyRoles#CUSTOMER_SERVICE_MANAGER} reports to {@link
   * CompanyRoles#SALES_VICE_PRESIDENT}, who reports to {@link CompanyRoles#GENERAL_MANAGER}, on
   * {@link ReturnPolicy#SALES_RETURN}.
   */
  public static AuthorityPolicy policy() {
    return AuthorityPolicy.builder()
        .role(GENERAL_MANAGER)
        .role(SALES_VICE_PRESIDENT, GENERAL_MANAGER)
        .role(CUSTOMER_SERVICE_MANAGER, SALES_VICE_PRESIDENT)
        .limit(GENERAL_MANAGER, ReturnPolicy.SALES_RETURN, Limit.unlimitedAuthority())
        .limit(SALES_VICE_PRESIDENT, ReturnPolicy.SALES_RETURN, Limit.unlimitedAuthority())
        .build();
  }
}
