package dev.suanpan.core.settlement.complaint;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * How complaint compensation is approved and charged (客户投诉金额核决权限, 罚扣的判定基准): the amount tiers and
 * their approvers, the role that files the compensation (customer service), the share of a
 * complaint's loss charged to the responsible staff or departments, and an optional cap on what one
 * member of staff is charged. {@link dev.suanpan.core.presets.ComplaintCompensationTiers} is the
 * policy of 001 第二十七条.
 *
 * <p>The tiers become an {@link AuthorityPolicy} ({@link #authority()}): each tier's approver
 * reports to the next tier's, the requester to the lowest, and each approver may grant up to the
 * top of its tier (the top tier without limit). So a compensation is routed with {@link
 * AuthorityPolicy#route} like every other request, and users can check it with the testkit's
 * authority checks.
 *
 * <p>Validated when built. Tiers are compared at the currency's minor unit: {@code lessThan(1000)}
 * ends at 999.99 and {@code closed(1000, 5000)} starts at 1000.00. It fails, naming the tiers and
 * amounts, when there are no tiers, the tiers mix currencies, the first does not start at zero, two
 * tiers overlap or leave a gap, a tier holds no amount, the last has an upper bound, a role
 * approves two tiers or is also the requester, the charged share is outside 0%-100%, or the staff
 * cap is negative or in another currency. The tiers are kept lowest amounts first, whatever the
 * order they were given in. Immutable and thread-safe.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CompensationPolicy {
  /** The approval subject of complaint compensation. */
  public static final Subject COMPLAINT_COMPENSATION = Subject.of("complaint-compensation");

  /** The tiers, lowest amounts first. */
  public abstract ImmutableList<ApprovalTier> tiers();

  /** The role that files compensation requests. */
  public abstract Role requester();

  /** The share of a complaint's loss charged to the responsible parties; 100% unless set. */
  @Value.Default
  public Percent chargedShare() {
    return Percent.HUNDRED;
  }

  /** The most one member of staff is charged for one complaint, if capped. */
  public abstract Optional<Money> staffCap();

  /** How computed amounts are rounded; {@link Rounding#FEN} unless set. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects tiers and charging rules; rejects what {@link CompensationPolicy} rejects. */
  public static final class Builder extends ImmutableCompensationPolicy.Builder {
    Builder() {}

    /** Adds a tier: amounts in {@code amounts} are approved by {@code approver}. */
    public Builder tier(Range<Money> amounts, Role approver) {
      addTier(ApprovalTier.of(amounts, approver));
      return this;
    }
  }

  /**
   * The authority policy derived from the tiers, on {@link #COMPLAINT_COMPENSATION}: each tier's
   * approver reports to the next tier's and may grant up to the top of its tier, the top tier
   * without limit; the requester reports to the lowest tier's approver.
   */
  @Value.Lazy
  public AuthorityPolicy authority() {
    AuthorityPolicy.Builder auth = AuthorityPolicy.builder();
    Role above = null;
    for (ApprovalTier t : tiers().reverse()) {
      if (above == null) {
        auth.role(t.approver());
        auth.limit(t.approver(), COMPLAINT_COMPENSATION, Limit.unlimitedAuthority());
      } else {
        auth.role(t.approver(), above);
        auth.limit(t.approver(), COMPLAINT_COMPENSATION, Limit.upToAmount(highest(t).get()));
      }
      above = t.approver();
    }
    auth.role(requester(), above);
    return auth.build();
  }

  /** The role that approves compensation of {@code amount}: the lowest tier covering it. */
  public Role approverFor(Money amount) {
    Arguments.nonNegative(amount, "amount");
    return authority()
        .lowestRoleCovering(AuthorityRequest.ofAmount(COMPLAINT_COMPENSATION, amount))
        .orElseThrow();
  }

  @Override
  public String toString() {
    return "CompensationPolicy tiers "
        + tiers()
        + ", requested by "
        + requester()
        + ", charged share "
        + chargedShare()
        + staffCap().map(c -> ", staff cap " + c).orElse("");
  }

  /** Validates the policy and keeps its tiers lowest amounts first. */
  @Value.Check
  protected CompensationPolicy check() {
    Arguments.notEmpty(tiers(), "tiers");
    Arguments.share(chargedShare(), "chargedShare");
    staffCap().ifPresent(c -> Arguments.nonNegative(c, "staffCap"));
    CurrencyUnit currency = currencyOf(tiers());
    if (currency != null) {
      staffCap().ifPresent(c -> Arguments.inCurrency(c, currency, "staffCap"));
    }
    checkApprovers();
    List<ApprovalTier> sorted = new ArrayList<>(tiers());
    if (currency != null) {
      sorted.sort(Comparator.comparing(t -> lowest(t, currency)));
      checkStartsAtZero(sorted, currency);
      checkEachHoldsAnAmount(sorted, currency);
      checkAdjoining(sorted, currency);
    }
    ApprovalTier top = sorted.get(sorted.size() - 1);
    Arguments.check(
        !top.amounts().hasUpperBound(),
        "the highest tier %s must have no upper bound, so every amount has an approver",
        top);
    if (sorted.equals(tiers())) {
      return this;
    }
    return builder().from(this).tiers(sorted).build();
  }

  /** Each tier has its own approver, who is not the requester. */
  private void checkApprovers() {
    Set<Role> approvers = new HashSet<>();
    for (ApprovalTier t : tiers()) {
      Arguments.check(
          approvers.add(t.approver()), "role %s approves more than one tier", t.approver().code());
      Arguments.check(
          !t.approver().equals(requester()),
          "the requester %s may not also approve the tier %s",
          requester().code(),
          t);
    }
  }

  private static void checkStartsAtZero(List<ApprovalTier> sorted, CurrencyUnit currency) {
    Money zero = Money.zero(currency);
    Arguments.check(
        sorted.get(0).amounts().contains(zero),
        "the lowest tier %s must start at %s",
        sorted.get(0),
        zero);
  }

  private static void checkEachHoldsAnAmount(List<ApprovalTier> sorted, CurrencyUnit currency) {
    for (ApprovalTier t : sorted) {
      Optional<Money> high = highest(t);
      Arguments.check(
          high.isEmpty() || !lowest(t, currency).isGreaterThan(high.get()),
          "tier %s holds no amount",
          t);
    }
  }

  /** Each tier starts one minor unit after the one below it ends: no overlap and no gap. */
  private static void checkAdjoining(List<ApprovalTier> sorted, CurrencyUnit currency) {
    for (int i = 0; i + 1 < sorted.size(); i++) {
      ApprovalTier a = sorted.get(i);
      ApprovalTier b = sorted.get(i + 1);
      Money aHigh = highest(a).orElse(null);
      Money bLow = lowest(b, currency);
      Arguments.check(
          aHigh != null && !bLow.isLessThan(aHigh) && !bLow.equals(aHigh),
          "tiers %s and %s overlap",
          a,
          b);
      Money next = aHigh.plus(Money.ofMinor(currency, 1));
      Arguments.check(
          bLow.equals(next),
          "tiers %s and %s leave a gap from %s to %s",
          a,
          b,
          next,
          bLow.minus(Money.ofMinor(currency, 1)));
    }
  }

  /** The one currency of the tiers' endpoints; null when no tier has an endpoint. */
  private static CurrencyUnit currencyOf(List<ApprovalTier> tiers) {
    CurrencyUnit currency = null;
    for (ApprovalTier t : tiers) {
      Range<Money> r = t.amounts();
      List<Money> ends = new ArrayList<>();
      if (r.hasLowerBound()) {
        ends.add(r.lowerEndpoint());
      }
      if (r.hasUpperBound()) {
        ends.add(r.upperEndpoint());
      }
      for (Money m : ends) {
        if (currency == null) {
          currency = m.getCurrencyUnit();
        }
        Arguments.inCurrency(m, currency, "tier " + t + " endpoint");
      }
    }
    return currency;
  }

  private static Money lowest(ApprovalTier t, CurrencyUnit currency) {
    Range<Money> r = t.amounts();
    if (!r.hasLowerBound()) {
      return Money.zero(currency);
    }
    return r.lowerBoundType() == BoundType.CLOSED
        ? r.lowerEndpoint()
        : r.lowerEndpoint().plus(Money.ofMinor(currency, 1));
  }

  private static Optional<Money> highest(ApprovalTier t) {
    Range<Money> r = t.amounts();
    if (!r.hasUpperBound()) {
      return Optional.empty();
    }
    Money u = r.upperEndpoint();
    return Optional.of(
        r.upperBoundType() == BoundType.CLOSED
            ? u
            : u.minus(Money.ofMinor(u.getCurrencyUnit(), 1)));
  }
}
