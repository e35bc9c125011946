package dev.suanpan.app;

import dev.suanpan.json.DocumentException;
import dev.suanpan.json.SuanpanJson;
import java.util.List;
import java.util.stream.Collectors;

/** Reads a suanpan-json document that may be of any of several types, found by its $type. */
final class Documents {
  private Documents() {}

  /**
   * The value in {@code yaml} (YAML or JSON), of the first of {@code types} its {@code $type}
   * names.
   *
   * @throws InputException naming {@code what} if the document does not validate (with its path,
   *     value and line), or is of none of the types
   */
  static Object readOneOf(SuanpanJson json, String yaml, List<Class<?>> types, String what) {
    DocumentException wrongType = null;
    for (Class<?> type : types) {
      try {
        return json.readYaml(yaml, type);
      } catch (DocumentException e) {
        if (!"$.$type".equals(e.path()) && !"$type".equals(e.path())) {
          throw new InputException(what + " does not validate: " + e.getMessage(), e);
        }
        wrongType = e;
      }
    }
    throw new InputException(
        what
            + " is not one this application uses ("
            + types.stream().map(Class::getSimpleName).collect(Collectors.joining(", "))
            + "): "
            + wrongType.getMessage(),
        wrongType);
  }
}
