package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.NameTransformer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.workflow.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Writes Suanpan's values as versioned JSON or YAML documents and reads them back through the
 * values' own validation.
 *
 * <p>A document is the value's fields preceded by two of its own: {@code "$format"}, the version of
 * the stored form ({@value #FORMAT}), and {@code "$type"}, the type's name ({@code
 * "AuthorityPolicy"}, {@code "Pricer.Offer"} for a nested type). Reading refuses, with a {@link
 * DocumentException} naming the JSON path, the value and the line: a document of a newer format or
 * another type, an unknown or repeated field (a typo in a policy is an error), a missing required
 * field, a value its type refuses, a number where an amount is expected, and hostile input (numbers
 * longer than {@value #MAX_NUMBER_LENGTH} digits, nesting deeper than {@value #MAX_NESTING}, text
 * longer than {@value #MAX_STRING_LENGTH} characters, NaN).
 *
 * <p>An instance is immutable and may be shared between threads.
 */
public final class SuanpanJson {
  /** The version of the stored form this library writes, and the newest it reads. */
  public static final int FORMAT = 1;

  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The deepest nesting of objects and lists accepted. */
  public static final int MAX_NESTING = 200;

  /** The longest text value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  private static final int MAX_YAML_CODE_POINTS = Integer.MAX_VALUE;

  private final ObjectMapper json;
  private final ObjectMapper yaml;
  private final ImmutableMap<String, Workflow> workflows;

  private SuanpanJson(
      ObjectMapper json, ObjectMapper yaml, ImmutableMap<String, Workflow> workflows) {
    this.json = json;
    this.yaml = yaml;
    this.workflows = workflows;
  }

  /**
   * This reader and writer, also able to read cases of {@code flows}: a stored {@link
   * dev.suanpan.workflow.WorkflowCase} is its flow's name and its events, and reading replays the
   * events through the flow, which checks each of them.
   *
   * @throws IllegalArgumentException if two workflows have the same flow name
   */
  public SuanpanJson withWorkflows(Workflow... flows) {
    Map<String, Workflow> all = new LinkedHashMap<>(workflows);
    for (Workflow w : flows) {
      if (w == null) {
        throw new IllegalArgumentException("flows must not hold null");
      }
      Workflow before = all.put(w.definition().name(), w);
      if (before != null && before != w) {
        throw new IllegalArgumentException(
            "flows has two workflows named " + w.definition().name());
      }
    }
    return new SuanpanJson(json, yaml, ImmutableMap.copyOf(all));
  }

  /** A reader and writer with the library's limits. */
  public static SuanpanJson create() {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNestingDepth(MAX_NESTING)
            .maxStringLength(MAX_STRING_LENGTH)
            .build();
    JsonFactory jsonFactory =
        JsonFactory.builder()
            .streamReadConstraints(limits)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(false);
    loader.setMaxAliasesForCollections(10);
    loader.setNestingDepthLimit(MAX_NESTING);
    loader.setCodePointLimit(MAX_YAML_CODE_POINTS);
    YAMLFactory yamlFactory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(limits)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();
    return new SuanpanJson(
        configure(JsonMapper.builder(jsonFactory).build()),
        configure(YAMLMapper.builder(yamlFactory).build()),
        ImmutableMap.of());
  }

  private static ObjectMapper configure(ObjectMapper m) {
    SimpleModule documents = new SimpleModule("suanpan-documents");
    documents.addSerializer(Document.class, new DocumentSerializer());
    return m.registerModule(new GuavaModule())
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .registerModule(new SuanpanModule())
        .registerModule(documents)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  }

  /** The JSON document of {@code value}. */
  public String write(Object value) {
    return write(json, value);
  }

  /** The YAML document of {@code value}. */
  public String writeYaml(Object value) {
    return write(yaml, value);
  }

  /** Writes the JSON document of {@code value} to {@code out}, which is left open. */
  public void write(Object value, OutputStream out) {
    try {
      json.writer()
          .without(SerializationFeature.CLOSE_CLOSEABLE)
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, new Document(requireValue(value)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(new Document(requireValue(value)));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value cannot be written: " + e.getOriginalMessage(), e);
    }
  }

  private static Object requireValue(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("value must not be null");
    }
    return value;
  }

  /** Reads a JSON document holding a {@code type}. */
  public <T> T read(String document, Class<T> type) {
    return read(json, document, type, workflows);
  }

  /** Reads a YAML document holding a {@code type}. */
  public <T> T readYaml(String document, Class<T> type) {
    return read(yaml, YamlText.checked(document), type, workflows);
  }

  /** Reads a JSON document holding a {@code type} from {@code in}, UTF-8, which is left open. */
  public <T> T read(InputStream in, Class<T> type) {
    try (JsonParser p = json.getFactory().createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return read(json, p, type, workflows);
    } catch (IOException e) {
      throw refusal(e);
    }
  }

  private static <T> T read(
      ObjectMapper mapper, String document, Class<T> type, Map<String, Workflow> workflows) {
    if (document == null) {
      throw new IllegalArgumentException("document must not be null");
    }
    try (JsonParser p = mapper.createParser(document)) {
      return read(mapper, p, type, workflows);
    } catch (IOException e) {
      throw refusal(e);
    }
  }

  private static <T> T read(
      ObjectMapper mapper, JsonParser p, Class<T> type, Map<String, Workflow> workflows)
      throws IOException {
    if (type == null) {
      throw new IllegalArgumentException("type must not be null");
    }
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw JsonMappingException.from(
          p, "expected a document (an object starting with $format), found " + Tokens.describe(p));
    }
    Header.read(p, type);
    ObjectReader reader =
        mapper
            .readerFor(type)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .withAttribute(WorkflowCodecs.WORKFLOWS, workflows);
    // A document of the header alone is a value with no fields: Jackson would read nothing at the
    // closing brace, so the value's reader is given an empty object instead.
    T value =
        p.currentToken() == JsonToken.END_OBJECT ? reader.readValue("{}") : reader.readValue(p);
    if (value == null) {
      throw JsonMappingException.from(p, "the document holds no value");
    }
    if (p.nextToken() != null) {
      throw JsonMappingException.from(p, "the document goes on after its end");
    }
    return value;
  }

  /** {@code $format} and {@code $type}, the first two fields of every document. */
  private static final class Header {
    static void read(JsonParser p, Class<?> type) throws IOException {
      Integer format = null;
      String name = null;
      for (int i = 0; i < 2; i++) {
        if (p.nextToken() != JsonToken.FIELD_NAME) {
          throw JsonMappingException.from(
              p, "a document starts with $format and $type, found " + Tokens.describe(p));
        }
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "$format" -> format = format(p);
          case "$type" -> name = Scalars.text(p, "a type name such as \"AuthorityPolicy\"");
          default ->
              throw JsonMappingException.from(
                  p, "a document starts with $format and $type, found field \"" + field + "\"");
        }
      }
      if (format == null || name == null) {
        throw JsonMappingException.from(p, "a document starts with $format and $type, once each");
      }
      String expected = Tokens.typeName(type);
      if (!expected.equals(name)) {
        throw JsonMappingException.wrapWithPath(
            JsonMappingException.from(
                p, "the document holds a " + name + ", not the " + expected + " asked for"),
            null,
            "$type");
      }
      p.nextToken();
    }

    private static int format(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw JsonMappingException.wrapWithPath(
            JsonMappingException.from(
                p, "expected a format version such as " + FORMAT + ", found " + Tokens.describe(p)),
            null,
            "$format");
      }
      int f = p.getIntValue();
      if (f < 1 || f > FORMAT) {
        throw JsonMappingException.wrapWithPath(
            JsonMappingException.from(
                p,
                "this document is format "
                    + f
                    + "; this suanpan-json reads "
                    + (FORMAT == 1 ? "format 1" : "formats 1 to " + FORMAT)
                    + (f > FORMAT ? "; read it with a newer suanpan-json" : "")),
            null,
            "$format");
      }
      return f;
    }
  }

  private static DocumentException refusal(IOException e) {
    if (e instanceof JsonProcessingException j) {
      Optional<DocumentException.Position> at = position(j.getLocation());
      if (j instanceof JsonMappingException m) {
        return new DocumentException(Paths.of(m.getPath()), reason(m), at, e);
      }
      return new DocumentException("$", j.getOriginalMessage(), at, e);
    }
    return new DocumentException(
        "$", "the document cannot be read: " + e.getMessage(), Optional.empty(), e);
  }

  private static String reason(JsonMappingException m) {
    if (m instanceof UnrecognizedPropertyException u) {
      return "unknown field \""
          + u.getPropertyName()
          + "\"; the fields of "
          + Tokens.typeName(u.getReferringClass())
          + " are "
          + u.getKnownPropertyIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    if (m instanceof ValueInstantiationException && m.getCause() instanceof RuntimeException r) {
      return Tokens.reason(r);
    }
    return m.getOriginalMessage();
  }

  private static Optional<DocumentException.Position> position(JsonLocation at) {
    if (at == null || at.getLineNr() < 1 || at.getColumnNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(new DocumentException.Position(at.getLineNr(), at.getColumnNr()));
  }

  /** A value to be written as a document. */
  private record Document(Object value) {}

  private static final class DocumentSerializer extends JsonSerializer<Document> {
    @Override
    public void serialize(Document d, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      Object value = d.value();
      JsonSerializer<Object> ser = provider.findValueSerializer(value.getClass());
      gen.writeStartObject();
      gen.writeNumberField("$format", FORMAT);
      gen.writeStringField("$type", Tokens.typeName(Tokens.publicType(value.getClass())));
      if (ser instanceof ObjectSerializer<?> o) {
        o.writeFieldsOf(value, gen, provider);
      } else if (ser instanceof NoStoredForm.Writer) {
        ser.serialize(value, gen, provider);
      } else {
        JsonSerializer<Object> fields = ser.unwrappingSerializer(NameTransformer.NOP);
        if (!fields.isUnwrappingSerializer()) {
          throw JsonMappingException.from(
              gen,
              "a "
                  + value.getClass().getSimpleName()
                  + " is not stored as an object and cannot be a document; store the value that holds it");
        }
        fields.serialize(value, gen, provider);
      }
      gen.writeEndObject();
    }
  }
}
