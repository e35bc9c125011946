package dev.suanpan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Every {@code java} block of README.md and docs/*.md, compiled in-process against this module's
 * test classpath (every Suanpan module, the testkit, JUnit, jqwik, AssertJ) and run: statement
 * snippets with their {@code // =>} figures checked, test classes through the JUnit Platform. The
 * conventions are in docs/README.md. A failure names the page, the block's line and the mismatch.
 */
class DocSnippetsTest {
  private static final Path ROOT = repositoryRoot();
  private static final Path WORK = Path.of("target", "doc-snippets");

  /** The pages whose java blocks are run: README.md, then docs/*.md in name order. */
  static List<Path> pages() {
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      List<Path> pages = new ArrayList<>();
      pages.add(ROOT.resolve("README.md"));
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The java blocks of every page, in page order. */
  static List<Snippet> snippets() {
    List<Snippet> snippets = new ArrayList<>();
    for (Path page : pages()) {
      String name = ROOT.relativize(page).toString().replace(File.separatorChar, '/');
      List<String> text = readLines(page);
      for (int i = 0; i < text.size(); i++) {
        if (!text.get(i).strip().equals("```java")) {
          continue;
        }
        int fence = i + 1;
        List<String> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (i++; i < text.size() && !text.get(i).strip().equals("```"); i++) {
          lines.add(text.get(i));
          lineNumbers.add(i + 1);
        }
        snippets.add(new Snippet(name, fence, lines, lineNumbers));
      }
    }
    return snippets;
  }

  @TestFactory
  Stream<DynamicTest> everyJavaBlockCompilesAndRunsWithTheFiguresItShows() throws Exception {
    List<Snippet> snippets = snippets();
    assertThat(snippets).as("java blocks in README.md and docs/").isNotEmpty();
    Map<Snippet, String> compileErrors = compile(snippets);
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {WORK.resolve("classes").toUri().toURL()},
            DocSnippetsTest.class.getClassLoader());
    return snippets.stream()
        .map(
            s ->
                DynamicTest.dynamicTest(
                    s.where(),
                    () -> {
                      if (compileErrors.containsKey(s)) {
                        throw new AssertionError(
                            s.where() + ": the block does not compile:\n" + compileErrors.get(s));
                      }
                      run(s, loader);
                    }));
  }

  @Test
  void everyCheckedFigureIsCounted() {
    // The runner must see the figures the pages show; a page rewritten into plain comments
    // would silently check nothing.
    int checks = snippets().stream().mapToInt(Snippet::checks).sum();
    assertThat(checks).as("// => figures in the java blocks").isGreaterThan(100);
  }

  @Test
  void theConsumerProjectsTestIsTheTestkitPagesExampleVerbatim() {
    // examples/consumer is built as a user's project in CI; its test must be what the page shows.
    Path consumerTests = ROOT.resolve(Path.of("examples", "consumer", "src", "test", "java"));
    List<Snippet> shown =
        snippets().stream()
            .filter(Snippet::isUnit)
            .filter(s -> Files.isRegularFile(consumerTests.resolve(s.fileName())))
            .toList();
    assertThat(shown).as("test classes of examples/consumer shown on a page").isNotEmpty();
    for (Snippet s : shown) {
      assertThat(String.join("\n", s.lines) + "\n")
          .as(s.where() + " shows examples/consumer/src/test/java/" + s.fileName())
          .isEqualTo(String.join("\n", readLines(consumerTests.resolve(s.fileName()))) + "\n");
    }
  }

