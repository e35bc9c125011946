package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.core.receivables.Collection;
import dev.suanpan.core.receivables.Instalment;
import dev.suanpan.core.receivables.ReceivablesLedger;
import dev.suanpan.core.receivables.ReceivablesPosting;
import dev.suanpan.core.receivables.SalesInvoice;
import java.time.LocalDate;
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
}
