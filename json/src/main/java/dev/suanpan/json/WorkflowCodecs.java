package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.suanpan.workflow.CaseEvent;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.audit.AuditEntry;
import dev.suanpan.workflow.audit.AuditSeal;
import dev.suanpan.workflow.audit.AuditTrail;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A {@link WorkflowCase} stored as its flow and its events, and read back by replaying the events
 * through the flow's {@link Workflow} (which re-checks every one: a forged history is refused,
 * naming the event); an {@link AuditTrail} as its entries and seal.
 */
final class WorkflowCodecs {
  /** The reader attribute holding the workflows a reader knows, by flow name. */
  static final String WORKFLOWS = "dev.suanpan.json.workflows";

  private WorkflowCodecs() {}

  static final class CaseSerializer extends ObjectSerializer<WorkflowCase> {
    private static final long serialVersionUID = 1L;

    CaseSerializer() {
      super(WorkflowCase.class);
    }

    @Override
    void writeFields(WorkflowCase c, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStringField("flow", c.flow());
      provider.defaultSerializeField("events", c.history(), gen);
    }
  }

  static final class CaseDeserializer extends ReadingDeserializer<WorkflowCase> {
    private static final long serialVersionUID = 1L;

    CaseDeserializer() {
      super(WorkflowCase.class);
    }

    @Override
    public WorkflowCase deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String flow = null;
      List<CaseEvent> events = null;
      JavaType list = ctxt.getTypeFactory().constructCollectionType(List.class, CaseEvent.class);
      JsonToken t = Tokens.firstField(p);
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        p.nextToken();
        try {
          switch (field) {
            case "flow" -> flow = Scalars.text(p, "a flow name");
            case "events" -> events = ctxt.readValue(p, list);
            default ->
                throw JsonMappingException.from(
                    p, "unknown field \"" + field + "\"; a WorkflowCase has flow, events");
          }
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, null, field);
        }
      }
      if (flow == null || events == null) {
        throw JsonMappingException.from(p, "a WorkflowCase needs \"flow\" and \"events\"");
      }
      Workflow workflow = workflow(p, ctxt, flow);
      try {
        return workflow.replay(events);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.wrapWithPath(
            JsonMappingException.from(p, Tokens.reason(e), e), null, "events");
      }
    }

    @SuppressWarnings("unchecked")
    private static Workflow workflow(JsonParser p, DeserializationContext ctxt, String flow)
        throws JsonMappingException {
      Object known = ctxt.getAttribute(WORKFLOWS);
      Workflow w = known == null ? null : ((Map<String, Workflow>) known).get(flow);
      if (w == null) {
        throw JsonMappingException.wrapWithPath(
            JsonMappingException.from(
                p,
                "flow \""
                    + Tokens.shorten(flow)
                    + "\" is not known to this reader, which replays a case through its flow;"
                    + " give it with SuanpanJson.withWorkflows"
                    + (known == null
                        ? ""
                        : " (known: " + ((Map<String, Workflow>) known).keySet() + ")")),
            null,
            "flow");
      }
      return w;
    }
  }

  static final class TrailSerializer extends ObjectSerializer<AuditTrail> {
    private static final long serialVersionUID = 1L;

    TrailSerializer() {
      super(AuditTrail.class);
    }

    @Override
    void writeFields(AuditTrail trail, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      provider.defaultSerializeField("entries", trail.entries(), gen);
      provider.defaultSerializeField("seal", trail.seal(), gen);
    }
  }

  static final class TrailDeserializer extends ReadingDeserializer<AuditTrail> {
    private static final long serialVersionUID = 1L;

    TrailDeserializer() {
      super(AuditTrail.class);
    }

    @Override
    public AuditTrail deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      List<AuditEntry> entries = null;
      AuditSeal seal = null;
      JavaType list = ctxt.getTypeFactory().constructCollectionType(List.class, AuditEntry.class);
      JsonToken t = Tokens.firstField(p);
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        p.nextToken();
        try {
          switch (field) {
            case "entries" -> entries = ctxt.readValue(p, list);
            case "seal" -> seal = ctxt.readValue(p, AuditSeal.class);
            default ->
                throw JsonMappingException.from(
                    p, "unknown field \"" + field + "\"; an AuditTrail has entries, seal");
          }
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, null, field);
        }
      }
      if (entries == null || seal == null) {
        throw JsonMappingException.from(p, "an AuditTrail needs \"entries\" and \"seal\"");
      }
      try {
        return AuditTrail.restore(entries, seal);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
    }
  }
}
