package dev.suanpan.core.settlement.complaint;

import com.google.common.collect.Range;
import dev.suanpan.core.authority.Role;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * One band of an amount-tiered approval (核决权限): the amounts it covers and the role that approves
 * them. The complaint tiers of 001 第二十七条 ({@link
 * dev.suanpan.core.presets.ComplaintCompensationTiers}) are {@code Range.lessThan(1000)} for the
 * sales department manager, {@code Range.closed(1000, 5000)} for the deputy general manager and
 * {@code Range.greaterThan(5000)} for the general manager.
 *
 * <p>Rejects nulls; the tiers of a policy are checked together by {@link CompensationPolicy}.
 */
public record ApprovalTier(Range<Money> amounts, Role approver) {
  /** Validates both parts. */
  public ApprovalTier {
    Arguments.notNull(amounts, "amounts");
    Arguments.notNull(approver, "approver");
  }

  /** Amounts in {@code amounts} are approved by {@code approver}. */
  public static ApprovalTier of(Range<Money> amounts, Role approver) {
    return new ApprovalTier(amounts, approver);
  }

  @Override
  public String toString() {
    return amounts + " " + approver;
  }
}
