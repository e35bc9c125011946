package dev.suanpan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndClose;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/** The invariants of standard cost over generated histories and standard schedules. */
class StandardCostProperties {
  private static final LocalDate START = LedgerProperties.START;

  @Provide
  Arbitrary<List<Movement>> movements() {
    return LedgerProperties.histories();
  }

  @Provide
  Arbitrary<CostingPolicy> standardPolicies() {
    return Combinators.combine(
            LedgerProperties.standardSchedules(),
            Arbitraries.of(NegativeStockPolicy.class),
            Arbitraries.of(Rounding.FEN, Rounding.FEN_HALF_EVEN))
        .as(
            (standards, negative, rounding) ->
                CostingPolicy.builder()
                    .method(CostingMethod.STANDARD)
                    .standardCosts(standards)
                    .negativeStock(negative)
                    .rounding(rounding)
                    .build());
  }

  private static StockLedger postAllowed(StockLedger start, List<Movement> movements) {
    StockLedger l = start;
    for (Movement m : movements) {
      l = l.post(m).ledger();
    }
    return l;
  }

  private static Money atStandard(CostingPolicy policy, BigDecimal quantity, LocalDate date) {
    BigDecimal standard = policy.standardCostOn(date).orElseThrow();
    return policy.rounding().round(BigMoney.of(Ledgers.CNY, quantity.multiply(standard)));
  }

  @Property
  void theStockIsCarriedAtQuantityTimesTheStandardOfTheDateAndValueIsConserved(
      @ForAll("movements") List<Movement> movements,
      @ForAll("standardPolicies") CostingPolicy policy) {
    StockLedger l = postAllowed(Ledgers.open(policy), movements);
    StockCard card = l.card();
    Money running = card.openingValue();
    for (StockCardLine line : card.lines()) {
      assertThat(line.balanceValue())
          .as("%s", line)
          .isEqualTo(atStandard(policy, line.balanceQuantity(), line.date()));
      assertThat(line.trueUp()).isEqualTo(Money.zero(Ledgers.CNY));
      running = running.plus(line.standardRevaluation());
      running =
          line.kind().isInbound() ? running.plus(line.amount()) : running.minus(line.amount());
      assertThat(line.balanceValue()).isEqualTo(running);
    }
    // opening + receipts (at standard) + revaluations = issues + closing
    assertThat(card.openingValue().plus(card.valueIn()).plus(card.standardRevaluations()))
        .isEqualTo(card.costOut().plus(card.closingValue()));
    // the revaluations the lines carry are those of the changes between the first and last date
    if (l.size() > 0) {
      Money booked =
          l.bookedRevaluations().stream()
              .map(StandardCostRevaluation::amount)
              .reduce(Money.zero(Ledgers.CNY), Money::plus);
      assertThat(card.standardRevaluations()).isEqualTo(booked);
      // every day's balance is at that day's standard, month closes balance
      LocalDate last = l.line(l.size() - 1).date().plusDays(40);
      for (LocalDate d = START; !d.isAfter(last); d = d.plusDays(7)) {
        StockBalance b = l.balanceAt(d);
        assertThat(b.value()).isEqualTo(atStandard(policy, b.quantity(), d));
      }
      StockLedger closing = l;
      for (YearMonth m = YearMonth.from(START);
          !m.isAfter(YearMonth.from(last));
          m = m.plusMonths(1)) {
        MonthEndClose close = closing.closeMonth(m); // rejects a month that does not balance
        assertThat(close.closingValue()).isEqualTo(l.balanceAt(m.atEndOfMonth()).value());
        closing = close.ledger();
      }
    }
  }

  @Property
  void eachReceiptsVarianceIsItsActualCostLessItsStandardValue(
      @ForAll("movements") List<Movement> movements,
      @ForAll("standardPolicies") CostingPolicy policy) {
    StockLedger l = postAllowed(Ledgers.open(policy), movements);
    Money actual = Money.zero(Ledgers.CNY);
    Money standard = Money.zero(Ledgers.CNY);
    for (int i = 0; i < l.size(); i++) {
      Movement m = l.movement(i);
      StockCardLine line = l.line(i);
      if (m.kind() == MovementKind.RECEIPT) {
        Money cost =
            policy
                .rounding()
                .round(BigMoney.of(Ledgers.CNY, m.quantity().multiply(m.unitCost().orElseThrow())));
        assertThat(line.purchasePriceVariance()).isEqualTo(cost.minus(line.amount()));
        actual = actual.plus(cost);
        standard = standard.plus(line.amount());
      } else if (m.kind() == MovementKind.TRANSFER_IN) {
        assertThat(line.purchasePriceVariance())
            .isEqualTo(m.value().orElseThrow().minus(line.amount()));
        actual = actual.plus(m.value().orElseThrow());
        standard = standard.plus(line.amount());
      } else {
        assertThat(line.purchasePriceVariance().isZero()).as("%s", line).isTrue();
      }
    }
    assertThat(l.card().purchasePriceVariance()).isEqualTo(actual.minus(standard));
  }

