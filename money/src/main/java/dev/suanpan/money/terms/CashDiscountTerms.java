package dev.suanpan.money.terms;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * <p>Immutable and thread-safe. Rejects null or malformed text and inconsistent tiers with a
 * message naming the argument and the value.
 */
public final class CashDiscountTerms {
  private static final String EXAMPLE = "\"2/10, 1/20, n/30\"";
  private static final Pattern TIER =
      Pattern.compile("(\\d{1,3}(?:\\.\\d{1,6})?)\\s*/\\s*(\\d{1,5})");
  private static final Pattern NET = Pattern.compile("[nN]\\s*/\\s*(\\d{1,5})");

  private final ImmutableList<DiscountTier> tiers;
  private final int netDays;

  private CashDiscountTerms(ImmutableList<DiscountTier> tiers, int netDays) {
    this.tiers = tiers;
    this.netDays = netDays;
  }

  /**
   * Terms with these tiers (in order, earliest first) and net days.
   *
   * @throws IllegalArgumentException naming {@code tiers} or {@code netDays} when days do not
   *     increase, percents do not decrease, or the net days come before the last tier
   */
  public static CashDiscountTerms of(List<DiscountTier> tiers, int netDays) {
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
    return new CashDiscountTerms(ImmutableList.copyOf(tiers), netDays);
  }

  /**
   * Parses terms such as {@code "2/10, 1/20, n/30"}, {@code "1.5/15,n/45"} or {@code "n/30"}.
   *
   * @throws IllegalArgumentException naming {@code text}, its value and the part that is wrong
   */
  public static CashDiscountTerms parse(String text) {
    Arguments.notNull(text, "text");
    String[] parts = text.split(",", -1);
    int last = parts.length - 1;
    List<DiscountTier> tiers = new ArrayList<>();
    for (int i = 0; i < last; i++) {
      tiers.add(tier(text, parts[i].strip(), i + 1));
    }
    String netPart = parts[last].strip();
    Matcher net = NET.matcher(netPart);
    if (!net.matches()) {
      throw malformed(
          text,
          TIER.matcher(netPart).matches()
              ? "the net term \"n/<days>\" must come last"
              : notATier(last + 1, netPart));
    }
    try {
      return of(tiers, Integer.parseInt(net.group(1)));
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

  /** The days after the invoice date by which the full amount is due. */
  public int netDays() {
    return netDays;
  }

  /** The last day after the invoice date on which any discount is given; empty without tiers. */
  public Optional<Integer> lastDiscountDays() {
    return tiers.isEmpty() ? Optional.empty() : Optional.of(tiers.get(tiers.size() - 1).days());
  }

  /**
   * The discount for paying {@code invoiceAmount}, invoiced on {@code invoiceDate}, on {@code
   * paymentDate}: the first tier whose days cover the days after the invoice date, its percent of
   * the amount rounded with {@code rounding}; no discount after the last tier.
   *
   * @throws IllegalArgumentException naming {@code invoiceAmount} when negative, or {@code
   *     paymentDate} when it is before {@code invoiceDate}
   */
  public CashDiscount discountFor(
      Money invoiceAmount, LocalDate invoiceDate, LocalDate paymentDate, Rounding rounding) {
    Arguments.nonNegative(invoiceAmount, "invoiceAmount");
    Arguments.notNull(invoiceDate, "invoiceDate");
    Arguments.notNull(paymentDate, "paymentDate");
    Arguments.notNull(rounding, "rounding");
    Arguments.check(
        !paymentDate.isBefore(invoiceDate),
        "paymentDate must not be before invoiceDate %s, was %s",
        invoiceDate,
        paymentDate);
    long days = ChronoUnit.DAYS.between(invoiceDate, paymentDate);
    Optional<DiscountTier> tier = tiers.stream().filter(t -> days <= t.days()).findFirst();
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

  @Override
  public boolean equals(Object o) {
    return o instanceof CashDiscountTerms t && netDays == t.netDays && tiers.equals(t.tiers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tiers, netDays);
  }

  /** The canonical text, which {@link #parse} reads back: {@code "2/10, 1/20, n/30"}. */
  @Override
  public String toString() {
    return tiers.stream().map(t -> t + ", ").collect(Collectors.joining()) + "n/" + netDays;
  }
}
