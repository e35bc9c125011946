package dev.suanpan.core.presets;

import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.core.settlement.returns.ReturnPolicy;

/**
 * The terms for returned goods: goods returned for a quality problem or damaged in transit are
 * refunded in full (the customer is compensated first, 000 ⑻; 001 第二十九条), and every return is
 * approved by the sales vice president ({@link SalesReturnAuthority}). 001 and 000 name the three
 * guarantees (三包) without a period, so the national 7-day refund period is the window. They give no
 * restocking or damage rate: a change of mind or damage by the customer is deducted nothing until a
 * user's own policy sets {@link ReturnPolicy#deductions()}.
 */
public final class SalesReturnTerms {
  private SalesReturnTerms() {}

  /**
   * The return policy: a 7-day window (the national refund period, not the sources'), no
   * deductions, filed by the customer service manager.
   */
  public static ReturnPolicy policy() {
    return ReturnPolicy.builder()
        .returnWindowDays(7)
        .signOff(SignOff.of(SalesReturnAuthority.policy(), CompanyRoles.CUSTOMER_SERVICE_MANAGER))
        .build();
  }
}
