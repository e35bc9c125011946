package dev.suanpan.core.presets;

import static dev.suanpan.core.presets.CompanyRoles.CUSTOMER_SERVICE_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.DEPUTY_GENERAL_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.GENERAL_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.SALES_DEPARTMENT_MANAGER;

import com.google.common.collect.Range;
import dev.suanpan.core.settlement.complaint.CompensationPolicy;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The approval tiers of complaint compensation (客户投诉金额核决权限, 001 第二十七条): under 1,000 yuan the sales
 * department manager, 1,000 to 5,000 yuan inclusive the deputy general manager, over 5,000 yuan the
 * general manager; filed by the customer service manager (001 第二十条). The source gives no penalty
 * standard (罚扣的判定基准, 001 第二十五条) beyond losses from staff error being borne by the individual
 * (counter sales, 004 篇9), so the whole loss is charged to those held responsible, without a cap.
 */
public final class ComplaintCompensationTiers {
  private ComplaintCompensationTiers() {}

  /** The compensation policy with the tiers above, in CNY. */
  public static CompensationPolicy policy() {
    return CompensationPolicy.builder()
        .tier(Range.lessThan(yuan(1000)), SALES_DEPARTMENT_MANAGER)
        .tier(Range.closed(yuan(1000), yuan(5000)), DEPUTY_GENERAL_MANAGER)
        .tier(Range.greaterThan(yuan(5000)), GENERAL_MANAGER)
        .requester(CUSTOMER_SERVICE_MANAGER)
        .chargedShare(Percent.HUNDRED)
        .build();
  }

  private static Money yuan(long amount) {
    return Money.of(CurrencyUnit.of("CNY"), BigDecimal.valueOf(amount));
  }
}
