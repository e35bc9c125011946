package dev.suanpan.testkit;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.PropertyCollectedOnBehalf;
import dev.suanpan.core.presets.PropertyOfficeCancellationAuthority;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.IncurredCost;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.SignOff;
import dev.suanpan.core.settlement.cancellation.Cancellation;
import dev.suanpan.core.settlement.cancellation.CancellationTerms;
import dev.suanpan.core.settlement.cancellation.DepositTreatment;
import dev.suanpan.core.settlement.cancellation.SaleContract;
import dev.suanpan.core.settlement.cancellation.SettlementPolicy;
import dev.suanpan.core.settlement.service.MonthBasis;
import dev.suanpan.core.settlement.service.RefundBasis;
import dev.suanpan.core.settlement.service.ServiceRefundPolicy;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * jqwik generators for cancelled sales, valid by construction: {@link SaleContract}s with their
 * payments, {@link Cancellation}s with the costs incurred, and {@link SettlementPolicy}s that pass
 * the policy's own validation (a deposit forfeited only on the buyer's default and returned twofold
 * only on the seller's, no damages on a mutual fault, the customer's share of costs on the seller's
 * default at most its share on its own).
 *
 * <p>Rejects null currencies and sign-offs.
 */
public final class SettlementArbitraries {
  private SettlementArbitraries() {}

  /**
   * Contracts in {@code currency} priced 1.00 to 10,000,000.00, with up to six payments of any
   * kind, each from one minor unit up to the price (so deposits above the 20% cap, overpayments and
   * contracts with nothing paid are all generated).
   */
  public static Arbitrary<SaleContract> contracts(CurrencyUnit currency) {
    Arguments.notNull(currency, "currency");
    return MoneyArbitraries.amounts(currency, "1.00", "10000000.00")
        .flatMap(
            price ->
                payments(price)
                    .list()
                    .ofMaxSize(6)
                    .map(
                        ps ->
                            SaleContract.builder()
                                .reference("CONTRACT-1")
                                .customer(CustomerId.of("CUSTOMER-1"))
                                .contractPrice(price)
                                .payments(ps)
                                .build()));
  }

  /** CNY contracts; see {@link #contracts(CurrencyUnit)}. */
  public static Arbitrary<SaleContract> contracts() {
    return contracts(MoneyArbitraries.CNY);
  }

  /**
   * Property subscriptions in {@code currency} as the sources run them: a deposit up to 20% of the
   * price, and, once signed, a down payment, up to three instalments that never take the price paid
   * above the contract price, the deed tax (3%) and the maintenance fund (1%) collected on behalf.
   */
  public static Arbitrary<SaleContract> propertyContracts(CurrencyUnit currency) {
    Arguments.notNull(currency, "currency");
    return MoneyArbitraries.amounts(currency, "100000.00", "10000000.00")
        .flatMap(
            price ->
                Combinators.combine(
                        Arbitraries.longs().between(1, 2000),
                        Arbitraries.longs().between(0, 5000),
                        Arbitraries.longs().between(0, 2000).list().ofMaxSize(3),
                        Arbitraries.of(true, false))
                    .as(
                        (depositBp, downBp, instalmentBp, signed) -> {
                          SaleContract.Builder b =
                              SaleContract.builder()
                                  .reference("SUBSCRIPTION-1")
                                  .customer(CustomerId.of("BUYER-1"))
                                  .contractPrice(price);
                          addShare(b, PaymentKind.DEPOSIT, price, depositBp);
                          if (signed) {
                            addShare(b, PaymentKind.DOWN_PAYMENT, price, downBp);
                            for (long bp : instalmentBp) {
                              addShare(b, PaymentKind.INSTALMENT, price, bp);
                            }
                            addShare(
                                b,
                                PaymentKind.DEED_TAX,
                                price,
                                PropertyCollectedOnBehalf.DEED_TAX_RATE.basisPoints());
                            addShare(
                                b,
                                PaymentKind.MAINTENANCE_FUND,
                                price,
                                PropertyCollectedOnBehalf.MAINTENANCE_FUND_RATE.basisPoints());
                          }
                          return b.build();
                        }));
  }

