package dev.suanpan.money.terms;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * Cash-discount terms (现金折扣条件) such as {@code "2/10, 1/20, n/30"}: 2% off if paid within 10 days of
 * the invoice date, 1% within 20 days, the full amount due within 30 days. Days run from the day
 * after the invoice date to the payment date inclusive, so with {@code 2/10} an invoice of 1 May
 * paid on 11 May still gets 2%, and one paid on 12 May does not.
 *
 * <p>Text: discount tiers {@code <percent>/<days>} then the net term {@code n/<days>}, separated by
 * commas; spaces around the parts are ignored and {@code N} may be upper case. Tiers must have
 * strictly increasing days and strictly decreasing percents, every percent above 0% and below 100%,
 * and the net days at least the last tier's days. {@code "n/30"} alone is valid (no discount).
 * {@link #toString()} prints the canonical form, which {@link #parse} reads back.
 *
 * <p>Dating: the days count from the invoice date, unless the text ends with {@code EOM} or {@code
 * prox} (on the last part or on every part that has it, case ignored): then they count from the end
 * of a month, see {@link Dating}. {@code "2/10 EOM"} or {@code "2/10 prox"} with no net term are
 * net 20 days after the last discount day (the usual reading of such terms), printed {@code "2/10,
 * n/30 EOM"}.
 *
 * <p>A payment of part of the invoice within a discount period settles more than it pays: {@link
 * #partialPayment} credits {@code P / (1 − d)} of the invoice for a payment {@code P} at discount
 * {@code d}.
 *
 * <p>Immutable and thread-safe. Rejects null or malformed text and inconsistent tiers with a
 * message naming the argument and the value.
 */
public final class CashDiscountTerms {
  private static final String EXAMPLE = "\"2/10, 1/20, n/30\"";
  private static final Pattern TIER =
      Pattern.compile("(\\d{1,3}(?:\\.\\d{1,6})?)\\s*/\\s*(\\d{1,5})");
  private static final Pattern NET = Pattern.compile("[nN]\\s*/\\s*(\\d{1,5})");
  private static final Pattern DATED =
      Pattern.compile("(.*?)\\s+(EOM|PROX)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** Days after the last discount day that terms dated EOM or prox without a net term allow. */
  private static final int IMPLIED_NET_DAYS = 20;

  private final ImmutableList<DiscountTier> tiers;
  private final int netDays;
  private final Dating dating;

  private CashDiscountTerms(ImmutableList<DiscountTier> tiers, int netDays, Dating dating) {
    this.tiers = tiers;
    this.netDays = netDays;
    this.dating = dating;
  }

  /**
   * Terms with these tiers (in order, earliest first) and net days.
   *
   * @throws IllegalArgumentException naming {@code tiers} or {@code netDays} when days do not
   *     increase, percents do not decrease, or the net days come before the last tier
   */
  public static CashDiscountTerms of(List<DiscountTier> tiers, int netDays) {
    return of(tiers, netDays, Dating.INVOICE_DATE);
  }

  /**
   * Terms with these tiers (in order, earliest first) and net days, counted from the date {@code
   * dating} gives.
   *
   * @throws IllegalArgumentException as {@link #of(List, int)}
   */
  public static CashDiscountTerms of(List<DiscountTier> tiers, int netDays, Dating dating) {
    Arguments.notNull(dating, "dating");
    Arguments.notNull(tiers, "tiers");
    Arguments.nonNegative(netDays, "netDays");
    for (int i = 0; i < tiers.size(); i++) {
      DiscountTier t = Arguments.notNull(tiers.get(i), "tiers[" + i + "]");
      if (i > 0) {
        DiscountTier before = tiers.get(i - 1);
        Arguments.check(
            t.days() > before.days(),
            "tiers[%s] must have more days than tiers[%s] (%s), was %s",
            i,
            i - 1,
            before,
            t);
        Arguments.check(
            t.percent().isLessThan(before.percent()),
            "tiers[%s] must give less than tiers[%s] (%s), was %s",
            i,
            i - 1,
            before,
            t);
      }
    }
    if (!tiers.isEmpty()) {
      DiscountTier last = tiers.get(tiers.size() - 1);
      Arguments.check(
          netDays >= last.days(),
          "netDays must be at least the last discount days %s, was %s",
          last.days(),
          netDays);
    }
    return new CashDiscountTerms(ImmutableList.copyOf(tiers), netDays, dating);
  }

  /**
   * Parses terms such as {@code "2/10, 1/20, n/30"}, {@code "1.5/15,n/45"} or {@code "n/30"}.
   *
   * @throws IllegalArgumentException naming {@code text}, its value and the part that is wrong
   */
  public static CashDiscountTerms parse(String text) {
    Arguments.notNull(text, "text");
    String[] parts = text.split(",", -1);
    Dating dating = Dating.INVOICE_DATE;
    for (int i = 0; i < parts.length; i++) {
      Matcher dated = DATED.matcher(parts[i].strip());
      if (dated.matches()) {
        Dating d = dated.group(2).equalsIgnoreCase("EOM") ? Dating.END_OF_MONTH : Dating.PROXIMO;
        if (dating != Dating.INVOICE_DATE && dating != d) {
          throw malformed(text, "it is dated both " + dating.suffix() + " and " + d.suffix());
        }
        dating = d;
        parts[i] = dated.group(1);
      }
    }
    int last = parts.length - 1;
    List<DiscountTier> tiers = new ArrayList<>();
    for (int i = 0; i < last; i++) {
      tiers.add(tier(text, parts[i].strip(), i + 1));
    }
    String netPart = parts[last].strip();
    Matcher net = NET.matcher(netPart);
    if (!net.matches() && dating != Dating.INVOICE_DATE && TIER.matcher(netPart).matches()) {
      tiers.add(tier(text, netPart, last + 1));
      return of(tiers, tiers.get(tiers.size() - 1).days() + IMPLIED_NET_DAYS, dating);
    }
    if (!net.matches()) {
      throw malformed(
          text,
          TIER.matcher(netPart).matches()
              ? "the net term \"n/<days>\" must come last"
              : notATier(last + 1, netPart));
    }
    try {
      return of(tiers, Integer.parseInt(net.group(1)), dating);
    } catch (IllegalArgumentException e) {
      throw malformed(text, e.getMessage());
    }
  }

  /** Part {@code number} (from 1) of {@code text}, which must be a tier. */
  private static DiscountTier tier(String text, String part, int number) {
    Matcher tier = TIER.matcher(part);
    if (!tier.matches()) {
      throw malformed(text, notATier(number, part));
    }
    try {
      return new DiscountTier(
          Percent.of(new BigDecimal(tier.group(1))), Integer.parseInt(tier.group(2)));
    } catch (IllegalArgumentException e) {
      throw malformed(text, "part " + number + ": " + e.getMessage());
    }
  }

  private static String notATier(int number, String part) {
    return "part " + number + " \"" + part + "\" is not \"<percent>/<days>\"";
  }

  private static IllegalArgumentException malformed(String text, String why) {
    return new IllegalArgumentException(
        "text must be cash-discount terms such as " + EXAMPLE + ", was \"" + text + "\": " + why);
  }

  /** The discount tiers, earliest first; empty for plain net terms. */
  public ImmutableList<DiscountTier> tiers() {
    return tiers;
  }

  /** The days after the date the terms count from by which the full amount is due. */
  public int netDays() {
    return netDays;
  }

  /** What the days count from: the invoice date (the default), or the end of a month. */
  public Dating dating() {
    return dating;
  }

  /** The last day after the invoice date on which any discount is given; empty without tiers. */
  public Optional<Integer> lastDiscountDays() {
    return tiers.isEmpty() ? Optional.empty() : Optional.of(tiers.get(tiers.size() - 1).days());
  }

  /**
   * The discount for paying {@code invoiceAmount}, invoiced on {@code invoiceDate}, on {@code
   * paymentDate}: the first tier whose days cover the days after the date the terms count from (the
   * invoice date, or the end of month its {@link #dating()} gives), its percent of the amount
   * rounded with {@code rounding}; no discount after the last tier.
   *
   * @throws IllegalArgumentException naming {@code invoiceAmount} when negative, or {@code
   *     paymentDate} when it is before {@code invoiceDate}
   */
  public CashDiscount discountFor(
      Money invoiceAmount, LocalDate invoiceDate, LocalDate paymentDate, Rounding rounding) {
    Arguments.nonNegative(invoiceAmount, "invoiceAmount");
    Arguments.notNull(rounding, "rounding");
    long days = daysCounted(invoiceDate, paymentDate);
    Optional<DiscountTier> tier = tierFor(days);
    Money discount =
        tier.map(t -> t.percent().of(invoiceAmount, rounding))
            .orElse(Money.zero(invoiceAmount.getCurrencyUnit()));
    return ImmutableCashDiscount.builder()
        .terms(this)
        .invoiceAmount(invoiceAmount)
        .invoiceDate(invoiceDate)
        .paymentDate(paymentDate)
        .daysAfterInvoice(days)
        .tier(tier)
        .discount(discount)
        .build();
  }

  /**
   * The credit for a payment of part of an invoice (Slater, <i>Practical Business Math
   * Procedures</i>, ch. 7, "partial payments"): paid within a discount period at {@code d}, a
   * payment {@code P} settles {@code P / (1 − d)} of the invoice, rounded with {@code rounding}
   * (and at most the invoice amount), the difference being the discount; outside every discount
   * period it settles itself. A payment of exactly {@link CashDiscount#amountToPay()} settles the
   * whole invoice, as {@link #discountFor} says.
   *
   * @throws IllegalArgumentException naming {@code payment} when it is not positive, in another
   *     currency, or more than the amount that settles the whole invoice on that day; as {@link
   *     #discountFor} for the other arguments
   */
  public PartialPayment partialPayment(
      Money invoiceAmount,
      Money payment,
      LocalDate invoiceDate,
      LocalDate paymentDate,
      Rounding rounding) {
    CashDiscount full = discountFor(invoiceAmount, invoiceDate, paymentDate, rounding);
    Arguments.positive(payment, "payment");
    Arguments.sameCurrency(invoiceAmount, payment, "payment");
    Arguments.check(
        !payment.isGreaterThan(full.amountToPay()),
        "payment must not exceed the %s that settles the whole invoice on %s, was %s",
        full.amountToPay(),
        paymentDate,
        payment);
    Money credited;
    if (payment.equals(full.amountToPay())) {
      credited = invoiceAmount;
    } else if (full.tier().isEmpty()) {
      credited = payment;
    } else {
      BigDecimal kept = BigDecimal.ONE.subtract(full.tier().get().percent().fraction());
      Money grossed =
          rounding.round(
              BigMoney.of(
                  payment.getCurrencyUnit(),
                  payment.getAmount().divide(kept, 30, RoundingMode.DOWN)));
      credited = grossed.isGreaterThan(invoiceAmount) ? invoiceAmount : grossed;
    }
    return ImmutablePartialPayment.builder()
        .terms(this)
        .invoiceAmount(invoiceAmount)
        .invoiceDate(invoiceDate)
        .paymentDate(paymentDate)
        .payment(payment)
        .tier(full.tier())
        .credited(credited)
        .build();
  }

  /** Days from the date the terms count from to {@code paymentDate}, at least 0. */
  private long daysCounted(LocalDate invoiceDate, LocalDate paymentDate) {
    Arguments.notNull(invoiceDate, "invoiceDate");
    Arguments.notNull(paymentDate, "paymentDate");
    Arguments.check(
        !paymentDate.isBefore(invoiceDate),
        "paymentDate must not be before invoiceDate %s, was %s",
        invoiceDate,
        paymentDate);
    return Math.max(0, ChronoUnit.DAYS.between(dating.start(invoiceDate), paymentDate));
  }

  private Optional<DiscountTier> tierFor(long days) {
    return tiers.stream().filter(t -> days <= t.days()).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CashDiscountTerms t
        && netDays == t.netDays
        && dating == t.dating
        && tiers.equals(t.tiers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tiers, netDays, dating);
  }

  /**
   * The canonical text, which {@link #parse} reads back: {@code "2/10, 1/20, n/30"}, {@code "2/10,
   * n/30 EOM"}.
   */
  @Override
  public String toString() {
    return tiers.stream().map(t -> t + ", ").collect(Collectors.joining())
        + "n/"
        + netDays
        + (dating == Dating.INVOICE_DATE ? "" : " " + dating.suffix());
  }
}
