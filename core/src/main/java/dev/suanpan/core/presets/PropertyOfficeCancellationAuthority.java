package dev.suanpan.core.presets;

import static dev.suanpan.core.presets.CompanyRoles.GENERAL_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.CompanyRoles.SALES_MANAGER;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.settlement.cancellation.SettlementPolicy;

/**
 * The property sales office's authority over cancellations (退房, 毁约; 004 篇7 §9.4, §12.2): the sales
 * manager files the request; before the formal contract the marketing director approves; after it,
 * and for a special cancellation (特殊退房), it goes through the marketing director to the general
 * manager.
 */
public final class PropertyOfficeCancellationAuthority {
  private PropertyOfficeCancellationAuthority() {}

  /**
   * The authority policy: {@link CompanyRoles#SALES_MANAGER} reports to {@link
   * CompanyRoles#MARKETING_DIRECTOR}, who reports to {@link CompanyRoles#GENERAL_MANAGER}, on the
   * subjects of {@link SettlementPolicy}.
   */
  public static AuthorityPolicy policy() {
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
}
