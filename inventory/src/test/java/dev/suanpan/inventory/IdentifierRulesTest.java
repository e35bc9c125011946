package dev.suanpan.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * An item, a warehouse and a unit are named by a code that is not blank, and are shown by that code
 * alone (it is what explanations, journal descriptions and stock cards print).
 */
class IdentifierRulesTest {
  @Test
  void aCodeIsNotBlank() {
    assertThatThrownBy(() -> ItemId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must not be blank, was \" \"");
    assertThatThrownBy(() -> WarehouseId.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must not be blank, was \"\"");
    assertThatThrownBy(() -> UnitOfMeasure.of("\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must not be blank, was \"\t\"");
  }

  @Test
  void eachIsShownByItsCode() {
    assertThat(ItemId.of("OIL-FILTER-A")).hasToString("OIL-FILTER-A");
    assertThat(WarehouseId.of("PARTS-1")).hasToString("PARTS-1");
    assertThat(UnitOfMeasure.of("kg")).hasToString("kg");
    assertThat(UnitOfMeasure.PIECES).isEqualTo(UnitOfMeasure.of("pcs"));
  }
}
