package dev.suanpan.core.decision;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a decision came out as it did: the rules applied, in the order they were applied, each with
 * the amounts it used. Print it ({@link #toString()} gives one line per step), store it as an audit
 * record, or assert on it ({@link #rules()}, {@link #fired(String)}).
 */
public final class Explanation {
  private static final Explanation EMPTY = new Explanation(ImmutableList.of());

  private final ImmutableList<Reason> steps;

  private Explanation(ImmutableList<Reason> steps) {
    this.steps = steps;
  }

  /** An explanation with no steps yet. */
  public static Explanation empty() {
    return EMPTY;
  }

  /** An explanation of these steps, in order. */
  public static Explanation of(List<Reason> steps) {
    Arguments.notNull(steps, "steps");
    return new Explanation(ImmutableList.copyOf(steps));
  }

  /** A new explanation with {@code reason} appended. */
  public Explanation and(Reason reason) {
    Arguments.notNull(reason, "reason");
    return new Explanation(ImmutableList.<Reason>builder().addAll(steps).add(reason).build());
  }

  /** A new explanation with the step {@code rule}: {@code text} (formatted with {@code args}). */
  public Explanation and(String rule, String text, Object... args) {
    return and(Reason.of(rule, text, args));
  }

  /** A new explanation with the step {@code rule}: {@code text} (formatted with {@code args}). */
  public Explanation and(Rule rule, String text, Object... args) {
    return and(Reason.of(rule, text, args));
  }

  /** A new explanation with all of {@code other}'s steps appended. */
  public Explanation and(Explanation other) {
    Arguments.notNull(other, "other");
    return new Explanation(
        ImmutableList.<Reason>builder().addAll(steps).addAll(other.steps).build());
  }

  /** The steps, in order. */
  public ImmutableList<Reason> steps() {
    return steps;
  }

  /** The rule identifiers, in order. */
  public ImmutableList<String> rules() {
    return steps.stream().map(Reason::rule).collect(ImmutableList.toImmutableList());
  }

  /** True if a step with this rule identifier is present. */
  public boolean fired(String rule) {
    return steps.stream().anyMatch(r -> r.rule().equals(rule));
  }

  /** True if a step of this rule is present. */
  public boolean fired(Rule rule) {
    Arguments.notNull(rule, "rule");
    return fired(rule.id());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Explanation e && steps.equals(e.steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  /** One line per step: {@code [rule] text}. */
  @Override
  public String toString() {
    return steps.stream().map(Reason::toString).collect(Collectors.joining("\n"));
  }

  /** A builder that collects steps in order; for engines that build an explanation as they go. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the steps of an explanation in order. Not thread-safe; use one per decision. */
  public static final class Builder {
    private final ImmutableList.Builder<Reason> steps = ImmutableList.builder();

    private Builder() {}

    /** Appends a step; {@code text} is formatted with {@code args}. */
    public Builder add(String rule, String text, Object... args) {
      steps.add(Reason.of(rule, text, args));
      return this;
    }

    /** Appends a step of {@code rule}; {@code text} is formatted with {@code args}. */
    public Builder add(Rule rule, String text, Object... args) {
      steps.add(Reason.of(rule, text, args));
      return this;
    }

    /** Appends every step of {@code other}, in order. */
    public Builder addAll(Explanation other) {
      steps.addAll(Arguments.notNull(other, "other").steps);
      return this;
    }

    /** Appends a step. */
    public Builder add(Reason reason) {
      steps.add(Arguments.notNull(reason, "reason"));
      return this;
    }

    /** The explanation of the steps added so far. */
    public Explanation build() {
      return new Explanation(steps.build());
    }
  }
}
