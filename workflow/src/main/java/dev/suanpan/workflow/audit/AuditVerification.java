package dev.suanpan.workflow.audit;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of {@link AuditTrail#verify()}: intact, or the first broken entry's position, what is
 * wrong with it ({@link Tampering}) and a sentence saying so; checked against day seals, also the
 * first day that does not match.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class AuditVerification {
  /** The position of the first broken entry, empty when intact. */
  public abstract Optional<Integer> brokenAt();

  /** What is wrong with it, empty when intact. */
  public abstract Optional<Tampering> problem();

  /**
   * The first day whose stored {@link DaySeal} the trail no longer matches, when that is what
   * {@link AuditTrail#verify(java.util.List)} found.
   */
  public abstract Optional<LocalDate> day();

  /** A sentence for people: what was checked, or what is wrong where. */
  public abstract String message();

  /** True when every entry is as recorded. */
  public boolean intact() {
    return brokenAt().isEmpty();
  }

  static AuditVerification ok(int entries) {
    return ImmutableAuditVerification.builder()
        .message(entries + " entries, every hash and link as recorded")
        .build();
  }

  static AuditVerification broken(int index, Tampering problem, String message, Object... args) {
    return ImmutableAuditVerification.builder()
        .brokenAt(index)
        .problem(problem)
        .message(
            "entry "
                + index
                + " "
                + problem.name().toLowerCase(java.util.Locale.ROOT)
                + ": "
                + String.format(message, args))
        .build();
  }

  static AuditVerification brokenOnDay(
      LocalDate day, int index, Tampering problem, String message, Object... args) {
    return ImmutableAuditVerification.builder()
        .from(broken(index, problem, message, args))
        .day(day)
        .build();
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        brokenAt().isPresent() == problem().isPresent(),
        "a broken entry needs a problem and a problem a broken entry, were %s and %s",
        brokenAt(),
        problem());
    Arguments.check(day().isEmpty() || brokenAt().isPresent(), "a broken day needs a broken entry");
  }

  @Override
  public String toString() {
    return message();
  }
}
