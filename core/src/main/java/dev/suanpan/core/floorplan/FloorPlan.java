package dev.suanpan.core.floorplan;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.joda.money.Money;

/**
 * The register of the cars a dealer bought under a three-party floor-plan agreement (三方协议贷款) and of
 * their certificates of conformity (合格证), by VIN. Immutable and thread-safe: {@link #finance} and
 * {@link #repay} return a new floor plan with what happened and leave this one as it was.
 *
 * <ul>
 *   <li>{@link #finance}: the bank lends its share of the price (70% in the source), the dealer
 *       pays the rest from its own funds, the certificate is pledged to the bank; refused (a
 *       result) when the loans outstanding plus this loan would exceed the bank's credit line.
 *   <li>{@link #repay}: the dealer repays the car's loan and the bank releases its certificate.
 *   <li>{@link #reconcile}: the daily check of the pledged certificates against the cars in stock.
 * </ul>
 *
 * <p>The operations reject (IllegalArgumentException naming the argument and value) a VIN financed
 * before, a price that is not positive or not in the policy's currency, a repayment of a VIN never
 * financed or already repaid, and a repayment dated before the financing.
 */
public final class FloorPlan {
  private final FloorPlanPolicy policy;
  private final ImmutableSortedMap<Vin, FinancedCar> cars;
  private final Money outstanding;

  private FloorPlan(
      FloorPlanPolicy policy, ImmutableSortedMap<Vin, FinancedCar> cars, Money outstanding) {
    this.policy = policy;
    this.cars = cars;
    this.outstanding = outstanding;
  }

  /** A floor plan under {@code policy} with no cars. */
  public static FloorPlan empty(FloorPlanPolicy policy) {
    Arguments.notNull(policy, "policy");
    return new FloorPlan(policy, ImmutableSortedMap.of(), Money.zero(policy.currency()));
  }

  /** The agreement's terms. */
  public FloorPlanPolicy policy() {
    return policy;
  }

  /** Every car financed, repaid or not, by VIN. */
  public ImmutableSortedMap<Vin, FinancedCar> cars() {
    return cars;
  }

  /** The car with this VIN, if the floor plan financed it. */
  public Optional<FinancedCar> car(Vin vin) {
    return Optional.ofNullable(cars.get(Arguments.notNull(vin, "vin")));
  }

