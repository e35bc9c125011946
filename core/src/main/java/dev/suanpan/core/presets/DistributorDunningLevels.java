package dev.suanpan.core.presets;

import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.receivables.dunning.DunningLevel;
import dev.suanpan.core.receivables.dunning.DunningPolicy;
import dev.suanpan.core.receivables.dunning.DunningStage;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The dunning levels of a distributor's overdue receivables: reminded by sales (002 §(六)), then
 * charged interest and offset against commission (计息、抵扣提成, 002 第一篇 §5), then a payment order and a
 * lawsuit (申请支付令...起诉, 002 §(八)). 002 gives the steps, not their days or fees: the days here (1,
 * 31, 61, 91 and 181 days overdue) are an interpretation, no fee is charged, and interest runs from
 * the interest level on at {@link DistributorCreditTerms}' rate; each is a setting.
 */
public final class DistributorDunningLevels {
  private DistributorDunningLevels() {}

  /** The levels with {@link DistributorCreditTerms#policy()}'s currency and interest. */
  public static DunningPolicy policy() {
    return policy(DistributorCreditTerms.policy());
  }

  /** The levels with {@code credit}'s currency, interest and rounding. */
  public static DunningPolicy policy(CreditPolicy credit) {
    CurrencyUnit currency = credit.currency();
    return DunningPolicy.builder()
        .credit(credit)
        .addLevels(
            level(1, DunningStage.REMINDER, "dunning.reminder", false, currency),
            level(31, DunningStage.INTEREST, "dunning.interest", true, currency),
            level(61, DunningStage.COMMISSION_OFFSET, "dunning.commission-offset", true, currency),
            level(91, DunningStage.PAYMENT_ORDER, "dunning.payment-order", true, currency),
            level(181, DunningStage.LAWSUIT, "dunning.lawsuit", true, currency))
        .build();
  }

  private static DunningLevel level(
      int days, DunningStage stage, String key, boolean interest, CurrencyUnit currency) {
    return DunningLevel.builder()
        .fromDaysOverdue(days)
        .stage(stage)
        .textKey(key)
        .fee(Money.zero(currency))
        .chargesInterest(interest)
        .build();
  }
}
