package dev.suanpan.core.settlement.service;

import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * Refunds a cancelled service contract (extended warranty, maintenance package) pro rata by a
 * {@link ServiceRefundPolicy}: the one verb is {@link #refund(ServiceContract, ServiceUse)}.
 *
 * <p>The rules, in order: {@link ServiceRefundRule#DAYS} (the price split by {@link Allocation}
 * into days used and days left), {@link ServiceRefundRule#SERVICES} (the price split into services
 * used and services left), {@link ServiceRefundRule#BASIS} (which split the policy uses; with
 * {@link RefundBasis#GREATER_USE} the one with the larger used value), {@link
 * ServiceRefundRule#FEE} (the percent fee on the unused value plus the handling fee, at most the
 * unused value) and {@link ServiceRefundRule#REFUND}. Immutable and thread-safe.
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
   *     if more services were used than included, or if the handling fee is in another currency
   */
  public ServiceRefundDecision refund(ServiceContract contract, ServiceUse use) {
    Arguments.notNull(contract, "contract");
    Arguments.notNull(use, "use");
    Money price = contract.price();
    policy.handlingFee().ifPresent(f -> Arguments.sameCurrency(price, f, "handlingFee"));
    RefundBasis basis = policy.basis();
    boolean countsServices = basis != RefundBasis.BY_DAYS;
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
    Money used = used(why, contract, use, basis);
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
   * The value used: {@link ServiceRefundRule#DAYS}, {@link ServiceRefundRule#SERVICES} as the basis
   * needs them, and {@link ServiceRefundRule#BASIS}.
   */
  private static Money used(
      Explanation.Builder why, ServiceContract contract, ServiceUse use, RefundBasis basis) {
    Money price = contract.price();
    boolean countsServices = basis != RefundBasis.BY_DAYS;
    Money used = Money.zero(price.getCurrencyUnit());
    if (basis != RefundBasis.BY_SERVICES) {
      long total = contract.coverDays();
      long days = contract.daysUsed(use.cancelledOn());
      Money byDays = Allocation.byRatios(price, days, total - days).get(0);
      why.add(
          ServiceRefundRule.DAYS,
          "%s: %d of %d days of cover used (%s to %s, cancelled %s): %s of %s",
          contract.description(),
          days,
          total,
          contract.coversFrom(),
          contract.coversUntil(),
          use.cancelledOn(),
          byDays,
          price);
      used = byDays;
    }
    if (countsServices) {
      int n = contract.servicesIncluded().get();
      Money byServices =
          Allocation.byRatios(price, use.servicesUsed(), n - use.servicesUsed()).get(0);
      why.add(
          ServiceRefundRule.SERVICES,
          "%s: %d of %d services used: %s of %s",
          contract.description(),
          use.servicesUsed(),
          n,
          byServices,
          price);
      used = basis == RefundBasis.BY_SERVICES || byServices.isGreaterThan(used) ? byServices : used;
    }
    why.add(ServiceRefundRule.BASIS, "%s: the value used is %s", basis, used);
    return used;
  }

  /** The policy applied. */
  public ServiceRefundPolicy policy() {
    return policy;
  }
}
