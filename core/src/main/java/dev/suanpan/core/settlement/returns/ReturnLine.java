package dev.suanpan.core.settlement.returns;

import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;

/**
 * A quantity of one sold line coming back.
 *
 * <p>Rejects a blank line id and a quantity that is not positive.
 */
public record ReturnLine(String lineId, BigDecimal quantity) {
  /** Validates both parts. */
  public ReturnLine {
    Arguments.notBlank(lineId, "lineId");
    Arguments.positive(quantity, "quantity");
  }

  /** {@code quantity} of line {@code lineId}. */
  public static ReturnLine of(String lineId, BigDecimal quantity) {
    return new ReturnLine(lineId, quantity);
  }

  /** {@code quantity} whole units of line {@code lineId}. */
  public static ReturnLine of(String lineId, long quantity) {
    return new ReturnLine(lineId, BigDecimal.valueOf(quantity));
  }
}
