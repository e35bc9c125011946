package dev.suanpan.core.pricing;

import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.authority.Role;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts a quota on special grants is checked against, told to the engine by the caller (the
 * engine keeps no state): the cases of the period so far, counting the one being priced (the
 * period's subscriptions, 认购客户), and how many special discounts each role has approved in the
 * period before this one.
 *
 * <p>A role with a quota of {@code q} may approve a special discount when, with this one, its
 * grants stay within {@code q} of the cases: a sales manager with a 15% quota may approve the 15th
 * of 100 subscriptions, not the 16th.
 *
 * <p>Rejects a negative count and a null role.
 */
public record QuotaCounts(long cases, ImmutableMap<Role, Long> grantsByRole) {
  /** Validates the counts. */
  public QuotaCounts {
    Arguments.nonNegative(cases, "cases");
    Arguments.notNull(grantsByRole, "grantsByRole");
    grantsByRole.forEach((r, n) -> Arguments.nonNegative(n, "grants by " + r.code()));
  }

  /** {@code cases} cases in the period so far and no grants yet. */
  public static QuotaCounts of(long cases) {
    return new QuotaCounts(cases, ImmutableMap.of());
  }

  /** These counts with {@code role}'s grants in the period set to {@code grants}. */
  public QuotaCounts withGrants(Role role, long grants) {
    Arguments.notNull(role, "role");
    Map<Role, Long> next = new LinkedHashMap<>(grantsByRole);
    next.put(role, grants);
    return new QuotaCounts(cases, ImmutableMap.copyOf(next));
  }

  /** The special discounts {@code role} has approved in the period so far. */
  public long grantsBy(Role role) {
    return grantsByRole.getOrDefault(Arguments.notNull(role, "role"), 0L);
  }

  /** The most grants a quota of {@code quota} allows over these cases (rounded down). */
  public long allowedBy(Percent quota) {
    Arguments.notNull(quota, "quota");
    return quota
        .fraction()
        .multiply(BigDecimal.valueOf(cases))
        .setScale(0, RoundingMode.FLOOR)
        .longValueExact();
  }

  /** True if one more grant by {@code role} would go beyond {@code quota} of the cases. */
  public boolean oneMoreExceeds(Role role, Percent quota) {
    return grantsBy(role) + 1 > allowedBy(quota);
  }
}
