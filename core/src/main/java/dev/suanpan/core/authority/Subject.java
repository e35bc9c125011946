package dev.suanpan.core.authority;

import dev.suanpan.money.internal.Arguments;

/**
 * What an authority is about: {@code special-discount}, {@code complaint-compensation}, {@code
 * credit-excess}, {@code signing-deferral}. A policy holds one {@link Limit} per role and subject;
 * a subject may be narrowed to a product group with {@link #forGroup(String)}.
 *
 * <p>Rejects a null or blank code.
 */
public record Subject(String code) {
  /** Validates the code. */
  public Subject {
    Arguments.notBlank(code, "code");
  }

  /** The subject with this code. */
  public static Subject of(String code) {
    return new Subject(code);
  }

  /** This subject narrowed to a product group: {@code special-discount/cars}. */
  public Subject forGroup(String group) {
    return new Subject(code + "/" + Arguments.notBlank(group, "group"));
  }

  @Override
  public String toString() {
    return code;
  }
}
