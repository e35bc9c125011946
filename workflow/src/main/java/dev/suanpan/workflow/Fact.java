package dev.suanpan.workflow;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * A named, typed piece of information a case carries: the compensation proposed ({@code
 * Fact.money("compensation")}), the days of a signing deferral ({@code
 * Fact.count("deferral.days")}), whether a repair is under warranty ({@code
 * Fact.flag("warranty")}). Facts are keys into {@link Facts}; two facts are the same when name and
 * type are.
 *
 * <p>Rejects a blank name or a null type.
 *
 * @param name the fact's name, as it appears in the audit trail
 * @param type the type of its values
 * @param <T> the type of its values
 */
public record Fact<T>(String name, Class<T> type) {
  /** Validates both parts. */
  public Fact {
    Arguments.notBlank(name, "name");
    Arguments.notNull(type, "type");
  }

  /** A fact holding an amount of money. */
  public static Fact<Money> money(String name) {
    return new Fact<>(name, Money.class);
  }

  /** A fact holding a count (days, units, cases). */
  public static Fact<Long> count(String name) {
    return new Fact<>(name, Long.class);
  }

  /** A fact holding a percent. */
  public static Fact<Percent> percent(String name) {
    return new Fact<>(name, Percent.class);
  }

  /** A fact holding a yes or no. */
  public static Fact<Boolean> flag(String name) {
    return new Fact<>(name, Boolean.class);
  }

  /** A fact holding a piece of text (a unit number, a fault description, a channel). */
  public static Fact<String> text(String name) {
    return new Fact<>(name, String.class);
  }

  /** A fact holding a date. */
  public static Fact<LocalDate> date(String name) {
    return new Fact<>(name, LocalDate.class);
  }

  @Override
  public String toString() {
    return name;
  }
}
