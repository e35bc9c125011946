package dev.suanpan.inventory.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.inventory.*;
import dev.suanpan.inventory.costing.*;
import dev.suanpan.inventory.stocktake.*;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The snippets of the README's inventory section, line for line, with their commented results
 * asserted.
 */
class ReadmeSnippetTest {
  @Test
  void theLedgerSnippetRunsAndGivesTheFiguresItShows() {
    StockLedger ledger =
        StockLedger.open(
            ItemId.of("OIL-FILTER-A"),
            WarehouseId.of("PARTS-1"),
            UnitOfMeasure.PIECES,
            CurrencyUnit.of("CNY"),
            CostingPolicy.of(CostingMethod.FIFO));

    ledger =
        ledger
            .post(
                Movement.receipt(
                    LocalDate.of(2024, 3, 1),
                    "GRN-1",
                    new BigDecimal("100"),
                    UnitOfMeasure.PIECES,
                    new BigDecimal("10.00"),
                    "PO-1"))
            .ledger();
    ledger =
        ledger
            .post(
                Movement.receipt(
                    LocalDate.of(2024, 3, 5),
                    "GRN-2",
                    new BigDecimal("200"),
                    UnitOfMeasure.PIECES,
                    new BigDecimal("12.00"),
                    "PO-2"))
            .ledger();

    Posting issue =
        ledger.post(
            Movement.saleIssue(
                LocalDate.of(2024, 3, 10), "OUT-1", new BigDecimal("150"), UnitOfMeasure.PIECES));
    assertThat(issue.line().get().amount()).isEqualTo(Money.parse("CNY 1600.00"));
    assertThat(issue.journal().toString())
        .isEqualTo(
            "[2024-03-10 OUT-1 Sale issue of OIL-FILTER-A at PARTS-1\n"
                + "  Dr 6401 Cost of goods sold CNY 1600.00\n"
                + "  Cr 1405 Inventory CNY 1600.00\n"
                + "  [item=OIL-FILTER-A, warehouse=PARTS-1]]");
    ledger = issue.ledger();

    // A receipt dated in the past re-values only what follows it and says what changed.
    Posting late =
        ledger.post(
            Movement.receipt(
                LocalDate.of(2024, 3, 2),
                "GRN-LATE",
                new BigDecimal("100"),
                UnitOfMeasure.PIECES,
                new BigDecimal("8.00"),
                "PO-3"));
    assertThat(late.cogsChanges()).hasSize(1);
    assertThat(late.cogsChanges().get(0).before().document()).isEqualTo("OUT-1");
    assertThat(late.cogsChanges().get(0).before().amount()).isEqualTo(Money.parse("CNY 1600.00"));
    assertThat(late.cogsChanges().get(0).after().amount()).isEqualTo(Money.parse("CNY 1400.00"));
    assertThat(late.costOfGoodsSoldChange()).isEqualTo(Money.parse("CNY -200.00"));
    assertThat(late.journal()).hasSize(2);
    assertThat(late.journal().get(0).reference()).isEqualTo("GRN-LATE");
    assertThat(late.journal().get(1).toString())
        .isEqualTo(
            "2024-03-10 OUT-1 Sale issue of OIL-FILTER-A at PARTS-1 re-valued\n"
                + "  Dr 1405 Inventory CNY 200.00\n"
                + "  Cr 6401 Cost of goods sold CNY 200.00\n"
                + "  [item=OIL-FILTER-A, warehouse=PARTS-1]");

    StockCard card = late.ledger().card();
    assertThat(card.lines())
        .extracting(StockCardLine::document, StockCardLine::balanceValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GRN-1", Money.parse("CNY 1000.00")),
            org.assertj.core.groups.Tuple.tuple("GRN-LATE", Money.parse("CNY 1800.00")),
            org.assertj.core.groups.Tuple.tuple("GRN-2", Money.parse("CNY 4200.00")),
            org.assertj.core.groups.Tuple.tuple("OUT-1", Money.parse("CNY 2800.00")));
    StockBalance onHand = late.ledger().balanceAt(LocalDate.of(2024, 3, 31));
    assertThat(onHand.quantity()).isEqualByComparingTo("250");
    assertThat(onHand.value()).isEqualTo(Money.parse("CNY 2800.00"));
  }

