package dev.suanpan.core.credit;

import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A customer's credit exposure: receivables outstanding, shipped but not yet invoiced, approved
 * open orders, less unapplied prepayments and deposits ({@link #total(CreditPolicy)}; the policy
 * says which parts count), plus open receivables by due date for the overdue check.
 *
 * <p>Immutable. It is maintained incrementally as documents arrive: every document method ({@link
 * #orderApproved}, {@link #shipped}, {@link #invoiced}, {@link #paid}, ...) returns a new exposure
 * in constant time, whatever the number of open items, sharing storage with this one. It can also
 * be computed from scratch from the open documents ({@link #fromScratch}); both give equal values.
 *
 * <p>Rejects amounts in another currency, amounts that are not positive, and any document that
 * would drive a part below zero (paying more than is open on a due date, shipping more than is on
 * order, applying more prepayment than was received), naming the amounts; nothing is half-applied.
 *
 * <p>Bounds: every amount given, and every part (receivables, shipped not invoiced, open orders,
 * prepayments), is at most {@link #MAX_MINOR} minor units of the currency (10<sup>18</sup>: ten
 * thousand trillion yuan); a document that would take an amount or a part beyond it is rejected
 * with an {@link IllegalArgumentException} naming the amount, the part and the bound. Within the
 * bounds every total is exact.
 */
public final class Exposure {
  /**
   * The largest amount, in minor units of the currency, that a document, a part of the exposure or
   * a credit limit may be: 10<sup>18</sup>.
   */
  public static final long MAX_MINOR = 1_000_000_000_000_000_000L;

  private final CustomerId customer;
  private final CurrencyUnit currency;
  private final long shippedNotInvoiced;
  private final long openOrders;
  private final long prepayments;
  private final DueDateIndex receivables;

  private Exposure(
      CustomerId customer,
      CurrencyUnit currency,
      long shippedNotInvoiced,
      long openOrders,
      long prepayments,
      DueDateIndex receivables) {
    this.customer = customer;
    this.currency = currency;
    this.shippedNotInvoiced = shippedNotInvoiced;
    this.openOrders = openOrders;
    this.prepayments = prepayments;
    this.receivables = receivables;
  }

  /** A customer with nothing open. */
  public static Exposure none(CustomerId customer, CurrencyUnit currency) {
    Arguments.notNull(customer, "customer");
    Arguments.notNull(currency, "currency");
    return new Exposure(customer, currency, 0, 0, 0, DueDateIndex.EMPTY);
  }

  /**
   * The exposure computed from scratch from the open documents: each open receivable, the amount
   * shipped and not invoiced, the approved orders not yet shipped, and the unapplied prepayments.
   *
   * @throws IllegalArgumentException if a receivable is another customer's or in another currency,
   *     or an amount is negative
   */
  public static Exposure fromScratch(
      CustomerId customer,
      CurrencyUnit currency,
      List<Receivable> openReceivables,
      Money shippedNotInvoiced,
      Money openOrders,
      Money unappliedPrepayments) {
    Exposure e = none(customer, currency);
    Arguments.notNull(openReceivables, "openReceivables");
    for (int i = 0; i < openReceivables.size(); i++) {
      Receivable r = Arguments.notNull(openReceivables.get(i), "openReceivables[" + i + "]");
      Arguments.check(
          r.customer().equals(customer),
          "openReceivables[%s] %s is owed by %s, not %s",
          i,
          r.document(),
          r.customer(),
          customer);
      e = e.invoicedWithoutShipment(r.openAmount(), r.dueDate());
    }
    return new Exposure(
        customer,
        currency,
        e.minor(
            Arguments.nonNegative(shippedNotInvoiced, "shippedNotInvoiced"), "shippedNotInvoiced"),
        e.minor(Arguments.nonNegative(openOrders, "openOrders"), "openOrders"),
        e.minor(
            Arguments.nonNegative(unappliedPrepayments, "unappliedPrepayments"),
            "unappliedPrepayments"),
        e.receivables);
  }

  private long minor(Money amount, String name) {
    Arguments.inCurrency(amount, currency, name);
    return boundedMinor(amount, name);
  }

  /**
   * {@code amount} in minor units, rejected (naming {@code name}) if its size is beyond {@link
   * #MAX_MINOR}: sums and differences of two such amounts cannot overflow a {@code long}.
   */
  public static long boundedMinor(Money amount, String name) {
    Arguments.check(
        amount.getAmountMinor().abs().compareTo(BigDecimal.valueOf(MAX_MINOR)) <= 0,
        "%s %s is beyond the bound of %s minor units",
        name,
        amount,
        MAX_MINOR);
    return amount.getAmountMinorLong();
  }

  /** {@code part} grown by {@code by} (both within the bound), rejected if beyond the bound. */
  private long grow(long part, long by, String partName, Money amount) {
    long sum = part + by; // no overflow: both are at most MAX_MINOR
    if (sum > MAX_MINOR) {
      throw new IllegalArgumentException(
          "amount "
              + amount
              + " would take the "
              + partName
              + " of "
              + customer
              + " from "
              + money(part)
              + " beyond the bound of "
              + MAX_MINOR
              + " minor units");
    }
    return sum;
  }

  private long positiveMinor(Money amount, String name) {
    Arguments.positive(amount, name);
    return minor(amount, name);
  }

  private Money money(long minor) {
    return Money.ofMinor(currency, minor);
  }

  private long reduce(long from, long by, String what, Money amount) {
    if (by > from) {
      throw new IllegalArgumentException(
          what + " " + amount + " exceeds what is open, " + money(from) + ", for " + customer);
    }
    return from - by;
  }

  /** The customer. */
  public CustomerId customer() {
    return customer;
  }

  /** The currency of every amount. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** Receivables outstanding: invoiced and not yet paid. */
  public Money receivables() {
    return money(receivables.total());
  }

  /** Shipped and not yet invoiced. */
  public Money shippedNotInvoiced() {
    return money(shippedNotInvoiced);
  }

  /** Approved orders not yet shipped. */
  public Money openOrders() {
    return money(openOrders);
  }

  /** Unapplied prepayments and deposits. */
  public Money prepayments() {
    return money(prepayments);
  }

  /**
   * The open receivables by due date, earliest first: what {@link #receivablesDueOn(LocalDate)}
   * gives for each date with something open. With the other parts it is all an exposure holds.
   */
  public ImmutableSortedMap<LocalDate, Money> receivablesByDueDate() {
    ImmutableSortedMap.Builder<LocalDate, Money> out = ImmutableSortedMap.naturalOrder();
    receivables.forEach((date, minor) -> out.put(date, money(minor)));
    return out.build();
  }

  /** The earliest due date of an open receivable, if any is open. */
  public Optional<LocalDate> earliestOpenDue() {
    return receivables.earliest();
  }

  /** The open receivables due strictly before {@code date}: overdue on {@code date}. */
  public Money receivablesDueBefore(LocalDate date) {
    return money(receivables.before(Arguments.notNull(date, "date")));
  }

  /** The open receivables due on {@code dueDate}. */
  public Money receivablesDueOn(LocalDate dueDate) {
    return money(receivables.at(Arguments.notNull(dueDate, "dueDate")));
  }

  /**
   * The exposure the policy counts against the limit: the counted parts of receivables, shipped not
   * invoiced and open orders, less unapplied prepayments if counted. Negative when prepayments
   * exceed the rest: the customer has a balance (货款余额) with the business.
   */
  public Money total(CreditPolicy policy) {
    return money(totalMinor(policy));
  }

  /**
   * {@link #total(CreditPolicy)} in minor units of the currency, without allocating: what the
   * credit check adds an order to. Rejects a policy in another currency.
   */
  public long totalMinor(CreditPolicy policy) {
    Arguments.notNull(policy, "policy");
    Arguments.check(
        policy.currency().equals(currency),
        "policy currency %s differs from the exposure's %s",
        policy.currency(),
        currency);
    long t = 0;
    if (policy.countsReceivables()) {
      t += receivables.total();
    }
    if (policy.countsShipped()) {
      t += shippedNotInvoiced;
    }
    if (policy.countsOpenOrders()) {
      t += openOrders;
    }
    if (policy.countsPrepayments()) {
      t -= prepayments;
    }
    return t;
  }

  /** An order of {@code amount} was approved: it is now an open order. */
  public Exposure orderApproved(Money amount) {
    long a = positiveMinor(amount, "amount");
    return new Exposure(
        customer,
        currency,
        shippedNotInvoiced,
        grow(openOrders, a, "open orders", amount),
        prepayments,
        receivables);
  }

  /** An approved order, or the unshipped rest of one, of {@code amount} was cancelled. */
  public Exposure orderCancelled(Money amount) {
    long a = positiveMinor(amount, "amount");
    return new Exposure(
        customer,
        currency,
        shippedNotInvoiced,
        reduce(openOrders, a, "cancelled order", amount),
        prepayments,
        receivables);
  }

  /** Goods of {@code amount} left the warehouse against an approved order (出仓单). */
  public Exposure shipped(Money amount) {
    long a = positiveMinor(amount, "amount");
    return new Exposure(
        customer,
        currency,
        grow(shippedNotInvoiced, a, "shipped not invoiced", amount),
        reduce(openOrders, a, "shipment", amount),
        prepayments,
        receivables);
  }

  /** Shipped goods of {@code amount} were invoiced, due on {@code dueDate}. */
  public Exposure invoiced(Money amount, LocalDate dueDate) {
    long a = positiveMinor(amount, "amount");
    Arguments.notNull(dueDate, "dueDate");
    long shipped = reduce(shippedNotInvoiced, a, "invoice", amount);
    grow(receivables.total(), a, "receivables", amount);
    return new Exposure(
        customer, currency, shipped, openOrders, prepayments, receivables.plus(dueDate, a));
  }

  /**
   * An invoice of {@code amount}, due on {@code dueDate}, for something not shipped from stock
   * through an order (a service, a milestone, an opening balance).
   */
  public Exposure invoicedWithoutShipment(Money amount, LocalDate dueDate) {
    long a = positiveMinor(amount, "amount");
    Arguments.notNull(dueDate, "dueDate");
    grow(receivables.total(), a, "receivables", amount);
    return new Exposure(
        customer,
        currency,
        shippedNotInvoiced,
        openOrders,
        prepayments,
        receivables.plus(dueDate, a));
  }

  /**
   * A payment of {@code amount} was applied to receivables due on {@code dueDate} (Dr bank / Cr
   * receivables).
   */
  public Exposure paid(Money amount, LocalDate dueDate) {
    return lessReceivable(amount, dueDate, "payment");
  }

  /** A credit note (return, allowance) of {@code amount} reduced receivables due on {@code due}. */
  public Exposure credited(Money amount, LocalDate due) {
    return lessReceivable(amount, due, "credit note");
  }

  /** Receivables of {@code amount} due on {@code dueDate} were written off as a bad debt. */
  public Exposure writtenOff(Money amount, LocalDate dueDate) {
    return lessReceivable(amount, dueDate, "write-off");
  }

  private Exposure lessReceivable(Money amount, LocalDate dueDate, String what) {
    long a = positiveMinor(amount, "amount");
    Arguments.notNull(dueDate, "dueDate");
    long open = receivables.at(dueDate);
    if (a > open) {
      throw new IllegalArgumentException(
          what
              + " "
              + amount
              + " exceeds the receivables of "
              + customer
              + " due on "
              + dueDate
              + ", "
              + money(open));
    }
    return new Exposure(
        customer,
        currency,
        shippedNotInvoiced,
        openOrders,
        prepayments,
        receivables.plus(dueDate, -a));
  }

  /** A prepayment or deposit of {@code amount} arrived and is not yet applied (预收款, 定金). */
  public Exposure prepaymentReceived(Money amount) {
    long a = positiveMinor(amount, "amount");
    return new Exposure(
        customer,
        currency,
        shippedNotInvoiced,
        openOrders,
        grow(prepayments, a, "prepayments", amount),
        receivables);
  }

  /** {@code amount} of the unapplied prepayments was applied to receivables due on {@code due}. */
  public Exposure prepaymentApplied(Money amount, LocalDate due) {
    long a = positiveMinor(amount, "amount");
    long left = reduce(prepayments, a, "applied prepayment", amount);
    Exposure lessReceivable = lessReceivable(amount, due, "applied prepayment");
    return new Exposure(
        customer, currency, shippedNotInvoiced, openOrders, left, lessReceivable.receivables);
  }

  /** {@code amount} of the unapplied prepayments was refunded to the customer. */
  public Exposure prepaymentRefunded(Money amount) {
    long a = positiveMinor(amount, "amount");
    return new Exposure(
        customer,
        currency,
        shippedNotInvoiced,
        openOrders,
        reduce(prepayments, a, "refunded prepayment", amount),
        receivables);
  }

  /** Equal when the customer, currency, every part and the receivables by due date are equal. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Exposure e)) {
      return false;
    }
    if (!(customer.equals(e.customer)
        && currency.equals(e.currency)
        && shippedNotInvoiced == e.shippedNotInvoiced
        && openOrders == e.openOrders
        && prepayments == e.prepayments
        && receivables.total() == e.receivables.total())) {
      return false;
    }
    return receivables.sameAs(e.receivables);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        customer, currency, shippedNotInvoiced, openOrders, prepayments, receivables.total());
  }

  @Override
  public String toString() {
    return "Exposure of "
        + customer
        + ": receivables "
        + receivables()
        + earliestOpenDue().map(d -> " (earliest due " + d + ")").orElse("")
        + ", shipped not invoiced "
        + shippedNotInvoiced()
        + ", open orders "
        + openOrders()
        + ", prepayments "
        + prepayments();
  }
}
