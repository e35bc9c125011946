package dev.suanpan.json;

import com.fasterxml.jackson.databind.JavaType;
import java.time.LocalDate;

/**
 * Which map keys are written as an object's field names: text, numbers, enum constants, dates, and
 * the library's one-field records of those (a {@code Subject}, a {@code CustomerId}). Any other key
 * is written as an entry of a list (see {@link ValueTypeCodec}).
 */
final class Keys {
  private Keys() {}

  static boolean isTextLike(JavaType key) {
    return key != null && isTextLike(key.getRawClass());
  }

  static boolean isTextLike(Class<?> c) {
    if (c == String.class
        || c.isEnum()
        || c == LocalDate.class
        || c == Long.class
        || c == Integer.class
        || c == long.class
        || c == int.class) {
      return true;
    }
    return Wrappers.isWrapper(c) && isTextLike(c.getRecordComponents()[0].getType());
  }
}
