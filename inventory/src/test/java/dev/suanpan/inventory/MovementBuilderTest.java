package dev.suanpan.inventory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MovementBuilderTest {
  @Test
  void aMovementWithoutADateIsRefusedAtBuildNamingTheDate() {
    assertThatThrownBy(
            () ->
                Movement.builder()
                    .kind(MovementKind.RECEIPT)
                    .document("GRN-1")
                    .quantity(BigDecimal.ONE)
                    .unitCost(BigDecimal.TEN)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Movement")
        .hasMessageContaining("date");
  }
}
