package dev.suanpan.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code policy load FILE [--name NAME] --by PERSON}: reads a policy file (suanpan-json, YAML or
 * JSON) and stores it as the next version of the policy NAME (the file's name without its extension
 * unless given). A file that does not validate is refused, naming the path, the value and the line;
 * nothing is stored.
 */
final class PolicyCommand {
  private PolicyCommand() {}

  static int run(SuanpanApp app, List<String> words, PrintStream out) {
    if (words.isEmpty() || !words.get(0).equals("load")) {
      throw new InputException("expected policy load FILE --by PERSON");
    }
    Args a = Args.parse(words.subList(1, words.size()), Set.of("name", "by"), Set.of());
    Path file = Path.of(a.positional("FILE").get(0));
    String name = a.option("name").orElseGet(() -> baseName(file));
    String text = read(file);
    Policies.Stored<Object> stored;
    try {
      stored = app.policies().load(name, text, a.required("by"), app.now());
    } catch (InputException e) {
      throw new InputException(file + ": " + e.getMessage(), e);
    }
    out.println(
        "loaded "
            + stored.policy().getClass().getSimpleName().replace("Immutable", "")
            + " \""
            + stored.name()
            + "\" version "
            + stored.version());
    return 0;
  }

  private static String baseName(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  static String read(Path file) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (NoSuchFileException e) {
      throw new InputException("no such file: " + file, e);
    } catch (CharacterCodingException e) {
      throw new InputException(file + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
