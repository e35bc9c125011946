package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A value written as a JSON object whose fields can also be written inside another object: a
 * document puts its {@code $format} and {@code $type} before them.
 */
abstract class ObjectSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  ObjectSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public final void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(value);
    writeFields(value, gen, provider);
    gen.writeEndObject();
  }

  /** The value's fields, into an object the caller has started. */
  abstract void writeFields(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException;

  @SuppressWarnings("unchecked")
  final void writeFieldsOf(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    writeFields((T) value, gen, provider);
  }
}
