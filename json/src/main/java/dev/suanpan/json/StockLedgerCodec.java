package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A {@link StockLedger} as what made it: its item, warehouse, unit, currency and costing policy,
 * the last month closed, and its movements in order. Reading opens the ledger and posts the
 * movements again, so every figure is recomputed and a movement the ledger refuses is named by its
 * index. Within a ledger a movement leaves out its unit (the ledger's) and gives its value's amount
 * only (in the ledger's currency):
 *
 * <pre>
 * {"date": "2024-03-01", "document": "GRN-1", "kind": "RECEIPT", "quantity": "10", "unitCost": "12.5"}
 * </pre>
 */
final class StockLedgerCodec {
  private StockLedgerCodec() {}

  static final class Serializer extends ObjectSerializer<StockLedger> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(StockLedger.class);
    }

    @Override
    void writeFields(StockLedger ledger, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStringField("item", ledger.item().code());
      gen.writeStringField("warehouse", ledger.warehouse().code());
      gen.writeStringField("unit", ledger.unit().code());
      gen.writeStringField("currency", ledger.currency().getCode());
      provider.defaultSerializeField("policy", ledger.policy(), gen);
      if (ledger.closedThrough().isPresent()) {
        gen.writeStringField("closedThrough", ledger.closedThrough().get().toString());
      }
      gen.writeArrayFieldStart("movements");
      for (int i = 0, n = ledger.size(); i < n; i++) {
        writeMovement(ledger.movement(i), gen);
      }
      gen.writeEndArray();
    }

    private static void writeMovement(Movement m, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("date", m.date().toString());
      gen.writeStringField("document", m.document());
      gen.writeStringField("kind", m.kind().name());
      gen.writeStringField("quantity", m.quantity().toPlainString());
      if (m.unitCost().isPresent()) {
        gen.writeStringField("unitCost", m.unitCost().get().toPlainString());
      }
      if (m.value().isPresent()) {
        gen.writeStringField("value", m.value().get().getAmount().toPlainString());
      }
      if (m.reference().isPresent()) {
        gen.writeStringField("reference", m.reference().get());
      }
      gen.writeEndObject();
    }
  }

  static final class Deserializer extends ReadingDeserializer<StockLedger> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(StockLedger.class);
    }

    @Override
    public StockLedger deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Header h = new Header();
      StockLedger ledger = null;
      JsonToken t = Tokens.firstField(p);
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        p.nextToken();
        try {
          if (field.equals("movements")) {
            ledger = readMovements(p, h.open(p));
          } else {
            h.read(field, p, ctxt);
          }
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, null, field);
        }
      }
      if (ledger == null) {
        ledger = h.open(p);
      }
      return h.close(p, ledger);
    }

    private static StockLedger readMovements(JsonParser p, StockLedger ledger) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw JsonMappingException.from(
            p, "expected a list of movements, found " + Tokens.describe(p));
      }
      int i = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
        try {
          ledger = post(p, ledger, readMovement(p, ledger));
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, null, i);
        }
      }
      return ledger;
    }

    private static StockLedger post(JsonParser p, StockLedger ledger, Movement m)
        throws JsonMappingException {
      Posting posting;
      try {
        posting = ledger.post(m);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
      if (posting.outcome() == Outcome.REFUSED) {
        throw JsonMappingException.from(
            p, "the ledger refuses " + m.document() + ": " + posting.explanation());
      }
      return posting.ledger();
    }

    private static Movement readMovement(JsonParser p, StockLedger ledger) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw JsonMappingException.from(p, "expected a movement, found " + Tokens.describe(p));
      }
      Movement.Builder b = Movement.builder().unit(ledger.unit());
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        p.nextToken();
        try {
          readMovementField(p, field, b, ledger.currency());
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, null, field);
        } catch (IllegalArgumentException | DateTimeParseException e) {
          throw JsonMappingException.wrapWithPath(
              JsonMappingException.from(p, Tokens.reason(e), e), null, field);
        }
      }
      try {
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
    }

    private static void readMovementField(
        JsonParser p, String field, Movement.Builder b, CurrencyUnit currency) throws IOException {
      switch (field) {
        case "date" -> b.date(LocalDate.parse(Scalars.text(p, "an ISO date such as 2024-03-01")));
        case "document" -> b.document(Scalars.text(p, "a document number"));
        case "kind" -> b.kind(kind(p));
        case "quantity" -> b.quantity(Scalars.decimal(p, "a quantity such as \"12.5\""));
        case "unitCost" -> b.unitCost(Scalars.decimal(p, "a unit cost such as \"12.5\""));
        case "value" -> b.value(Money.of(currency, amount(p)));
        case "reference" -> b.reference(Scalars.text(p, "a document reference"));
        default ->
            throw JsonMappingException.from(
                p,
                "unknown field \""
                    + field
                    + "\"; a movement has date, document, kind, quantity, unitCost, value, reference");
      }
    }

    private static BigDecimal amount(JsonParser p) throws IOException {
      String text =
          Scalars.text(p, "an amount in the ledger's currency as text, such as \"120.00\"");
      return Scalars.decimal(text);
    }

    private static MovementKind kind(JsonParser p) throws IOException {
      String k = Scalars.text(p, "a movement kind such as RECEIPT");
      try {
        return MovementKind.valueOf(k);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(
            p,
            "\""
                + Tokens.shorten(k)
                + "\" is not a movement kind; the kinds are "
                + java.util.Arrays.toString(MovementKind.values()),
            e);
      }
    }
  }

  /** The ledger's own fields, which must all come before its movements. */
  private static final class Header {
    String item;
    String warehouse;
    String unit;
    String currency;
    CostingPolicy policy;
    Optional<YearMonth> closedThrough = Optional.empty();

    void read(String field, JsonParser p, DeserializationContext ctxt) throws IOException {
      switch (field) {
        case "item" -> item = Scalars.text(p, "an item code");
        case "warehouse" -> warehouse = Scalars.text(p, "a warehouse code");
        case "unit" -> unit = Scalars.text(p, "a unit of measure");
        case "currency" -> currency = Scalars.currency(p).getCode();
        case "policy" -> policy = ctxt.readValue(p, CostingPolicy.class);
        case "closedThrough" -> closedThrough = Optional.of(month(p));
        default ->
            throw JsonMappingException.from(
                p,
                "unknown field \""
                    + field
                    + "\"; a StockLedger has item, warehouse, unit, currency, policy, closedThrough,"
                    + " movements");
      }
    }

    private static YearMonth month(JsonParser p) throws IOException {
      String m = Scalars.text(p, "a month such as 2024-03");
      try {
        return YearMonth.parse(m);
      } catch (DateTimeParseException e) {
        throw JsonMappingException.from(
            p, "\"" + Tokens.shorten(m) + "\" is not a month such as 2024-03", e);
      }
    }

    StockLedger open(JsonParser p) throws JsonMappingException {
      for (String[] f :
          new String[][] {
            {"item", item}, {"warehouse", warehouse}, {"unit", unit}, {"currency", currency}
          }) {
        if (f[1] == null) {
          throw JsonMappingException.from(
              p, "a StockLedger needs \"" + f[0] + "\" before its movements");
        }
      }
      if (policy == null) {
        throw JsonMappingException.from(p, "a StockLedger needs \"policy\" before its movements");
      }
      try {
        return StockLedger.open(
            ItemId.of(item),
            WarehouseId.of(warehouse),
            UnitOfMeasure.of(unit),
            CurrencyUnit.of(currency),
            policy);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
    }

    StockLedger close(JsonParser p, StockLedger ledger) throws JsonMappingException {
      if (closedThrough.isEmpty()) {
        return ledger;
      }
      try {
        return ledger.closeMonth(closedThrough.get()).ledger();
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.wrapWithPath(
            JsonMappingException.from(p, Tokens.reason(e), e), null, "closedThrough");
      }
    }
  }
}
