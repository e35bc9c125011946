package dev.suanpan.inventory.lots;

import dev.suanpan.money.internal.Arguments;

/**
 * Identifies a lot (a batch number) or a serial number (a car's VIN) by the caller's own code.
 * Rejects a null or blank code.
 */
public record LotId(String code) {
  /** Validates the code. */
  public LotId {
    Arguments.notBlank(code, "code");
  }

  /** The lot or serial with this code. */
  public static LotId of(String code) {
    return new LotId(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
