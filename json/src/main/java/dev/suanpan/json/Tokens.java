package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Wording shared by the readers: what was found, why it was refused, a type's stored name. */
final class Tokens {
  private static final int SHOWN = 40;

  private Tokens() {}

  /**
   * The first token inside an object: the parser moved past its opening brace, or left where it is
   * when a document's header already read up to the value's first field.
   */
  static JsonToken firstField(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.START_OBJECT ? p.nextToken() : p.currentToken();
  }

  /** The first public class up {@code c}'s hierarchy: the type a value is stored and read as. */
  static Class<?> publicType(Class<?> c) {
    Class<?> t = c;
    while (!java.lang.reflect.Modifier.isPublic(t.getModifiers()) && t.getSuperclass() != null) {
      t = t.getSuperclass();
    }
    return t;
  }

  /** The current token as a reader sees it: {@code a number 12.5}, {@code text "abc"}. */
  static String describe(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the document";
    }
    return switch (t) {
      case VALUE_STRING -> "text \"" + shorten(p.getText()) + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number " + shorten(p.getText());
      case VALUE_TRUE, VALUE_FALSE -> "a boolean " + p.getText();
      case VALUE_NULL -> "null";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  static String shorten(String text) {
    return text.length() <= SHOWN
        ? text
        : text.substring(0, SHOWN) + "... (" + text.length() + " characters)";
  }

  /** The message of a value's own refusal, or its type when it has none. */
  static String reason(RuntimeException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /**
   * The name a document gives a type: its simple name, with the enclosing types' names for a nested
   * type ({@code Pricer.Offer}).
   */
  static String typeName(Class<?> type) {
    String pkg = type.getPackageName();
    return pkg.isEmpty()
        ? type.getName()
        : type.getName().substring(pkg.length() + 1).replace('$', '.');
  }
}
