package dev.suanpan.core.decision;

import dev.suanpan.money.internal.Arguments;

/**
 * One step of an {@link Explanation}: the rule that was applied, by a stable identifier a test or
 * an auditor can match on ({@code "pricing.floor"}), and a sentence with the amounts it used
 * ({@code "price CNY 950000.00 is below the floor CNY 960000.00"}).
 *
 * <p>Rejects a null or blank rule or text.
 */
public record Reason(String rule, String text) {
  /** Validates both parts. */
  public Reason {
    Arguments.notBlank(rule, "rule");
    Arguments.notBlank(text, "text");
  }

  /** A reason; {@code text} is formatted with {@link String#format} and {@code args}. */
  public static Reason of(String rule, String text, Object... args) {
    return new Reason(rule, args.length == 0 ? text : String.format(text, args));
  }

  /**
   * A reason of {@code rule}; {@code text} is formatted with {@link String#format} and {@code
   * args}.
   */
  public static Reason of(Rule rule, String text, Object... args) {
    return of(Arguments.notNull(rule, "rule").id(), text, args);
  }

  /** True if this reason is a step of {@code rule}. */
  public boolean is(Rule rule) {
    return this.rule.equals(Arguments.notNull(rule, "rule").id());
  }

  @Override
  public String toString() {
    return "[" + rule + "] " + text;
  }
}
