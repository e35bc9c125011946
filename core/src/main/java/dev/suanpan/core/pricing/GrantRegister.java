package dev.suanpan.core.pricing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The file of discounts and allowances granted (归档备查), in one currency, with summaries by reason,
 * customer and approver. Immutable: {@link #with(DiscountGrant)} returns a new register.
 *
 * <p>Rejects grants in another currency than the register's and a period whose end is before its
 * start.
 */
public final class GrantRegister {
  private final CurrencyUnit currency;
  private final ImmutableList<DiscountGrant> grants;

  private GrantRegister(CurrencyUnit currency, ImmutableList<DiscountGrant> grants) {
    this.currency = currency;
    this.grants = grants;
  }

  /** A register in {@code currency} with no grants. */
  public static GrantRegister empty(CurrencyUnit currency) {
    return new GrantRegister(Arguments.notNull(currency, "currency"), ImmutableList.of());
  }

  /** A register in {@code currency} holding {@code grants}, in order. */
  public static GrantRegister of(CurrencyUnit currency, List<DiscountGrant> grants) {
    Arguments.notNull(currency, "currency");
    Arguments.notNull(grants, "grants");
    for (int i = 0; i < grants.size(); i++) {
      DiscountGrant g = Arguments.notNull(grants.get(i), "grants[" + i + "]");
      Arguments.inCurrency(g.amount(), currency, "grants[" + i + "].amount");
    }
    return new GrantRegister(currency, ImmutableList.copyOf(grants));
  }

  /** A new register with {@code grant} added at the end. */
  public GrantRegister with(DiscountGrant grant) {
    Arguments.notNull(grant, "grant");
    Arguments.inCurrency(grant.amount(), currency, "grant.amount");
    return new GrantRegister(
        currency, ImmutableList.<DiscountGrant>builder().addAll(grants).add(grant).build());
  }

  /** The register's currency. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The grants, in the order filed. */
  public ImmutableList<DiscountGrant> grants() {
    return grants;
  }

  /** The grants dated from {@code from} to {@code to}, both inclusive. */
  public GrantRegister between(LocalDate from, LocalDate to) {
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    Arguments.check(!to.isBefore(from), "to %s must not be before from %s", to, from);
    return new GrantRegister(
        currency,
        grants.stream()
            .filter(g -> !g.date().isBefore(from) && !g.date().isAfter(to))
            .collect(ImmutableList.toImmutableList()));
  }

  /** The totals of all grants. */
  public GrantSummary total() {
    GrantSummary s = GrantSummary.none(Money.zero(currency));
    for (DiscountGrant g : grants) {
      s = s.plus(g);
    }
    return s;
  }

  /** The totals per reason, in the order each reason first appears. */
  public ImmutableMap<String, GrantSummary> byReason() {
    return summarise(DiscountGrant::reason);
  }

  /** The totals per customer, in the order each customer first appears. */
  public ImmutableMap<CustomerId, GrantSummary> byCustomer() {
    return summarise(DiscountGrant::customer);
  }

  /** The totals per approver, in the order each approver first appears. */
  public ImmutableMap<PersonId, GrantSummary> byApprover() {
    return summarise(DiscountGrant::approver);
  }

  private <K> ImmutableMap<K, GrantSummary> summarise(Function<DiscountGrant, K> key) {
    Map<K, GrantSummary> out = new LinkedHashMap<>();
    GrantSummary none = GrantSummary.none(Money.zero(currency));
    for (DiscountGrant g : grants) {
      out.merge(key.apply(g), none.plus(g), (a, b) -> a.plus(g));
    }
    return ImmutableMap.copyOf(out);
  }

  @Override
  public String toString() {
    return "grant register (" + currency + "): " + total();
  }
}