  private static void addShare(SaleContract.Builder b, PaymentKind kind, Money price, long bp) {
    Money amount = Percent.ofBasisPoints(bp).of(price, Rounding.FEN);
    if (amount.isPositive()) {
      b.addPayments(Payment.of(kind, amount));
    }
  }

  private static Arbitrary<Payment> payments(Money price) {
    return Combinators.combine(
            Arbitraries.of(PaymentKind.class),
            MoneyArbitraries.amounts(
                price.getCurrencyUnit(),
                Money.ofMinor(price.getCurrencyUnit(), 1).getAmount().toPlainString(),
                price.getAmount().toPlainString()))
        .as(Payment::of);
  }

  /**
   * Cancellations at any stage and fault, with up to three costs incurred of 0.00 to 500,000.00 in
   * {@code currency}, one in five of them special.
   */
  public static Arbitrary<Cancellation> cancellations(CurrencyUnit currency) {
    Arguments.notNull(currency, "currency");
    Arbitrary<IncurredCost> cost =
        Combinators.combine(
                Arbitraries.of("agency fee", "registration cancellation fee", "bank charges"),
                MoneyArbitraries.amounts(currency, "0.00", "500000.00"))
            .as(IncurredCost::of);
    return Combinators.combine(
            Arbitraries.of(ContractStage.class),
            Arbitraries.of(Fault.class),
            cost.list().ofMaxSize(3),
            Arbitraries.frequency(
                net.jqwik.api.Tuple.of(4, false), net.jqwik.api.Tuple.of(1, true)))
        .as(
            (stage, fault, costs, special) ->
                Cancellation.builder()
                    .stage(stage)
                    .fault(fault)
                    .costsIncurred(costs)
                    .special(special)
                    .build());
  }

  /** CNY cancellations; see {@link #cancellations(CurrencyUnit)}. */
  public static Arbitrary<Cancellation> cancellations() {
    return cancellations(MoneyArbitraries.CNY);
  }

  /**
   * Valid settlement policies signed off by {@code signOff}: per stage, a buyer's default forfeits
   * the deposit or returns it, a seller's default returns it twofold or as paid, a mutual fault
   * returns it; liquidated damages 0% to 30% on either party's default and none on a mutual fault;
   * cost shares from 0% to 100% with the seller's default never costing the customer more than its
   * own; a deposit cap of 0% to 100% (20% one time in two); any of the amounts collected on behalf
   * refunded in full at each stage.
   */
  public static Arbitrary<SettlementPolicy> policies(SignOff signOff) {
    Arguments.notNull(signOff, "signOff");
    Arbitrary<Percent> cap =
        Arbitraries.oneOf(Arbitraries.just(Percent.of(20)), MoneyArbitraries.percents("0", "100"));
    Arbitrary<StageTerms> stage = stageTerms();
    return Combinators.combine(cap, stage, stage, stage)
        .as(
            (depositCap, subscription, signed, registered) -> {
              SettlementPolicy.Builder b =
                  SettlementPolicy.builder().depositCap(depositCap).signOff(signOff);
              subscription.addTo(b, ContractStage.SUBSCRIPTION);
              signed.addTo(b, ContractStage.CONTRACT_SIGNED);
              registered.addTo(b, ContractStage.CONTRACT_REGISTERED);
              return b.build();
            });
  }

  /**
   * Valid settlement policies signed off as in the sources: requested by the sales manager, the
   * marketing director before the formal contract, the general manager after it. See {@link
   * #policies(SignOff)}.
   */
  public static Arbitrary<SettlementPolicy> policies() {
    return policies(
        SignOff.of(PropertyOfficeCancellationAuthority.policy(), CompanyRoles.SALES_MANAGER));
  }

