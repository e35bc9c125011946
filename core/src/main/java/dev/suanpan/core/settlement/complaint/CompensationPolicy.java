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
 * cap is negative or in another currency. Immutable and thread-safe.
 */
public final class CompensationPolicy {
  /** The approval subject of complaint compensation. */
  public static final Subject COMPLAINT_COMPENSATION = Subject.of("complaint-compensation");

  private final ImmutableList<ApprovalTier> tiers;
  private final Role requester;
  private final AuthorityPolicy authority;
  private final Percent chargedShare;
  private final Optional<Money> staffCap;
  private final Rounding rounding;

  private CompensationPolicy(
      ImmutableList<ApprovalTier> tiers,
      Role requester,
      AuthorityPolicy authority,
      Percent chargedShare,
      Optional<Money> staffCap,
      Rounding rounding) {
    this.tiers = tiers;
    this.requester = requester;
    this.authority = authority;
    this.chargedShare = chargedShare;
    this.staffCap = staffCap;
    this.rounding = rounding;
  }

  /** A builder; the charged share starts at 100%, no staff cap, rounding {@link Rounding#FEN}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The tiers, lowest amounts first. */
  public ImmutableList<ApprovalTier> tiers() {
    return tiers;
  }

  /** The role that files compensation requests. */
  public Role requester() {
    return requester;
  }

  /** The authority policy derived from the tiers, on {@link #COMPLAINT_COMPENSATION}. */
  public AuthorityPolicy authority() {
    return authority;
  }

  /** The share of a complaint's loss charged to the responsible parties. */
  public Percent chargedShare() {
    return chargedShare;
  }

  /** The most one member of staff is charged for one complaint, if capped. */
  public Optional<Money> staffCap() {
    return staffCap;
  }

  /** How computed amounts are rounded. */
  public Rounding rounding() {
    return rounding;
  }

  /** The role that approves compensation of {@code amount}: the lowest tier covering it. */
  public Role approverFor(Money amount) {
    Arguments.nonNegative(amount, "amount");
    return authority
        .lowestRoleCovering(AuthorityRequest.ofAmount(COMPLAINT_COMPENSATION, amount))
        .orElseThrow();
  }

  @Override
  public String toString() {
    return "CompensationPolicy tiers "
        + tiers
        + ", requested by "
        + requester
        + ", charged share "
        + chargedShare
        + staffCap.map(c -> ", staff cap " + c).orElse("");
  }

  /** Collects tiers and charging rules; {@link #build()} validates them together. */
  public static final class Builder {
    private final List<ApprovalTier> tiers = new ArrayList<>();
    private Role requester;
    private Percent chargedShare = Percent.HUNDRED;
    private Money staffCap;
    private Rounding rounding = Rounding.FEN;

    private Builder() {}

    /** Adds a tier: amounts in {@code amounts} are approved by {@code approver}. */
    public Builder tier(Range<Money> amounts, Role approver) {
      tiers.add(ApprovalTier.of(amounts, approver));
      return this;
    }

    /** The role that files compensation requests (customer service). */
    public Builder requester(Role requester) {
      this.requester = Arguments.notNull(requester, "requester");
      return this;
    }

    /** The share of a complaint's loss charged to the responsible parties. */
    public Builder chargedShare(Percent share) {
      this.chargedShare = Arguments.notNull(share, "chargedShare");
      return this;
    }

    /**
     * The most one member of staff is charged for one complaint; the rest stays with the company.
     */
    public Builder staffCap(Money cap) {
      this.staffCap = Arguments.nonNegative(cap, "staffCap");
      return this;
    }

    /** How computed amounts are rounded. */
    public Builder rounding(Rounding rounding) {
      this.rounding = Arguments.notNull(rounding, "rounding");
      return this;
    }

    /**
     * Validates and builds the policy.
     *
     * @throws IllegalArgumentException naming the tiers and amounts that break the rules
     */
    public CompensationPolicy build() {
      Arguments.check(!tiers.isEmpty(), "tiers must not be empty");
      Arguments.notNull(requester, "requester");
      Arguments.check(
          !chargedShare.isNegative() && !chargedShare.isGreaterThan(Percent.HUNDRED),
          "chargedShare must be between 0%% and 100%%, was %s",
          chargedShare);
      CurrencyUnit currency = currencyOf(tiers);
      if (staffCap != null && currency != null) {
        Arguments.inCurrency(staffCap, currency, "staffCap");
      }
      List<ApprovalTier> sorted = new ArrayList<>(tiers);
      Set<Role> approvers = new HashSet<>();
      for (ApprovalTier t : sorted) {
        Arguments.check(
            approvers.add(t.approver()),
            "role %s approves more than one tier",
            t.approver().code());
        Arguments.check(
            !t.approver().equals(requester),
            "the requester %s may not also approve the tier %s",
            requester.code(),
            t);
      }
      if (currency != null) {
        sorted.sort(Comparator.comparing(t -> lowest(t, currency)));
        Money zero = Money.zero(currency);
        Arguments.check(
            sorted.get(0).amounts().contains(zero),
            "the lowest tier %s must start at %s",
            sorted.get(0),
            zero);
        for (ApprovalTier t : sorted) {
          Optional<Money> high = highest(t);
          Arguments.check(
              high.isEmpty() || !lowest(t, currency).isGreaterThan(high.get()),
              "tier %s holds no amount",
              t);
        }
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
      Arguments.check(
          !sorted.get(sorted.size() - 1).amounts().hasUpperBound(),
          "the highest tier %s must have no upper bound, so every amount has an approver",
          sorted.get(sorted.size() - 1));
      AuthorityPolicy.Builder auth = AuthorityPolicy.builder();
      Role above = null;
      for (int i = sorted.size() - 1; i >= 0; i--) {
        ApprovalTier t = sorted.get(i);
        if (above == null) {
          auth.role(t.approver());
          auth.limit(t.approver(), COMPLAINT_COMPENSATION, Limit.unlimitedAuthority());
        } else {
          auth.role(t.approver(), above);
          auth.limit(t.approver(), COMPLAINT_COMPENSATION, Limit.upToAmount(highest(t).get()));
        }
        above = t.approver();
      }
      auth.role(requester, above);
      return new CompensationPolicy(
          ImmutableList.copyOf(sorted),
          requester,
          auth.build(),
          chargedShare,
          Optional.ofNullable(staffCap),
          rounding);
    }

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
}
