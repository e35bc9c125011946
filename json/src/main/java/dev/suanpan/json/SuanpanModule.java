package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.interest.SimpleInterest;
import dev.suanpan.money.terms.CashDiscountTerms;
import dev.suanpan.workflow.Fact;
import dev.suanpan.workflow.Facts;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.audit.AuditTrail;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The Jackson module for Suanpan's values, for an application that keeps its own {@code
 * ObjectMapper} (most should use {@link SuanpanJson}, which also writes the format version and
 * refuses hostile input). It needs Jackson's Guava, JDK 8 and Java time modules registered too.
 *
 * <p>Reading a value goes through its builder or constructor, so a stored value that breaks a
 * value's rules is refused as the builder would refuse it.
 */
public final class SuanpanModule extends Module {
  private final Map<Class<?>, Optional<ValueType>> valueTypes = new ConcurrentHashMap<>();

  /** A module; each {@code ObjectMapper} may have its own. */
  public SuanpanModule() {}

  @Override
  public String getModuleName() {
    return "suanpan";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "dev.suanpan", "suanpan-json");
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers scalars = new SimpleSerializers();
    scalars.addSerializer(new MoneyCodecs.MoneySerializer());
    scalars.addSerializer(new AuthorityPolicyCodec.Serializer());
    scalars.addSerializer(new StockLedgerCodec.Serializer());
    scalars.addSerializer(new ExposureCodec.Serializer());
    scalars.addSerializer(new FactsCodec.FactSerializer());
    scalars.addSerializer(new TermsCodecs.InterestSerializer());
    scalars.addSerializer(new TermsCodecs.CashDiscountSerializer());
    scalars.addSerializer(new WorkflowCodecs.CaseSerializer());
    scalars.addSerializer(new WorkflowCodecs.TrailSerializer());
    scalars.addSerializer(new FactsCodec.FactsSerializer());
    scalars.addSerializer(new MoneyCodecs.RoundingSerializer());
    scalars.addSerializer(new MoneyCodecs.ExplanationSerializer());
    scalars.addSerializer(new Scalars.DecimalSerializer());
    scalars.addSerializer(new Scalars.PercentSerializer());
    scalars.addSerializer(new Scalars.CurrencySerializer());
    SimpleDeserializers scalarReaders = new SimpleDeserializers();
    scalarReaders.addDeserializer(Money.class, new MoneyCodecs.MoneyDeserializer());
    scalarReaders.addDeserializer(AuthorityPolicy.class, new AuthorityPolicyCodec.Deserializer());
    scalarReaders.addDeserializer(StockLedger.class, new StockLedgerCodec.Deserializer());
    scalarReaders.addDeserializer(Exposure.class, new ExposureCodec.Deserializer());
    scalarReaders.addDeserializer(Fact.class, new FactsCodec.FactDeserializer());
    scalarReaders.addDeserializer(SimpleInterest.class, new TermsCodecs.InterestDeserializer());
    scalarReaders.addDeserializer(
        CashDiscountTerms.class, new TermsCodecs.CashDiscountDeserializer());
    scalarReaders.addDeserializer(WorkflowCase.class, new WorkflowCodecs.CaseDeserializer());
    scalarReaders.addDeserializer(AuditTrail.class, new WorkflowCodecs.TrailDeserializer());
    scalarReaders.addDeserializer(Facts.class, new FactsCodec.FactsDeserializer());
    scalarReaders.addDeserializer(Rounding.class, new MoneyCodecs.RoundingDeserializer());
    scalarReaders.addDeserializer(Explanation.class, new MoneyCodecs.ExplanationDeserializer());
    scalarReaders.addDeserializer(BigDecimal.class, new Scalars.DecimalDeserializer());
    scalarReaders.addDeserializer(Percent.class, new Scalars.PercentDeserializer());
    scalarReaders.addDeserializer(CurrencyUnit.class, new Scalars.CurrencyDeserializer());
    // Jackson asks the serializers added last first: the named types before the generic forms.
    context.addSerializers(new ValueSerializers());
    context.addDeserializers(new ValueDeserializers());
    context.addSerializers(scalars);
    context.addDeserializers(scalarReaders);
    context.addKeySerializers(new KeySerializers());
    context.addKeyDeserializers(new WrapperKeys());
  }

  private Optional<ValueType> valueType(Class<?> c, TypeFactory t) {
    return valueTypes.computeIfAbsent(c, k -> ValueType.of(k, t));
  }

  private final class ValueSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      Class<?> c = type.getRawClass();
      if (Wrappers.isWrapper(c)) {
        return new Wrappers.Serializer();
      }
      Optional<ValueType> v = valueType(c, config.getTypeFactory());
      if (v.isPresent()) {
        return new ValueTypeCodec.Serializer(v.get());
      }
      return NoStoredForm.applies(c) ? new NoStoredForm.Writer(c) : null;
    }
  }

  private final class ValueDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Class<?> c = type.getRawClass();
      if (Wrappers.isWrapper(c)) {
        return new Wrappers.Deserializer(c, config.getTypeFactory());
      }
      Optional<ValueType> v = valueType(c, config.getTypeFactory()).filter(t -> t.type() == c);
      if (v.isPresent()) {
        return new ValueTypeCodec.Deserializer(v.get());
      }
      return NoStoredForm.applies(c) ? new NoStoredForm.Reader(c) : null;
    }
  }

  /** Map keys that are one-field records are written as their field's text. */
  private static final class KeySerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      Class<?> c = type.getRawClass();
      return Keys.isTextLike(c) && Wrappers.isWrapper(c) ? new WrapperKeySerializer() : null;
    }
  }

  private static final class WrapperKeySerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    WrapperKeySerializer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      Object field = Wrappers.field(value);
      gen.writeFieldName(field instanceof Enum<?> e ? e.name() : String.valueOf(field));
    }
  }

  private static final class WrapperKeys implements KeyDeserializers {
    @Override
    public KeyDeserializer findKeyDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Class<?> c = type.getRawClass();
      return Keys.isTextLike(c) && Wrappers.isWrapper(c) ? new Wrappers.Key(c) : null;
    }
  }
}