  private static void run(Snippet s, ClassLoader loader) throws Throwable {
    Class<?> type = Class.forName(s.binaryName(), true, loader);
    if (s.isUnit()) {
      if (s.hasTests()) {
        runTests(s, type, loader);
      }
      return;
    }
    try {
      type.getMethod("run").invoke(null);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof AssertionError
          && cause.getMessage() != null
          && cause.getMessage().startsWith(s.page + ":")) {
        throw new AssertionError(
            s.where() + ": figures differ from what the block shows:\n" + cause.getMessage());
      }
      throw new AssertionError(s.where() + ": the block throws " + at(s, cause) + cause, cause);
    }
  }

  /** Where in the page the snippet threw, from the first stack frame in its class. */
  private static String at(Snippet s, Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      String cls = frame.getClassName();
      if (cls.equals(s.binaryName()) || cls.startsWith(s.binaryName() + "$")) {
        return "at " + s.page + ":" + s.pageLineOf(frame.getLineNumber()) + ": ";
      }
    }
    return "";
  }

  private static void runTests(Snippet s, Class<?> type, ClassLoader loader) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(
          LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build(), listener);
      TestExecutionSummary summary = listener.getSummary();
      String failures =
          summary.getFailures().stream()
              .map(f -> "  " + f.getTestIdentifier().getDisplayName() + ": " + f.getException())
              .collect(Collectors.joining("\n"));
      if (summary.getTestsFoundCount() == 0) {
        throw new AssertionError(s.where() + ": no test found in " + s.binaryName());
      }
      if (summary.getTotalFailureCount() > 0
          || summary.getTestsSucceededCount() != summary.getTestsFoundCount()) {
        throw new AssertionError(
            s.where()
                + ": "
                + summary.getTestsSucceededCount()
                + " of "
                + summary.getTestsFoundCount()
                + " tests of "
                + s.binaryName()
                + " passed:\n"
                + failures);
      }
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * Compiles every snippet together; when some do not compile, the others are compiled again
   * without them, so that one stale block fails alone. Returns the errors of each failing block.
   */
  private static Map<Snippet, String> compile(List<Snippet> snippets) throws IOException {
    deleteRecursively(WORK);
    Path sources = WORK.resolve("src");
    Path classes = Files.createDirectories(WORK.resolve("classes"));
    Map<Path, Snippet> byFile = new LinkedHashMap<>();
    for (Snippet s : snippets) {
      Path file = sources.resolve(s.binaryName().replace('.', '/') + "_" + s.fenceLine);
      file = file.resolve(s.fileName().substring(s.fileName().lastIndexOf('/') + 1));
      Files.createDirectories(file.getParent());
      Files.writeString(file, s.source(), StandardCharsets.UTF_8);
      byFile.put(file.toAbsolutePath().normalize(), s);
    }
    Map<Snippet, String> errors = new LinkedHashMap<>();
    Set<Path> toCompile = new LinkedHashSet<>(byFile.keySet());
    for (int round = 0; round < 3 && !toCompile.isEmpty(); round++) {
      Map<Snippet, String> found = compileOnce(toCompile, byFile, classes);
      if (found.isEmpty()) {
        break;
      }
      errors.putAll(found);
      toCompile.removeIf(p -> errors.containsKey(byFile.get(p)));
    }
    return errors;
  }

  private static Map<Snippet, String> compileOnce(
      Set<Path> files, Map<Path, Snippet> byFile, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK's compiler (javax.tools)").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-classpath",
              testClasspath(),
              "-d",
              classes.toString(),
              "-encoding",
              "UTF-8",
              "-proc:none",
              "-nowarn",
              "-g");
      Iterable<? extends JavaFileObject> units =
          fm.getJavaFileObjectsFromPaths(new ArrayList<>(files));
      StringWriter out = new StringWriter();
      Boolean ok = javac.getTask(out, fm, diagnostics, options, null, units).call();
      Map<Snippet, StringBuilder> errors = new LinkedHashMap<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.ERROR) {
          continue;
        }
        Snippet s =
            d.getSource() == null
                ? null
                : byFile.get(Path.of(d.getSource().toUri()).toAbsolutePath().normalize());
        if (s == null) {
          throw new AssertionError("javac: " + d.getMessage(null) + "\n" + out);
        }
        errors
            .computeIfAbsent(s, k -> new StringBuilder())
            .append("  ")
            .append(s.page)
            .append(':')
            .append(s.pageLineOf(d.getLineNumber()))
            .append(": ")
            .append(d.getMessage(null))
            .append('\n');
      }
      if (!ok && errors.isEmpty()) {
        throw new AssertionError("javac failed:\n" + out);
      }
      Map<Snippet, String> result = new LinkedHashMap<>();
      errors.forEach((s, e) -> result.put(s, e.toString()));
      return result;
    }
  }

  /**
   * The test classpath: java.class.path, with any manifest-only jar (Surefire's way of passing a
   * long classpath) replaced by the entries of its Class-Path.
   */
  static String testClasspath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      entries.addAll(expand(Path.of(entry)));
    }
    return String.join(File.pathSeparator, entries);
  }

  private static List<String> expand(Path entry) {
    List<String> out = new ArrayList<>();
    out.add(entry.toString());
    if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
      return out;
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      Manifest manifest = jar.getManifest();
      String classPath =
          manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
      if (classPath == null || classPath.isBlank()) {
        return out;
      }
      URL base = entry.toUri().toURL();
      for (String ref : classPath.trim().split("\\s+")) {
        out.add(Path.of(new URL(base, ref).toURI()).toString());
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot read the manifest of " + entry, e);
    }
    return out;
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null
        && !(Files.isRegularFile(dir.resolve("README.md"))
            && Files.isDirectory(dir.resolve("docs")))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "no README.md beside a docs/ above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }

  static List<String> readLines(Path page) {
    try (InputStream in = Files.newInputStream(page)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
