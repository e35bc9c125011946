package dev.suanpan.core.floorplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Allocation;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class FloorPlanProperties {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final String VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  private static final LocalDate START = LocalDate.of(2024, 3, 1);
  private static final List<Rounding> ROUNDINGS =
      List.of(
          Rounding.FEN,
          Rounding.FEN_HALF_EVEN,
          Rounding.toStep(BigDecimal.ONE, RoundingMode.DOWN),
          Rounding.toStep(new BigDecimal("100"), RoundingMode.DOWN));

  /** A step of a floor plan's life: finance the car {@code vin} for {@code fen}, or repay it. */
  record Step(boolean finance, int vin, long fen) {}

  @Provide
  Arbitrary<Vin> vins() {
    return Arbitraries.strings().withChars(VIN_CHARS).ofLength(17).map(Vin::of);
  }

  @Provide
  Arbitrary<Percent> shares() {
    return Arbitraries.longs().between(1, 9_999).map(Percent::ofBasisPoints);
  }

  @Provide
  Arbitrary<FloorPlanPolicy> policies() {
    return Combinators.combine(
            shares(),
            Arbitraries.of(ROUNDINGS),
            Arbitraries.longs().between(0, 100_000_000L).optional())
        .as(
            (share, rounding, line) ->
                FloorPlanPolicy.builder()
                    .currency(CNY)
                    .bankShare(share)
                    .rounding(rounding)
                    .creditLine(line.map(fen -> Money.ofMinor(CNY, fen)))
                    .build());
  }

  @Provide
  Arbitrary<List<Step>> lives() {
    return Combinators.combine(
            Arbitraries.of(true, true, false),
            Arbitraries.integers().between(0, 7),
            Arbitraries.longs().between(1, 50_000_000L))
        .as(Step::new)
        .list()
        .ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Vin>> pools() {
    return vins().list().uniqueElements().ofSize(8);
  }

  @Property
  void theLoanAndTheDealersOwnFundsAddUpToThePrice(
      @ForAll @LongRange(min = 1, max = 10_000_000_000L) long fen,
      @ForAll("shares") Percent share,
      @ForAll("vins") Vin vin) {
    Money price = Money.ofMinor(CNY, fen);
    for (Rounding rounding : ROUNDINGS) {
      FloorPlanPolicy policy =
          FloorPlanPolicy.builder().currency(CNY).bankShare(share).rounding(rounding).build();
      Money expectedLoan = rounding.round(share.ofExact(price.toBigMoney()));
      if (!expectedLoan.isPositive() || !expectedLoan.isLessThan(price)) {
        assertThatThrownBy(() -> FloorPlan.empty(policy).finance(vin, price, START))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("too small to split");
        continue;
      }
      FinancingDecision d = FloorPlan.empty(policy).finance(vin, price, START);
      assertThat(d.loan().plus(d.dealerFunds())).isEqualTo(price);
      assertThat(d.loan()).isEqualTo(expectedLoan);
      FinancedCar car = d.car().orElseThrow();
      assertThat(car.loan().plus(car.dealerFunds())).isEqualTo(price);
      assertThat(d.entry().orElseThrow().debits()).isEqualTo(price);
    }
  }

  @Property
  void toTheFenTheSplitIsTheLibrarysAllocation(
      @ForAll @LongRange(min = 1, max = 10_000_000_000L) long fen,
      @ForAll("shares") Percent share,
      @ForAll("vins") Vin vin) {
    Money price = Money.ofMinor(CNY, fen);
    ImmutableList<Money> parts =
        Allocation.byWeights(price, List.of(share.value(), Percent.HUNDRED.minus(share).value()));
    FloorPlanPolicy policy = FloorPlanPolicy.builder().currency(CNY).bankShare(share).build();
    if (parts.get(0).isZero() || parts.get(1).isZero()) {
      assertThatThrownBy(() -> FloorPlan.empty(policy).finance(vin, price, START))
          .isInstanceOf(IllegalArgumentException.class);
      return;
    }
    FinancingDecision d = FloorPlan.empty(policy).finance(vin, price, START);
    assertThat(List.of(d.loan(), d.dealerFunds())).isEqualTo(parts);
  }

  @Property
  void theLoansOutstandingAreTheLoansOfThePledgedCarsAfterAnyFinancingAndRepayment(
      @ForAll("policies") FloorPlanPolicy policy,
      @ForAll("pools") List<Vin> pool,
      @ForAll("lives") List<Step> life) {
    FloorPlan plan = live(policy, pool, life);

    Money pledgedLoans = Money.zero(CNY);
    Set<Vin> pledged = new HashSet<>();
    for (FinancedCar car : plan.cars().values()) {
      if (car.isPledged()) {
        pledgedLoans = pledgedLoans.plus(car.loan());
        pledged.add(car.vin());
      } else {
        assertThat(car.repaidOn()).isPresent();
      }
    }
    assertThat(plan.outstanding()).isEqualTo(pledgedLoans);
    assertThat(plan.pledged()).containsExactlyInAnyOrderElementsOf(pledged);
    Optional<Money> line = policy.creditLine();
    line.ifPresent(l -> assertThat(plan.outstanding().isGreaterThan(l)).isFalse());
  }

  @Property
  void theDayIsAllowedExactlyWhenEveryPledgedCarIsInStock(
      @ForAll("policies") FloorPlanPolicy policy,
      @ForAll("pools") List<Vin> pool,
      @ForAll("lives") List<Step> life,
      @ForAll("stocks") List<Boolean> inStockByPool,
      @ForAll("vins") Vin unfinanced) {
    FloorPlan plan = live(policy, pool, life);
    Set<Vin> stock = new TreeSet<>();
    for (int i = 0; i < pool.size(); i++) {
      if (inStockByPool.get(i)) {
        stock.add(pool.get(i));
      }
    }
    boolean extra = !plan.car(unfinanced).isPresent();
    if (extra) {
      stock.add(unfinanced);
    }

    FloorPlanReconciliation day = plan.reconcile(stock, START.plusDays(60));

    boolean allPledgedInStock = stock.containsAll(plan.pledged());
    assertThat(day.outcome()).isEqualTo(allPledgedInStock ? Outcome.ALLOWED : Outcome.HELD);
    assertThat(day.matches()).isEqualTo(allPledgedInStock);
    Set<Vin> missing = new TreeSet<>(plan.pledged());
    missing.removeAll(stock);
    assertThat(day.soldUnrepaid().keySet()).containsExactlyElementsOf(missing);
    Money toRepay = Money.zero(CNY);
    for (Vin v : missing) {
      Money loan = plan.car(v).orElseThrow().loan();
      assertThat(day.soldUnrepaid().get(v)).isEqualTo(loan);
      toRepay = toRepay.plus(loan);
    }
    assertThat(day.toRepay()).isEqualTo(toRepay);
    assertThat(day.explanation().steps().stream().filter(r -> r.rule().endsWith("sold-unrepaid")))
        .hasSize(missing.size());
    if (extra) {
      assertThat(day.notFinanced()).contains(unfinanced);
    }
    for (Vin v : day.releasedInStock()) {
      assertThat(plan.car(v).orElseThrow().isPledged()).isFalse();
    }
  }

  @Provide
  Arbitrary<List<Boolean>> stocks() {
    return Arbitraries.of(true, true, true, false).list().ofSize(8);
  }

  @Property
  void aVinOfTheIso3779AlphabetIsAcceptedAndOneWithIOrQIsRejected(
      @ForAll("vins") Vin vin,
      @ForAll("positions") int position,
      @ForAll("forbidden") char forbidden) {
    assertThat(Vin.of(vin.value())).isEqualTo(vin);
    String bad =
        vin.value().substring(0, position) + forbidden + vin.value().substring(position + 1);
    assertThatThrownBy(() -> Vin.of(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(bad);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 16);
  }

  @Provide
  Arbitrary<Character> forbidden() {
    return Arbitraries.of('I', 'O', 'Q', 'i', 'a', '-', ' ');
  }

  /**
   * Applies the steps; a step the floor plan must reject (a VIN financed twice, a repayment of a
   * car not pledged, a price too small to split) is checked to be rejected and skipped. A step a
   * day after the one before.
   */
  private static FloorPlan live(FloorPlanPolicy policy, List<Vin> pool, List<Step> life) {
    FloorPlan plan = FloorPlan.empty(policy);
    LocalDate day = START;
    for (Step step : life) {
      Vin vin = pool.get(step.vin());
      Optional<FinancedCar> car = plan.car(vin);
      FloorPlan current = plan;
      LocalDate today = day;
      if (step.finance()) {
        Money price = Money.ofMinor(CNY, step.fen());
        Money loan = policy.rounding().round(policy.bankShare().ofExact(price.toBigMoney()));
        if (car.isPresent() || !loan.isPositive() || !loan.isLessThan(price)) {
          assertThatThrownBy(() -> current.finance(vin, price, today))
              .isInstanceOf(IllegalArgumentException.class);
        } else {
          FinancingDecision d = plan.finance(vin, price, day);
          Money after = plan.outstanding().plus(loan);
          boolean within =
              policy.creditLine().map(l -> !after.isGreaterThan(l)).orElse(Boolean.TRUE);
          assertThat(d.isAllowed()).isEqualTo(within);
          assertThat(d.isRefused()).isEqualTo(!within);
          plan = d.floorPlan();
        }
      } else if (car.isEmpty() || !car.get().isPledged()) {
        assertThatThrownBy(() -> current.repay(vin, today))
            .isInstanceOf(IllegalArgumentException.class);
      } else {
        Repayment r = plan.repay(vin, day);
        assertThat(r.amount()).isEqualTo(car.get().loan());
        assertThat(r.car().certificate()).isEqualTo(CertificateStatus.RELEASED);
        plan = r.floorPlan();
      }
      day = day.plusDays(1);
    }
    return plan;
  }
}
