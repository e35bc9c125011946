package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.suanpan.money.Percent;
import dev.suanpan.workflow.Fact;
import dev.suanpan.workflow.Facts;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A case's {@link Facts} by name, each value under the kind of fact it is, so that it is read back
 * as the same type: {@code {"compensation": {"money": {"amount": "500.00", "currency": "CNY"}},
 * "warranty": {"flag": true}}}. A {@link Fact} on its own is {@code {"name": "warranty", "kind":
 * "flag"}}. The kinds are those {@link Fact}'s factories make: money, count, percent, flag, text,
 * date; a fact of another type cannot be stored.
 */
final class FactsCodec {
  private FactsCodec() {}

  /** The kinds of fact, by the name a document gives them. */
  enum Kind {
    MONEY("money", Money.class),
    COUNT("count", Long.class),
    PERCENT("percent", Percent.class),
    FLAG("flag", Boolean.class),
    TEXT("text", String.class),
    DATE("date", LocalDate.class);

    final String word;
    final Class<?> type;

    Kind(String word, Class<?> type) {
      this.word = word;
      this.type = type;
    }

    static Optional<Kind> of(Class<?> type) {
      return Arrays.stream(values()).filter(k -> k.type == type).findFirst();
    }

    static Optional<Kind> named(String word) {
      return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }

    static String words() {
      return String.join(", ", Arrays.stream(values()).map(k -> k.word).toList());
    }
  }

  static Kind kindOf(Fact<?> fact, JsonGenerator gen) throws JsonMappingException {
    Optional<Kind> k = Kind.of(fact.type());
    if (k.isEmpty()) {
      throw JsonMappingException.from(
          gen,
          "fact "
              + fact.name()
              + " holds a "
              + fact.type().getName()
              + ", which cannot be stored; the kinds are "
              + Kind.words());
    }
    return k.get();
  }

  static Kind kindNamed(JsonParser p, String word) throws JsonMappingException {
    return Kind.named(word)
        .orElseThrow(
            () ->
                JsonMappingException.from(
                    p,
                    "\""
                        + Tokens.shorten(word)
                        + "\" is not a kind of fact; the kinds are "
                        + Kind.words()));
  }

  static final class FactSerializer extends StdSerializer<Fact<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    FactSerializer() {
      super((Class) Fact.class);
    }

    @Override
    public void serialize(Fact<?> fact, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(fact);
      gen.writeStringField("name", fact.name());
      gen.writeStringField("kind", kindOf(fact, gen).word);
      gen.writeEndObject();
    }
  }

  static final class FactDeserializer extends ReadingDeserializer<Fact<?>> {
    private static final long serialVersionUID = 1L;

    FactDeserializer() {
      super(Fact.class);
    }

    @Override
    public Fact<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Fields f = Fields.read(p, "a fact", java.util.List.of("name", "kind"));
      Kind kind = kindNamed(p, f.text("kind"));
      try {
        return new Fact<>(f.text("name"), kind.type);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
    }
  }

  static final class FactsSerializer extends ObjectSerializer<Facts> {
    private static final long serialVersionUID = 1L;

    FactsSerializer() {
      super(Facts.class);
    }

    @Override
    void writeFields(Facts facts, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      for (Fact<?> fact : facts.facts()) {
        gen.writeObjectFieldStart(fact.name());
        provider.defaultSerializeField(kindOf(fact, gen).word, facts.get(fact).orElseThrow(), gen);
        gen.writeEndObject();
      }
    }
  }

  static final class FactsDeserializer extends ReadingDeserializer<Facts> {
    private static final long serialVersionUID = 1L;

    FactsDeserializer() {
      super(Facts.class);
    }

    @Override
    public Facts deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Facts out = Facts.none();
      JsonToken t = Tokens.firstField(p);
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        try {
          out = readFact(p, ctxt, out, name);
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, null, name);
        }
      }
      return out;
    }

    private static Facts readFact(JsonParser p, DeserializationContext ctxt, Facts out, String name)
        throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME) {
        throw JsonMappingException.from(
            p,
            "expected one kind and its value, such as {\"flag\": true}; the kinds are "
                + Kind.words());
      }
      Kind kind = kindNamed(p, p.currentName());
      p.nextToken();
      Object value = ctxt.readValue(p, kind.type);
      if (p.nextToken() != JsonToken.END_OBJECT) {
        throw JsonMappingException.from(p, "a fact holds one kind and its value");
      }
      try {
        return with(out, name, kind, value);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Facts with(Facts out, String name, Kind kind, Object value) {
      return out.with(new Fact(name, kind.type), value);
    }
  }
}
