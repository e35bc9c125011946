package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.core.receivables.Collection;
import dev.suanpan.core.receivables.Instalment;
import dev.suanpan.core.receivables.InvoiceKind;
import dev.suanpan.core.receivables.InvoiceLine;
import dev.suanpan.core.receivables.PaymentTerms;
import dev.suanpan.core.receivables.ReceivablesLedger;
import dev.suanpan.core.receivables.ReceivablesPosting;
import dev.suanpan.core.receivables.ReportPeriod;
import dev.suanpan.core.receivables.SalesInvoice;
import dev.suanpan.core.receivables.SalesReport;
import dev.suanpan.core.receivables.SalesTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class ReceivablesArbitrariesTest {
  static final CustomerId C = CustomerId.of("C-1");
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Provide
  Arbitrary<SalesInvoice> invoices() {
    return ReceivablesArbitraries.invoices(C, CNY, DAY, "INV-");
  }

  @Provide
  Arbitrary<Collection> collections() {
    return ReceivablesArbitraries.collections(C, CNY, DAY.plusDays(10), "COL-");
  }

  @Property(tries = 200)
  void generatedInvoicesPostAndTheirInstalmentsAddUpToTheGross(
      @ForAll("invoices") SalesInvoice invoice, @ForAll("collections") Collection collection) {
    Money sum = Money.zero(CNY);
    for (Instalment i : invoice.instalments()) {
      sum = sum.plus(i.amount());
    }
    assertThat(sum).isEqualTo(invoice.gross());
    assertThat(invoice.net().plus(invoice.tax())).isEqualTo(invoice.gross());
    ReceivablesLedger ledger = ReceivablesLedger.of(DistributorCreditTerms.policy());
    ReceivablesPosting p = ledger.post(invoice);
    assertThat(p.isAllowed()).isTrue();
    ReceivablesPosting paid = p.ledger().post(collection);
    assertThat(paid.isAllowed()).isTrue();
    assertThat(paid.ledger().openBalance(C).minus(paid.ledger().advance(C)))
        .isEqualTo(invoice.gross().minus(collection.amount()));
  }

  @Property(tries = 100)
  void generatedCarLinesAreCountedByModelAndAddUpInTheDaysSales(
      @ForAll("cars") List<InvoiceLine> lines) {
    SalesInvoice invoice =
        SalesInvoice.builder()
            .number("INV-1")
            .customer(C)
            .date(DAY)
            .kind(InvoiceKind.VAT_ORDINARY)
            .addAllLines(lines)
            .terms(PaymentTerms.net(0))
            .build();
    SalesReport day =
        ReceivablesLedger.of(DistributorCreditTerms.policy())
            .post(invoice)
            .ledger()
            .sales(ReportPeriod.day(DAY));
    BigDecimal units = BigDecimal.ZERO;
    for (InvoiceLine l : lines) {
      assertThat(l.dimensions()).containsKey(Dimensions.MODEL);
      units = units.add(l.quantity());
    }
    assertThat(day.quantity()).isEqualByComparingTo(units);
    assertThat(day.gross()).isEqualTo(invoice.gross());
    Money byModel = Money.zero(CNY);
    for (SalesTally t : day.by(Dimensions.MODEL)) {
      byModel = byModel.plus(t.gross());
    }
    assertThat(byModel).isEqualTo(invoice.gross());
  }

  @Provide
  Arbitrary<List<InvoiceLine>> cars() {
    return ReceivablesArbitraries.carLines(CNY).list().ofMinSize(1).ofMaxSize(6);
  }
}
