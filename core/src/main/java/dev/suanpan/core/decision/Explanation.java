package dev.suanpan.core.decision;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a decision came out as it did: the rules applied, in the order they were applied, each with
 * the amounts it used. Print it ({@link #toString()} gives one line per step), store it as an audit
 * record, or assert on it ({@link #rules()}, {@link #fired(Rule)}).
 *
 * <p>A step's text is formatted the first time the steps are read ({@link #steps()}, {@link
 * #toString()}, {@link #equals(Object)}), not when the engine adds it, so that deciding costs no
 * string formatting; the values a step names must therefore be immutable. {@link #rules()} and
 * {@link #fired(Rule)} need no formatting. Immutable and thread-safe.
 */
public final class Explanation {
  private static final Object[] NO_ARGS = new Object[0];
  private static final Explanation EMPTY = new Explanation(NO_ARGS, 0);

  /** Rule id, text pattern and arguments of each step, one after another; never changed. */
  private final Object[] parts;

  private final int size;
  private volatile ImmutableList<Reason> steps;

  private Explanation(Object[] parts, int size) {
    this.parts = parts;
    this.size = size;
  }

  /** An explanation with no steps yet. */
  public static Explanation empty() {
    return EMPTY;
  }

  /** An explanation of these steps, in order. */
  public static Explanation of(List<Reason> steps) {
    Arguments.notNull(steps, "steps");
    Builder b = new Builder();
    steps.forEach(b::add);
    return b.build();
  }

  /** A new explanation with {@code reason} appended. */
  public Explanation and(Reason reason) {
    return new Builder().addAll(this).add(reason).build();
  }

  /** A new explanation with the step {@code rule}: {@code text} (formatted with {@code args}). */
  public Explanation and(String rule, String text, Object... args) {
    return new Builder().addAll(this).add(rule, text, args).build();
  }

  /** A new explanation with the step {@code rule}: {@code text} (formatted with {@code args}). */
  public Explanation and(Rule rule, String text, Object... args) {
    return new Builder().addAll(this).add(rule, text, args).build();
  }

  /** A new explanation with all of {@code other}'s steps appended. */
  public Explanation and(Explanation other) {
    return new Builder().addAll(this).addAll(other).build();
  }

  /** The steps, in order, their texts formatted. */
  public ImmutableList<Reason> steps() {
    ImmutableList<Reason> s = steps;
    if (s == null) {
      ImmutableList.Builder<Reason> out = ImmutableList.builderWithExpectedSize(size);
      for (int i = 0; i < size; i++) {
        out.add(
            Reason.of(
                (String) parts[3 * i], (String) parts[3 * i + 1], (Object[]) parts[3 * i + 2]));
      }
      s = out.build();
      steps = s;
    }
    return s;
  }

  /** The rule identifiers, in order. */
  public ImmutableList<String> rules() {
    ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      out.add((String) parts[3 * i]);
    }
    return out.build();
  }

  /** True if a step with this rule identifier is present. */
  public boolean fired(String rule) {
    for (int i = 0; i < size; i++) {
      if (parts[3 * i].equals(rule)) {
        return true;
      }
    }
    return false;
  }

  /** True if a step of this rule is present. */
  public boolean fired(Rule rule) {
    Arguments.notNull(rule, "rule");
    return fired(rule.id());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Explanation e && steps().equals(e.steps());
  }

  @Override
  public int hashCode() {
    return steps().hashCode();
  }

  /** One line per step: {@code [rule] text}. */
  @Override
  public String toString() {
    return steps().stream().map(Reason::toString).collect(Collectors.joining("\n"));
  }

  /** A builder that collects steps in order; for engines that build an explanation as they go. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects the steps of an explanation in order, keeping each text unformatted until the
   * explanation is read. Rejects a null or blank rule or text at once. Not thread-safe; use one per
   * decision.
   */
  public static final class Builder {
    private Object[] parts = new Object[3 * 8];
    private int size;

    /** True once {@link #parts} is shared with a built explanation: copy before changing it. */
    private boolean shared;

    private Builder() {}

    private Builder append(String rule, String text, Object[] args) {
      if (shared || 3 * size == parts.length) {
        parts = Arrays.copyOf(parts, 3 * size == parts.length ? 2 * parts.length : parts.length);
        shared = false;
      }
      parts[3 * size] = rule;
      parts[3 * size + 1] = text;
      parts[3 * size + 2] = args;
      size++;
      return this;
    }

    /** Appends a step; {@code text} is formatted with {@code args}. */
    public Builder add(String rule, String text, Object... args) {
      Arguments.notBlank(rule, "rule");
      Arguments.notBlank(text, "text");
      return append(rule, text, args == null ? NO_ARGS : args);
    }

    /** Appends a step of {@code rule}; {@code text} is formatted with {@code args}. */
    public Builder add(Rule rule, String text, Object... args) {
      return add(Arguments.notNull(rule, "rule").id(), text, args);
    }

    /** Appends every step of {@code other}, in order. */
    public Builder addAll(Explanation other) {
      Arguments.notNull(other, "other");
      for (int i = 0; i < other.size; i++) {
        append(
            (String) other.parts[3 * i],
            (String) other.parts[3 * i + 1],
            (Object[]) other.parts[3 * i + 2]);
      }
      return this;
    }

    /** Appends a step. */
    public Builder add(Reason reason) {
      Arguments.notNull(reason, "reason");
      return append(reason.rule(), reason.text(), NO_ARGS);
    }

    /** The explanation of the steps added so far. */
    public Explanation build() {
      if (size == 0) {
        return EMPTY;
      }
      shared = true;
      return new Explanation(parts, size);
    }
  }
}
