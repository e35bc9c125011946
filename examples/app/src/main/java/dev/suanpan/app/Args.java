package dev.suanpan.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: its positional words and its {@code --name value} options (an option named
 * in {@code repeatable} may come more than once). Unknown or repeated options and missing values
 * are refused, naming them.
 */
final class Args {
  private final List<String> positional = new ArrayList<>();
  private final Map<String, List<String>> options = new LinkedHashMap<>();

  private Args() {}

  /** Parses {@code words}, allowing the options {@code allowed}. */
  static Args parse(List<String> words, Set<String> allowed, Set<String> repeatable) {
    Args a = new Args();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.startsWith("--")) {
        String name = w.substring(2);
        if (!allowed.contains(name) && !repeatable.contains(name)) {
          throw new InputException(
              "unknown option " + w + "; this command takes " + describe(allowed, repeatable));
        }
        if (i + 1 == words.size()) {
          throw new InputException("option " + w + " needs a value");
        }
        List<String> values = a.options.computeIfAbsent(name, k -> new ArrayList<>());
        if (!values.isEmpty() && !repeatable.contains(name)) {
          throw new InputException("option " + w + " is given twice");
        }
        values.add(words.get(++i));
      } else {
        a.positional.add(w);
      }
    }
    return a;
  }

  private static String describe(Set<String> allowed, Set<String> repeatable) {
    List<String> all = new ArrayList<>();
    allowed.forEach(o -> all.add("--" + o));
    repeatable.forEach(o -> all.add("--" + o));
    return all.isEmpty() ? "no options" : String.join(", ", all);
  }

  /** The positional words, checked to be exactly {@code names}. */
  List<String> positional(String... names) {
    if (positional.size() != names.length) {
      throw new InputException(
          "expected "
              + (names.length == 0 ? "no arguments" : String.join(" ", names))
              + ", found "
              + (positional.isEmpty() ? "none" : String.join(" ", positional)));
    }
    return positional;
  }

  /** The option {@code name}, if given. */
  Optional<String> option(String name) {
    List<String> v = options.get(name);
    return v == null ? Optional.empty() : Optional.of(v.get(0));
  }

  /** The option {@code name}, which must be given. */
  String required(String name) {
    return option(name).orElseThrow(() -> new InputException("option --" + name + " is required"));
  }

  /** Every value of the repeatable option {@code name}. */
  List<String> all(String name) {
    return options.getOrDefault(name, List.of());
  }
}
