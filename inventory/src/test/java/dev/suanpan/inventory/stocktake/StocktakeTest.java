package dev.suanpan.inventory.stocktake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
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
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
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

  @Test
  void theSampleTakesTwentyPercentOfCountedAndThirtyPercentOfBookItemsCoveringHalfTheStock() {
    Map<ItemId, StockLedger> ledgers = ledgers();
    CountSheet sheet = counted(ledgers, Map.of());
    SamplingAudit audit = new SamplingAudit(FinanceSpotCheck.policy());
    AuditPlan plan = audit.plan(sheet, book(ledgers), 42L);
    assertThat(plan.countedToBook()).hasSize(2);
    assertThat(plan.bookToShelf().size()).isGreaterThanOrEqualTo(3);
    assertThat(plan.totalValue()).isEqualTo(cny("55000.00"));
    assertThat(plan.coveredValue().getAmount().multiply(BigDecimal.valueOf(2)))
        .isGreaterThanOrEqualTo(plan.totalValue().getAmount());
    assertThat(audit.plan(sheet, book(ledgers), 42L)).isEqualTo(plan);
  }

  @Test
  void aCallersOwnSampleMustMeetTheSharesAndTheCoverage() {
    Map<ItemId, StockLedger> ledgers = ledgers();
    CountSheet sheet = counted(ledgers, Map.of());
    SamplingAudit audit = new SamplingAudit(FinanceSpotCheck.policy());
    List<ItemId> small = List.of(ItemId.of("RING-1"), ItemId.of("RING-2"));
    assertThatThrownBy(() -> audit.plan(sheet, book(ledgers), small, small))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bookToShelf must hold at least 3");
    List<ItemId> cheap = List.of(ItemId.of("RING-1"), ItemId.of("RING-2"), ItemId.of("RING-3"));
    assertThatThrownBy(() -> audit.plan(sheet, book(ledgers), small, cheap))
        .hasMessageContaining("less than 50%");
    List<ItemId> dear = List.of(ItemId.of("RING-10"), ItemId.of("RING-9"), ItemId.of("RING-8"));
    AuditPlan plan = audit.plan(sheet, book(ledgers), small, dear);
    assertThat(plan.coveredValue()).isEqualTo(cny("30000.00")); // 1000+2000+10000+9000+8000
  }

  @Test
  void anErrorRateAboveOnePercentOrdersAFullRecountOfTheArea() {
    Map<ItemId, StockLedger> ledgers = ledgers();
    CountSheet sheet = counted(ledgers, Map.of("RING-9", "9"));
    SamplingAudit audit = new SamplingAudit(FinanceSpotCheck.policy());
    List<ItemId> toBook = List.of(ItemId.of("RING-1"), ItemId.of("RING-2"));
    List<ItemId> toShelf = List.of(ItemId.of("RING-10"), ItemId.of("RING-9"), ItemId.of("RING-8"));
    AuditPlan plan = audit.plan(sheet, book(ledgers), toBook, toShelf);
    Map<ItemId, BigDecimal> found = new LinkedHashMap<>();
    plan.sampled().forEach(i -> found.put(i, BigDecimal.TEN)); // the auditor finds 10 of each
    AuditDecision result = audit.evaluate(plan, sheet, found);
    assertThat(result.recountOrdered()).isTrue();
    assertThat(result.isHeld()).isTrue();
    assertThat(result.errors())
        .containsExactly(
            new CountDifference(ItemId.of("RING-9"), new BigDecimal("9"), BigDecimal.TEN));
    assertThat(result.explanation().toString())
        .contains(
            "1 of 5 sampled items disagree (20%), above 1%: the warehouse head recounts area A");
  }

  @Test
  void aCountThatAgreesWithTheShelfStands() {
    Map<ItemId, StockLedger> ledgers = ledgers();
    CountSheet sheet = counted(ledgers, Map.of("RING-3", "8"));
    SamplingAudit audit = new SamplingAudit(FinanceSpotCheck.policy());
    AuditPlan plan = audit.plan(sheet, book(ledgers), 7L);
    Map<ItemId, BigDecimal> found = new LinkedHashMap<>();
    plan.sampled().forEach(i -> found.put(i, sheet.count(i).orElseThrow()));
    AuditDecision result = audit.evaluate(plan, sheet, found);
    assertThat(result.isAllowed()).isTrue();
    assertThat(result.explanation().fired(StocktakeRule.ACCEPTED)).isTrue();
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
    Role finance = Role.of("FINANCE", "Finance manager");
    Role warehouseHead = Role.of("WAREHOUSE_HEAD", "Warehouse head");
    AuthorityPolicy authority =
        AuthorityPolicy.builder()
            .role(gm)
            .role(finance, gm)
            .role(warehouseHead, finance)
            .limit(gm, VarianceApproval.SUBJECT, Limit.unlimitedAuthority())
            .limit(finance, VarianceApproval.SUBJECT, Limit.upToAmount(cny("5000.00")))
            .limit(warehouseHead, VarianceApproval.SUBJECT, Limit.upToAmount(cny("1000.00")))
            .build();
    VarianceApproval approval = new VarianceApproval(authority, CustodianLiability.policy());
    StockLedger ring5 = ledgers.get(ItemId.of("RING-5"));

    VarianceDecision byHead = approval.decide(shortage, warehouseHead, true);
    assertThat(byHead.needsApproval()).isTrue();
    assertThat(byHead.requiredApprover()).contains(finance);
    assertThat(byHead.movement(ring5)).isEmpty();

    VarianceDecision byFinance = approval.decide(shortage, finance, true);
    assertThat(byFinance.isAllowed()).isTrue();
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

    VarianceDecision notAtFault = approval.decide(shortage, finance, false);
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
                authority, StocktakePolicy.builder().custodianShare(Percent.of("30")).build())
            .decide(shortage, finance, true);
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
        .containsExactly(
            "stocktake.sample",
            "stocktake.accepted",
            "stocktake.recount",
            "stocktake.variance.approved",
            "stocktake.variance.approval",
            "stocktake.variance.beyond-authority",
            "stocktake.custodian-charge");
  }
}
