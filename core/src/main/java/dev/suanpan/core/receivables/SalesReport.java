package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The sales statistics of a period (每日销售情况统计, 003 (一) §2; 日报、月报、年报, 003 (三) §3): every invoice line
 * dated in the period, and every credit note line taking a sale back, with its quantity, amounts
 * and dimensions; their totals; and tallies by any dimension ({@link #by(String)}: a car's {@link
 * dev.suanpan.core.journal.Dimensions#MODEL model}, {@link
 * dev.suanpan.core.journal.Dimensions#COLOUR colour}, {@link
 * dev.suanpan.core.journal.Dimensions#ENGINE_NUMBER engine number}, {@link
 * dev.suanpan.core.journal.Dimensions#CONFIGURATION configuration}) or by customer. Each tally adds
 * up to the totals. From {@link ReceivablesLedger#sales(ReportPeriod)}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class SalesReport {
  /** The period reported. */
  public abstract ReportPeriod period();

  /** The ledger's currency. */
  public abstract CurrencyUnit currency();

  /** The lines, by date, then document number, then line order. */
  public abstract ImmutableList<SalesLine> lines();

  /** Units sold, net of returns. */
  public BigDecimal quantity() {
    BigDecimal t = BigDecimal.ZERO;
    for (SalesLine l : lines()) {
      t = t.add(l.quantity());
    }
    return t;
  }

  /** Net of VAT. */
  public Money net() {
    return sum(SalesLine::net);
  }

  /** The output VAT. */
  public Money tax() {
    return sum(SalesLine::tax);
  }

  /** Including VAT. */
  public Money gross() {
    return sum(SalesLine::gross);
  }

  private Money sum(Function<SalesLine, Money> f) {
    Money t = Money.zero(currency());
    for (SalesLine l : lines()) {
      t = t.plus(f.apply(l));
    }
    return t;
  }

  /**
   * The lines tallied by the value of dimension {@code dimension}, by value; lines without it under
   * {@link SalesTally#NOT_GIVEN}. Rejects a blank name.
   */
  public ImmutableList<SalesTally> by(String dimension) {
    Arguments.notBlank(dimension, "dimension");
    return tally(l -> l.dimension(dimension).orElse(SalesTally.NOT_GIVEN));
  }

  /** The lines tallied by customer, by customer code. */
  public ImmutableList<SalesTally> byCustomer() {
    return tally(l -> l.customer().code());
  }

  private ImmutableList<SalesTally> tally(Function<SalesLine, String> key) {
    Map<String, ImmutableList.Builder<SalesLine>> groups = new TreeMap<>();
    for (SalesLine l : lines()) {
      groups.computeIfAbsent(key.apply(l), k -> ImmutableList.builder()).add(l);
    }
    ImmutableList.Builder<SalesTally> out = ImmutableList.builder();
    groups.forEach((k, ls) -> out.add(total(k, ls.build())));
    return out.build();
  }

  /** This report's period and currency with only {@code lines}. */
  SalesReport only(ImmutableList<SalesLine> lines) {
    return ImmutableSalesReport.builder()
        .period(period())
        .currency(currency())
        .lines(lines)
        .build();
  }

  /** The tally of {@code lines} under {@code key}. */
  SalesTally total(String key, ImmutableList<SalesLine> lines) {
    SalesReport part = only(lines);
    return ImmutableSalesTally.builder()
        .key(key)
        .lines(lines.size())
        .quantity(part.quantity())
        .net(part.net())
        .tax(part.tax())
        .gross(part.gross())
        .build();
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(
            "Sales "
                + period()
                + ": "
                + quantity().toPlainString()
                + " units, net "
                + net()
                + ", VAT "
                + tax()
                + ", gross "
                + gross());
    for (SalesLine l : lines()) {
      s.append("\n  ").append(l);
    }
    return s.toString();
  }
}
