package dev.suanpan.core.catalog;

import dev.suanpan.money.internal.Arguments;

/**
 * Identifies a product (a car model, a flat, a steel specification, a part) by the caller's own
 * code. Products are compared by this code only.
 *
 * <p>Rejects a null or blank code.
 */
public record ProductId(String code) {
  /** Validates the code. */
  public ProductId {
    Arguments.notBlank(code, "code");
  }

  /** The product with this code. */
  public static ProductId of(String code) {
    return new ProductId(code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProductId other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
