package dev.suanpan.workflow.audit;

import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.money.internal.Arguments;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.immutables.value.Value;

/**
 * One line of an {@link AuditTrail}: its position, when it happened, who did it, what they did and
 * what changed, chained to the previous line by {@link #previousHash()} and sealed by {@link
 * #hash()}, the SHA-256 of all of that. Entries are made by {@link AuditTrail#append}; an entry
 * read back from storage is rebuilt with {@link #builder()} and checked by {@link
 * AuditTrail#verify()}.
 *
 * <p>Rejects a negative index and a blank actor or action; its builder refuses a missing field (the
 * time, a hash) at {@code build()}, naming it.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class AuditEntry {
  /** The position in the trail, from 0. */
  public abstract int index();

  /** When it happened, in the business's local time. */
  public abstract LocalDateTime at();

  /** Who did it (and in what role, for whom). */
  public abstract String actor();

  /** What they did. */
  public abstract String action();

  /** What changed: each item with its new value. */
  public abstract ImmutableSortedMap<String, String> changes();

  /** The hash of the entry before, or the genesis hash for the first entry. */
  public abstract String previousHash();

  /** The SHA-256 of this entry's contents and {@link #previousHash()}, as hex. */
  public abstract String hash();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AuditEntry}; rejects what {@link AuditEntry} rejects. */
  public static final class Builder extends ImmutableAuditEntry.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.nonNegative(index(), "index");
    Arguments.notBlank(actor(), "actor");
    Arguments.notBlank(action(), "action");
  }

  /** The hash this entry's contents call for; equal to {@link #hash()} unless it was edited. */
  public String expectedHash() {
    return digest(index(), at(), actor(), action(), changes(), previousHash());
  }

  static String digest(
      int index,
      LocalDateTime at,
      String actor,
      String action,
      ImmutableSortedMap<String, String> changes,
      String previousHash) {
    StringBuilder text = new StringBuilder();
    text.append(previousHash).append('\n');
    text.append(index).append('\n');
    text.append(at).append('\n');
    field(text, actor);
    field(text, action);
    changes.forEach(
        (k, v) -> {
          field(text, k);
          field(text, v);
        });
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /** Length-prefixed, so no choice of text can make two different entries hash alike. */
  private static void field(StringBuilder text, String value) {
    text.append(value.length()).append(':').append(value).append('\n');
  }

  @Override
  public String toString() {
    return "#" + index() + " " + at() + " " + actor() + ": " + action() + " " + changes();
  }
}
