package dev.suanpan.benchmarks;

import dev.suanpan.core.credit.CreditGrade;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.CreditProfile;
import dev.suanpan.core.credit.ageing.Ageing;
import dev.suanpan.core.credit.ageing.AgeingReport;
import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.credit.check.CreditDecision;
import dev.suanpan.core.credit.check.CreditOrder;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.core.receivables.Collection;
import dev.suanpan.core.receivables.InvoiceKind;
import dev.suanpan.core.receivables.InvoiceLine;
import dev.suanpan.core.receivables.PaymentMethod;
import dev.suanpan.core.receivables.PaymentTerms;
import dev.suanpan.core.receivables.ReceivablesLedger;
import dev.suanpan.core.receivables.ReceivablesPosting;
import dev.suanpan.core.receivables.SalesInvoice;
import dev.suanpan.money.tax.VatRate;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The receivables ledger (issue goals: posting at least 1,000,000 documents a second, ageing
 * 100,000 open items in at most 50 ms, and the credit check reading its exposure from the ledger at
 * least 200,000 checks a second with 10,000 open items). The ledger is set up with 100,000 open
 * invoices over 1,000 customers (amounts varying to the fen), one customer having 10,000 of them.
 * {@link #postInvoice} and {@link #postCollection} post one more document to that ledger (each
 * benchmark call starts from the same ledger: the ledger is immutable), their journal entries left
 * unread, as the posting builds them when first read ({@link #postInvoiceAndReadEntries} reads
 * them); {@link #ageAll} ages all 100,000 open items read from the ledger ({@link
 * #ageAllAsReceivables} through a list of receivables built from it); {@link #checkFromLedger}
 * checks an order against the big customer's exposure as the ledger keeps it. Documents are built
 * in the setup, so a posting figure is the ledger's work, not the building of the document.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReceivablesBenchmark {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final int CUSTOMERS = 1_000;
  private static final int OPEN_ITEMS = 100_000;
  private static final int BIG = 10_000;
  private static final int DOCS = 1024;

  private final LocalDate asOf = LocalDate.of(2026, 3, 31);
  private final CustomerId big = CustomerId.of("C-BIG");
  private ReceivablesLedger ledger;
  private Ageing ageing;
  private CreditCheck check;
  private CreditProfile profile;
  private SalesInvoice[] invoices;
  private Collection[] collections;
  private CreditOrder[] orders;
  private int next;

  /** Posts the 100,000 open invoices and builds the documents and orders the benchmarks use. */
  @Setup
  public void setUp() {
    CreditPolicy policy = DistributorCreditTerms.policy();
    ageing = Ageing.of(policy);
    check = CreditCheck.of(policy);
    ReceivablesLedger l = ReceivablesLedger.of(policy);
    for (int i = 0; i < OPEN_ITEMS; i++) {
      CustomerId c = i < BIG ? big : CustomerId.of("C-" + (i % (CUSTOMERS - 1)));
      l = l.post(invoice("INV-" + i, c, asOf.minusDays(i % 400), i)).ledger();
    }
    ledger = l;
    invoices = new SalesInvoice[DOCS];
    collections = new Collection[DOCS];
    orders = new CreditOrder[DOCS];
    for (int i = 0; i < DOCS; i++) {
      CustomerId c = CustomerId.of("C-" + (i * 7 % (CUSTOMERS - 1)));
      invoices[i] = invoice("NEW-" + i, c, asOf, i);
      invoices[i].gross();
      collections[i] =
          Collection.builder()
              .number("COL-" + i)
              .customer(c)
              .date(asOf)
              .amount(Money.ofMinor(CNY, 50_000L + (i * 104_729L) % 5_000_000L))
              .method(PaymentMethod.TRANSFER)
              .build();
      orders[i] = CreditOrder.of(big, "SO-" + i, Money.ofMinor(CNY, 100_000L + i * 7_919L));
    }
    profile =
        CreditProfile.builder()
            .customer(big)
            .grade(CreditGrade.of("A"))
            .limit(Money.ofMajor(CNY, 100_000_000L))
            .termDays(60)
            .approvedBy(PersonId.of("finance-vp"))
            .approvedOn(LocalDate.of(2026, 1, 5))
            .build();
  }

  private static SalesInvoice invoice(String number, CustomerId c, LocalDate date, int i) {
    Money gross = Money.ofMinor(CNY, 10_000L + (i * 7_919L) % 9_990_000L);
    return SalesInvoice.builder()
        .number(number)
        .customer(c)
        .date(date)
        .kind(InvoiceKind.VAT_SPECIAL)
        .addLines(InvoiceLine.inclusive("goods", gross, VatRate.STANDARD_13))
        .terms(PaymentTerms.net(30 + i % 60))
        .build();
  }

  /** Posts one invoice (VAT computed in the setup) to the ledger of 100,000 open items. */
  @Benchmark
  public ReceivablesPosting postInvoice() {
    return ledger.post(invoices[next++ & (DOCS - 1)]);
  }

  /** Posts one collection, paying the customer's oldest due first, to the same ledger. */
  @Benchmark
  public ReceivablesPosting postCollection() {
    return ledger.post(collections[next++ & (DOCS - 1)]);
  }

  /** Ages all 100,000 open items, reading the ledger's items directly. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public AgeingReport ageAll() {
    return ageing.age(ledger, asOf);
  }

  /** Ages the same items as a list of receivables built from the ledger (for comparison). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public AgeingReport ageAllAsReceivables() {
    return ageing.age(ledger.openItems(), asOf);
  }

  /** Posts one invoice and reads its journal entries, which a posting builds when first read. */
  @Benchmark
  public Object postInvoiceAndReadEntries() {
    return ledger.post(invoices[next++ & (DOCS - 1)]).entries();
  }

  /** Checks an order against the exposure of the customer with 10,000 open items. */
  @Benchmark
  public CreditDecision checkFromLedger() {
    CreditOrder order = orders[next++ & (DOCS - 1)];
    return check.check(profile, order, ledger.exposure(big), asOf);
  }
}
