package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A class of the library that has no stored form (an engine such as {@code Pricer}, a step such as
 * {@code CaseStep}, a ledger not yet covered): writing or reading one is refused naming it, instead
 * of Jackson writing an empty object or guessing at fields.
 */
final class NoStoredForm {
  private NoStoredForm() {}

  /** True for a class of the library that is neither an enum nor a record. */
  static boolean applies(Class<?> c) {
    return c.getName().startsWith("dev.suanpan.") && !c.isEnum() && !c.isRecord();
  }

  static String reason(Class<?> c) {
    return "a "
        + Tokens.typeName(Tokens.publicType(c))
        + " has no stored form; store the values it is made of (a case's events, a decision's"
        + " request and policy)";
  }

  static final class Writer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final Class<?> type;

    Writer(Class<?> type) {
      super(Object.class);
      this.type = type;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      throw JsonMappingException.from(gen, reason(type));
    }
  }

  static final class Reader extends ReadingDeserializer<Object> {
    private static final long serialVersionUID = 1L;

    Reader(Class<?> type) {
      super(type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      throw JsonMappingException.from(p, reason(handledType()));
    }
  }
}
