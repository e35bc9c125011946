package dev.suanpan.workflow;

import dev.suanpan.core.decision.Reason;
import dev.suanpan.core.decision.Rule;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.joda.money.Money;

/**
 * A condition a transition needs, checked on the facts the case would have after the command (the
 * case's facts with the command's payload laid over them): "60% of the price collected before the
 * invoice", "renames at most 30% of subscriptions". A guard that fails makes the command a refusal
 * whose explanation carries the guard's {@link #rule()} and a sentence with the figures.
 */
public final class Guard {
  private final String rule;
  private final String description;
  private final Function<Facts, Optional<String>> refusal;

  private Guard(String rule, String description, Function<Facts, Optional<String>> refusal) {
    this.rule = Arguments.notBlank(rule, "rule");
    this.description = Arguments.notBlank(description, "description");
    this.refusal = Arguments.notNull(refusal, "refusal");
  }

  /**
   * A guard that passes when {@code passes} holds of the facts; otherwise the refusal says {@code
   * whyNot} of them.
   */
  public static Guard when(
      String rule, String description, Predicate<Facts> passes, Function<Facts, String> whyNot) {
    Arguments.notNull(passes, "passes");
    Arguments.notNull(whyNot, "whyNot");
    return new Guard(
        rule, description, f -> passes.test(f) ? Optional.empty() : Optional.of(whyNot.apply(f)));
  }

  /** A guard that needs {@code fact} to be given. */
  public static Guard requires(String rule, Fact<?> fact) {
    Arguments.notNull(fact, "fact");
    return when(rule, fact.name() + " given", f -> f.has(fact), f -> fact.name() + " is not given");
  }

  /** A guard that needs the flag {@code fact} to be given and true. */
  public static Guard isTrue(String rule, Fact<Boolean> fact) {
    Arguments.notNull(fact, "fact");
    return when(
        rule,
        fact.name(),
        f -> f.get(fact).orElse(false),
        f -> fact.name() + " is " + f.get(fact).map(String::valueOf).orElse("not given"));
  }

  /** A guard that needs the flag {@code fact} to be given and false. */
  public static Guard isFalse(String rule, Fact<Boolean> fact) {
    Arguments.notNull(fact, "fact");
    return when(
        rule,
        "not " + fact.name(),
        f -> f.get(fact).map(v -> !v).orElse(false),
        f -> fact.name() + " is " + f.get(fact).map(String::valueOf).orElse("not given"));
  }

  /**
   * A guard that needs {@code part} to be at least {@code share} of {@code whole}, compared
   * exactly: the invoice gate "at least 60% of the price collected".
   */
  public static Guard atLeastShare(
      String rule, Fact<Money> part, Fact<Money> whole, Percent share) {
    Arguments.notNull(part, "part");
    Arguments.notNull(whole, "whole");
    Arguments.notNull(share, "share");
    return new Guard(
        rule,
        part.name() + " at least " + share + " of " + whole.name(),
        f -> {
          Optional<Money> w = f.get(whole);
          if (w.isEmpty()) {
            return Optional.of(whole.name() + " is not given");
          }
          Money p = f.get(part).orElse(Money.zero(w.get().getCurrencyUnit()));
          Arguments.sameCurrency(w.get(), p, part.name());
          if (p.toBigMoney().compareTo(share.ofExact(w.get().toBigMoney())) >= 0) {
            return Optional.empty();
          }
          return Optional.of(
              String.format(
                  "%s %s is below %s of %s %s (%s)",
                  part.name(), p, share, whole.name(), w.get(), Percent.ratio(p, w.get(), 2)));
        });
  }

  /**
   * A guard that keeps a kind of case within a share of a base: after this one, {@code used + 1}
   * must be at most {@code share} of {@code base} (renames at most 30% of subscriptions, deferrals
   * at most 15% of units). Both counts come with the command, from the caller's own books.
   */
  public static Guard quota(
      String rule, String what, Fact<Long> used, Fact<Long> base, Percent share) {
    Arguments.notNull(used, "used");
    Arguments.notNull(base, "base");
    Arguments.notNull(share, "share");
    Arguments.notBlank(what, "what");
    return new Guard(
        rule,
        what + " at most " + share + " of " + base.name(),
        f -> {
          Optional<Long> u = f.get(used);
          Optional<Long> b = f.get(base);
          if (u.isEmpty() || b.isEmpty()) {
            return Optional.of(
                "the counts " + used.name() + " and " + base.name() + " must be given");
          }
          long after = u.get() + 1;
          BigDecimal limit = share.fraction().multiply(BigDecimal.valueOf(b.get()));
          if (BigDecimal.valueOf(after).compareTo(limit) <= 0) {
            return Optional.empty();
          }
          return Optional.of(
              String.format(
                  "%s would be %d of %d %s, above %s (at most %s)",
                  what,
                  after,
                  b.get(),
                  base.name(),
                  share,
                  limit.stripTrailingZeros().toPlainString()));
        });
  }

  /** As {@link #when(String, String, Predicate, Function)}, for a rule of an enum. */
  public static Guard when(
      Rule rule, String description, Predicate<Facts> passes, Function<Facts, String> whyNot) {
    return when(id(rule), description, passes, whyNot);
  }

  /** As {@link #requires(String, Fact)}, for a rule of an enum. */
  public static Guard requires(Rule rule, Fact<?> fact) {
    return requires(id(rule), fact);
  }

  /** As {@link #isTrue(String, Fact)}, for a rule of an enum. */
  public static Guard isTrue(Rule rule, Fact<Boolean> fact) {
    return isTrue(id(rule), fact);
  }

  /** As {@link #isFalse(String, Fact)}, for a rule of an enum. */
  public static Guard isFalse(Rule rule, Fact<Boolean> fact) {
    return isFalse(id(rule), fact);
  }

  /** As {@link #atLeastShare(String, Fact, Fact, Percent)}, for a rule of an enum. */
  public static Guard atLeastShare(Rule rule, Fact<Money> part, Fact<Money> whole, Percent share) {
    return atLeastShare(id(rule), part, whole, share);
  }

  /** As {@link #quota(String, String, Fact, Fact, Percent)}, for a rule of an enum. */
  public static Guard quota(
      Rule rule, String what, Fact<Long> used, Fact<Long> base, Percent share) {
    return quota(id(rule), what, used, base, share);
  }

  private static String id(Rule rule) {
    return Arguments.notNull(rule, "rule").id();
  }

  /** The rule identifier, as it appears in a refusal's explanation. */
  public String rule() {
    return rule;
  }

  /** A short text of the condition, as it appears in a diagram. */
  public String description() {
    return description;
  }

  /** Empty when {@code facts} satisfy the guard; otherwise the reason it refuses. */
  public Optional<Reason> check(Facts facts) {
    Arguments.notNull(facts, "facts");
    return refusal.apply(facts).map(text -> new Reason(rule, text));
  }

  @Override
  public String toString() {
    return rule + " (" + description + ")";
  }
}
