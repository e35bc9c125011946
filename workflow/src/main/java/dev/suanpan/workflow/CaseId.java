package dev.suanpan.workflow;

import dev.suanpan.money.internal.Arguments;

/**
 * Identifies a case (a complaint form, a sales order, a subscription, a repair order) by the
 * caller's own number. Suanpan never allocates numbers; the caller passes them in.
 *
 * <p>Rejects a null or blank code.
 *
 * @param code the case number
 */
public record CaseId(String code) {
  /** Validates the code. */
  public CaseId {
    Arguments.notBlank(code, "code");
  }

  /** The case with this number. */
  public static CaseId of(String code) {
    return new CaseId(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
