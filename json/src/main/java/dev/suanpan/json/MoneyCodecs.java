package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Reason;
import dev.suanpan.money.Rounding;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Amounts ({@code {"amount": "12.30", "currency": "CNY"}}, the amount always a decimal string at
 * the currency's scale or less), roundings ({@code {"step": "0.1", "mode": "HALF_UP"}}, no step for
 * the minor unit) and explanations (the list of their reasons, each {@code {"rule", "text"}}).
 */
final class MoneyCodecs {
  private MoneyCodecs() {}

  static final class MoneySerializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      gen.writeStringField("amount", value.getAmount().toPlainString());
      gen.writeStringField("currency", value.getCurrencyUnit().getCode());
      gen.writeEndObject();
    }
  }

  static final class MoneyDeserializer extends ReadingDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneyDeserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Fields f = Fields.read(p, "an amount", List.of("amount", "currency"));
      CurrencyUnit currency = f.currency("currency");
      BigDecimal value = f.decimal("amount");
      if (value.scale() > currency.getDecimalPlaces()) {
        throw f.refuse(
            "amount",
            value.toPlainString()
                + " has more decimal places than "
                + currency.getCode()
                + "'s "
                + currency.getDecimalPlaces(),
            null);
      }
      return Money.of(currency, value);
    }
  }

  static final class RoundingSerializer extends StdSerializer<Rounding> {
    private static final long serialVersionUID = 1L;

    RoundingSerializer() {
      super(Rounding.class);
    }

    @Override
    public void serialize(Rounding value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      if (value.step().isPresent()) {
        gen.writeStringField("step", value.step().get().toPlainString());
      }
      gen.writeStringField("mode", value.mode().name());
      gen.writeEndObject();
    }
  }

  static final class RoundingDeserializer extends ReadingDeserializer<Rounding> {
    private static final long serialVersionUID = 1L;

    RoundingDeserializer() {
      super(Rounding.class);
    }

    @Override
    public Rounding deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Fields f = Fields.read(p, "a rounding", List.of("step", "mode"));
      String modeText = f.text("mode");
      RoundingMode mode;
      try {
        mode = RoundingMode.valueOf(modeText);
      } catch (IllegalArgumentException e) {
        throw f.refuse(
            "mode",
            "\"" + Tokens.shorten(modeText) + "\" is not a rounding mode such as HALF_UP",
            e);
      }
      try {
        return f.has("step")
            ? Rounding.toStep(f.decimal("step"), mode)
            : Rounding.toMinorUnit(mode);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }

  static final class ExplanationSerializer extends StdSerializer<Explanation> {
    private static final long serialVersionUID = 1L;

    ExplanationSerializer() {
      super(Explanation.class);
    }

    @Override
    public void serialize(Explanation value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartArray();
      for (Reason r : value.steps()) {
        gen.writeStartObject();
        gen.writeStringField("rule", r.rule());
        gen.writeStringField("text", r.text());
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
  }

  static final class ExplanationDeserializer extends ReadingDeserializer<Explanation> {
    private static final long serialVersionUID = 1L;

    ExplanationDeserializer() {
      super(Explanation.class);
    }

    @Override
    public Explanation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw JsonMappingException.from(
            p, "expected a list of reasons, found " + Tokens.describe(p));
      }
      JavaType reasons = ctxt.getTypeFactory().constructCollectionType(List.class, Reason.class);
      List<Reason> steps = ctxt.readValue(p, reasons);
      return Explanation.of(steps);
    }
  }
}
