package dev.suanpan.examples.dealership;

import dev.suanpan.examples.tour.Flow;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.landed.AllocationBasis;
import dev.suanpan.inventory.landed.LandedCharge;
import dev.suanpan.inventory.landed.LandedCostDecision;
import dev.suanpan.inventory.landed.LandedCostKind;
import dev.suanpan.inventory.landed.LandedCostShare;
import dev.suanpan.inventory.landed.LandedCosts;
import dev.suanpan.inventory.landed.ReceiptRef;
import dev.suanpan.inventory.lots.LotDecision;
import dev.suanpan.inventory.lots.LotId;
import dev.suanpan.inventory.lots.LotLedger;
import dev.suanpan.inventory.lots.LotPick;
import dev.suanpan.inventory.lots.Tracking;
import dev.suanpan.inventory.units.ItemUnits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The 4S store's stock in April 2024: parts bought in boxes and sold by the piece, the freight of
 * the delivery added to the parts' cost after some were sold, and new cars valued by their VIN.
 *
 * <p>On 1 April the parts store receives 10 boxes of oil filters (24 a box, CNY 120.00 a box) and 5
 * boxes of brake pads (8 a box, CNY 640.00 a box); the ledgers keep pieces (FIFO). On 2 April the
 * workshop takes 30 filters and 4 pads by the piece. On 3 April the carrier's bill of CNY 88.00
 * arrives for the delivery of the 1st; it is split over the two receipts by value and added to
 * their cost, so the parts already issued reach cost of goods sold and the rest stays on hand. The
 * showroom receives two cars of the same model at their own invoice prices and sells one by its VIN
 * at its own cost; selling the same car again is refused.
 */
public final class PartsStoreStockFlow implements Flow {
  /** The parts store. */
  public static final WarehouseId PARTS = WarehouseId.of("4S-PARTS");

  /** The showroom. */
  public static final WarehouseId SHOWROOM = WarehouseId.of("4S-SHOWROOM");

  /** Oil filters, kept in pieces, bought in boxes of 24. */
  public static final ItemId FILTER = ItemId.of("OIL-FILTER-A");

  /** Brake pads, kept in pieces, bought in boxes of 8. */
  public static final ItemId PADS = ItemId.of("BRAKE-PAD-F");

  /** The car model sold in the showroom, tracked by VIN. */
  public static final ItemId SEDAN = ItemId.of("SEDAN-2.0T");

  private static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;
  private static final UnitOfMeasure BOX = UnitOfMeasure.of("box");
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  @Override
  public FlowReport run() {
    FlowReport.Builder account =
        FlowReport.titled("4S store stock: boxes in, pieces out, freight, cars by VIN");
    CostingPolicy fifo = CostingPolicy.of(CostingMethod.FIFO);
    ItemUnits filters = ItemUnits.of(FILTER, PCS).with(BOX, new BigDecimal("24"));
    ItemUnits pads = ItemUnits.of(PADS, PCS).with(BOX, new BigDecimal("8"));
    StockBook book =
        StockBook.empty()
            .with(StockLedger.open(FILTER, PARTS, PCS, CNY, fifo))
            .with(StockLedger.open(PADS, PARTS, PCS, CNY, fifo));

    account.step("1 April: the parts arrive in boxes");
    book = receive(account, book, filters, "GRN-0401-1", "10", "120.00");
    book = receive(account, book, pads, "GRN-0401-2", "5", "640.00");

    account.step("2 April: the workshop takes parts by the piece");
    book = issue(account, book, filters, "LL-0402-1", "30");
    book = issue(account, book, pads, "LL-0402-2", "4");

    account.step("3 April: the carrier's bill for the delivery of 1 April");
    book = freight(account, book);
    account.line(
        "Oil filters on hand: %s pcs = %s boxes, worth %s",
        book.ledger(FILTER, PARTS).quantityOnHand().stripTrailingZeros().toPlainString(),
        filters
            .fromBase(book.ledger(FILTER, PARTS).quantityOnHand(), BOX)
            .stripTrailingZeros()
            .toPlainString(),
        book.ledger(FILTER, PARTS).valueOnHand());
    account.line(
        "Brake pads on hand: %s pcs, worth %s",
        book.ledger(PADS, PARTS).quantityOnHand().stripTrailingZeros().toPlainString(),
        book.ledger(PADS, PARTS).valueOnHand());

    cars(account);
    return account.build();
  }

