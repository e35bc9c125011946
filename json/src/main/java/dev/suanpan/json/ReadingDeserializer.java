package dev.suanpan.json;

import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * The base of the module's readers: each holds nothing of one read, so Jackson may keep it for its
 * type instead of finding it again for every value (a 200-rule policy otherwise has its readers
 * looked up some thousand times).
 */
abstract class ReadingDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  ReadingDeserializer(Class<?> type) {
    super(type);
  }

  @Override
  public final boolean isCachable() {
    return true;
  }
}
