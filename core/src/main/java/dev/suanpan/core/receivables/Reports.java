package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatSplit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.joda.money.Money;

/** The 003 reports of a {@link ReceivablesLedger}, each reading its documents or receipts once. */
final class Reports {
  private Reports() {}

  /** A contract's billed and credited amounts, in the period and to its end (minor units). */
  private static final class Billing {
    long billed;
    long credited;
    long billedToDate;
    long creditedToDate;
  }

  static ContractPerformanceReport performance(ReceivablesLedger ledger, ReportPeriod period) {
    Map<String, Billing> billing = new HashMap<>();
    LocalDate end = period.end();
    ledger
        .documents()
        .forEach(
            (n, d) -> {
              if (d.contract == null || d.date.isAfter(end)) {
                return;
              }
              Billing b = billing.computeIfAbsent(d.contract, k -> new Billing());
              boolean in = period.contains(d.date);
              if (d.kind.equals(Doc.CREDIT_NOTE)) {
                long c = d.source.gross().getAmountMinorLong();
                b.creditedToDate += c;
                b.credited += in ? c : 0;
              } else {
                long billed = sum(d.amount);
                b.billedToDate += billed;
                b.billed += in ? billed : 0;
              }
            });
    List<ContractPerformance> lines = new ArrayList<>();
    LocalDate before = period.start().minusDays(1);
    ledger
        .contracts()
        .forEach(
            (k, c) -> {
              Billing b = billing.getOrDefault(k, new Billing());
              long to = c.collectedTo(end);
              lines.add(
                  ImmutableContractPerformance.builder()
                      .contract(k)
                      .customer(c.customer)
                      .value(ledger.money(c.value))
                      .billed(ledger.money(b.billed))
                      .credited(ledger.money(b.credited))
                      .collected(ledger.money(to - c.collectedTo(before)))
                      .billedToDate(ledger.money(b.billedToDate))
                      .creditedToDate(ledger.money(b.creditedToDate))
                      .collectedToDate(ledger.money(to))
                      .build());
            });
    lines.sort(Comparator.comparing(ContractPerformance::contract));
    return ImmutableContractPerformanceReport.builder()
        .period(period)
        .currency(ledger.currency())
        .lines(lines)
        .build();
  }

  static SalesReport sales(ReceivablesLedger ledger, ReportPeriod period) {
    List<Doc> docs = new ArrayList<>();
    ledger
        .documents()
        .forEach(
            (n, d) -> {
              if (d.source != null && period.contains(d.date)) {
                docs.add(d);
              }
            });
    docs.sort(Comparator.comparing((Doc d) -> d.date).thenComparing(d -> d.number));
    ImmutableSalesReport.Builder out =
        ImmutableSalesReport.builder().period(period).currency(ledger.currency());
    for (Doc d : docs) {
      addLines(out, d);
    }
    return out.build();
  }

  private static void addLines(ImmutableSalesReport.Builder out, Doc d) {
    VatDocument doc = d.source;
    boolean credit = d.kind.equals(Doc.CREDIT_NOTE);
    BigDecimal sign = credit ? BigDecimal.ONE.negate() : BigDecimal.ONE;
    boolean allowance = credit && ((CreditNote) doc).reason() == CreditReason.ALLOWANCE;
    List<VatSplit> splits = doc.lineSplits();
    for (int i = 0; i < splits.size(); i++) {
      InvoiceLine line = doc.lines().get(i);
      VatSplit split = splits.get(i);
      Map<String, String> dims = new TreeMap<>(doc.dimensions());
      dims.putAll(line.dimensions());
      out.addLines(
          ImmutableSalesLine.builder()
              .date(d.date)
              .document(d.number)
              .customer(d.customer)
              .description(line.description())
              .quantity(allowance ? BigDecimal.ZERO : line.quantity().multiply(sign))
              .net(credit ? split.net().negated() : split.net())
              .tax(credit ? split.tax().negated() : split.tax())
              .gross(credit ? split.gross().negated() : split.gross())
              .dimensions(dims)
              .build());
    }
  }

  static MonthEndReport monthEnd(
      ReceivablesLedger ledger, YearMonth month, Set<CustomerId> secondaryOutlets) {
    Arguments.notNull(month, "month");
    Arguments.notNull(secondaryOutlets, "secondaryOutlets");
    ReportPeriod period = ReportPeriod.month(month);
    SalesReport all = sales(ledger, period);
    Map<CustomerId, ImmutableList.Builder<SalesLine>> outlets = new TreeMap<>(byCode());
    for (CustomerId o : secondaryOutlets) {
      outlets.put(Arguments.notNull(o, "secondary outlet"), ImmutableList.builder());
    }
    ImmutableList.Builder<SalesLine> own = ImmutableList.builder();
    for (SalesLine l : all.lines()) {
      ImmutableList.Builder<SalesLine> outlet = outlets.get(l.customer());
      (outlet != null ? outlet : own).add(l);
    }
    ImmutableList.Builder<SalesTally> pickUps = ImmutableList.builder();
    outlets.forEach((o, ls) -> pickUps.add(all.total(o.code(), ls.build())));
    return ImmutableMonthEndReport.builder()
        .month(month)
        .performance(performance(ledger, period))
        .ownSales(all.only(own.build()))
        .pickUps(pickUps.build())
        .collections(ledger.money(collected(ledger, period)))
        .build();
  }

  private static Comparator<CustomerId> byCode() {
    return Comparator.comparing(CustomerId::code);
  }

  /** What was collected in {@code period}, less reversals dated in it (minor units). */
  private static long collected(ReceivablesLedger ledger, ReportPeriod period) {
    long[] t = {0};
    ledger
        .receipts()
        .forEach(
            (n, r) -> {
              if (period.contains(r.date)) {
                t[0] += cash(r);
              }
            });
    return t[0];
  }

  /** The money a receipt moved: a collection's amount, minus a reversal's, zero otherwise. */
  private static long cash(Receipt r) {
    if (r.isCollection()) {
      return r.amount;
    }
    return r.reverses != null ? -r.amount : 0;
  }

  static RegionalCollectionsReport regionalCollections(
      ReceivablesLedger ledger, int year, Map<CustomerId, String> regions) {
    Arguments.notNull(regions, "regions");
    regions.forEach(
        (c, r) -> Arguments.notBlank(r, "region of " + Arguments.notNull(c, "customer")));
    ReportPeriod period = ReportPeriod.year(year);
    Map<String, long[]> byRegion = new TreeMap<>();
    ledger
        .receipts()
        .forEach(
            (n, r) -> {
              long cash = cash(r);
              if (cash == 0 || !period.contains(r.date)) {
                return;
              }
              String region = regions.get(r.customer);
              Arguments.check(
                  region != null,
                  "regions has no region for customer %s, whose %s %s is dated %s",
                  r.customer,
                  r.reverses != null ? "reversal" : "collection",
                  r.number,
                  r.date);
              byRegion.computeIfAbsent(region, k -> new long[12])[r.date.getMonthValue() - 1] +=
                  cash;
            });
    ImmutableRegionalCollectionsReport.Builder out =
        ImmutableRegionalCollectionsReport.builder().year(year).currency(ledger.currency());
    byRegion.forEach(
        (region, months) -> {
          List<Money> ms = new ArrayList<>(12);
          for (long m : months) {
            ms.add(ledger.money(m));
          }
          out.addRegions(ImmutableRegionCollections.builder().region(region).months(ms).build());
        });
    return out.build();
  }

  private static long sum(long[] amounts) {
    long t = 0;
    for (long a : amounts) {
      t += a;
    }
    return t;
  }
}
