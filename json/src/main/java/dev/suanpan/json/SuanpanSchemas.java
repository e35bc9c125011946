package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.impl.UnknownSerializer;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.BoundType;
import com.google.common.collect.Multimap;
import com.google.common.collect.Range;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Reason;
import dev.suanpan.core.floorplan.FloorPlanPolicy;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.pricing.PriceChangePolicy;
import dev.suanpan.core.pricing.PricingPolicy;
import dev.suanpan.core.rebate.VolumeRebatePolicy;
import dev.suanpan.core.receivables.PaymentTerms;
import dev.suanpan.core.receivables.dunning.DunningPolicy;
import dev.suanpan.core.settlement.cancellation.CancellationTerms;
import dev.suanpan.core.settlement.cancellation.SettlementPolicy;
import dev.suanpan.core.settlement.complaint.CompensationPolicy;
import dev.suanpan.core.settlement.returns.ReturnPolicy;
import dev.suanpan.core.settlement.service.ServiceRefundPolicy;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.stocktake.AuditPolicy;
import dev.suanpan.inventory.stocktake.StocktakePolicy;
import dev.suanpan.json.ValueType.Attribute;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.interest.DayCount;
import dev.suanpan.money.interest.PenaltyPolicy;
import dev.suanpan.money.interest.SimpleInterest;
import dev.suanpan.money.terms.CashDiscountTerms;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * JSON Schemas (draft 2020-12) of the policy documents that {@link SuanpanJson} reads, so that an
 * admin screen can check a policy before it saves it.
 *
 * <p>A schema is generated from the same introspection the module's codecs use: a builder-made
 * value's fields are the attributes its builder takes, required when the builder requires them (not
 * optional, not a collection, no default), and no other field is allowed; amounts, percentages,
 * roundings, decimals, currencies, dates, enums, one-field records and {@link AuthorityPolicy} have
 * fragments written to match their codecs. A document's {@code $format} must be {@value
 * SuanpanJson#FORMAT} and its {@code $type} the type's name. What a schema cannot say is left to
 * reading: that {@code $format} and {@code $type} come first, an amount's decimal places against
 * its currency, and every rule a value's builder checks (a limit above the delegator's, an empty
 * list where one is needed).
 *
 * <p>The jar ships the schema of each of {@link #policyTypes()} at {@link #resource(Class)}, under
 * {@code META-INF} so that no package holds it and it can be found on the module path too (a test
 * fails when a shipped file is not what the generator makes).
 */
public final class SuanpanSchemas {
  /** The dialect every schema declares. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final List<Class<?>> POLICY_TYPES =
      List.of(
          PenaltyPolicy.class,
          AuthorityPolicy.class,
          PropertyOfficeDiscountAuthority.class,
          PricingPolicy.class,
          PriceChangePolicy.class,
          PriceList.class,
          CashDiscountTerms.class,
          CreditPolicy.class,
          DunningPolicy.class,
          FloorPlanPolicy.class,
          VolumeRebatePolicy.class,
          PaymentTerms.class,
          ReturnPolicy.class,
          ServiceRefundPolicy.class,
          CompensationPolicy.class,
          SettlementPolicy.class,
          CancellationTerms.class,
          CostingPolicy.class,
          StocktakePolicy.class,
          AuditPolicy.class);

  /** A decimal as {@link java.math.BigDecimal} reads it, after surrounding blanks are stripped. */
  static final String DECIMAL = "^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$";

  /** A percentage as {@link Percent#parse(String)} reads it. */
  static final String PERCENT = "^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)\\s?%\\s*$";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new GuavaModule())
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .addModule(new SuanpanModule())
          .build();

  private SuanpanSchemas() {}

  /**
   * The policy types with a schema, in the order of the modules: money, core, inventory (workflow
   * has no policy type).
   */
  public static List<Class<?>> policyTypes() {
    return POLICY_TYPES;
  }

  /**
   * Where the jar keeps the schema of {@code policyType}, for {@link ClassLoader#getResource}:
   * {@code META-INF/suanpan/schemas/SettlementPolicy.schema.json}.
   *
   * @throws IllegalArgumentException if {@code policyType} is not one of {@link #policyTypes()}
   */
  public static String resource(Class<?> policyType) {
    requirePolicy(policyType);
    return "META-INF/suanpan/schemas/" + Tokens.typeName(policyType) + ".schema.json";
  }

  /**
   * The schema of a document holding a {@code policyType}, as JSON text (two-space indents, one
   * trailing newline), the same text as the jar's file at {@link #resource(Class)}.
   *
   * @throws IllegalArgumentException if {@code policyType} is not one of {@link #policyTypes()}
   */
  public static String schema(Class<?> policyType) {
    requirePolicy(policyType);
    return text(documentSchema(policyType));
  }

  private static void requirePolicy(Class<?> policyType) {
    if (policyType == null || !POLICY_TYPES.contains(policyType)) {
      throw new IllegalArgumentException(
          "policyType must be one of SuanpanSchemas.policyTypes(), was "
              + (policyType == null ? "null" : policyType.getName()));
    }
  }

  /** The schema of a document holding any value stored as an object, for the module's tests. */
  static ObjectNode documentSchema(Class<?> type) {
    return new Generator().document(type);
  }

  static String text(ObjectNode schema) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a schema cannot be written", e);
    }
  }

  /** One schema being made: its definitions by name, each type's name. */
  private static final class Generator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final SerializerProvider provider = MAPPER.getSerializerProviderInstance();
    private final Map<String, ObjectNode> defs = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    ObjectNode document(Class<?> type) {
      ObjectNode body = object(type);
      ObjectNode properties = NODES.objectNode();
      properties.set("$format", NODES.objectNode().put("const", SuanpanJson.FORMAT));
      properties.set("$type", NODES.objectNode().put("const", Tokens.typeName(type)));
      properties.setAll((ObjectNode) body.get("properties"));
      ArrayNode required = NODES.arrayNode().add("$format").add("$type");
      if (body.has("required")) {
        required.addAll((ArrayNode) body.get("required"));
      }
      ObjectNode schema = NODES.objectNode();
      schema.put("$schema", DIALECT);
      schema.put("title", Tokens.typeName(type));
      schema.put(
          "description",
          "A "
              + Tokens.typeName(type)
              + " document of format "
              + SuanpanJson.FORMAT
              + ", as suanpan-json writes and reads it: $format and $type first, then the"
              + " policy's fields.");
      schema.put("type", "object");
      schema.set("properties", properties);
      schema.set("required", required);
      schema.put("additionalProperties", false);
      if (!defs.isEmpty()) {
        ObjectNode d = schema.putObject("$defs");
        defs.forEach(d::set);
      }
      return schema;
    }

    /** The object a value of {@code type} is stored as, with properties, without the header. */
    private ObjectNode object(Class<?> type) {
      JsonSerializer<?> ser = serializer(MAPPER.constructType(type));
      if (ser instanceof AuthorityPolicyCodec.Serializer) {
        return authorityPolicy();
      }
      if (ser instanceof ValueTypeCodec.Serializer) {
        return valueType(valueTypeOf(type));
      }
      if (ser instanceof TermsCodecs.CashDiscountSerializer) {
        return cashDiscount();
      }
      if (!stored(type, ser)) {
        throw new IllegalStateException(noStoredForm(type));
      }
      throw new IllegalArgumentException(
          Tokens.typeName(type) + " is not stored as an object and has no document schema");
    }

    /** The schema of a value of {@code t} wherever it appears. */
    private ObjectNode of(JavaType t) {
      Class<?> c = t.getRawClass();
      if (c == Optional.class) {
        ObjectNode any = NODES.objectNode();
        any.putArray("anyOf").add(of(t.getContentType())).add(type("null"));
        return any;
      }
      if (c == String.class) {
        return type("string");
      }
      if (c == boolean.class || c == Boolean.class) {
        return type("boolean");
      }
      if (c == int.class || c == Integer.class) {
        return integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
      }
      if (c == long.class || c == Long.class) {
        return integer(Long.MIN_VALUE, Long.MAX_VALUE);
      }
      if (c == LocalDate.class) {
        return ref(c, "Date", this::date);
      }
      if (c.isEnum()) {
        return ref(c, Tokens.typeName(c), () -> enumeration(c));
      }
      if (t.isCollectionLikeType()) {
        ObjectNode array = type("array");
        array.set("items", of(t.getContentType()));
        if (Set.class.isAssignableFrom(c)) {
          array.put("uniqueItems", true);
        }
        return array;
      }
      if (t.isMapLikeType()) {
        return map(t);
      }
      if (c == Range.class) {
        return range(t.containedTypeOrUnknown(0));
      }
      return named(t);
    }

    /** A type the module or Jackson has a serializer of its own for. */
    private ObjectNode named(JavaType t) {
      Class<?> c = t.getRawClass();
      JsonSerializer<?> ser = serializer(t);
      if (ser instanceof MoneyCodecs.MoneySerializer) {
        return ref(Money.class, "Money", this::money);
      }
      if (ser instanceof Scalars.PercentSerializer) {
        return ref(Percent.class, "Percent", () -> pattern(PERCENT, "a percentage such as 2.5%"));
      }
      if (ser instanceof Scalars.DecimalSerializer) {
        return ref(BigDecimal.class, "Decimal", this::decimal);
      }
      if (ser instanceof Scalars.CurrencySerializer) {
        return ref(CurrencyUnit.class, "Currency", this::currency);
      }
      if (ser instanceof MoneyCodecs.RoundingSerializer) {
        return ref(Rounding.class, "Rounding", this::rounding);
      }
      if (ser instanceof TermsCodecs.InterestSerializer) {
        return ref(SimpleInterest.class, "SimpleInterest", this::interest);
      }
      if (ser instanceof TermsCodecs.CashDiscountSerializer) {
        return ref(CashDiscountTerms.class, "CashDiscountTerms", this::cashDiscount);
      }
      if (ser instanceof MoneyCodecs.ExplanationSerializer) {
        return ref(Explanation.class, "Explanation", this::explanation);
      }
      if (ser instanceof AuthorityPolicyCodec.Serializer) {
        return ref(AuthorityPolicy.class, "AuthorityPolicy", this::authorityPolicy);
      }
      if (ser instanceof Wrappers.Serializer) {
        return of(MAPPER.constructType(c.getRecordComponents()[0].getGenericType()));
      }
      if (ser instanceof ValueTypeCodec.Serializer) {
        return ref(c, Tokens.typeName(c), () -> valueType(valueTypeOf(c)));
      }
      if (c.isRecord()
          && c.getName().startsWith("dev.suanpan.")
          && ser instanceof BeanSerializerBase) {
        return ref(c, Tokens.typeName(c), () -> record(c));
      }
      if (!stored(c, ser)) {
        throw new IllegalStateException(noStoredForm(c));
      }
      throw new IllegalStateException(
          "SuanpanSchemas has no schema for "
              + c.getName()
              + ", written by "
              + ser.getClass().getName()
              + "; add one that matches its codec");
    }

    /**
     * False when Jackson would write {@code c} without a codec of the module's: a class of the
     * library that is neither a value type nor a record, which cannot be read back.
     */
    private static boolean stored(Class<?> c, JsonSerializer<?> ser) {
      return !(ser instanceof UnknownSerializer
          || ser instanceof NoStoredForm.Writer
          || (ser instanceof BeanSerializerBase && c.getName().startsWith("dev.suanpan.")));
    }

    private static String noStoredForm(Class<?> c) {
      return c.getName() + " has no stored form yet, so neither has a policy that holds it";
    }

    private JsonSerializer<?> serializer(JavaType t) {
      try {
        return provider.findValueSerializer(t);
      } catch (JsonMappingException e) {
        throw new IllegalStateException("no serializer for " + t, e);
      }
    }

    private ValueType valueTypeOf(Class<?> c) {
      return ValueType.of(c, MAPPER.getTypeFactory())
          .orElseThrow(() -> new IllegalStateException(c.getName() + " is not a value type"));
    }

    /**
     * A reference to the definition of {@code c} under its name, made the first time it is needed.
     */
    private ObjectNode ref(Class<?> c, String name, Supplier<ObjectNode> make) {
      String key = names.get(c);
      if (key == null) {
        key = defs.containsKey(name) || names.containsValue(name) ? c.getName() : name;
        names.put(c, key);
        defs.put(key, make.get());
      }
      return NODES.objectNode().put("$ref", "#/$defs/" + pointer(key));
    }

    private static String pointer(String key) {
      return key.replace("~", "~0").replace("/", "~1");
    }

    /** A builder-made value: its attributes, those the builder requires, nothing else. */
    private ObjectNode valueType(ValueType v) {
      Set<String> required = requiredByBuilder(v);
      ObjectNode schema = type("object");
      ObjectNode properties = schema.putObject("properties");
      ArrayNode req = NODES.arrayNode();
      for (Attribute a : v.attributes()) {
        properties.set(a.name(), attribute(a.type()));
        if (required.contains(a.name())) {
          req.add(a.name());
        }
      }
      return closed(schema, req);
    }

    /** An attribute's value: a map whose keys are not text is a list of entries. */
    private ObjectNode attribute(JavaType t) {
      if (t.isMapLikeType() && !Keys.isTextLike(t.getKeyType())) {
        if (Multimap.class.isAssignableFrom(t.getRawClass())) {
          throw new IllegalStateException(
              "a multimap keyed by " + t.getKeyType() + " has no stored form to describe");
        }
        ObjectNode entry = type("object");
        ObjectNode p = entry.putObject("properties");
        p.set("key", of(t.getKeyType()));
        p.set("value", of(t.getContentType()));
        entry.putArray("required").add("key").add("value");
        entry.put("additionalProperties", false);
        ObjectNode array = type("array");
        array.set("items", entry);
        return array;
      }
      return of(t);
    }

    /**
     * The attributes the generated builder checks are set before it builds (its {@code INIT_BIT}
     * flags): not optional, not a collection, without a default.
     */
    private static Set<String> requiredByBuilder(ValueType v) {
      if (v.byCreator()) {
        Set<String> all = new HashSet<>();
        v.attributes().forEach(a -> all.add(a.name()));
        return all;
      }
      Set<String> bits = new HashSet<>();
      for (Class<?> c = v.newBuilder().getClass(); c != null; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("INIT_BIT_")) {
            bits.add(f.getName().substring("INIT_BIT_".length()).replace("_", ""));
          }
        }
      }
      Set<String> required = new HashSet<>();
      for (Attribute a : v.attributes()) {
        if (bits.contains(a.name().toUpperCase(Locale.ROOT))) {
          required.add(a.name());
        }
      }
      return required;
    }

    /**
     * A record of several fields, which Jackson writes with every field and reads through its
     * constructor: each field but an optional one is required.
     */
    private ObjectNode record(Class<?> c) {
      ObjectNode schema = type("object");
      ObjectNode properties = schema.putObject("properties");
      ArrayNode req = NODES.arrayNode();
      for (RecordComponent rc : c.getRecordComponents()) {
        JavaType t = MAPPER.constructType(rc.getGenericType());
        properties.set(rc.getName(), of(t));
        if (t.getRawClass() != Optional.class) {
          req.add(rc.getName());
        }
      }
      return closed(schema, req);
    }

    /**
     * A map with text-like keys: an object whose field names are the keys; a multimap's values are
     * lists.
     */
    private ObjectNode map(JavaType t) {
      ObjectNode schema = type("object");
      ObjectNode keys = key(t.getKeyType().getRawClass());
      if (keys != null) {
        schema.set("propertyNames", keys);
      }
      ObjectNode value = of(t.getContentType());
      if (Multimap.class.isAssignableFrom(t.getRawClass())) {
        ObjectNode list = type("array");
        list.set("items", value);
        value = list;
      }
      schema.set("additionalProperties", value);
      return schema;
    }

    /** What a map's keys must look like as field names, or null when any text will do. */
    private ObjectNode key(Class<?> c) {
      if (Wrappers.isWrapper(c)) {
        return key(c.getRecordComponents()[0].getType());
      }
      if (c.isEnum()) {
        return enumeration(c);
      }
      if (c == LocalDate.class) {
        return date();
      }
      if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
        return pattern("^-?[0-9]+$", "a whole number");
      }
      if (c == String.class) {
        return null;
      }
      throw new IllegalStateException("a " + c.getName() + " is not a text-like key");
    }

    /**
     * A range as Jackson's Guava module writes it: each bound present as its endpoint and whether
     * it is {@code CLOSED} or {@code OPEN}.
     */
    private ObjectNode range(JavaType endpoint) {
      ObjectNode schema = type("object");
      ObjectNode p = schema.putObject("properties");
      ObjectNode bound = NODES.objectNode();
      bound.putArray("enum").add(BoundType.CLOSED.name()).add(BoundType.OPEN.name());
      p.set("lowerEndpoint", of(endpoint));
      p.set("lowerBoundType", bound);
      p.set("upperEndpoint", of(endpoint));
      p.set("upperBoundType", bound.deepCopy());
      ObjectNode pairs = schema.putObject("dependentRequired");
      pairs.putArray("lowerEndpoint").add("lowerBoundType");
      pairs.putArray("lowerBoundType").add("lowerEndpoint");
      pairs.putArray("upperEndpoint").add("upperBoundType");
      pairs.putArray("upperBoundType").add("upperEndpoint");
      schema.put("additionalProperties", false);
      return schema;
    }

    private ObjectNode money() {
      ObjectNode schema = type("object");
      schema.put(
          "description",
          "An amount: the amount as a decimal string, never a number, with no more decimal places"
              + " than the currency has.");
      ObjectNode p = schema.putObject("properties");
      p.set("amount", pattern(DECIMAL, "a decimal such as 12.30"));
      p.set("currency", of(MAPPER.constructType(CurrencyUnit.class)));
      schema.putArray("required").add("amount").add("currency");
      schema.put("additionalProperties", false);
      return schema;
    }

    private ObjectNode decimal() {
      ObjectNode schema = NODES.objectNode();
      schema.put("description", "A decimal, written as a string such as \"12.30\".");
      schema.putArray("type").add("string").add("number");
      schema.put("pattern", DECIMAL);
      return schema;
    }

    private ObjectNode currency() {
      return pattern("^[A-Z]{3}$", "an ISO 4217 currency code such as CNY");
    }

    private ObjectNode date() {
      ObjectNode schema = pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "an ISO date such as 2026-03-31");
      schema.put("format", "date");
      return schema;
    }

    private ObjectNode rounding() {
      ObjectNode schema = type("object");
      schema.put(
          "description", "A rounding: to a step such as 0.1, or to the currency's minor unit.");
      ObjectNode p = schema.putObject("properties");
      p.set("step", pattern(DECIMAL, "a positive decimal such as 0.1"));
      ObjectNode mode = NODES.objectNode();
      ArrayNode modes = mode.putArray("enum");
      Arrays.stream(RoundingMode.values())
          .filter(m -> m != RoundingMode.UNNECESSARY)
          .forEach(m -> modes.add(m.name()));
      p.set("mode", mode);
      schema.putArray("required").add("mode");
      schema.put("additionalProperties", false);
      return schema;
    }

    private ObjectNode interest() {
      ObjectNode schema = NODES.objectNode();
      schema.put(
          "description",
          "Simple interest: an annual rate with its day count, or a daily rate over actual days.");
      ObjectNode annual = type("object");
      ObjectNode a = annual.putObject("properties");
      a.set("annualRate", pattern(PERCENT, "a percentage such as 4.35%"));
      ObjectNode counts = NODES.objectNode();
      ArrayNode names = counts.putArray("enum");
      Arrays.stream(DayCount.values()).forEach(d -> names.add(d.name()));
      a.set("dayCount", counts);
      annual.putArray("required").add("annualRate").add("dayCount");
      annual.put("additionalProperties", false);
      ObjectNode daily = type("object");
      daily
          .putObject("properties")
          .set("dailyRate", pattern(PERCENT, "a percentage such as 0.05%"));
      daily.putArray("required").add("dailyRate");
      daily.put("additionalProperties", false);
      schema.putArray("oneOf").add(annual).add(daily);
      return schema;
    }

    private ObjectNode cashDiscount() {
      ObjectNode schema = type("object");
      ObjectNode terms =
          pattern(
              "^\\s*([0-9]+(\\.[0-9]+)?\\s*/\\s*[0-9]+\\s*,\\s*)*n\\s*/\\s*[0-9]+(\\s+(EOM|prox))?\\s*$",
              "cash-discount terms such as 2/10, 1/20, n/30, dated EOM or prox at the end");
      schema.putObject("properties").set("terms", terms);
      schema.putArray("required").add("terms");
      schema.put("additionalProperties", false);
      return schema;
    }

    private ObjectNode explanation() {
      ObjectNode schema = type("array");
      schema.put("description", "The reasons of a decision, in order.");
      schema.set("items", of(MAPPER.constructType(Reason.class)));
      return schema;
    }

    private ObjectNode authorityPolicy() {
      ObjectNode role = type("object");
      role.put("description", "A role, after the role it reports to, with its limits by subject.");
      ObjectNode rp = role.putObject("properties");
      rp.set("code", type("string"));
      rp.set("title", type("string"));
      rp.set("reportsTo", type("string"));
      ObjectNode limits = type("object");
      limits.set("additionalProperties", of(MAPPER.constructType(Limit.class)));
      rp.set("limits", limits);
      role.putArray("required").add("code").add("title");
      role.put("additionalProperties", false);
      ObjectNode roles = type("array");
      roles.set("items", role);
      ObjectNode schema = type("object");
      schema.put("description", "Who may approve what: the roles top-down.");
      schema.putObject("properties").set("roles", roles);
      schema.put("additionalProperties", false);
      return schema;
    }

    /** {@code schema} with its {@code required} fields, if any, and no other field allowed. */
    private static ObjectNode closed(ObjectNode schema, ArrayNode required) {
      if (!required.isEmpty()) {
        schema.set("required", required);
      }
      schema.put("additionalProperties", false);
      return schema;
    }

    private static ObjectNode enumeration(Class<?> c) {
      ObjectNode schema = NODES.objectNode();
      ArrayNode values = schema.putArray("enum");
      for (Object constant : c.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      return schema;
    }

    private static ObjectNode type(String type) {
      return NODES.objectNode().put("type", type);
    }

    private static ObjectNode integer(long min, long max) {
      return type("integer").put("minimum", min).put("maximum", max);
    }

    private static ObjectNode pattern(String regex, String what) {
      return type("string").put("description", what).put("pattern", regex);
    }
  }
}
