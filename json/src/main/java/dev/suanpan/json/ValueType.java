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
  private final List<Attribute> attributes;
  private final Map<String, Attribute> byName;

  private ValueType(Class<?> type, Method builder, Method build, List<Attribute> attributes) {
    this.type = type;
    this.builder = builder;
    this.build = build;
    this.attributes = List.copyOf(attributes);
    Map<String, Attribute> m = new LinkedHashMap<>();
    attributes.forEach(a -> m.put(a.name(), a));
    this.byName = m;
  }

  /** One stored attribute: its name, accessor, builder setter and declared type. */
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
    }
    return Optional.empty();
  }

  private static Optional<Method> builderFactory(Class<?> c) {
    if (!c.getName().startsWith("dev.suanpan.")
        || !Modifier.isPublic(c.getModifiers())
        || !Modifier.isAbstract(c.getModifiers())
        || c.isInterface()) {
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
    return new ValueType(c, factory, build, attributes);
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

  Object newBuilder() {
    return invoke(builder, null);
  }

  Object build(Object b) {
    return invoke(build, b);
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
