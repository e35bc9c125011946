package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;

/**
 * A small object of text fields read whole (an amount, a rounding): unknown and repeated fields are
 * refused, and so is anything but text, so that a number is never taken for an amount.
 */
final class Fields {
  private final JsonParser parser;
  private final String what;
  private final Map<String, String> values;

  private Fields(JsonParser parser, String what, Map<String, String> values) {
    this.parser = parser;
    this.what = what;
    this.values = values;
  }

  /** Reads from the object's start, or from its first field when a document header came before. */
  static Fields read(JsonParser p, String what, List<String> allowed) throws IOException {
    JsonToken start = p.currentToken();
    if (start != JsonToken.START_OBJECT && start != JsonToken.FIELD_NAME) {
      throw JsonMappingException.from(
          p, "expected " + what + " as an object of " + allowed + ", found " + Tokens.describe(p));
    }
    Map<String, String> values = new LinkedHashMap<>();
    JsonToken first = start == JsonToken.FIELD_NAME ? start : p.nextToken();
    for (JsonToken t = first; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (!allowed.contains(name)) {
        throw path(
            JsonMappingException.from(
                p, "unknown field \"" + name + "\"; " + what + " has " + allowed),
            name);
      }
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw path(
            JsonMappingException.from(
                p,
                "expected text, found "
                    + Tokens.describe(p)
                    + (p.currentToken().isNumeric()
                        ? "; write decimals as text, \"" + p.getText() + "\", so they stay exact"
                        : "")),
            name);
      }
      if (values.put(name, p.getText()) != null) {
        throw path(JsonMappingException.from(p, "field \"" + name + "\" appears twice"), name);
      }
    }
    return new Fields(p, what, values);
  }

  private static JsonMappingException path(JsonMappingException e, String field) {
    return JsonMappingException.wrapWithPath(e, null, field);
  }

  boolean has(String field) {
    return values.containsKey(field);
  }

  String text(String field) throws JsonMappingException {
    String v = values.get(field);
    if (v == null) {
      throw JsonMappingException.from(parser, what + " needs \"" + field + "\"");
    }
    return v;
  }

  BigDecimal decimal(String field) throws JsonMappingException {
    String v = text(field);
    try {
      return Scalars.decimal(v);
    } catch (IllegalArgumentException e) {
      throw refuse(field, e.getMessage(), e);
    }
  }

  CurrencyUnit currency(String field) throws JsonMappingException {
    try {
      return Scalars.currencyOf(text(field));
    } catch (IllegalArgumentException e) {
      throw refuse(field, e.getMessage(), e);
    }
  }

  JsonMappingException refuse(String field, String reason, Throwable cause) {
    return path(JsonMappingException.from(parser, reason, cause), field);
  }
}
