package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.json.ValueType.Attribute;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes and reads a {@link ValueType}: an object with one field per attribute (empty optionals,
 * collections and maps left out), read back through the type's builder so that its checks run. A
 * map whose keys are not text-like is written as a list of {@code {"key": ..., "value": ...}}.
 */
final class ValueTypeCodec {
  private ValueTypeCodec() {}

  static final class Serializer extends ObjectSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient ValueType type;

    Serializer(ValueType type) {
      super(Object.class);
      this.type = type;
    }

    @Override
    void writeFields(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      for (Attribute a : type.attributes()) {
        Object v = a.get(value);
        if (a.absent(v)) {
          continue;
        }
        gen.writeFieldName(a.name());
        if (v instanceof Map<?, ?> m && !Keys.isTextLike(a.type().getKeyType())) {
          writeEntries(m, gen, provider);
        } else {
          provider.defaultSerializeValue(v, gen);
        }
      }
    }

    private static void writeEntries(Map<?, ?> map, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartArray();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        gen.writeStartObject();
        provider.defaultSerializeField("key", e.getKey(), gen);
        provider.defaultSerializeField("value", e.getValue(), gen);
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
  }

  static final class Deserializer extends ReadingDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient ValueType type;

    Deserializer(ValueType type) {
      super(type.type());
      this.type = type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        t = p.nextToken();
      }
      if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
        throw JsonMappingException.from(
            p, "expected an object for " + name() + ", found " + Tokens.describe(p));
      }
      Object builder = type.newBuilder();
      Set<String> seen = new HashSet<>();
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        p.nextToken();
        try {
          readField(p, ctxt, builder, field, seen);
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, type.type(), field);
        }
      }
      try {
        return type.build(builder);
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
    }

    private void readField(
        JsonParser p, DeserializationContext ctxt, Object builder, String field, Set<String> seen)
        throws IOException {
      Optional<Attribute> attribute = type.attribute(field);
      if (attribute.isEmpty()) {
        throw JsonMappingException.from(
            p,
            "unknown field \""
                + field
                + "\"; the fields of "
                + name()
                + " are "
                + type.attributes().stream()
                    .map(Attribute::name)
                    .collect(Collectors.joining(", ")));
      }
      if (!seen.add(field)) {
        throw JsonMappingException.from(p, "field \"" + field + "\" appears twice");
      }
      Attribute a = attribute.get();
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        if (a.type().getRawClass() == Optional.class) {
          return;
        }
        throw JsonMappingException.from(
            p, "null is not a value for " + field + "; leave the field out or give a value");
      }
      Object v = read(p, ctxt, a.type());
      try {
        type.set(builder, a, v);
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
    }

    private static Object read(JsonParser p, DeserializationContext ctxt, JavaType t)
        throws IOException {
      if (t.isMapLikeType() && !Keys.isTextLike(t.getKeyType())) {
        return readEntries(p, ctxt, t);
      }
      if (t.isCollectionLikeType()) {
        return readElements(p, ctxt, t);
      }
      return ctxt.readValue(p, t);
    }

    /** A list's elements, each refusal naming its index; a set refuses an element given twice. */
    private static Object readElements(JsonParser p, DeserializationContext ctxt, JavaType t)
        throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw JsonMappingException.from(p, "expected a list, found " + Tokens.describe(p));
      }
      boolean set = Set.class.isAssignableFrom(t.getRawClass());
      List<Object> out = new ArrayList<>();
      Set<Object> seen = new HashSet<>();
      for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
        try {
          Object v = ctxt.readValue(p, t.getContentType());
          if (v == null) {
            throw JsonMappingException.from(p, "null is not an element; leave it out");
          }
          if (set && !seen.add(v)) {
            throw JsonMappingException.from(p, v + " appears twice");
          }
          out.add(v);
        } catch (JsonMappingException ex) {
          throw JsonMappingException.wrapWithPath(ex, out, out.size());
        }
      }
      return out;
    }

    private static Object readEntries(JsonParser p, DeserializationContext ctxt, JavaType t)
        throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw JsonMappingException.from(
            p, "expected a list of {key, value} entries, found " + Tokens.describe(p));
      }
      Map<Object, Object> out = new LinkedHashMap<>();
      int index = 0;
      for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken(), index++) {
        try {
          readEntry(p, ctxt, t, out);
        } catch (JsonMappingException ex) {
          throw JsonMappingException.wrapWithPath(ex, out, index);
        }
      }
      return ImmutableMap.copyOf(out);
    }

    private static void readEntry(
        JsonParser p, DeserializationContext ctxt, JavaType t, Map<Object, Object> out)
        throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw JsonMappingException.from(
            p, "expected a {key, value} entry, found " + Tokens.describe(p));
      }
      Object key = null;
      Object value = null;
      for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        try {
          switch (name) {
            case "key" -> key = ctxt.readValue(p, t.getKeyType());
            case "value" -> value = ctxt.readValue(p, t.getContentType());
            default ->
                throw JsonMappingException.from(
                    p, "unknown field \"" + name + "\"; an entry has key and value");
          }
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, out, name);
        }
      }
      if (key == null || value == null) {
        throw JsonMappingException.from(p, "an entry needs both key and value");
      }
      if (out.put(key, value) != null) {
        throw JsonMappingException.from(p, "key " + key + " appears twice");
      }
    }

    private String name() {
      return Tokens.typeName(type.type());
    }
  }
}
