package dev.suanpan.inventory.stocktake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.presets.CustodianLiability;
import dev.suanpan.inventory.presets.FinanceSpotCheck;
import dev.suanpan.inventory.presets.MonthlyStocktake;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class StocktakeTest {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final LocalDate COUNT_DAY = LocalDate.of(2024, 3, 30);
  private static final PersonId LEADER = PersonId.of("E-101");
  private static final ImmutableList<PersonId> HELPERS =
      ImmutableList.of(PersonId.of("E-102"), PersonId.of("E-103"));
  private static final PersonId CUSTODIAN = PersonId.of("E-200");
  private static final PersonId SUPERVISOR = PersonId.of("E-900");
  private static final ImmutableList<PersonId> FOUR_OTHERS =
      ImmutableList.of(
          PersonId.of("E-901"), PersonId.of("E-902"), PersonId.of("E-903"), PersonId.of("E-904"));
  private static final SamplingAudit AUDIT =
      new SamplingAudit(FinanceSpotCheck.policy(), MonthlyStocktake.recountTeam(SUPERVISOR));

  private static Money cny(String a) {
    return Money.of(CNY, new BigDecimal(a));
  }

  /** Ten rings of area A: ring i has 10 pieces on the book at 100 x i each. */
  private static Map<ItemId, StockLedger> ledgers() {
    Map<ItemId, StockLedger> out = new LinkedHashMap<>();
    for (int i = 1; i <= 10; i++) {
      ItemId item = ItemId.of("RING-" + i);
      StockLedger l =
          StockLedger.open(
              item,
              WarehouseId.of("SHOWROOM"),
              UnitOfMeasure.PIECES,
              CNY,
              CostingPolicy.of(CostingMethod.MOVING_AVERAGE));
      l =
          l.post(
                  Movement.receipt(
                      LocalDate.of(2024, 3, 1),
                      "GRN-" + i,
                      BigDecimal.TEN,
                      UnitOfMeasure.PIECES,
                      BigDecimal.valueOf(100L * i),
                      "PO-" + i))
              .ledger();
      out.put(item, l);
    }
    return out;
  }

  private static Map<ItemId, BookEntry> book(Map<ItemId, StockLedger> ledgers) {
    Map<ItemId, BookEntry> out = new LinkedHashMap<>();
    ledgers.forEach((i, l) -> out.put(i, BookEntry.of(l)));
    return out;
  }

  private static CountSheet counted(
      Map<ItemId, StockLedger> ledgers, Map<String, String> differing) {
    CountSheet sheet =
        CountSheet.blank("A", LEADER, HELPERS, ImmutableList.copyOf(ledgers.keySet()));
    for (ItemId item : ledgers.keySet()) {
      sheet = sheet.withCount(item, new BigDecimal(differing.getOrDefault(item.code(), "10")));
    }
    return sheet;
  }

  /** {@code first} recounted by {@code leader} with {@code helpers}, who count the same. */
  private static Recount recountedBy(
      CountSheet first, PersonId leader, ImmutableList<PersonId> helpers) {
    CountSheet second = CountSheet.blank(first.area(), leader, helpers, first.items());
    for (ItemId item : first.items()) {
      second = second.withCount(item, first.count(item).orElseThrow());
    }
    return Recount.of(first, second);
  }

  private static Recount recounted(CountSheet first) {
    return recountedBy(first, SUPERVISOR, FOUR_OTHERS);
  }

  @Test
  void theSampleDrawsTwentyPercentFromTheGoodsAndThirtyPercentFromTheSheetCoveringHalfTheStock() {
    Map<ItemId, StockLedger> ledgers = ledgers();
    Recount recount = recounted(counted(ledgers, Map.of()));
    List<ItemId> goods = List.copyOf(ledgers.keySet());
    AuditPlan plan = AUDIT.plan(recount, goods, book(ledgers), 42L);
    // 20% of 10 goods = 2; 30% of 10 sheet lines = 3, more added if the value falls short
    assertThat(plan.fromGoods()).hasSize(2);
    assertThat(plan.fromSheet().size()).isGreaterThanOrEqualTo(3);
    // 10 pieces x 100 x (1 + 2 + ... + 10) = 1000 x 55
    assertThat(plan.totalValue()).isEqualTo(cny("55000.00"));
    assertThat(plan.coveredValue().getAmount().multiply(BigDecimal.valueOf(2)))
        .isGreaterThanOrEqualTo(plan.totalValue().getAmount());
    assertThat(AUDIT.plan(recount, goods, book(ledgers), 42L)).isEqualTo(plan);
  }

  @Test
  void aSampleDrawnFromTheGoodsFindsWhatTheSheetLeftOut() {
    // a box of RING-X lies in area A: it is among the goods, not on the sheet nor on the book
    Map<ItemId, StockLedger> ledgers = ledgers();
    Recount recount = recounted(counted(ledgers, Map.of()));
    ItemId stray = ItemId.of("RING-X");
    List<ItemId> goods = new ArrayList<>(ledgers.keySet());
    goods.add(stray);
    // 20% of 11 goods = 2.2, rounded up to 3; the sheet sample may not name RING-X
    assertThatThrownBy(
            () ->
                AUDIT.plan(
                    recount,
                    goods,
                    book(ledgers),
                    List.of(stray, ItemId.of("RING-1")),
                    List.of(ItemId.of("RING-10"), ItemId.of("RING-9"), ItemId.of("RING-8"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "fromGoods must hold at least 3 of the 11 items of goods (20%), held 2");
    assertThatThrownBy(
            () ->
                AUDIT.plan(
                    recount,
                    goods,
                    book(ledgers),
                    List.of(stray, ItemId.of("RING-1"), ItemId.of("RING-2")),
                    List.of(ItemId.of("RING-10"), ItemId.of("RING-9"), stray)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromSheet item RING-X is not on the count sheet");
    AuditPlan plan =
        AUDIT.plan(
            recount,
            goods,
            book(ledgers),
            List.of(stray, ItemId.of("RING-1"), ItemId.of("RING-2")),
            List.of(ItemId.of("RING-10"), ItemId.of("RING-9"), ItemId.of("RING-8")));
    // 1000 + 2000 + 10000 + 9000 + 8000 (RING-X has no book value) >= 50% of 55000
    assertThat(plan.coveredValue()).isEqualTo(cny("30000.00"));
    Map<ItemId, BigDecimal> found = new LinkedHashMap<>();
    plan.sampled().forEach(i -> found.put(i, BigDecimal.TEN));
    found.put(stray, new BigDecimal("2"));
    AuditDecision result = AUDIT.evaluate(plan, recount, found);
    // RING-X: 0 on the sheet, 2 found; 1 of 6 sampled items = 16.67% > 1%
    assertThat(result.errors())
        .containsExactly(new CountDifference(stray, BigDecimal.ZERO, new BigDecimal("2")));
    assertThat(result.errorRate()).isEqualTo(Percent.of("16.67"));
    assertThat(result.recountOrdered()).isTrue();
  }

  @Test
  void aCallersOwnSampleMustMeetTheSharesAndTheCoverage() {
    Map<ItemId, StockLedger> ledgers = ledgers();
    Recount recount = recounted(counted(ledgers, Map.of()));
    List<ItemId> goods = List.copyOf(ledgers.keySet());
    List<ItemId> small = List.of(ItemId.of("RING-1"), ItemId.of("RING-2"));
    assertThatThrownBy(() -> AUDIT.plan(recount, goods, book(ledgers), small, small))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromSheet must hold at least 3");
    List<ItemId> cheap = List.of(ItemId.of("RING-1"), ItemId.of("RING-2"), ItemId.of("RING-3"));
    assertThatThrownBy(() -> AUDIT.plan(recount, goods, book(ledgers), small, cheap))
        .hasMessageContaining("less than 50%");
    List<ItemId> dear = List.of(ItemId.of("RING-10"), ItemId.of("RING-9"), ItemId.of("RING-8"));
    AuditPlan plan = AUDIT.plan(recount, goods, book(ledgers), small, dear);
    assertThat(plan.coveredValue()).isEqualTo(cny("30000.00")); // 1000+2000+10000+9000+8000
  }

  @Test
  void anErrorRateAboveOnePercentOrdersAFullRecountOfTheArea() {
    Map<ItemId, StockLedger> ledgers = ledgers();
    Recount recount = recounted(counted(ledgers, Map.of("RING-9", "9")));
    List<ItemId> goods = List.copyOf(ledgers.keySet());
    List<ItemId> fromGoods = List.of(ItemId.of("RING-1"), ItemId.of("RING-2"));
    List<ItemId> fromSheet =
        List.of(ItemId.of("RING-10"), ItemId.of("RING-9"), ItemId.of("RING-8"));
    AuditPlan plan = AUDIT.plan(recount, goods, book(ledgers), fromGoods, fromSheet);
    Map<ItemId, BigDecimal> found = new LinkedHashMap<>();
    plan.sampled().forEach(i -> found.put(i, BigDecimal.TEN)); // the auditor finds 10 of each
    AuditDecision result = AUDIT.evaluate(plan, recount, found);
    assertThat(result.recountOrdered()).isTrue();
    assertThat(result.isHeld()).isTrue();
    assertThat(result.errors())
        .containsExactly(
            new CountDifference(ItemId.of("RING-9"), new BigDecimal("9"), BigDecimal.TEN));
    assertThat(result.explanation().toString())
        .contains(
            "1 of 5 sampled items disagree (20%), above 1%: the warehouse supervisor recounts area"
                + " A in full");
  }

  @Test
  void aCountThatAgreesWithTheShelfStands() {
    Map<ItemId, StockLedger> ledgers = ledgers();
    Recount recount = recounted(counted(ledgers, Map.of("RING-3", "8")));
    AuditPlan plan = AUDIT.plan(recount, List.copyOf(ledgers.keySet()), book(ledgers), 7L);
    Map<ItemId, BigDecimal> found = new LinkedHashMap<>();
    plan.sampled().forEach(i -> found.put(i, recount.standing().count(i).orElseThrow()));
    AuditDecision result = AUDIT.evaluate(plan, recount, found);
    assertThat(result.isAllowed()).isTrue();
    assertThat(result.explanation().fired(StocktakeRule.ACCEPTED)).isTrue();
  }

  @Test
  void financeSamplesOnlyACountTheSupervisorRecountedWithFourOthers() {
    Map<ItemId, StockLedger> ledgers = ledgers();
    CountSheet first = counted(ledgers, Map.of());
    List<ItemId> goods = List.copyOf(ledgers.keySet());
    // the supervisor with 2 others, the size of a first-count team: not the recount team
    Recount small = recountedBy(first, SUPERVISOR, HELPERS);
    AuditPlan plan = AUDIT.plan(small, goods, book(ledgers), 7L);
    Map<ItemId, BigDecimal> found = new LinkedHashMap<>();
    plan.sampled().forEach(i -> found.put(i, BigDecimal.TEN));
    AuditDecision refused = AUDIT.evaluate(plan, small, found);
    assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(refused.explanation().rules()).containsExactly(StocktakeRule.RECOUNT_TEAM.id());
    assertThat(refused.explanation().toString())
        .contains(
            "area A recounted by E-900 with 2 others, not by E-900 with 4: finance does not sample"
                + " it");
    assertThat(refused.errors()).isEmpty();
    // four others, but led by someone other than the supervisor
    Recount notLed = recountedBy(first, LEADER, FOUR_OTHERS);
    assertThat(AUDIT.evaluate(plan, notLed, found).outcome()).isEqualTo(Outcome.REFUSED);
    // the supervisor with four others: sampled, the count stands
    AuditDecision sampled = AUDIT.evaluate(plan, recounted(first), found);
    assertThat(sampled.isAllowed()).isTrue();
    assertThat(sampled.explanation().toString())
        .contains("area A recounted by E-900 with 4 others before sampling, 0 differences traced");
  }

  @Test
  void theCountIsHeldOnTheLastTwoDaysOfTheMonthWithDeliveriesStopped() {
    // March 2024 has 31 days: the last two are the 30th and the 31st
    CountWindow march = MonthlyStocktake.countWindow(YearMonth.of(2024, 3));
    assertThat(march)
        .isEqualTo(CountWindow.of(LocalDate.of(2024, 3, 30), LocalDate.of(2024, 3, 31)));
    CountWindowDecision during = march.delivery(LocalDate.of(2024, 3, 30), "GRN-0330-01");
    assertThat(during.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(during.explanation().fired(StocktakeRule.DELIVERY_STOPPED)).isTrue();
    assertThat(march.delivery(LocalDate.of(2024, 3, 29), "GRN-0329-01").isAllowed()).isTrue();
    assertThat(march.delivery(LocalDate.of(2024, 4, 1), "GRN-0401-01").isAllowed()).isTrue();
    // February 2024 (a leap year) has 29 days: the 28th and the 29th
    assertThat(MonthlyStocktake.countWindow(YearMonth.of(2024, 2)).first())
        .isEqualTo(LocalDate.of(2024, 2, 28));
    assertThatThrownBy(() -> CountWindow.lastDaysOf(YearMonth.of(2024, 3), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days must be between 1 and 31, was 0");
  }

  @Test
  void documentsApprovedBeforeTheCountArePostedFirst() {
    CountWindow march = MonthlyStocktake.countWindow(YearMonth.of(2024, 3));
    Map<String, LocalDate> unposted = new LinkedHashMap<>();
    unposted.put("GRN-0329-02", LocalDate.of(2024, 3, 29));
    unposted.put("XS-0330-01", LocalDate.of(2024, 3, 30)); // approved during the count: later
    CountWindowDecision held = march.ready(unposted);
    assertThat(held.isHeld()).isTrue();
    assertThat(held.toPost()).containsExactly("GRN-0329-02");
    assertThat(held.explanation().fired(StocktakeRule.BOOKS_NOT_POSTED)).isTrue();
    unposted.remove("GRN-0329-02");
    CountWindowDecision ready = march.ready(unposted);
    assertThat(ready.isAllowed()).isTrue();
    assertThat(ready.explanation().fired(StocktakeRule.BOOKS_POSTED)).isTrue();
  }

  @Test
  void theRecountByASecondTeamStandsAndItsDifferencesAreListed() {
    Map<ItemId, StockLedger> ledgers = ledgers();
    CountSheet first = counted(ledgers, Map.of("RING-4", "7"));
    CountSheet second =
        CountSheet.blank(
            "A", PersonId.of("E-301"), ImmutableList.of(PersonId.of("E-302")), first.items());
    for (ItemId i : first.items()) {
      second = second.withCount(i, BigDecimal.TEN);
    }
    Recount r = Recount.of(first, second);
    assertThat(r.agrees()).isFalse();
    assertThat(r.differences())
        .containsExactly(
            new CountDifference(ItemId.of("RING-4"), new BigDecimal("7"), BigDecimal.TEN));
    assertThat(r.standing()).isEqualTo(second);
  }

  @Test
  void shortageNoteIsValuedAtCurrentCostAndPostsOnlyWhenApprovedChargingTheCustodian() {
    Map<ItemId, StockLedger> ledgers = ledgers();
    CountSheet standing = counted(ledgers, Map.of("RING-5", "7", "RING-2", "11"));
    ImmutableList<VarianceNote> notes =
        VarianceNote.of(standing, ledgers, COUNT_DAY, "PD-2403", CUSTODIAN, Rounding.FEN);
    assertThat(notes).hasSize(2);
    VarianceNote surplus = notes.get(0);
    VarianceNote shortage = notes.get(1);
    assertThat(surplus.toString())
        .isEqualTo("PD-2403-1 surplus of 1.0000 RING-2 at 200.000000 = CNY 200.00");
    assertThat(shortage.value()).isEqualTo(cny("1500.00")); // 3 x 500

    Role gm = Role.of("GM", "General manager");
    Role finance = Role.of("FINANCE", "Finance supervisor");
    VarianceApproval approval = new VarianceApproval(finance, gm, CustodianLiability.policy());
    StockLedger ring5 = ledgers.get(ItemId.of("RING-5"));

    // nobody has signed: it goes to the finance supervisor for review
    VarianceDecision unsigned = approval.decide(shortage, List.of(), true);
    assertThat(unsigned.needsApproval()).isTrue();
    assertThat(unsigned.requiredApprover()).contains(finance);
    assertThat(unsigned.explanation().fired(StocktakeRule.VARIANCE_REVIEW)).isTrue();
    // reviewed by finance: the general manager approves, whatever the value
    VarianceDecision byHead = approval.decide(shortage, List.of(finance), true);
    assertThat(byHead.needsApproval()).isTrue();
    assertThat(byHead.requiredApprover()).contains(gm);
    assertThat(byHead.movement(ring5)).isEmpty();
    // the general manager without the review: refused
    VarianceDecision unreviewed = approval.decide(shortage, List.of(gm), true);
    assertThat(unreviewed.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(unreviewed.explanation().fired(StocktakeRule.VARIANCE_OUT_OF_ORDER)).isTrue();
    assertThat(approval.decide(shortage, List.of(gm, finance), true).outcome())
        .isEqualTo(Outcome.REFUSED);

    VarianceDecision byFinance = approval.decide(shortage, List.of(finance, gm), true);
    assertThat(byFinance.isAllowed()).isTrue();
    assertThat(byFinance.explanation().toString())
        .contains(
            "PD-2403-2: CNY 1500.00 reviewed by Finance supervisor and approved by General"
                + " manager; the books are adjusted");
    Posting posted = ring5.post(byFinance.movement(ring5).orElseThrow());
    assertThat(posted.ledger().quantityOnHand()).isEqualByComparingTo("7");
    assertThat(posted.journal())
        .singleElement()
        .extracting(JournalEntry::lines)
        .isEqualTo(
            ImmutableList.of(
                JournalLine.debit(LedgerAccount.STOCKTAKE_PENDING, cny("1500.00")),
                JournalLine.credit(LedgerAccount.INVENTORY, cny("1500.00"))));
    JournalEntry charged =
        byFinance.resolution(posted.ledger(), posted.line().orElseThrow()).orElseThrow();
    assertThat(charged.reference()).isEqualTo(posted.line().orElseThrow().document());
    assertThat(charged.lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.CUSTODIAN_RECEIVABLE, cny("1500.00")),
            JournalLine.credit(LedgerAccount.STOCKTAKE_PENDING, cny("1500.00")));
    // the shortage and its resolution name the item and the warehouse as dimensions
    assertThat(charged.dimensions())
        .containsExactly(entry(Dimensions.ITEM, "RING-5"), entry(Dimensions.WAREHOUSE, "SHOWROOM"));
    assertThat(posted.journal().get(0).dimensions()).isEqualTo(charged.dimensions());
    // the approval clears the pending account
    JournalSummary shortageBooked =
        JournalSummary.of(
            CNY,
            ImmutableList.<JournalEntry>builder().addAll(posted.journal()).add(charged).build());
    assertThat(shortageBooked.balanceOf(LedgerAccount.STOCKTAKE_PENDING)).isEqualTo(cny("0.00"));
    assertThat(byFinance.explanation().fired(StocktakeRule.CUSTODIAN_CHARGE)).isTrue();

    VarianceDecision notAtFault = approval.decide(shortage, List.of(finance, gm), false);
    assertThat(
            notAtFault
                .resolution(posted.ledger(), posted.line().orElseThrow())
                .orElseThrow()
                .lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.ADMINISTRATIVE_EXPENSE, cny("1500.00")),
            JournalLine.credit(LedgerAccount.STOCKTAKE_PENDING, cny("1500.00")));
    assertThat(byHead.resolution(ring5, posted.line().orElseThrow())).isEmpty();

    // a policy charging the custodian 30%: the rest to administrative expense, split to the fen
    VarianceDecision shared =
        new VarianceApproval(
                finance, gm, StocktakePolicy.builder().custodianShare(Percent.of("30")).build())
            .decide(shortage, List.of(finance, gm), true);
    assertThat(
            shared.resolution(posted.ledger(), posted.line().orElseThrow()).orElseThrow().lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.CUSTODIAN_RECEIVABLE, cny("450.00")),
            JournalLine.debit(LedgerAccount.ADMINISTRATIVE_EXPENSE, cny("1050.00")),
            JournalLine.credit(LedgerAccount.STOCKTAKE_PENDING, cny("1500.00")));
  }

  @Test
  void aSeededSampleIsAPureFunctionOfTheSeed() {
    List<Integer> items = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(SeededSample.choose(items, 5, 99L)).isEqualTo(SeededSample.choose(items, 5, 99L));
    assertThat(SeededSample.choose(items, 5, 99L)).doesNotHaveDuplicates().hasSize(5);
    assertThat(SeededSample.choose(items, 12, 3L)).containsExactlyInAnyOrderElementsOf(items);
    assertThatThrownBy(() -> SeededSample.choose(items, 13, 1L))
        .hasMessageContaining("count must be between 0 and 12, was 13");
  }

  @Test
  void aCountSheetRejectsDoubleCountingAndItemsNotOnIt() {
    assertThatThrownBy(
            () ->
                CountSheet.blank(
                    "A", LEADER, HELPERS, ImmutableList.of(ItemId.of("X"), ItemId.of("X"))))
        .hasMessageContaining("must not repeat");
    CountSheet sheet = CountSheet.blank("A", LEADER, HELPERS, ImmutableList.of(ItemId.of("X")));
    assertThatThrownBy(() -> sheet.withCount(ItemId.of("Y"), BigDecimal.ONE))
        .hasMessageContaining("item Y is not on the count sheet of area A");
    assertThat(sheet.complete()).isFalse();
    assertThat(sheet.withCount(ItemId.of("X"), BigDecimal.ONE).complete()).isTrue();
  }

  @Test
  void theRuleIdsAreStable() {
    // Stored explanations match on these ids: they never change.
    assertThat(java.util.Arrays.stream(StocktakeRule.values()).map(StocktakeRule::id))
        // "stocktake.variance.beyond-authority" went with the approval by value: 004 篇3 §3 asks for
        // the finance supervisor's review and the general manager's approval whatever the value.
        .containsExactly(
            "stocktake.window.delivery-stopped",
            "stocktake.window.delivery-outside",
            "stocktake.window.books-not-posted",
            "stocktake.window.books-posted",
            "stocktake.recount-team",
            "stocktake.sample",
            "stocktake.accepted",
            "stocktake.recount",
            "stocktake.variance.review",
            "stocktake.variance.approval",
            "stocktake.variance.approved",
            "stocktake.variance.out-of-order",
            "stocktake.custodian-charge");
  }
}
