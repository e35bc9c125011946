package dev.suanpan.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.RoleLimit;
import dev.suanpan.core.authority.Subject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link AuthorityPolicy} the way a business person reads one: its roles top-down, each with the
 * role it reports to and its limits by subject.
 *
 * <pre>
 * roles:
 * - code: GENERAL_MANAGER
 *   title: General manager
 *   limits:
 *     discount: {maxPercent: "5%"}
 * - code: SALES_MANAGER
 *   title: Sales manager
 *   reportsTo: GENERAL_MANAGER
 *   limits:
 *     discount: {maxPercent: "3%"}
 * </pre>
 *
 * <p>Reading checks each limit as it is added, so that a refusal names the limit at fault ({@code
 * $.roles[1].limits.discount}); a role must come after the role it reports to.
 */
final class AuthorityPolicyCodec {
  private AuthorityPolicyCodec() {}

  static final class Serializer extends ObjectSerializer<AuthorityPolicy> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(AuthorityPolicy.class);
    }

    @Override
    void writeFields(AuthorityPolicy policy, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeArrayFieldStart("roles");
      for (Role r : policy.roles()) {
        gen.writeStartObject();
        gen.writeStringField("code", r.code());
        gen.writeStringField("title", r.title());
        if (policy.superiorOf(r).isPresent()) {
          gen.writeStringField("reportsTo", policy.superiorOf(r).get().code());
        }
        List<RoleLimit> own = policy.limits().stream().filter(l -> l.role().equals(r)).toList();
        if (!own.isEmpty()) {
          gen.writeObjectFieldStart("limits");
          for (RoleLimit l : own) {
            provider.defaultSerializeField(l.subject().code(), l.limit(), gen);
          }
          gen.writeEndObject();
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
  }

  static final class Deserializer extends ReadingDeserializer<AuthorityPolicy> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(AuthorityPolicy.class);
    }

    @Override
    public AuthorityPolicy deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonToken t = Tokens.firstField(p);
      Policy policy = new Policy();
      boolean rolesSeen = false;
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        p.nextToken();
        if (!field.equals("roles") || rolesSeen) {
          throw JsonMappingException.wrapWithPath(
              JsonMappingException.from(
                  p,
                  rolesSeen && field.equals("roles")
                      ? "field \"roles\" appears twice"
                      : "unknown field \"" + field + "\"; an AuthorityPolicy has roles"),
              null,
              field);
        }
        rolesSeen = true;
        try {
          readRoles(p, ctxt, policy);
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, null, "roles");
        }
      }
      try {
        return policy.builder.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
    }

    private static void readRoles(JsonParser p, DeserializationContext ctxt, Policy policy)
        throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw JsonMappingException.from(p, "expected a list of roles, found " + Tokens.describe(p));
      }
      int i = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
        try {
          readRole(p, ctxt, policy);
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, null, i);
        }
      }
    }

    private static void readRole(JsonParser p, DeserializationContext ctxt, Policy policy)
        throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw JsonMappingException.from(p, "expected a role, found " + Tokens.describe(p));
      }
      Map<String, String> texts = new LinkedHashMap<>();
      Map<String, Limit> limits = new LinkedHashMap<>();
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        p.nextToken();
        try {
          if (field.equals("limits")) {
            readLimits(p, ctxt, limits);
          } else if (List.of("code", "title", "reportsTo").contains(field)) {
            texts.put(field, Scalars.text(p, "text"));
          } else {
            throw JsonMappingException.from(
                p, "unknown field \"" + field + "\"; a role has code, title, reportsTo, limits");
          }
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, null, field);
        }
      }
      policy.add(p, texts, limits);
    }

    private static void readLimits(
        JsonParser p, DeserializationContext ctxt, Map<String, Limit> out) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw JsonMappingException.from(
            p, "expected limits by subject, found " + Tokens.describe(p));
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String subject = p.currentName();
        p.nextToken();
        try {
          out.put(subject, ctxt.readValue(p, Limit.class));
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, null, subject);
        }
      }
    }
  }

  /** The policy read so far; each limit is checked against the roles above it as it comes. */
  private static final class Policy {
    final AuthorityPolicy.Builder builder = AuthorityPolicy.builder();
    final Map<String, Role> roles = new LinkedHashMap<>();
    final Map<Role, Role> superiors = new LinkedHashMap<>();
    final List<RoleLimit> limits = new ArrayList<>();

    void add(JsonParser p, Map<String, String> texts, Map<String, Limit> own)
        throws JsonMappingException {
      Role role;
      try {
        role = Role.of(required(p, texts, "code"), required(p, texts, "title"));
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, Tokens.reason(e), e);
      }
      String reportsTo = texts.get("reportsTo");
      Role superior = null;
      if (reportsTo != null) {
        superior = roles.get(reportsTo);
        if (superior == null) {
          throw JsonMappingException.wrapWithPath(
              JsonMappingException.from(
                  p,
                  role.code()
                      + " reports to "
                      + reportsTo
                      + ", which is not a role listed above it; list roles top-down"),
              null,
              "reportsTo");
        }
      }
      try {
        if (superior == null) {
          builder.role(role);
        } else {
          builder.role(role, superior);
          superiors.put(role, superior);
        }
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.wrapWithPath(
            JsonMappingException.from(p, Tokens.reason(e), e), null, "code");
      }
      roles.put(role.code(), role);
      for (Map.Entry<String, Limit> l : own.entrySet()) {
        addLimit(p, role, l.getKey(), l.getValue());
      }
    }

    private void addLimit(JsonParser p, Role role, String subject, Limit limit)
        throws JsonMappingException {
      try {
        RoleLimit rl = new RoleLimit(role, Subject.of(subject), limit);
        limits.add(rl);
        checkSoFar();
        builder.limit(role, rl.subject(), limit);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.wrapWithPath(
            JsonMappingException.wrapWithPath(
                JsonMappingException.from(p, Tokens.reason(e), e), null, subject),
            null,
            "limits");
      }
    }

    /**
     * The roles and limits read so far must make a policy: the same checks, one limit at a time.
     */
    private void checkSoFar() {
      AuthorityPolicy.Builder b = AuthorityPolicy.builder();
      for (Role r : roles.values()) {
        Role s = superiors.get(r);
        if (s == null) {
          b.role(r);
        } else {
          b.role(r, s);
        }
      }
      limits.forEach(l -> b.limit(l.role(), l.subject(), l.limit()));
      b.build();
    }

    private static String required(JsonParser p, Map<String, String> texts, String field)
        throws JsonMappingException {
      String v = texts.get(field);
      if (v == null) {
        throw JsonMappingException.from(p, "a role needs \"" + field + "\"");
      }
      return v;
    }
  }
}