  @Test
  void theStandardCostSnippetRunsAndGivesTheFiguresItShows() {
    CostingPolicy standard =
        CostingPolicy.builder()
            .method(CostingMethod.STANDARD)
            .putStandardCost(LocalDate.of(2024, 3, 1), new BigDecimal("10.00"))
            .putStandardCost(LocalDate.of(2024, 4, 1), new BigDecimal("11.00"))
            .build();
    StockLedger filters =
        StockLedger.open(
            ItemId.of("OIL-FILTER-A"),
            WarehouseId.of("PARTS-1"),
            UnitOfMeasure.PIECES,
            CurrencyUnit.of("CNY"),
            standard);
    Posting grn =
        filters.post(
            Movement.receipt(
                LocalDate.of(2024, 3, 5),
                "GRN-1",
                new BigDecimal("100"),
                UnitOfMeasure.PIECES,
                new BigDecimal("10.50"),
                "PO-1"));
    assertThat(grn.line().get().amount()).isEqualTo(Money.parse("CNY 1000.00"));
    assertThat(grn.line().get().purchasePriceVariance()).isEqualTo(Money.parse("CNY 50.00"));
    assertThat(grn.journal().get(0).lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.INVENTORY, Money.parse("CNY 1000.00")),
            JournalLine.debit(LedgerAccount.PURCHASE_PRICE_VARIANCE, Money.parse("CNY 50.00")),
            JournalLine.credit(
                LedgerAccount.GOODS_RECEIVED_NOT_INVOICED, Money.parse("CNY 1050.00")));
    Posting out =
        grn.ledger()
            .post(
                Movement.saleIssue(
                    LocalDate.of(2024, 3, 10),
                    "OUT-1",
                    new BigDecimal("30"),
                    UnitOfMeasure.PIECES));
    assertThat(out.line().get().amount()).isEqualTo(Money.parse("CNY 300.00"));
    filters = out.ledger();
    ImmutableList<StandardCostRevaluation> april =
        filters.standardRevaluations(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30));
    assertThat(april).hasSize(1);
    assertThat(april.get(0).quantity()).isEqualByComparingTo("70");
    assertThat(april.get(0).amount()).isEqualTo(Money.parse("CNY 70.00"));
    assertThat(april.get(0).reference()).isEqualTo("STD-2024-04-01");
    assertThat(april.get(0).journal().orElseThrow().lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.INVENTORY, Money.parse("CNY 70.00")),
            JournalLine.credit(LedgerAccount.PURCHASE_PRICE_VARIANCE, Money.parse("CNY 70.00")));
    assertThat(filters.balanceAt(LocalDate.of(2024, 4, 1)).value())
        .isEqualTo(Money.parse("CNY 770.00"));
  }

  /** Ten rings of area A: ring i has 10 pieces on the book at 100 x i each. */
  private static Map<ItemId, StockLedger> rings() {
    Map<ItemId, StockLedger> out = new LinkedHashMap<>();
    for (int i = 1; i <= 10; i++) {
      ItemId item = ItemId.of("RING-" + i);
      StockLedger l =
          StockLedger.open(
              item,
              WarehouseId.of("SHOWROOM"),
              UnitOfMeasure.PIECES,
              CurrencyUnit.of("CNY"),
              CostingPolicy.of(CostingMethod.MOVING_AVERAGE));
      out.put(
          item,
          l.post(
                  Movement.receipt(
                      LocalDate.of(2024, 3, 1),
                      "GRN-" + i,
                      BigDecimal.TEN,
                      UnitOfMeasure.PIECES,
                      BigDecimal.valueOf(100L * i),
                      "PO-" + i))
              .ledger());
    }
    return out;
  }

  @Test
  void theStocktakeSnippetRunsAndGivesTheResultsItShows() {
    // The givens the snippet's comment names: ten rings in area A, RING-5 counted 7 of 10.
    Map<ItemId, StockLedger> ledgers = rings();
    CountSheet sheet =
        CountSheet.blank(
            "A",
            PersonId.of("E-101"),
            ImmutableList.of(PersonId.of("E-102")),
            ImmutableList.copyOf(ledgers.keySet()));
    for (ItemId item : ledgers.keySet()) {
      sheet =
          sheet.withCount(
              item, item.code().equals("RING-5") ? new BigDecimal("7") : BigDecimal.TEN);
    }
    Map<ItemId, BookEntry> book = new LinkedHashMap<>();
    ledgers.forEach((item, l) -> book.put(item, BookEntry.of(l)));
    Map<ItemId, BigDecimal> foundOnShelf = new LinkedHashMap<>();
    for (ItemId item : sheet.items()) {
      foundOnShelf.put(item, sheet.count(item).orElseThrow());
    }
    Role gm = Role.of("GM", "General manager");
    Role financeManager = Role.of("FINANCE", "Finance manager");
    AuthorityPolicy authority =
        AuthorityPolicy.builder()
            .role(gm)
            .role(financeManager, gm)
            .limit(gm, VarianceApproval.SUBJECT, Limit.unlimitedAuthority())
            .limit(
                financeManager,
                VarianceApproval.SUBJECT,
                Limit.upToAmount(Money.parse("CNY 5000.00")))
            .build();

    SamplingAudit audit = new SamplingAudit(AuditPolicy.sources());
    AuditPlan plan = audit.plan(sheet, book, 20240330L);
    AuditResult result = audit.evaluate(plan, sheet, foundOnShelf);
    assertThat(result.isAllowed()).isTrue();
    Map<ItemId, BigDecimal> miscounted = new LinkedHashMap<>(foundOnShelf);
    miscounted.put(plan.sampled().asList().get(0), BigDecimal.ONE);
    assertThat(audit.evaluate(plan, sheet, miscounted).isHeld()).isTrue();
    assertThat(audit.evaluate(plan, sheet, miscounted).recountOrdered()).isTrue();

    ImmutableList<VarianceNote> notes =
        VarianceNote.of(
            sheet,
            ledgers,
            LocalDate.of(2024, 3, 30),
            "PD-2403",
            PersonId.of("E-200"),
            Rounding.FEN);
    StockLedger ledger = ledgers.get(notes.get(0).item());
    VarianceApproval.Decision d =
        new VarianceApproval(authority, StocktakePolicy.sources())
            .decide(notes.get(0), financeManager, /* custodianAtFault */ true);
    assertThat(d.isAllowed()).isTrue();
    if (d.isAllowed()) {
      Posting p = ledger.post(d.movement(ledger).get());
      assertThat(d.resolution(p.ledger(), p.line().get()).orElseThrow().lines())
          .containsExactly(
              JournalLine.debit(LedgerAccount.CUSTODIAN_RECEIVABLE, Money.parse("CNY 1500.00")),
              JournalLine.credit(LedgerAccount.STOCKTAKE_PENDING, Money.parse("CNY 1500.00")));
    }
  }

  @Test
  void theMonthEndDifferenceSnippetRunsAndGivesTheFiguresItShows() {
    CostingPolicy toIssues =
        CostingPolicy.builder()
            .method(CostingMethod.MONTHLY_AVERAGE)
            .monthEndDifference(MonthEndDifference.ISSUES)
            .build();
    StockLedger filters =
        StockLedger.open(
            ItemId.of("OIL-FILTER-A"),
            WarehouseId.of("PARTS-1"),
            UnitOfMeasure.PIECES,
            CurrencyUnit.of("CNY"),
            toIssues);
    filters =
        filters
            .post(
                Movement.receipt(
                    LocalDate.of(2024, 4, 1),
                    "GRN-1",
                    new BigDecimal("3"),
                    UnitOfMeasure.PIECES,
                    new BigDecimal("10.00"),
                    "PO-1"))
            .ledger();
    filters =
        filters
            .post(
                Movement.receipt(
                    LocalDate.of(2024, 4, 2),
                    "GRN-2",
                    new BigDecimal("3"),
                    UnitOfMeasure.PIECES,
                    new BigDecimal("10.01"),
                    "PO-2"))
            .ledger();
    filters =
        filters
            .post(
                Movement.saleIssue(
                    LocalDate.of(2024, 4, 3), "OUT-1", new BigDecimal("3"), UnitOfMeasure.PIECES))
            .ledger();
    filters =
        filters
            .post(
                Movement.saleIssue(
                    LocalDate.of(2024, 4, 4), "OUT-2", new BigDecimal("1"), UnitOfMeasure.PIECES))
            .ledger();
    MonthEndClose april = filters.closeMonth(YearMonth.of(2024, 4));
    assertThat(april.unitCost()).contains(new BigDecimal("10.01"));
    assertThat(april.closingValue()).isEqualTo(Money.parse("CNY 20.02"));
    assertThat(april.outboundCost()).isEqualTo(Money.parse("CNY 40.01"));
    assertThat(april.ledger().line(2).amount()).isEqualTo(Money.parse("CNY 30.01"));
    assertThat(april.ledger().line(3).amount()).isEqualTo(Money.parse("CNY 10.00"));
    assertThat(april.issuesDifference()).contains(Money.parse("CNY -0.03"));
    assertThat(april.differenceTreatment()).contains(MonthEndDifference.ISSUES);
    assertThat(
            filters
                .revalue(CostingPolicy.of(CostingMethod.MONTHLY_AVERAGE))
                .ledger()
                .closeMonth(YearMonth.of(2024, 4))
                .closingValue())
        .isEqualTo(Money.parse("CNY 19.99"));
  }
}
