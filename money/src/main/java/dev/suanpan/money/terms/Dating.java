package dev.suanpan.money.terms;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * What the days of {@link CashDiscountTerms} count from: the invoice date (ordinary dating, the
 * default), or the end of a month ("EOM" and "prox" dating of US trade terms, as in Slater, <i>
 * Practical Business Math Procedures</i>, ch. 7, "Cash discounts and terms of the sale"). The
 * discount days and the net days both count from that date.
 */
public enum Dating {
  /** From the invoice date: {@code "2/10, n/30"}, 2% up to 10 days after the invoice date. */
  INVOICE_DATE(""),
  /**
   * End of month, written {@code EOM}: from the end of the invoice month, or, for an invoice dated
   * after the 25th, from the end of the following month (the 25th-day rule): {@code "2/10 EOM"} on
   * an invoice of 6 July gives 2% up to 10 August; on one of 29 September, up to 10 November.
   */
  END_OF_MONTH("EOM"),
  /**
   * Proximo ("next month"), written {@code prox}: from the end of the invoice month whatever the
   * day of the invoice, {@code "2/10 prox"} being 2% up to the 10th of the next month. (Some texts
   * use prox for {@link #END_OF_MONTH} with its 25th-day rule; write {@code EOM} for that.)
   */
  PROXIMO("prox");

  private final String suffix;

  Dating(String suffix) {
    this.suffix = suffix;
  }

  /** How the terms' text writes it after the net term: {@code EOM}, {@code prox}, or nothing. */
  public String suffix() {
    return suffix;
  }

  /**
   * The date the days count from for an invoice dated {@code invoiceDate}: the day 0 of the terms.
   *
   * @throws NullPointerException naming {@code invoiceDate} when it is null
   */
  public LocalDate start(LocalDate invoiceDate) {
    Arguments.notNull(invoiceDate, "invoiceDate");
    return switch (this) {
      case INVOICE_DATE -> invoiceDate;
      case PROXIMO -> invoiceDate.with(TemporalAdjusters.lastDayOfMonth());
      case END_OF_MONTH ->
          invoiceDate.getDayOfMonth() <= 25
              ? invoiceDate.with(TemporalAdjusters.lastDayOfMonth())
              : invoiceDate.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
    };
  }
}
