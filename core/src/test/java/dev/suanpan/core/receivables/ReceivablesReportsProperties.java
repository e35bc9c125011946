package dev.suanpan.core.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The 003 reports over random streams of invoices (with car dimensions and quantities), credit
 * notes, collections, deposits for contracts, advance applications and reversals across two years:
 * each report's totals equal what the test posted, its splits (months, quarters, tallies, regions,
 * own sales and pick-ups) add up, and the performance list agrees with the ledger's own contract
 * figures.
 */
class ReceivablesReportsProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final List<CustomerId> CUSTOMERS =
      List.of(CustomerId.of("C-1"), CustomerId.of("C-2"), CustomerId.of("C-3"));
  static final Map<CustomerId, String> CONTRACTS =
      Map.of(CUSTOMERS.get(0), "K-1", CUSTOMERS.get(1), "K-2");
  static final Map<CustomerId, String> REGIONS =
      Map.of(CUSTOMERS.get(0), "North", CUSTOMERS.get(1), "East", CUSTOMERS.get(2), "East");
  static final Set<CustomerId> OUTLETS = Set.of(CUSTOMERS.get(2));

  /** What the test posted: sales and cash by year, and the collections not yet reversed. */
  static final class Books {
    final Map<Integer, Long> salesGross = new HashMap<>();
    final Map<Integer, BigDecimal> units = new HashMap<>();
    final Map<Integer, Long> cash = new HashMap<>();
    final List<String> invoices = new ArrayList<>();
    final Map<String, Long> collections = new HashMap<>();
    int next;

    void sale(LocalDate d, long gross, BigDecimal quantity) {
      salesGross.merge(d.getYear(), gross, Long::sum);
      units.merge(d.getYear(), quantity, BigDecimal::add);
    }
  }

  @Property(tries = 200)
  void theReportsAddUpAndAgreeWithWhatWasPosted(
      @ForAll @Size(min = 10, max = 60) List<@IntRange(min = 0, max = 1_000_000) Integer> steps) {
    ReceivablesLedger ledger =
        ReceivablesLedger.of(DistributorCreditTerms.policy())
            .withContract("K-1", CUSTOMERS.get(0), Money.parse("CNY 1000.00"))
            .withContract("K-2", CUSTOMERS.get(1), Money.parse("CNY 1000.00"));
    Books books = new Books();
    LocalDate day = LocalDate.of(2026, 1, 1);
    for (int step : steps) {
      day = day.plusDays(step % 13);
      ledger = post(ledger, books, step, day);
    }
    for (int year : List.of(2026, 2027)) {
      checkPerformance(ledger, year);
      checkSales(ledger, books, year);
      checkCollections(ledger, books, year);
    }
    ContractPerformanceReport all = ledger.performance(ReportPeriod.year(2027));
    for (String k : List.of("K-1", "K-2")) {
      assertThat(all.line(k).collectedToDate()).isEqualTo(ledger.collected(k));
      assertThat(all.line(k).billedToDate()).isEqualTo(ledger.statement(k).billed());
    }
  }

  private static ReceivablesLedger post(
      ReceivablesLedger ledger, Books books, int step, LocalDate day) {
    CustomerId c = CUSTOMERS.get(step % 3);
    Money amount = Money.ofMinor(CNY, 1 + (step * 7919L) % 20_000_000L);
    String n = "D" + books.next++;
    switch ((step / 3) % 6) {
      case 0:
        return invoice(ledger, books, c, n, amount, day, step);
      case 1:
      case 2:
        return collect(ledger, books, c, n, amount, day, step);
      case 3:
        return credit(ledger, books, n, day, step);
      case 4:
        long can =
            Math.min(
                ledger.advance(c).getAmountMinorLong(), ledger.openBalance(c).getAmountMinorLong());
        return can == 0
            ? ledger
            : ledger
                .post(
                    AdvanceApplication.builder()
                        .number(n)
                        .customer(c)
                        .date(day)
                        .amount(Money.ofMinor(CNY, 1 + step % can))
                        .build())
                .ledger();
      default:
        return reverse(ledger, books, n, day, step);
    }
  }

  private static ReceivablesLedger invoice(
      ReceivablesLedger ledger,
      Books books,
      CustomerId c,
      String n,
      Money gross,
      LocalDate day,
      int step) {
    SalesInvoice.Builder b =
        SalesInvoice.builder()
            .number(n)
            .customer(c)
            .date(day)
            .kind(InvoiceKind.VAT_SPECIAL)
            .terms(PaymentTerms.net(30));
    if (CONTRACTS.containsKey(c)) {
      b.contract(CONTRACTS.get(c));
    }
    BigDecimal units = BigDecimal.ZERO;
    for (int i = 0; i <= step % 2; i++) {
      Map<String, String> dims = new HashMap<>();
      dims.put(Dimensions.MODEL, (step / 7 + i) % 2 == 0 ? "SEDAN" : "SUV");
      if (step % 5 != 0) {
        dims.put(Dimensions.COLOUR, (step / 11 + i) % 3 == 0 ? "white" : "black");
      }
      BigDecimal q = BigDecimal.valueOf(1 + (step + i) % 3);
      units = units.add(q);
      b.addLines(
          InvoiceLine.inclusive("car", gross.plusMinor(i), VatRate.STANDARD_13)
              .withQuantity(q)
              .withDimensions(dims));
    }
    SalesInvoice inv = b.build();
    ReceivablesPosting p = ledger.post(inv);
    if (p.outcome() == Outcome.ALLOWED) {
      books.invoices.add(n);
      books.sale(day, inv.gross().getAmountMinorLong(), units);
    }
    return p.ledger();
  }

  private static ReceivablesLedger collect(
      ReceivablesLedger ledger,
      Books books,
      CustomerId c,
      String n,
      Money amount,
      LocalDate day,
      int step) {
    Collection.Builder b =
        Collection.builder()
            .number(n)
            .customer(c)
            .date(day)
            .amount(amount)
            .method(PaymentMethod.TRANSFER);
    if (step % 2 == 0 && CONTRACTS.containsKey(c)) {
      b.contract(CONTRACTS.get(c)).asAdvance(true);
    }
    books.cash.merge(day.getYear(), amount.getAmountMinorLong(), Long::sum);
    books.collections.put(n, amount.getAmountMinorLong());
    return ledger.post(b.build()).ledger();
  }

  private static ReceivablesLedger credit(
      ReceivablesLedger ledger, Books books, String n, LocalDate day, int step) {
    if (books.invoices.isEmpty()) {
      return ledger;
    }
    String inv = books.invoices.get(step % books.invoices.size());
    long open = ledger.open(inv).getAmountMinorLong();
    if (open == 0) {
      return ledger;
    }
    Money credit = Money.ofMinor(CNY, 1 + step % open);
    boolean isReturn = step % 2 == 0;
    books.sale(
        day, -credit.getAmountMinorLong(), isReturn ? BigDecimal.ONE.negate() : BigDecimal.ZERO);
    return ledger
        .post(
            CreditNote.builder()
                .number(n)
                .invoice(inv)
                .date(day)
                .reason(isReturn ? CreditReason.RETURN : CreditReason.ALLOWANCE)
                .addLines(InvoiceLine.inclusive("car", credit, VatRate.STANDARD_13))
                .build())
        .ledger();
  }

  private static ReceivablesLedger reverse(
      ReceivablesLedger ledger, Books books, String n, LocalDate day, int step) {
    List<String> open = new ArrayList<>(books.collections.keySet());
    if (open.isEmpty()) {
      return ledger;
    }
    open.sort(String::compareTo);
    String col = open.get(step % open.size());
    books.cash.merge(day.getYear(), -books.collections.remove(col), Long::sum);
    return ledger
        .post(
            CollectionReversal.builder()
                .number(n)
                .collection(col)
                .date(day)
                .reason("bounced")
                .build())
        .ledger();
  }

  private static void checkPerformance(ReceivablesLedger ledger, int year) {
    ContractPerformanceReport y = ledger.performance(ReportPeriod.year(year));
    List<ContractPerformanceReport> quarters = new ArrayList<>();
    for (ReportPeriod q : ReportPeriod.year(year).quarters()) {
      ContractPerformanceReport qr = ledger.performance(q);
      quarters.add(qr);
      List<ContractPerformanceReport> months = new ArrayList<>();
      for (ReportPeriod m : q.months()) {
        months.add(ledger.performance(m));
      }
      assertAddUp(qr, months);
    }
    assertAddUp(y, quarters);
  }

  private static void assertAddUp(
      ContractPerformanceReport whole, List<ContractPerformanceReport> parts) {
    for (ContractPerformance line : whole.lines()) {
      for (Function<ContractPerformance, Money> f :
          List.<Function<ContractPerformance, Money>>of(
              ContractPerformance::billed,
              ContractPerformance::credited,
              ContractPerformance::collected)) {
        Money sum = Money.zero(CNY);
        for (ContractPerformanceReport p : parts) {
          sum = sum.plus(f.apply(p.line(line.contract())));
        }
        assertThat(sum).isEqualTo(f.apply(line));
      }
      ContractPerformance last = parts.get(parts.size() - 1).line(line.contract());
      assertThat(last.collectedToDate()).isEqualTo(line.collectedToDate());
      assertThat(last.billedToDate()).isEqualTo(line.billedToDate());
    }
  }

  private static void checkSales(ReceivablesLedger ledger, Books books, int year) {
    SalesReport y = ledger.sales(ReportPeriod.year(year));
    assertThat(y.gross()).isEqualTo(Money.ofMinor(CNY, books.salesGross.getOrDefault(year, 0L)));
    assertThat(y.quantity()).isEqualByComparingTo(books.units.getOrDefault(year, BigDecimal.ZERO));
    assertThat(y.net().plus(y.tax())).isEqualTo(y.gross());
    for (List<SalesTally> tallies :
        List.of(y.by(Dimensions.MODEL), y.by(Dimensions.COLOUR), y.byCustomer())) {
      Money gross = Money.zero(CNY);
      BigDecimal units = BigDecimal.ZERO;
      for (SalesTally t : tallies) {
        gross = gross.plus(t.gross());
        units = units.add(t.quantity());
      }
      assertThat(gross).isEqualTo(y.gross());
      assertThat(units).isEqualByComparingTo(y.quantity());
    }
    Money months = Money.zero(CNY);
    for (ReportPeriod m : ReportPeriod.year(year).months()) {
      SalesReport month = ledger.sales(m);
      months = months.plus(month.gross());
      MonthEndReport end = ledger.monthEnd(YearMonth.from(m.start()), OUTLETS);
      assertThat(end.ownSales().gross().plus(end.pickUpGross())).isEqualTo(month.gross());
      assertThat(end.ownSales().quantity().add(end.pickUpQuantity()))
          .isEqualByComparingTo(month.quantity());
      assertThat(end.collections())
          .isEqualTo(ledger.regionalCollections(year, REGIONS).month(m.start().getMonthValue()));
    }
    assertThat(months).isEqualTo(y.gross());
  }

  private static void checkCollections(ReceivablesLedger ledger, Books books, int year) {
    RegionalCollectionsReport r = ledger.regionalCollections(year, REGIONS);
    assertThat(r.total()).isEqualTo(Money.ofMinor(CNY, books.cash.getOrDefault(year, 0L)));
    Money months = Money.zero(CNY);
    for (int m = 1; m <= 12; m++) {
      months = months.plus(r.month(m));
    }
    assertThat(months).isEqualTo(r.total());
  }
}
