package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;

/**
 * The library's one-field records ({@code Subject}, {@code CustomerId}, {@code VatRate}) stored as
 * their one field: {@code "DISCOUNT"} rather than {@code {"code": "DISCOUNT"}}. Reading calls the
 * record's constructor, so its checks run.
 */
final class Wrappers {
  private Wrappers() {}

  static boolean isWrapper(Class<?> c) {
    return c.isRecord()
        && c.getName().startsWith("dev.suanpan.")
        && c.getRecordComponents().length == 1;
  }

  static Object wrap(Class<?> c, Object field) {
    RecordComponent rc = c.getRecordComponents()[0];
    try {
      Constructor<?> k = c.getDeclaredConstructor(rc.getType());
      return k.newInstance(field);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a " + c.getName(), e);
    }
  }

  static Object field(Object record) {
    return ValueType.invoke(record.getClass().getRecordComponents()[0].getAccessor(), record);
  }

  static final class Serializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeValue(field(value), gen);
    }
  }

  static final class Deserializer extends ReadingDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient JavaType fieldType;

    Deserializer(Class<?> type, TypeFactory types) {
      super(type);
      this.fieldType = types.constructType(type.getRecordComponents()[0].getGenericType());
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object field = ctxt.readValue(p, fieldType);
      try {
        return wrap(handledType(), field);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
    }
  }

  /** Reads a text-like wrapper from a map key. */
  static final class Key extends KeyDeserializer {
    private final Class<?> type;

    Key(Class<?> type) {
      this.type = type;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      Class<?> ft = type.getRecordComponents()[0].getType();
      try {
        return wrap(type, parse(ft, key));
      } catch (RuntimeException e) {
        return ctxt.handleWeirdKey(type, key, "%s", Tokens.reason(e));
      }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> ft, String key) {
      if (ft == String.class) {
        return key;
      } else if (ft == Long.class || ft == long.class) {
        return Long.valueOf(key);
      } else if (ft == Integer.class || ft == int.class) {
        return Integer.valueOf(key);
      } else if (ft == LocalDate.class) {
        return LocalDate.parse(key);
      } else if (ft.isEnum()) {
        return Enum.valueOf((Class) ft, key);
      }
      throw new IllegalArgumentException("a " + ft.getSimpleName() + " cannot be a key");
    }
  }
}
