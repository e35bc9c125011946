package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.party.CustomerId;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A customer's credit {@link Exposure}: its parts, with the open receivables by due date.
 *
 * <pre>
 * {"customer": "C-1", "currency": "CNY",
 *  "receivablesByDueDate": {"2024-04-30": {"amount": "150.00", "currency": "CNY"}},
 *  "shippedNotInvoiced": {...}, "openOrders": {...}, "prepayments": {...}}
 * </pre>
 *
 * <p>Reading rebuilds it from scratch, so amounts in another currency or beyond the bounds are
 * refused as {@link Exposure#fromScratch} refuses them.
 */
final class ExposureCodec {
  private static final List<String> FIELDS =
      List.of(
          "customer",
          "currency",
          "receivablesByDueDate",
          "shippedNotInvoiced",
          "openOrders",
          "prepayments");

  private ExposureCodec() {}

  static final class Serializer extends ObjectSerializer<Exposure> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Exposure.class);
    }

    @Override
    void writeFields(Exposure e, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeField("customer", e.customer(), gen);
      provider.defaultSerializeField("currency", e.currency(), gen);
      provider.defaultSerializeField("receivablesByDueDate", e.receivablesByDueDate(), gen);
      provider.defaultSerializeField("shippedNotInvoiced", e.shippedNotInvoiced(), gen);
      provider.defaultSerializeField("openOrders", e.openOrders(), gen);
      provider.defaultSerializeField("prepayments", e.prepayments(), gen);
    }
  }

  static final class Deserializer extends ReadingDeserializer<Exposure> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Exposure.class);
    }

    @Override
    public Exposure deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Map<String, Object> f = new java.util.HashMap<>();
      JavaType byDue =
          ctxt.getTypeFactory().constructMapType(Map.class, LocalDate.class, Money.class);
      JsonToken t = Tokens.firstField(p);
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        p.nextToken();
        try {
          f.put(field, readField(p, ctxt, field, byDue));
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, null, field);
        }
      }
      for (String name : FIELDS) {
        if (!f.containsKey(name)) {
          throw JsonMappingException.from(p, "an Exposure needs \"" + name + "\"");
        }
      }
      return build(p, f);
    }

    private static Object readField(
        JsonParser p, DeserializationContext ctxt, String field, JavaType byDue)
        throws IOException {
      return switch (field) {
        case "customer" -> ctxt.readValue(p, CustomerId.class);
        case "currency" -> Scalars.currency(p);
        case "receivablesByDueDate" -> ctxt.readValue(p, byDue);
        case "shippedNotInvoiced", "openOrders", "prepayments" -> ctxt.readValue(p, Money.class);
        default ->
            throw JsonMappingException.from(
                p, "unknown field \"" + field + "\"; an Exposure has " + String.join(", ", FIELDS));
      };
    }

    @SuppressWarnings("unchecked")
    private static Exposure build(JsonParser p, Map<String, Object> f) throws JsonMappingException {
      try {
        Exposure e =
            Exposure.fromScratch(
                (CustomerId) f.get("customer"),
                (CurrencyUnit) f.get("currency"),
                List.of(),
                (Money) f.get("shippedNotInvoiced"),
                (Money) f.get("openOrders"),
                (Money) f.get("prepayments"));
        for (Map.Entry<LocalDate, Money> r :
            ((Map<LocalDate, Money>) f.get("receivablesByDueDate")).entrySet()) {
          e = e.invoicedWithoutShipment(r.getValue(), r.getKey());
        }
        return e;
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
    }
  }
}