  private static StockBook receive(
      FlowReport.Builder account,
      StockBook book,
      ItemUnits units,
      String document,
      String boxes,
      String boxCost) {
    Movement inBoxes =
        Movement.receipt(
            LocalDate.of(2024, 4, 1),
            document,
            new BigDecimal(boxes),
            BOX,
            new BigDecimal(boxCost),
            "PO-0325");
    Movement inPieces = units.convert(inBoxes, book.ledger(units.item(), PARTS)).converted();
    var posted = book.post(units.item(), PARTS, inPieces);
    Posting p = posted.postings().get(0);
    account.line(
        "%s %s: %s boxes at %s = %s pcs at %s, %s",
        document,
        units.item(),
        boxes,
        boxCost,
        inPieces.quantity().stripTrailingZeros().toPlainString(),
        cost(inPieces.unitCost().orElseThrow()),
        p.line().orElseThrow().amount());
    return posted.book();
  }

  private static StockBook issue(
      FlowReport.Builder account, StockBook book, ItemUnits units, String document, String pcs) {
    Movement out =
        units
            .convert(
                Movement.repairIssue(LocalDate.of(2024, 4, 2), document, new BigDecimal(pcs), PCS),
                book.ledger(units.item(), PARTS))
            .converted();
    var posted = book.post(units.item(), PARTS, out);
    account.line(
        "%s %s: %s pcs, cost %s",
        document, units.item(), pcs, posted.postings().get(0).line().orElseThrow().amount());
    return posted.book();
  }

  private static StockBook freight(FlowReport.Builder account, StockBook book) {
    LandedCharge bill =
        LandedCharge.builder()
            .document("YF-0403")
            .kind(LandedCostKind.FREIGHT)
            .amount(Money.parse("CNY 88.00"))
            .basis(AllocationBasis.VALUE)
            .addReceipts(
                ReceiptRef.of(FILTER, PARTS, "GRN-0401-1"),
                ReceiptRef.of(PADS, PARTS, "GRN-0401-2"))
            .build();
    LandedCostDecision d = LandedCosts.apply(book, bill);
    account.line("Freight YF-0403 %s, split by value:", bill.amount());
    for (LandedCostShare s : d.allocation().shares()) {
      account.line(
          "  %s: %s, now %s a piece",
          s.receipt().receipt().document(), s.share(), cost(s.unitCostAfter().orElseThrow()));
    }
    d.postings()
        .forEach(
            b ->
                b.postings()
                    .forEach(
                        p ->
                            p.cogsChanges().stream()
                                .filter(c -> c.after().kind().isIssue())
                                .forEach(
                                    c ->
                                        account.line(
                                            "  %s re-valued: %s -> %s",
                                            c.after().document(),
                                            c.before().amount(),
                                            c.after().amount()))));
    account.line("Cost of goods sold up by %s", d.costOfGoodsSoldChange());
    return d.book();
  }

  private static void cars(FlowReport.Builder account) {
    account.step("The showroom: cars valued by VIN");
    LotId first = LotId.of("LSVAB4187E2000001");
    LotId second = LotId.of("LSVAB4187E2000002");
    LotLedger cars =
        LotLedger.open(
            SEDAN, SHOWROOM, PCS, CNY, CostingPolicy.of(CostingMethod.FIFO), Tracking.SERIAL);
    cars = car(account, cars, first, "CK-0401-1", "150000.00");
    cars = car(account, cars, second, "CK-0401-2", "152500.00");
    LotDecision sold =
        cars.issue(
            Movement.saleIssue(LocalDate.of(2024, 4, 6), "XS-0406", BigDecimal.ONE, PCS),
            LotPick.named(second));
    account.line("XS-0406 sells %s: cost of goods sold %s", second, sold.amount());
    account.line("Showroom stock: 1 car, %s", sold.ledger().valueOnHand());
    LotDecision again =
        sold.ledger()
            .issue(
                Movement.saleIssue(LocalDate.of(2024, 4, 8), "XS-0408", BigDecimal.ONE, PCS),
                LotPick.named(second));
    account.line("XS-0408 sells %s again: %s", second, again.outcome());
    account.block(again.explanation());
  }

  private static LotLedger car(
      FlowReport.Builder account, LotLedger cars, LotId vin, String document, String cost) {
    LotDecision d =
        cars.receive(
            vin,
            Optional.empty(),
            Movement.receipt(
                LocalDate.of(2024, 4, 1),
                document,
                BigDecimal.ONE,
                PCS,
                new BigDecimal(cost),
                "PO-OEM"));
    account.line("%s VIN %s at %s", document, vin, d.amount());
    return d.ledger();
  }

  /** A unit cost without trailing zeros beyond the fen: 5.00, 5.10, 4.166667. */
  private static String cost(BigDecimal unitCost) {
    BigDecimal c = unitCost.stripTrailingZeros();
    return (c.scale() < 2 ? c.setScale(2) : c).toPlainString();
  }
}
