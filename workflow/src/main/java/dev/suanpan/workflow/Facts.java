package dev.suanpan.workflow;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.money.internal.Arguments;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An immutable set of {@link Fact} values: what a case knows (the amount proposed, the unit
 * subscribed), or what a command brings with it. Each fact name holds one value; {@link #with}
 * returns a new set. Values are listed in name order, so their text form is stable and can be
 * hashed into the audit trail.
 *
 * <p>Rejects null values and a value whose type does not match its fact.
 */
public final class Facts {
  private static final Facts NONE = new Facts(ImmutableSortedMap.of(), ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, Object> values;
  private final ImmutableSortedMap<String, Class<?>> types;

  private Facts(
      ImmutableSortedMap<String, Object> values, ImmutableSortedMap<String, Class<?>> types) {
    this.values = values;
    this.types = types;
  }

  /**
   * The facts held, in name order: with {@link #get(Fact)} all a {@code Facts} holds, for storing
   * it.
   */
  public ImmutableList<Fact<?>> facts() {
    ImmutableList.Builder<Fact<?>> out = ImmutableList.builder();
    types.forEach((name, type) -> out.add(new Fact<>(name, type)));
    return out.build();
  }

  /** No facts at all. */
  public static Facts none() {
    return NONE;
  }

  /** A set holding just {@code value} for {@code fact}. */
  public static <T> Facts of(Fact<T> fact, T value) {
    return NONE.with(fact, value);
  }

  /**
   * A new set with {@code fact} set to {@code value}, replacing any earlier value of that name.
   *
   * @throws IllegalArgumentException if the name is already used with another type
   */
  public <T> Facts with(Fact<T> fact, T value) {
    Arguments.notNull(fact, "fact");
    Arguments.notNull(value, fact.name());
    Arguments.check(
        fact.type().isInstance(value),
        "fact %s must hold a %s, was %s",
        fact.name(),
        fact.type().getSimpleName(),
        value);
    Class<?> known = types.get(fact.name());
    Arguments.check(
        known == null || known.equals(fact.type()),
        "fact %s holds a %s, cannot set a %s",
        fact.name(),
        known == null ? "" : known.getSimpleName(),
        fact.type().getSimpleName());
    return new Facts(put(values, fact.name(), value), put(types, fact.name(), fact.type()));
  }

  /** A new set with every value of {@code other} laid over this one. */
  public Facts with(Facts other) {
    Arguments.notNull(other, "other");
    Facts out = this;
    for (Map.Entry<String, Object> e : other.values.entrySet()) {
      out = out.withRaw(e.getKey(), other.types.get(e.getKey()), e.getValue());
    }
    return out;
  }

  private Facts withRaw(String name, Class<?> type, Object value) {
    Class<?> known = types.get(name);
    Arguments.check(
        known == null || known.equals(type),
        "fact %s holds a %s, cannot set a %s",
        name,
        known == null ? "" : known.getSimpleName(),
        type.getSimpleName());
    return new Facts(put(values, name, value), put(types, name, type));
  }

  private static <V> ImmutableSortedMap<String, V> put(
      ImmutableSortedMap<String, V> map, String key, V value) {
    ImmutableSortedMap.Builder<String, V> b = ImmutableSortedMap.naturalOrder();
    map.forEach(
        (k, v) -> {
          if (!k.equals(key)) {
            b.put(k, v);
          }
        });
    return b.put(key, value).build();
  }

  /**
   * The value of {@code fact}, if set.
   *
   * @throws IllegalArgumentException if the name is set with another type
   */
  public <T> Optional<T> get(Fact<T> fact) {
    Arguments.notNull(fact, "fact");
    Object v = values.get(fact.name());
    if (v == null) {
      return Optional.empty();
    }
    Arguments.check(
        fact.type().isInstance(v),
        "fact %s holds a %s, not a %s",
        fact.name(),
        v.getClass().getSimpleName(),
        fact.type().getSimpleName());
    return Optional.of(fact.type().cast(v));
  }

  /** True if {@code fact} is set. */
  public boolean has(Fact<?> fact) {
    return get(fact).isPresent();
  }

  /** True if no fact is set. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** Each fact name with the text of its value, in name order: what the audit trail records. */
  public ImmutableSortedMap<String, String> asText() {
    ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
    values.forEach((k, v) -> b.put(k, String.valueOf(v)));
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Facts f && values.equals(f.values) && types.equals(f.types);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** {@code {name=value, ...}} in name order. */
  @Override
  public String toString() {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