  @Property
  void withOnlyReceiptsTheStandardValuePlusVarianceLessRevaluationsIsTheActualCost(
      @ForAll("movements") List<Movement> movements,
      @ForAll("standardPolicies") CostingPolicy policy) {
    List<Movement> receipts =
        movements.stream()
            .filter(m -> m.kind() == MovementKind.RECEIPT || m.kind() == MovementKind.TRANSFER_IN)
            .toList();
    CostingPolicy fifoPolicy =
        CostingPolicy.builder().method(CostingMethod.FIFO).rounding(policy.rounding()).build();
    StockLedger fifo = postAllowed(Ledgers.open(fifoPolicy), receipts);
    StockLedger standard = postAllowed(Ledgers.open(policy), receipts);
    Money variance = Money.zero(Ledgers.CNY);
    Money revaluations = Money.zero(Ledgers.CNY);
    for (int i = 0; i < fifo.size(); i++) {
      StockCardLine f = fifo.line(i);
      StockCardLine s = standard.line(i);
      variance = variance.plus(s.purchasePriceVariance());
      revaluations = revaluations.plus(s.standardRevaluation());
      assertThat(s.balanceQuantity()).isEqualTo(f.balanceQuantity());
      assertThat(s.balanceValue().plus(variance).minus(revaluations))
          .as("%s", s)
          .isEqualTo(f.balanceValue());
    }
    // and in the journal: inventory plus the variance account hold the actual cost
    if (standard.size() > 0) {
      List<JournalEntry> journal =
          standard.journal(START, standard.line(standard.size() - 1).date());
      JournalSummary s = JournalSummary.of(Ledgers.CNY, journal);
      assertThat(
              s.balanceOf(LedgerAccount.INVENTORY)
                  .plus(s.balanceOf(LedgerAccount.PURCHASE_PRICE_VARIANCE)))
          .isEqualTo(fifo.valueOnHand());
    }
  }

  @Property
  void aBackDatedInsertGivesTheSameStateAndJournalAsBuildingInDateOrder(
      @ForAll("movements") List<Movement> movements,
      @ForAll("standardPolicies") CostingPolicy policy) {
    StockLedger posted = Ledgers.open(policy);
    List<Movement> accepted = new ArrayList<>();
    List<JournalEntry> journal = new ArrayList<>();
    for (Movement m : movements) {
      Posting p = posted.post(m);
      if (p.isAllowed()) {
        accepted.add(m);
        journal.addAll(p.journal());
        posted = p.ledger();
      }
    }
    List<Movement> inDateOrder = new ArrayList<>(accepted);
    inDateOrder.sort(Comparator.comparing(Movement::date));
    StockLedger scratch = Ledgers.open(policy);
    for (Movement m : inDateOrder) {
      Posting p = scratch.post(m);
      assertThat(p.isAllowed()).as("in date order %s", p.explanation()).isTrue();
      scratch = p.ledger();
    }
    assertThat(posted.card()).isEqualTo(scratch.card());
    assertThat(posted.valueOnHand()).isEqualTo(scratch.valueOnHand());
    if (posted.size() > 0) {
      LocalDate last = posted.line(posted.size() - 1).date();
      assertThat(posted.standardRevaluations(START, last))
          .isEqualTo(scratch.standardRevaluations(START, last));
      // what the postings booked, account by account, is the ledger's journal
      JournalSummary fromPostings = JournalSummary.of(Ledgers.CNY, journal);
      JournalSummary fromLedger = JournalSummary.of(Ledgers.CNY, scratch.journal(START, last));
      for (LedgerAccount a : fromLedger.accounts()) {
        assertThat(fromPostings.balanceOf(a)).as("%s", a).isEqualTo(fromLedger.balanceOf(a));
      }
      for (LedgerAccount a : fromPostings.accounts()) {
        assertThat(fromPostings.balanceOf(a)).as("%s", a).isEqualTo(fromLedger.balanceOf(a));
      }
    }
  }

  @Property
  void revaluingByAnotherScheduleEqualsPostingUnderIt(
      @ForAll("movements") List<Movement> movements,
      @ForAll("standardPolicies") CostingPolicy first,
      @ForAll("standardPolicies") CostingPolicy second) {
    CostingPolicy allow =
        CostingPolicy.builder()
            .from(first)
            .negativeStock(NegativeStockPolicy.ALLOW_AND_TRUE_UP)
            .build();
    StockLedger l = postAllowed(Ledgers.open(allow), movements);
    Posting p = l.revalue(second);
    if (p.isAllowed()) {
      List<Movement> inOrder = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        inOrder.add(l.movement(i));
      }
      StockLedger underSecond = postAllowed(Ledgers.open(second), inOrder);
      assertThat(p.ledger().card()).isEqualTo(underSecond.card());
    } else {
      assertThat(second.negativeStock()).isEqualTo(NegativeStockPolicy.REJECT);
    }
  }

  @Property
  void theStandardInEffectOnADayIsTheLatestTakingEffectOnOrBeforeIt(
      @ForAll("standardPolicies") CostingPolicy policy) {
    for (int d = 0; d < 90; d++) {
      LocalDate day = START.plusDays(d);
      BigDecimal expected = null;
      for (var e : policy.standardCosts().entrySet()) {
        if (!e.getKey().isAfter(day)) {
          expected = e.getValue();
        }
      }
      assertThat(policy.standardCostOn(day).orElse(null)).isEqualTo(expected);
    }
  }
}
