package dev.suanpan.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The 128-bit guard of {@link FixedPoint#mulDiv}: a product that fits a long is divided on longs,
 * one that does not through {@code BigDecimal}; products just inside and just outside a long, on
 * both sides, must all give the exact quotient. Expected values are worked by hand from powers of
 * two (2^62 = 4611686018427387904, 2^63 = 9223372036854775808).
 */
class FixedPointTest {
  static final long TWO_62 = 1L << 62;

  @Test
  void aProductOfExactlyLongMaxStaysOnLongs() {
    assertThat(FixedPoint.mulDiv(Long.MAX_VALUE, 1, 1, RoundingMode.DOWN))
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aProductOfTwoToThe63IsOneBeyondALongAndStillExact() {
    // 2^62 × 2 = 2^63 (beyond Long.MAX_VALUE by one); / 2 = 2^62.
    assertThat(FixedPoint.mulDiv(TWO_62, 2, 2, RoundingMode.DOWN)).isEqualTo(TWO_62);
    // 2^63 / 3 = 3074457345618258602.67: down ...602, half up ...603.
    assertThat(FixedPoint.mulDiv(TWO_62, 2, 3, RoundingMode.DOWN)).isEqualTo(3074457345618258602L);
    assertThat(FixedPoint.mulDiv(TWO_62, 2, 3, RoundingMode.HALF_UP))
        .isEqualTo(3074457345618258603L);
  }

  @Test
  void aProductOfExactlyLongMinStaysOnLongs() {
    // -2^62 × 2 = -2^63 = Long.MIN_VALUE, which a long holds.
    assertThat(FixedPoint.mulDiv(-TWO_62, 2, 1, RoundingMode.DOWN)).isEqualTo(Long.MIN_VALUE);
    assertThat(FixedPoint.mulDiv(-TWO_62, 2, 2, RoundingMode.DOWN)).isEqualTo(-TWO_62);
  }

  @Test
  void aProductOneBelowLongMinIsExact() {
    // 2^63 + 1 = 9223372036854775809 = 3 × 3074457345618258603, so
    // -3074457345618258603 × 3 = -(2^63 + 1), one below Long.MIN_VALUE; / 3 gives it back.
    assertThat(FixedPoint.mulDiv(-3074457345618258603L, 3, 3, RoundingMode.DOWN))
        .isEqualTo(-3074457345618258603L);
  }

  @Test
  void aProductOfTwoToThe64IsExact() {
    // 2^32 × 2^32 = 2^64 (its low 64 bits are zero); / 4 = 2^62.
    assertThat(FixedPoint.mulDiv(1L << 32, 1L << 32, 4, RoundingMode.DOWN)).isEqualTo(TWO_62);
    assertThat(FixedPoint.mulDiv(-(1L << 32), 1L << 32, 4, RoundingMode.DOWN)).isEqualTo(-TWO_62);
  }

  @Test
  void smallProductsOfEitherSignRoundByTheMode() {
    assertThat(FixedPoint.mulDiv(0, 5, 3, RoundingMode.UP)).isZero();
    assertThat(FixedPoint.mulDiv(-1, 1, 2, RoundingMode.HALF_UP)).isEqualTo(-1);
    assertThat(FixedPoint.mulDiv(-1, 1, 2, RoundingMode.HALF_DOWN)).isZero();
    assertThat(FixedPoint.mulDiv(7, 1, 2, RoundingMode.HALF_EVEN)).isEqualTo(4);
  }

  @Test
  void aQuotientBeyondALongIsAnArithmeticExceptionTheLedgerNames() {
    assertThatThrownBy(() -> FixedPoint.mulDiv(Long.MAX_VALUE, 2, 1, RoundingMode.DOWN))
        .isInstanceOf(ArithmeticException.class);
  }
}
