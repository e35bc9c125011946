package dev.suanpan.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one of the library's builder-made value types is stored: the attributes its builder accepts,
 * each read through the type's accessor and written back through the builder, so that a stored
 * value passes the builder's validation when read.
 *
 * <p>A value type is an abstract public class of the library with a public static {@code builder()}
 * returning its nested {@code Builder}, whose {@code build()} returns the type. Its attributes are
 * the public no-argument accessors that the builder has a one-argument setter of the same name for,
 * in declaration order; derived and lazy values have no setter and are not stored.
 */
final class ValueType {
  private final Class<?> type;
  private final Method builder;
  private final Method build;
  private final Method creator;
  private final List<Attribute> attributes;
  private final Map<String, Attribute> byName;

  private ValueType(
      Class<?> type, Method builder, Method build, Method creator, List<Attribute> attributes) {
    this.type = type;
    this.builder = builder;
    this.build = build;
    this.creator = creator;
    this.attributes = List.copyOf(attributes);
    Map<String, Attribute> m = new LinkedHashMap<>();
    attributes.forEach(a -> m.put(a.name(), a));
    this.byName = m;
  }

  /**
   * One stored attribute: its name, accessor, builder setter (null for a type made by its {@code
   * of}) and declared type.
   */
  record Attribute(String name, Method accessor, Method setter, JavaType type) {
    Object get(Object value) {
      return invoke(accessor, value);
    }

    /** True when writing this value can be left out: an empty optional, collection or map. */
    boolean absent(Object v) {
      return v == null
          || (v instanceof Optional<?> o && o.isEmpty())
          || (v instanceof Collection<?> c && c.isEmpty())
          || (v instanceof Map<?, ?> m && m.isEmpty());
    }
  }

  /** The value type {@code cls} is or extends, if it is one of the library's builder-made types. */
  static Optional<ValueType> of(Class<?> cls, TypeFactory types) {
    for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
      Optional<Method> factory = builderFactory(c);
      if (factory.isPresent()) {
        return Optional.of(introspect(c, factory.get(), types));
      }
      Optional<ValueType> made = byCreator(c, types);
      if (made.isPresent()) {
        return made;
      }
    }
    return Optional.empty();
  }

  /**
   * A value type without a builder, made by a public static {@code of} taking its abstract
   * accessors' values in declaration order (a journal line, a ledger account).
   */
  private static Optional<ValueType> byCreator(Class<?> c, TypeFactory types) {
    if (!isLibraryValueClass(c)) {
      return Optional.empty();
    }
    Class<?> generated;
    try {
      generated =
          Class.forName(
              c.getPackageName() + ".Immutable" + c.getSimpleName(), false, c.getClassLoader());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    List<Attribute> attributes = new ArrayList<>();
    for (Field f : generated.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      accessor(c, f.getName())
          .filter(a -> Modifier.isAbstract(a.getModifiers()))
          .ifPresent(
              a ->
                  attributes.add(
                      new Attribute(
                          a.getName(), a, null, types.constructType(a.getGenericReturnType()))));
    }
    Class<?>[] params =
        attributes.stream().map(a -> a.accessor().getReturnType()).toArray(Class<?>[]::new);
    try {
      Method of = c.getMethod("of", params);
      boolean ok = Modifier.isStatic(of.getModifiers()) && c.isAssignableFrom(of.getReturnType());
      return ok ? Optional.of(new ValueType(c, null, null, of, attributes)) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /** A public abstract class of the library: what Immutables generates a value type from. */
  private static boolean isLibraryValueClass(Class<?> c) {
    return c.getName().startsWith("dev.suanpan.")
        && Modifier.isPublic(c.getModifiers())
        && Modifier.isAbstract(c.getModifiers())
        && !c.isInterface();
  }

  private static Optional<Method> builderFactory(Class<?> c) {
    if (!isLibraryValueClass(c)) {
      return Optional.empty();
    }
    try {
      Method m = c.getMethod("builder");
      boolean ok =
          Modifier.isStatic(m.getModifiers())
              && m.getReturnType().getEnclosingClass() == c
              && m.getReturnType().getSimpleName().equals("Builder");
      return ok ? Optional.of(m) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static ValueType introspect(Class<?> c, Method factory, TypeFactory types) {
    Class<?> builderType = factory.getReturnType();
    Method build;
    try {
      build = builderType.getMethod("build");
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(builderType.getName() + " has no build()", e);
    }
    List<Attribute> attributes = new ArrayList<>();
    for (Method setter : builderType.getMethods()) {
      if (setter.getParameterCount() != 1 || Modifier.isStatic(setter.getModifiers())) {
        continue;
      }
      accessor(c, setter.getName())
          .filter(a -> setter.getParameterTypes()[0].isAssignableFrom(a.getReturnType()))
          .filter(a -> attributes.stream().noneMatch(x -> x.name().equals(a.getName())))
          .ifPresent(
              a ->
                  attributes.add(
                      new Attribute(
                          a.getName(), a, setter, types.constructType(a.getGenericReturnType()))));
    }
    Map<String, Integer> order = declarationOrder(builderType);
    attributes.sort(
        Comparator.comparingInt((Attribute a) -> order.getOrDefault(a.name(), Integer.MAX_VALUE))
            .thenComparing(Attribute::name));
    return new ValueType(c, factory, build, null, attributes);
  }

  private static Optional<Method> accessor(Class<?> c, String name) {
    try {
      Method a = c.getMethod(name);
      boolean ok = !Modifier.isStatic(a.getModifiers()) && a.getReturnType() != void.class;
      return ok ? Optional.of(a) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /**
   * The attribute names in the order the generated class declares its fields, which is the order of
   * the accessors in the source; a name it lacks sorts last.
   */
  private static Map<String, Integer> declarationOrder(Class<?> builderType) {
    Map<String, Integer> order = new LinkedHashMap<>();
    Class<?> generated = builderType.getSuperclass().getEnclosingClass();
    if (generated != null) {
      for (Field f : generated.getDeclaredFields()) {
        order.putIfAbsent(f.getName(), order.size());
      }
    }
    return order;
  }

  Class<?> type() {
    return type;
  }

  List<Attribute> attributes() {
    return attributes;
  }

  Optional<Attribute> attribute(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** True when the type is made by its {@code of}: every attribute is then required. */
  boolean byCreator() {
    return creator != null;
  }

  /** What reading collects the attributes into: a builder, or the arguments of {@code of}. */
  Object newBuilder() {
    return creator != null ? new Object[attributes.size()] : invoke(builder, null);
  }

  /** Gives {@code a} the value {@code v} in what {@link #newBuilder()} returned. */
  void set(Object b, Attribute a, Object v) {
    if (creator != null) {
      ((Object[]) b)[attributes.indexOf(a)] = v;
    } else {
      invoke(a.setter(), b, v);
    }
  }

  /**
   * The value made from what {@link #newBuilder()} returned.
   *
   * @throws IllegalStateException naming the attributes missing, as a builder does
   */
  Object build(Object b) {
    if (creator == null) {
      return invoke(build, b);
    }
    Object[] args = (Object[]) b;
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i] == null) {
        missing.add(attributes.get(i).name());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "Cannot build "
              + type.getSimpleName()
              + ", some of required attributes are not set "
              + missing);
    }
    return invoke(creator, null, args);
  }

  /** Calls {@code m}, passing on what it throws unwrapped. */
  static Object invoke(Method m, Object target, Object... args) {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + m, e);
    }
  }
}
