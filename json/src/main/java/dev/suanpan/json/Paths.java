package dev.suanpan.json;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;
import java.util.regex.Pattern;

/** JSON paths in the {@code $.roles[2].limit} notation. */
final class Paths {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private Paths() {}

  static String of(List<Reference> path) {
    StringBuilder s = new StringBuilder("$");
    for (Reference r : path) {
      if (r.getFieldName() != null) {
        String f = r.getFieldName();
        if (NAME.matcher(f).matches()) {
          s.append('.').append(f);
        } else {
          s.append("['").append(f.replace("'", "\\'")).append("']");
        }
      } else if (r.getIndex() >= 0) {
        s.append('[').append(r.getIndex()).append(']');
      }
    }
    return s.toString();
  }
}
