package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.suanpan.money.Percent;
import java.io.IOException;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;

/**
 * The stored forms of the library's scalars: a decimal as a string ({@code "12.30"}, so that no
 * reader takes it for a binary float), a percentage as {@code "2.5%"}, a currency as its ISO code.
 * A decimal is also read from a JSON number, exactly as written; a percentage and a currency only
 * from text.
 */
final class Scalars {
  private Scalars() {}

  static final class DecimalSerializer extends StdSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    DecimalSerializer() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toPlainString());
    }
  }

  static final class DecimalDeserializer extends ReadingDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    DecimalDeserializer() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return decimal(p, "a decimal such as \"12.30\"");
    }
  }

  /** A decimal from text or a number, exactly as written; {@code expected} says what was wanted. */
  static BigDecimal decimal(JsonParser p, String expected) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT
        && t != JsonToken.VALUE_NUMBER_FLOAT
        && t != JsonToken.VALUE_STRING) {
      throw JsonMappingException.from(p, "expected " + expected + ", found " + Tokens.describe(p));
    }
    try {
      return decimal(p.getText());
    } catch (IllegalArgumentException e) {
      String why =
          e.getCause() instanceof NumberFormatException
              ? "expected " + expected + ", found " + Tokens.describe(p)
              : e.getMessage();
      throw JsonMappingException.from(p, why, e);
    }
  }

  /**
   * The decimal {@code text} gives, refused (naming it) unless it is a plain decimal whose digits
   * and places are both within {@link SuanpanJson#MAX_NUMBER_LENGTH}: {@code "1e999999999"} is
   * short text for a number no ledger holds, and writing it out would take a gigabyte.
   */
  static BigDecimal decimal(String text) {
    BigDecimal v;
    try {
      v = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + Tokens.shorten(text) + "\" is not a decimal", e);
    }
    int digitsLeft = v.precision() - v.scale();
    if (v.scale() > SuanpanJson.MAX_NUMBER_LENGTH || digitsLeft > SuanpanJson.MAX_NUMBER_LENGTH) {
      throw new IllegalArgumentException(
          "\""
              + Tokens.shorten(text)
              + "\" is beyond the decimals a document may hold (at most "
              + SuanpanJson.MAX_NUMBER_LENGTH
              + " digits before or after the point)");
    }
    return v;
  }

  /** Text, or a refusal naming what was wanted. */
  static String text(JsonParser p, String expected) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw JsonMappingException.from(p, "expected " + expected + ", found " + Tokens.describe(p));
    }
    return p.getText();
  }

  static final class PercentSerializer extends StdSerializer<Percent> {
    private static final long serialVersionUID = 1L;

    PercentSerializer() {
      super(Percent.class);
    }

    @Override
    public void serialize(Percent value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.toString());
    }
  }

  static final class PercentDeserializer extends ReadingDeserializer<Percent> {
    private static final long serialVersionUID = 1L;

    PercentDeserializer() {
      super(Percent.class);
    }

    @Override
    public Percent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = text(p, "a percentage such as \"2.5%\"");
      try {
        return Percent.parse(text);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }

  static final class CurrencySerializer extends StdSerializer<CurrencyUnit> {
    private static final long serialVersionUID = 1L;

    CurrencySerializer() {
      super(CurrencyUnit.class);
    }

    @Override
    public void serialize(CurrencyUnit value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value.getCode());
    }
  }

  static final class CurrencyDeserializer extends ReadingDeserializer<CurrencyUnit> {
    private static final long serialVersionUID = 1L;

    CurrencyDeserializer() {
      super(CurrencyUnit.class);
    }

    @Override
    public CurrencyUnit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return currency(p);
    }
  }

  static CurrencyUnit currency(JsonParser p) throws IOException {
    String code = text(p, "an ISO currency code such as \"CNY\"");
    try {
      return currencyOf(code);
    } catch (IllegalArgumentException e) {
      throw JsonMappingException.from(p, e.getMessage(), e);
    }
  }

  /** The currency of ISO code {@code code}, refused naming the code when there is none. */
  static CurrencyUnit currencyOf(String code) {
    try {
      return CurrencyUnit.of(code);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "\"" + Tokens.shorten(code) + "\" is not an ISO currency code such as \"CNY\"", e);
    }
  }
}
