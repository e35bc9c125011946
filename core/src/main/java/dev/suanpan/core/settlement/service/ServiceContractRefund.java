package dev.suanpan.core.settlement.service;

import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * Refunds a cancelled service contract (extended warranty, maintenance package) pro rata by a
 * {@link ServiceRefundPolicy}: the one verb is {@link #refund(ServiceContract, ServiceUse)}.
 *
 * <p>The rules, in order: {@link ServiceRefundRule#DAYS} (the price split by {@link Allocation}
 * into days used and days left, or, with the policy's {@link ServiceRefundPolicy#dailyRate() daily
 * rate}, the days left times the price per day rounded first), {@link ServiceRefundRule#SERVICES}
 * (the price split into services used and services left), {@link ServiceRefundRule#MONTHS} (the
 * months used times the monthly list price, at most the price), {@link ServiceRefundRule#BASIS}
 * (which the policy uses; with {@link RefundBasis#GREATER_USE} the split by days or by services
 * with the larger used value), {@link ServiceRefundRule#FEE} (the percent fee on the unused value
 * plus the handling fee, at most the unused value) and {@link ServiceRefundRule#REFUND}. Immutable
 * and thread-safe.
 */
public final class ServiceContractRefund {
  private final ServiceRefundPolicy policy;

  private ServiceContractRefund(ServiceRefundPolicy policy) {
    this.policy = policy;
  }

  /** An engine applying {@code policy}. */
  public static ServiceContractRefund of(ServiceRefundPolicy policy) {
    return new ServiceContractRefund(Arguments.notNull(policy, "policy"));
  }

  /**
   * The refund of {@code contract} cancelled with {@code use}.
   *
   * @throws IllegalArgumentException if the basis counts services and the contract includes none,
   *     if more services were used than included, or if the handling fee or the monthly list price
   *     is in another currency
   */
  public ServiceRefundDecision refund(ServiceContract contract, ServiceUse use) {
    Arguments.notNull(contract, "contract");
    Arguments.notNull(use, "use");
    Money price = contract.price();
    policy.handlingFee().ifPresent(f -> Arguments.sameCurrency(price, f, "handlingFee"));
    policy.monthlyListPrice().ifPresent(m -> Arguments.sameCurrency(price, m, "monthlyListPrice"));
    RefundBasis basis = policy.basis();
    boolean countsServices = basis == RefundBasis.BY_SERVICES || basis == RefundBasis.GREATER_USE;
    Arguments.check(
        !countsServices || contract.servicesIncluded().isPresent(),
        "basis %s counts services, but contract %s includes no number of services",
        basis,
        contract.reference());
    contract
        .servicesIncluded()
        .ifPresent(
            n ->
                Arguments.check(
                    use.servicesUsed() <= n,
                    "servicesUsed must be at most the %s included, was %s",
                    n,
                    use.servicesUsed()));
    Explanation.Builder why = Explanation.builder();
    Money used = used(why, contract, use);
    Money unused = price.minus(used);
    Money fee = policy.cancellationFee().of(unused, policy.rounding());
    if (policy.handlingFee().isPresent()) {
      fee = fee.plus(policy.handlingFee().get());
    }
    if (fee.isGreaterThan(unused)) {
      fee = unused;
    }
    if (fee.isPositive()) {
      why.add(
          ServiceRefundRule.FEE,
          "cancellation fee %s of the unused %s%s, at most the unused value: %s",
          policy.cancellationFee(),
          unused,
          policy.handlingFee().map(f -> " plus handling fee " + f).orElse(""),
          fee);
    }
    Money refund = unused.minus(fee);
    why.add(ServiceRefundRule.REFUND, "refund %s of the %s paid", refund, price);
    return ImmutableServiceRefundDecision.builder()
        .reference(contract.reference())
        .paid(price)
        .usedValue(used)
        .fees(fee)
        .refund(refund)
        .outcome(Outcome.ALLOWED)
        .explanation(why.build())
        .build();
  }

  /**
   * The value used: {@link ServiceRefundRule#DAYS}, {@link ServiceRefundRule#SERVICES} and {@link
   * ServiceRefundRule#MONTHS} as the basis needs them, and {@link ServiceRefundRule#BASIS}.
   */
  private Money used(Explanation.Builder why, ServiceContract contract, ServiceUse use) {
    RefundBasis basis = policy.basis();
    Money used;
    if (basis == RefundBasis.BY_MONTHS) {
      used = byMonths(why, contract, use);
    } else if (basis == RefundBasis.BY_SERVICES) {
      used = byServices(why, contract, use);
    } else {
      used = byDays(why, contract, use);
      if (basis == RefundBasis.GREATER_USE) {
        Money byServices = byServices(why, contract, use);
        used = byServices.isGreaterThan(used) ? byServices : used;
      }
    }
    why.add(ServiceRefundRule.BASIS, "%s: the value used is %s", basis, used);
    return used;
  }

  /**
   * {@link ServiceRefundRule#DAYS}: the value of the days used, the exact share of the price or the
   * price less the days left at the rounded daily rate.
   */
  private Money byDays(Explanation.Builder why, ServiceContract contract, ServiceUse use) {
    Money price = contract.price();
    long total = contract.coverDays();
    long days = contract.daysUsed(use.cancelledOn());
    String period =
        String.format(
            "%s: %d of %d days of cover used (%s to %s, cancelled %s)",
            contract.description(),
            days,
            total,
            contract.coversFrom(),
            contract.coversUntil(),
            use.cancelledOn());
    if (policy.dailyRate().isEmpty()) {
      Money used = Allocation.byRatios(price, days, total - days).get(0);
      why.add(ServiceRefundRule.DAYS, "%s: %s of %s", period, used, price);
      return used;
    }
    // price / days to 30 places, then the policy's rounding: a day count cannot make a quotient
    // whose rounding at the fen depends on digits beyond the 30th.
    BigDecimal perDay = price.getAmount().divide(BigDecimal.valueOf(total), 30, RoundingMode.DOWN);
    Money rate = policy.dailyRate().get().round(BigMoney.of(price.getCurrencyUnit(), perDay));
    Money left = rate.multipliedBy(total - days);
    Money unused = left.isGreaterThan(price) ? price : left;
    Money used = price.minus(unused);
    why.add(
        ServiceRefundRule.DAYS,
        "%s: daily rate %s / %d = %s, x %d days left = %s%s, used %s of %s",
        period,
        price,
        total,
        rate,
        total - days,
        left,
        unused.equals(left) ? "" : ", at most the price " + price,
        used,
        price);
    return used;
  }

  /**
   * {@link ServiceRefundRule#SERVICES}: the price split exactly into the services used and the
   * services left.
   */
  private static Money byServices(
      Explanation.Builder why, ServiceContract contract, ServiceUse use) {
    Money price = contract.price();
    int n = contract.servicesIncluded().get();
    Money used = Allocation.byRatios(price, use.servicesUsed(), n - use.servicesUsed()).get(0);
    why.add(
        ServiceRefundRule.SERVICES,
        "%s: %d of %d services used: %s of %s",
        contract.description(),
        use.servicesUsed(),
        n,
        used,
        price);
    return used;
  }

  /**
   * {@link ServiceRefundRule#MONTHS}: the months used at the monthly list price, at most the price.
   */
  private Money byMonths(Explanation.Builder why, ServiceContract contract, ServiceUse use) {
    Money price = contract.price();
    Money monthly = policy.monthlyListPrice().get();
    MonthBasis basis = policy.monthBasis().get();
    long months = contract.monthsUsed(use.cancelledOn(), basis);
    Money charged = monthly.multipliedBy(months);
    Money used = charged.isGreaterThan(price) ? price : charged;
    why.add(
        ServiceRefundRule.MONTHS,
        "%s: %d months used (%s, cover from %s, cancelled %s) x list price %s = %s%s",
        contract.description(),
        months,
        basis,
        contract.coversFrom(),
        use.cancelledOn(),
        monthly,
        charged,
        used.equals(charged) ? "" : ", at most the price " + price);
    return used;
  }

  /** The policy applied. */
  public ServiceRefundPolicy policy() {
    return policy;
  }
}
