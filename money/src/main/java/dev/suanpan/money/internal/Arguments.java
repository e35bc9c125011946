package dev.suanpan.money.internal;

import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.util.Collection;
import org.joda.money.BigMoneyProvider;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Argument checks shared by every Suanpan module. Each failure is an {@link
 * IllegalArgumentException} (or {@link NullPointerException} for a null) whose message names the
 * argument and the offending value, so a caller sees at once what they passed wrong. Mixed
 * currencies throw Joda-Money's {@link CurrencyMismatchException} (an {@link
 * IllegalArgumentException}), its message naming the argument.
 *
 * <p>Internal: not exported to users; other Suanpan modules use it through a qualified export.
 */
public final class Arguments {
  private Arguments() {}

  /** Returns {@code value}, or throws {@link NullPointerException} naming {@code name}. */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /** Throws {@link IllegalArgumentException} with the formatted message unless {@code ok}. */
  public static void check(boolean ok, String messageFormat, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(messageFormat, args));
    }
  }

  /** Returns {@code amount} if it is zero or positive; otherwise names it and its value. */
  public static Money nonNegative(Money amount, String name) {
    notNull(amount, name);
    if (amount.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + amount);
    }
    return amount;
  }

  /** Returns {@code amount} if it is strictly positive; otherwise names it and its value. */
  public static Money positive(Money amount, String name) {
    notNull(amount, name);
    if (!amount.isPositive()) {
      throw new IllegalArgumentException(name + " must be positive, was " + amount);
    }
    return amount;
  }

  /**
   * Returns {@code share} if it is a share between 0% and 100% inclusive; otherwise names it and
   * its value.
   */
  public static Percent share(Percent share, String name) {
    notNull(share, name);
    check(
        !share.isNegative() && !share.isGreaterThan(Percent.HUNDRED),
        "%s must be between 0%% and 100%%, was %s",
        name,
        share);
    return share;
  }

  /** Returns {@code value} if it is zero or positive; otherwise names it and its value. */
  public static BigDecimal nonNegative(BigDecimal value, String name) {
    notNull(value, name);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is strictly positive; otherwise names it and its value. */
  public static BigDecimal positive(BigDecimal value, String name) {
    notNull(value, name);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is zero or positive; otherwise names it and its value. */
  public static int nonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is zero or positive; otherwise names it and its value. */
  public static long nonNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + value);
    }
    return value;
  }

  /** Returns {@code text} if it has at least one non-blank character. */
  public static String notBlank(String text, String name) {
    notNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was \"" + text + "\"");
    }
    return text;
  }

  /** Returns {@code values} if it has at least one element. */
  public static <C extends Collection<?>> C notEmpty(C values, String name) {
    notNull(values, name);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return values;
  }

  /**
   * Returns {@code amount} if it is in {@code currency}; otherwise names the argument, its value
   * and the expected currency. Mixed currencies are always a caller's error in Suanpan.
   */
  public static <M extends BigMoneyProvider> M inCurrency(
      M amount, CurrencyUnit currency, String name) {
    notNull(amount, name);
    CurrencyUnit actual = amount.toBigMoney().getCurrencyUnit();
    if (!actual.equals(currency)) {
      throw new MixedCurrencies(
          currency, actual, name + " must be in " + currency.getCode() + ", was " + amount);
    }
    return amount;
  }

  /** Joda-Money's mixed-currency exception, with a message that names the argument. */
  private static final class MixedCurrencies extends CurrencyMismatchException {
    private static final long serialVersionUID = 1L;
    private final String message;

    MixedCurrencies(CurrencyUnit expected, CurrencyUnit actual, String message) {
      super(expected, actual);
      this.message = message;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }

  /** Checks that {@code b} has the currency of {@code a}, naming {@code bName} if not. */
  public static Money sameCurrency(Money a, Money b, String bName) {
    notNull(a, "amount");
    return inCurrency(b, a.getCurrencyUnit(), bName);
  }
}
