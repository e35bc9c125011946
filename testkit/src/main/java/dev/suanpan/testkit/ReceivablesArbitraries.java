package dev.suanpan.testkit;

import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.receivables.Collection;
import dev.suanpan.core.receivables.InvoiceKind;
import dev.suanpan.core.receivables.InvoiceLine;
import dev.suanpan.core.receivables.Milestone;
import dev.suanpan.core.receivables.PaymentMethod;
import dev.suanpan.core.receivables.PaymentTerms;
import dev.suanpan.core.receivables.SalesInvoice;
import dev.suanpan.core.receivables.TermLine;
import dev.suanpan.core.receivables.VatBasis;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;

/**
 * jqwik generators for the receivables documents, valid by construction: {@link PaymentTerms} (net
 * days, 30/70 milestone shares, equal monthly instalments), {@link SalesInvoice}s of one to five
 * lines at the standard VAT rates, {@link #carLines car sales lines} with the dimensions the sales
 * report counts by, and {@link Collection}s by cash or transfer. Numbers are drawn from a prefix
 * and a counter range the caller keeps apart between calls if documents must not repeat. Dates are
 * relative to a {@code day} the caller passes; nothing reads the clock. Rejects null arguments.
 */
public final class ReceivablesArbitraries {
  private ReceivablesArbitraries() {}

  /**
   * Terms: net 0 to 120 days; 30% on the invoice date and 70% 1 to 90 days later; or 2 to 12 equal
   * monthly instalments from the month after the invoice.
   */
  public static Arbitrary<PaymentTerms> terms() {
    Arbitrary<PaymentTerms> net = Arbitraries.integers().between(0, 120).map(PaymentTerms::net);
    Arbitrary<PaymentTerms> shares =
        Arbitraries.integers()
            .between(1, 90)
            .map(
                days ->
                    PaymentTerms.milestones(
                        TermLine.share(Percent.of(30), Milestone.INVOICE, 0),
                        TermLine.share(Percent.of(70), Milestone.INVOICE, days)));
    Arbitrary<PaymentTerms> monthly =
        Arbitraries.integers()
            .between(2, 12)
            .map(n -> PaymentTerms.equalMonthly(n, Milestone.INVOICE, 1));
    return Arbitraries.oneOf(net, shares, monthly);
  }

  /**
   * Invoices of {@code customer} dated {@code day}, numbered {@code prefix} and 1 to 1,000,000,000,
   * with 1 to 5 lines of 0.01 to 1,000,000.00 including or excluding VAT at 13%, 9%, 6% or 0% (at
   * least one line above zero), either kind, either VAT basis, and {@link #terms()}.
   */
  public static Arbitrary<SalesInvoice> invoices(
      CustomerId customer, CurrencyUnit currency, LocalDate day, String prefix) {
    Arguments.notNull(customer, "customer");
    Arguments.notNull(currency, "currency");
    Arguments.notNull(day, "day");
    Arguments.notBlank(prefix, "prefix");
    Arbitrary<InvoiceLine> line =
        Combinators.combine(
                MoneyArbitraries.amounts(currency, "0.01", "1000000.00"),
                Arbitraries.of(
                    VatRate.STANDARD_13, VatRate.REDUCED_9, VatRate.REDUCED_6, VatRate.ZERO),
                Arbitraries.of(true, false))
            .as(
                (amount, rate, inclusive) ->
                    inclusive
                        ? InvoiceLine.inclusive("goods", amount, rate)
                        : InvoiceLine.exclusive("goods", amount, rate));
    return Combinators.combine(
            Arbitraries.integers().between(1, 1_000_000_000),
            line.list().ofMinSize(1).ofMaxSize(5),
            Arbitraries.of(InvoiceKind.values()),
            Arbitraries.of(VatBasis.values()),
            terms())
        .as(
            (n, lines, kind, basis, terms) ->
                SalesInvoice.builder()
                    .number(prefix + n)
                    .customer(customer)
                    .date(day)
                    .kind(kind)
                    .addAllLines(lines)
                    .vatBasis(basis)
                    .terms(terms)
                    .build());
  }

  /**
   * Collections from {@code customer} on {@code day}, numbered {@code prefix} and 1 to
   * 1,000,000,000, of 0.01 to 1,000,000.00 by cash or transfer, paying the oldest due first or (one
   * in five) kept whole as an advance.
   */
  public static Arbitrary<Collection> collections(
      CustomerId customer, CurrencyUnit currency, LocalDate day, String prefix) {
    Arguments.notNull(customer, "customer");
    Arguments.notNull(currency, "currency");
    Arguments.notNull(day, "day");
    Arguments.notBlank(prefix, "prefix");
    return Combinators.combine(
            Arbitraries.integers().between(1, 1_000_000_000),
            MoneyArbitraries.amounts(currency, "0.01", "1000000.00"),
            Arbitraries.of(PaymentMethod.CASH, PaymentMethod.TRANSFER),
            Arbitraries.integers().between(0, 4))
        .as(
            (n, amount, method, advance) ->
                Collection.builder()
                    .number(prefix + n)
                    .customer(customer)
                    .date(day)
                    .amount(amount)
                    .method(method)
                    .asAdvance(advance == 0)
                    .build());
  }

  /**
   * Car sales lines of 50,000.00 to 500,000.00 including 13% VAT, with a {@link Dimensions#MODEL}
   * (SEDAN-1.6, SUV-2.0, MPV-2.4), {@link Dimensions#COLOUR} (white, black, grey) and {@link
   * Dimensions#CONFIGURATION} (standard, luxury): either one car with an {@link
   * Dimensions#ENGINE_NUMBER} (E followed by 1 to 999,999), or a batch of 2 to 5 cars without one,
   * its amount for the batch.
   */
  public static Arbitrary<InvoiceLine> carLines(CurrencyUnit currency) {
    Arguments.notNull(currency, "currency");
    return Combinators.combine(
            MoneyArbitraries.amounts(currency, "50000.00", "500000.00"),
            Arbitraries.of("SEDAN-1.6", "SUV-2.0", "MPV-2.4"),
            Arbitraries.of("white", "black", "grey"),
            Arbitraries.of("standard", "luxury"),
            Arbitraries.integers().between(1, 999_999),
            Arbitraries.integers().between(1, 5))
        .as(
            (amount, model, colour, configuration, engine, cars) -> {
              InvoiceLine line =
                  InvoiceLine.inclusive(model, amount.multipliedBy(cars), VatRate.STANDARD_13);
              return cars == 1
                  ? line.withDimensions(
                      Map.of(
                          Dimensions.MODEL, model,
                          Dimensions.COLOUR, colour,
                          Dimensions.CONFIGURATION, configuration,
                          Dimensions.ENGINE_NUMBER, "E" + engine))
                  : line.withQuantity(BigDecimal.valueOf(cars))
                      .withDimensions(
                          Map.of(
                              Dimensions.MODEL, model,
                              Dimensions.COLOUR, colour,
                              Dimensions.CONFIGURATION, configuration));
            });
  }
}