  /** The VINs whose certificates are pledged to the bank (loans outstanding). */
  public ImmutableSortedSet<Vin> pledged() {
    return cars.values().stream()
        .filter(FinancedCar::isPledged)
        .map(FinancedCar::vin)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Vin::compareTo));
  }

  /** The loans outstanding: the sum of the loans of the cars whose certificates are pledged. */
  public Money outstanding() {
    return outstanding;
  }

  /**
   * What is left of the bank's credit line after the loans outstanding (zero when they exceed it);
   * empty when the bank sets no line.
   */
  public Optional<Money> headroom() {
    return policy
        .creditLine()
        .map(
            line ->
                line.isGreaterThan(outstanding)
                    ? line.minus(outstanding)
                    : Money.zero(policy.currency()));
  }

  /**
   * Finances the car {@code vin} bought for {@code price} on {@code date}: the bank lends its
   * share, rounded by the policy, the dealer pays the rest, the certificate is pledged. Refused,
   * with the floor plan unchanged, when the loans outstanding plus this loan would exceed the
   * credit line.
   *
   * @throws IllegalArgumentException if {@code vin} was financed before, {@code price} is not
   *     positive or not in the policy's currency, or is so small that the rounded loan would be
   *     zero or the whole price
   * @throws NullPointerException if an argument is null
   */
  public FinancingDecision finance(Vin vin, Money price, LocalDate date) {
    checkNewCar(vin, price, date);
    Money loan = policy.bankShare().of(price, policy.rounding());
    Money dealerFunds = price.minus(loan);
    checkSplit(vin, price, loan, dealerFunds);
    Explanation.Builder why = Explanation.builder();
    split(why, vin, price, loan, dealerFunds);
    Money after = outstanding.plus(loan);
    if (!withinCreditLine(why, loan, after)) {
      return ImmutableFinancingDecision.builder()
          .outcome(Outcome.REFUSED)
          .explanation(why.build())
          .floorPlan(this)
          .price(price)
          .loan(loan)
          .dealerFunds(dealerFunds)
          .build();
    }
    pledge(why, vin, date, after);
    FinancedCar car =
        FinancedCar.builder()
            .vin(vin)
            .price(price)
            .loan(loan)
            .dealerFunds(dealerFunds)
            .financedOn(date)
            .certificate(CertificateStatus.PLEDGED)
            .build();
    return ImmutableFinancingDecision.builder()
        .outcome(Outcome.ALLOWED)
        .explanation(why.build())
        .floorPlan(with(car, after))
        .price(price)
        .loan(loan)
        .dealerFunds(dealerFunds)
        .car(car)
        .entry(purchaseEntry(car))
        .build();
  }

  private void checkNewCar(Vin vin, Money price, LocalDate date) {
    Arguments.notNull(vin, "vin");
    Arguments.notNull(date, "date");
    Arguments.positive(price, "price");
    Arguments.inCurrency(price, policy.currency(), "price");
    FinancedCar before = cars.get(vin);
    Arguments.check(
        before == null,
        "vin %s is already on the floor plan (financed %s, certificate %s)",
        vin,
        before == null ? null : before.financedOn(),
        before == null ? null : before.certificate());
  }

  private void checkSplit(Vin vin, Money price, Money loan, Money dealerFunds) {
    Arguments.check(
        loan.isPositive() && dealerFunds.isPositive(),
        "price %s of vin %s is too small to split %s/%s under rounding %s: loan %s, own funds %s",
        price,
        vin,
        policy.bankShare(),
        policy.dealerShare(),
        policy.rounding(),
        loan,
        dealerFunds);
  }

  /** {@link FloorPlanRule#SPLIT}. */
  private void split(Explanation.Builder why, Vin vin, Money price, Money loan, Money dealerFunds) {
    why.add(
        FloorPlanRule.SPLIT,
        "%s price %s: the bank lends %s = %s, the dealer pays %s = %s from its own funds",
        vin,
        price,
        policy.bankShare(),
        loan,
        policy.dealerShare(),
        dealerFunds);
  }

  /** {@link FloorPlanRule#CREDIT_LINE}: false when the loan would exceed the line. */
  private boolean withinCreditLine(Explanation.Builder why, Money loan, Money after) {
    Optional<Money> line = policy.creditLine();
    if (line.isEmpty()) {
      return true;
    }
    if (after.isGreaterThan(line.get())) {
      why.add(
          FloorPlanRule.CREDIT_LINE,
          "loans outstanding %s + loan %s = %s exceed the bank's credit line %s by %s: not"
              + " financed",
          outstanding,
          loan,
          after,
          line.get(),
          after.minus(line.get()));
      return false;
    }
    why.add(
        FloorPlanRule.CREDIT_LINE,
        "loans outstanding %s + loan %s = %s within the bank's credit line %s",
        outstanding,
        loan,
        after,
        line.get());
    return true;
  }

  /** {@link FloorPlanRule#PLEDGE}. */
  private static void pledge(Explanation.Builder why, Vin vin, LocalDate date, Money after) {
    why.add(
        FloorPlanRule.PLEDGE,
        "certificate of conformity of %s pledged to the bank on %s; loans outstanding %s",
        vin,
        date,
        after);
  }

  private static JournalEntry purchaseEntry(FinancedCar car) {
    return JournalEntry.builder()
        .date(car.financedOn())
        .reference("FP-" + car.vin())
        .description("New car " + car.vin() + " bought on floor plan (三方协议贷款)")
        .debit(LedgerAccount.INVENTORY, car.price())
        .credit(LedgerAccount.SHORT_TERM_BORROWINGS, car.loan())
        .credit(LedgerAccount.BANK, car.dealerFunds())
        .putDimension(Dimensions.VIN, car.vin().value())
        .build();
  }

  /**
   * The dealer repays the bank the loan of {@code vin} on {@code date} and the bank releases its
   * certificate of conformity.
   *
   * @throws IllegalArgumentException if {@code vin} was never financed, is already repaid, or
   *     {@code date} is before the day it was financed
   * @throws NullPointerException if an argument is null
   */
  public Repayment repay(Vin vin, LocalDate date) {
    Arguments.notNull(vin, "vin");
    Arguments.notNull(date, "date");
    FinancedCar car = cars.get(vin);
    Arguments.check(car != null, "vin %s is not on the floor plan: nothing to repay", vin);
    Arguments.check(
        car.isPledged(),
        "vin %s is already repaid (on %s): its certificate was released",
        vin,
        car.repaidOn().orElse(null));
    Arguments.check(
        !date.isBefore(car.financedOn()),
        "date %s of the repayment of vin %s is before it was financed on %s",
        date,
        vin,
        car.financedOn());
    FinancedCar released =
        FinancedCar.builder()
            .from(car)
            .certificate(CertificateStatus.RELEASED)
            .repaidOn(date)
            .build();
    JournalEntry entry =
        JournalEntry.builder()
            .date(date)
            .reference("FPR-" + vin)
            .description("Floor-plan loan of " + vin + " repaid, certificate released")
            .debit(LedgerAccount.SHORT_TERM_BORROWINGS, car.loan())
            .credit(LedgerAccount.BANK, car.loan())
            .putDimension(Dimensions.VIN, vin.value())
            .build();
    return ImmutableRepayment.builder()
        .floorPlan(with(released, outstanding.minus(car.loan())))
        .car(released)
        .amount(car.loan())
        .entry(entry)
        .build();
  }

  /**
   * The daily check of the certificates pledged to the bank against {@code inStock}, the VINs of
   * the dealer's stock ledger on {@code date}: held when a pledged car is not in stock.
   *
   * @throws NullPointerException if an argument or an element of {@code inStock} is null
   */
  public FloorPlanReconciliation reconcile(Set<Vin> inStock, LocalDate date) {
    Arguments.notNull(inStock, "inStock");
    Arguments.notNull(date, "date");
    TreeSet<Vin> stock = new TreeSet<>();
    for (Vin v : inStock) {
      stock.add(Arguments.notNull(v, "inStock element"));
    }
    Explanation.Builder why = Explanation.builder();
    ImmutableSortedSet<Vin> pledged = pledged();
    Map<Vin, Money> soldUnrepaid = soldUnrepaid(why, pledged, stock);
    Money toRepay = Money.total(policy.currency(), soldUnrepaid.values());
    TreeSet<Vin> notFinanced = new TreeSet<>();
    TreeSet<Vin> released = new TreeSet<>();
    for (Vin v : stock) {
      FinancedCar car = cars.get(v);
      if (car == null) {
        notFinanced(why, v, notFinanced);
      } else if (!car.isPledged()) {
        releasedInStock(why, car, released);
      }
    }
    boolean matches = reconciled(why, date, pledged, soldUnrepaid.size(), toRepay);
    return ImmutableFloorPlanReconciliation.builder()
        .outcome(matches ? Outcome.ALLOWED : Outcome.HELD)
        .explanation(why.build())
        .date(date)
        .pledged(pledged)
        .soldUnrepaid(soldUnrepaid)
        .releasedInStock(released)
        .notFinanced(notFinanced)
        .toRepay(toRepay)
        .build();
  }

  /** {@link FloorPlanRule#SOLD_UNREPAID}: the pledged cars not in stock, with their loans. */
  private Map<Vin, Money> soldUnrepaid(Explanation.Builder why, Set<Vin> pledged, Set<Vin> stock) {
    Map<Vin, Money> soldUnrepaid = new TreeMap<>();
    for (Vin v : pledged) {
      if (!stock.contains(v)) {
        FinancedCar car = cars.get(v);
        soldUnrepaid.put(v, car.loan());
        why.add(
            FloorPlanRule.SOLD_UNREPAID,
            "%s: certificate pledged to the bank (financed %s) but the car is not in stock: the"
                + " dealer must repay %s",
            v,
            car.financedOn(),
            car.loan());
      }
    }
    return soldUnrepaid;
  }

  /** {@link FloorPlanRule#NOT_FINANCED}. */
  private static void notFinanced(Explanation.Builder why, Vin v, Set<Vin> notFinanced) {
    notFinanced.add(v);
    why.add(FloorPlanRule.NOT_FINANCED, "%s in stock, not financed under the floor plan", v);
  }

  /** {@link FloorPlanRule#RELEASED_IN_STOCK}. */
  private static void releasedInStock(Explanation.Builder why, FinancedCar car, Set<Vin> released) {
    released.add(car.vin());
    why.add(
        FloorPlanRule.RELEASED_IN_STOCK,
        "%s in stock, loan %s repaid on %s, certificate released",
        car.vin(),
        car.loan(),
        car.repaidOn().orElseThrow());
  }

  /** {@link FloorPlanRule#RECONCILED}: true when every pledged car is in stock. */
  private boolean reconciled(
      Explanation.Builder why, LocalDate date, Set<Vin> pledged, int unrepaid, Money toRepay) {
    boolean matches = unrepaid == 0;
    why.add(
        FloorPlanRule.RECONCILED,
        "%s: %s pledged (loans %s), %d of them in stock: %s",
        date,
        count(pledged.size(), "certificate"),
        outstanding,
        pledged.size() - unrepaid,
        matches
            ? "the bank's certificates match the stock"
            : count(unrepaid, "car") + " not in stock, the dealer must repay " + toRepay);
    return matches;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private FloorPlan with(FinancedCar car, Money newOutstanding) {
    TreeMap<Vin, FinancedCar> next = new TreeMap<>(cars);
    next.put(car.vin(), car);
    return new FloorPlan(policy, ImmutableSortedMap.copyOfSorted(next), newOutstanding);
  }

  /** Equal when the policies and the cars, with their certificates, are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FloorPlan p && policy.equals(p.policy) && cars.equals(p.cars);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, cars);
  }

  /** The number of cars, of pledged certificates and the loans outstanding. */
  @Override
  public String toString() {
    return "floor plan: "
        + count(cars.size(), "car")
        + " financed, "
        + count(pledged().size(), "certificate")
        + " pledged, loans outstanding "
        + outstanding;
  }
}