  /**
   * Cancellations of {@code contract} at any stage and fault after part of it was performed: a
   * performed value from 0.00 to the contract price, the price itself and half of it often.
   */
  public static Arbitrary<Cancellation> partialPerformances(SaleContract contract) {
    Arguments.notNull(contract, "contract");
    Money price = contract.contractPrice();
    Arbitrary<Money> performed =
        Arbitraries.oneOf(
            MoneyArbitraries.amounts(
                price.getCurrencyUnit(), "0.00", price.getAmount().toPlainString()),
            Arbitraries.of(price, price.dividedBy(2, java.math.RoundingMode.DOWN)));
    return Combinators.combine(
            Arbitraries.of(ContractStage.class), Arbitraries.of(Fault.class), performed)
        .as(
            (stage, fault, value) ->
                Cancellation.builder().stage(stage).fault(fault).performed(value).build());
  }

  /**
   * Valid service-refund policies in {@code currency}: every basis, a cancellation fee of 0% to
   * 20%, a handling fee of 0.00 to 100.00 one time in two, a daily rate rounded to the fen one time
   * in two, and with {@link RefundBasis#BY_MONTHS} a monthly list price of 1.00 to 1,000.00 on
   * either month basis.
   */
  public static Arbitrary<ServiceRefundPolicy> serviceRefundPolicies(CurrencyUnit currency) {
    Arguments.notNull(currency, "currency");
    return Combinators.combine(
            Arbitraries.of(RefundBasis.class),
            MoneyArbitraries.percents("0", "20"),
            MoneyArbitraries.amounts(currency, "0.00", "100.00").optional(),
            Arbitraries.of(true, false),
            MoneyArbitraries.amounts(currency, "1.00", "1000.00"),
            Arbitraries.of(MonthBasis.class))
        .as(
            (basis, fee, handling, daily, monthly, months) -> {
              ServiceRefundPolicy.Builder b =
                  ServiceRefundPolicy.builder().basis(basis).cancellationFee(fee);
              handling.ifPresent(b::handlingFee);
              if (daily) {
                b.dailyRate(Rounding.FEN);
              }
              if (basis == RefundBasis.BY_MONTHS) {
                b.monthlyListPrice(monthly).monthBasis(months);
              }
              return b.build();
            });
  }

  /** The terms of one stage, for every fault, and the kinds refunded in full at it. */
  private record StageTerms(
      CancellationTerms buyer,
      CancellationTerms seller,
      CancellationTerms both,
      Set<PaymentKind> refundedInFull) {
    void addTo(SettlementPolicy.Builder b, ContractStage stage) {
      b.terms(stage, Fault.BUYER, buyer);
      b.terms(stage, Fault.SELLER, seller);
      b.terms(stage, Fault.BOTH, both);
      b.refundInFull(stage, refundedInFull.toArray(new PaymentKind[0]));
    }
  }

  private static Arbitrary<StageTerms> stageTerms() {
    Arbitrary<Percent> damages = MoneyArbitraries.percents("0", "30");
    Arbitrary<Percent> share = MoneyArbitraries.percents("0", "100");
    return Combinators.combine(
            Arbitraries.of(DepositTreatment.FORFEITED, DepositTreatment.RETURNED),
            Arbitraries.of(DepositTreatment.RETURNED_DOUBLE, DepositTreatment.RETURNED),
            damages,
            damages,
            share,
            share,
            share,
            Arbitraries.of(List.of(PaymentKind.DEED_TAX, PaymentKind.MAINTENANCE_FUND)).set())
        .as(
            (buyerDeposit, sellerDeposit, buyerDamages, sellerDamages, a, b, both, onBehalf) ->
                new StageTerms(
                    CancellationTerms.builder()
                        .deposit(buyerDeposit)
                        .liquidatedDamages(buyerDamages)
                        .customerShareOfCosts(a.max(b))
                        .build(),
                    CancellationTerms.builder()
                        .deposit(sellerDeposit)
                        .liquidatedDamages(sellerDamages)
                        .customerShareOfCosts(a.min(b))
                        .build(),
                    CancellationTerms.builder()
                        .deposit(DepositTreatment.RETURNED)
                        .customerShareOfCosts(both)
                        .build(),
                    onBehalf));
  }
}
