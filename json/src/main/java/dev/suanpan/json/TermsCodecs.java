package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.suanpan.money.Percent;
import dev.suanpan.money.interest.DayCount;
import dev.suanpan.money.interest.SimpleInterest;
import dev.suanpan.money.terms.CashDiscountTerms;
import java.io.IOException;
import java.util.List;

/**
 * Interest and cash-discount terms the way a contract writes them: {@code {"annualRate": "4.35%",
 * "dayCount": "ACT_365"}} or {@code {"dailyRate": "0.05%"}}, and {@code {"terms": "2/10, 1/20,
 * n/30"}}.
 */
final class TermsCodecs {
  private TermsCodecs() {}

  static final class InterestSerializer extends ObjectSerializer<SimpleInterest> {
    private static final long serialVersionUID = 1L;

    InterestSerializer() {
      super(SimpleInterest.class);
    }

    @Override
    void writeFields(SimpleInterest i, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (i.dayCount().isPresent()) {
        gen.writeStringField("annualRate", i.rate().toString());
        gen.writeStringField("dayCount", i.dayCount().get().name());
      } else {
        gen.writeStringField("dailyRate", i.rate().toString());
      }
    }
  }

  static final class InterestDeserializer extends ReadingDeserializer<SimpleInterest> {
    private static final long serialVersionUID = 1L;

    InterestDeserializer() {
      super(SimpleInterest.class);
    }

    @Override
    public SimpleInterest deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      Fields f = Fields.read(p, "an interest", List.of("annualRate", "dayCount", "dailyRate"));
      try {
        if (f.has("dailyRate")) {
          if (f.has("annualRate") || f.has("dayCount")) {
            throw JsonMappingException.from(
                p, "an interest has either dailyRate, or annualRate and dayCount");
          }
          return SimpleInterest.daily(percent(f, "dailyRate"));
        }
        return SimpleInterest.annual(percent(f, "annualRate"), dayCount(f));
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
    }

    private static Percent percent(Fields f, String field) throws JsonMappingException {
      String text = f.text(field);
      try {
        return Percent.parse(text);
      } catch (IllegalArgumentException e) {
        throw f.refuse(field, e.getMessage(), e);
      }
    }

    private static DayCount dayCount(Fields f) throws JsonMappingException {
      String text = f.text("dayCount");
      try {
        return DayCount.valueOf(text);
      } catch (IllegalArgumentException e) {
        throw f.refuse(
            "dayCount",
            "\""
                + Tokens.shorten(text)
                + "\" is not a day count; the day counts are "
                + java.util.Arrays.toString(DayCount.values()),
            e);
      }
    }
  }

  static final class CashDiscountSerializer extends ObjectSerializer<CashDiscountTerms> {
    private static final long serialVersionUID = 1L;

    CashDiscountSerializer() {
      super(CashDiscountTerms.class);
    }

    @Override
    void writeFields(CashDiscountTerms t, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStringField("terms", t.toString());
    }
  }

  static final class CashDiscountDeserializer extends ReadingDeserializer<CashDiscountTerms> {
    private static final long serialVersionUID = 1L;

    CashDiscountDeserializer() {
      super(CashDiscountTerms.class);
    }

    @Override
    public CashDiscountTerms deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      Fields f = Fields.read(p, "cash-discount terms", List.of("terms"));
      String text = f.text("terms");
      try {
        return CashDiscountTerms.parse(text);
      } catch (IllegalArgumentException e) {
        throw f.refuse("terms", Tokens.reason(e), e);
      }
    }
  }
}
