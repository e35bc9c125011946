package dev.suanpan.examples.dealership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.examples.tour.FlowReport;
import org.junit.jupiter.api.Test;

class PartsStoreStockFlowTest {
  @Test
  void boxesInPiecesOutFreightAndCarsByVin() {
    FlowReport account = new PartsStoreStockFlow().run();
    // by hand: filters 10 x 24 = 240 pcs, 120.00 / 24 = 5.00, 10 x 120.00 = 1200.00; pads
    // 5 x 8 = 40 pcs, 640.00 / 8 = 80.00, 3200.00. Issued 30 x 5.00 = 150.00 and 4 x 80.00 =
    // 320.00. Freight 88.00 by value: 88.00 x 1200 / 4400 = 24.00 and 88.00 x 3200 / 4400 = 64.00;
    // filters 1224.00 / 240 = 5.10, pads 3264.00 / 40 = 81.60; issues 30 x 5.10 = 153.00 and
    // 4 x 81.60 = 326.40, up 3.00 + 6.40 = 9.40; on hand 210 x 5.10 = 1071.00 (210 / 24 = 8.75
    // boxes) and 36 x 81.60 = 2937.60; 1071.00 + 2937.60 + 153.00 + 326.40 = 4488.00 = 4400 + 88.
    // Cars at their own cost: the second, 152500.00, sold; 150000.00 left.
    assertThat(account.lines())
        .containsSubsequence(
            "  GRN-0401-1 OIL-FILTER-A: 10 boxes at 120.00 = 240 pcs at 5.00, CNY 1200.00",
            "  GRN-0401-2 BRAKE-PAD-F: 5 boxes at 640.00 = 40 pcs at 80.00, CNY 3200.00",
            "  LL-0402-1 OIL-FILTER-A: 30 pcs, cost CNY 150.00",
            "  LL-0402-2 BRAKE-PAD-F: 4 pcs, cost CNY 320.00",
            "  Freight YF-0403 CNY 88.00, split by value:",
            "    GRN-0401-1: CNY 24.00, now 5.10 a piece",
            "    GRN-0401-2: CNY 64.00, now 81.60 a piece",
            "    LL-0402-1 re-valued: CNY 150.00 -> CNY 153.00",
            "    LL-0402-2 re-valued: CNY 320.00 -> CNY 326.40",
            "  Cost of goods sold up by CNY 9.40",
            "  Oil filters on hand: 210 pcs = 8.75 boxes, worth CNY 1071.00",
            "  Brake pads on hand: 36 pcs, worth CNY 2937.60",
            "  CK-0401-1 VIN LSVAB4187E2000001 at CNY 150000.00",
            "  CK-0401-2 VIN LSVAB4187E2000002 at CNY 152500.00",
            "  XS-0406 sells LSVAB4187E2000002: cost of goods sold CNY 152500.00",
            "  Showroom stock: 1 car, CNY 150000.00",
            "  XS-0408 sells LSVAB4187E2000002 again: REFUSED");
    assertThat(account.lines()).anyMatch(l -> l.contains("[lots.serial-issued]"));
  }
}
