package dev.suanpan.examples.stockcard;

import static dev.suanpan.examples.stockcard.StockCardCommand.fen;
import static dev.suanpan.examples.stockcard.StockCardCommand.plain;

import dev.suanpan.inventory.StandardCostRevaluation;
import dev.suanpan.inventory.StockCard;
import dev.suanpan.inventory.StockCardLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joda.money.Money;

/**
 * The stock-card output under standard cost: the movements at standard with each receipt's purchase
 * price variance, the standard cost revaluations as lines of their own where they fall (before the
 * first movement on or after the day each takes effect), the running balance through both, and the
 * totals, which reconcile: opening + receipts at standard + revaluations = issues + closing.
 */
final class StandardCostCard {
  private static final String ROW =
      "%-10s  %-14s  %10s  %10s  %12s  %10s  %10s  %12s  %10s  %10s  %12s\n";
  private static final int WIDTH = 140;

  private StandardCostCard() {}

  /** One output line: a movement of the card, or a revaluation with the balance after it. */
  private record Entry(
      StockCardLine line, StandardCostRevaluation revaluation, BigDecimal quantity, Money value) {}

  /** The card's movements and revaluations in date order, each with the balance after it. */
  private static List<Entry> entries(StockCardCommand.Valued valued) {
    StockCard card = valued.card();
    List<StandardCostRevaluation> revaluations = valued.revaluations();
    List<Entry> out = new ArrayList<>();
    Money balance = card.openingValue();
    int r = 0;
    for (StockCardLine l : card.lines()) {
      for (;
          r < revaluations.size() && !revaluations.get(r).effectiveFrom().isAfter(l.date());
          r++) {
        StandardCostRevaluation rv = revaluations.get(r);
        balance = balance.plus(rv.amount());
        out.add(new Entry(null, rv, rv.quantity(), balance));
      }
      balance = l.balanceValue();
      out.add(new Entry(l, null, l.balanceQuantity(), balance));
    }
    return out;
  }

  /**
   * The CSV: {@link StockCardCommand#STANDARD_CSV_HEADER}, one row per movement and per
   * revaluation, then the total row (empty date, document {@code total}).
   */
  static String csv(StockCardCommand.Valued valued) {
    StringBuilder s = new StringBuilder(StockCardCommand.STANDARD_CSV_HEADER).append('\n');
    for (Entry e : entries(valued)) {
      String[] f;
      if (e.line() != null) {
        StockCardLine l = e.line();
        boolean in = l.kind().isInbound();
        f =
            new String[] {
              l.date().toString(),
              l.document(),
              in ? plain(l.quantityIn()) : plain(l.quantityOut().negate()),
              in ? plain(valued.rows().get(l.index()).unitCost().orElseThrow()) : "",
              plain(l.unitCost()),
              in ? fen(l.amount()) : "",
              in ? fen(l.purchasePriceVariance()) : "",
              in ? "" : fen(l.amount()),
              "",
              "",
              "",
              plain(e.quantity()),
              fen(e.value())
            };
      } else {
        StandardCostRevaluation rv = e.revaluation();
        f =
            new String[] {
              rv.effectiveFrom().toString(),
              rv.reference(),
              "",
              "",
              plain(rv.unitCost()),
              "",
              "",
              "",
              plain(rv.quantity()),
              plain(rv.previousUnitCost()),
              fen(rv.amount()),
              plain(e.quantity()),
              fen(e.value())
            };
      }
      s.append(String.join(",", f)).append('\n');
    }
    StockCard card = reconciled(valued);
    s.append(
            String.join(
                ",",
                "",
                "total",
                "",
                "",
                "",
                fen(card.valueIn()),
                fen(card.purchasePriceVariance()),
                fen(card.costOut()),
                "",
                "",
                fen(card.standardRevaluations()),
                plain(card.closingQuantity()),
                fen(card.closingValue())))
        .append('\n');
    return s.toString();
  }

  /**
   * The table: the standards, the card with the revaluations as lines of their own, the totals,
   * each revaluation in words, the purchase price variance, and how the values add up.
   */
  static String table(StockCardCommand.Valued valued, String file) {
    StockCard card = reconciled(valued);
    StringBuilder s = new StringBuilder();
    s.append("Stock card (明细账) of ").append(file).append(", valued by standard cost, CNY\n");
    s.append("Standards: ");
    boolean first = true;
    for (Map.Entry<LocalDate, BigDecimal> e : valued.policy().standardCosts().entrySet()) {
      s.append(first ? "" : ", ").append(cost(e.getValue())).append(" from ").append(e.getKey());
      first = false;
    }
    s.append("\n\n");
    s.append(
        String.format(
            Locale.ROOT,
            ROW,
            "Date",
            "Document",
            "In qty",
            "Std cost",
            "In at std",
            "PPV",
            "Out qty",
            "Out cost",
            "Revalued",
            "Bal qty",
            "Bal value"));
    s.append("-".repeat(WIDTH)).append('\n');
    for (Entry e : entries(valued)) {
      if (e.line() != null) {
        StockCardLine l = e.line();
        boolean in = l.kind().isInbound();
        s.append(
            String.format(
                Locale.ROOT,
                ROW,
                l.date(),
                l.document(),
                in ? plain(l.quantityIn()) : "",
                plain(l.unitCost()),
                in ? fen(l.amount()) : "",
                in ? fen(l.purchasePriceVariance()) : "",
                in ? "" : plain(l.quantityOut()),
                in ? "" : fen(l.amount()),
                "",
                plain(e.quantity()),
                fen(e.value())));
      } else {
        StandardCostRevaluation rv = e.revaluation();
        s.append(
            String.format(
                Locale.ROOT,
                ROW,
                rv.effectiveFrom(),
                rv.reference(),
                "",
                plain(rv.unitCost()),
                "",
                "",
                "",
                "",
                fen(rv.amount()),
                plain(e.quantity()),
                fen(e.value())));
      }
    }
    s.append("-".repeat(WIDTH)).append('\n');
    int movements = card.lines().size();
    s.append(
        String.format(
            Locale.ROOT,
            ROW,
            "Totals",
            movements + (movements == 1 ? " movement" : " movements"),
            plain(card.quantityIn()),
            "",
            fen(card.valueIn()),
            fen(card.purchasePriceVariance()),
            plain(card.quantityOut()),
            fen(card.costOut()),
            fen(card.standardRevaluations()),
            plain(card.closingQuantity()),
            fen(card.closingValue())));
    s.append('\n');
    if (valued.revaluations().isEmpty()) {
      s.append("Standard cost revaluations: none between the first and the last movement.\n");
    } else {
      s.append(
          "Standard cost revaluations (the stock on hand at the end of the day before, re-valued"
              + " to the new standard):\n");
      for (StandardCostRevaluation rv : valued.revaluations()) {
        s.append(
            String.format(
                Locale.ROOT,
                "  %s  %s: %s from %s to %s = %s\n",
                rv.effectiveFrom(),
                rv.reference(),
                plain(rv.quantity()),
                cost(rv.previousUnitCost()),
                cost(rv.unitCost()),
                fen(rv.amount())));
      }
    }
    Money actual = card.valueIn().plus(card.purchasePriceVariance());
    s.append(
        String.format(
            Locale.ROOT,
            "Purchase price variance %s: the receipts' actual cost %s less %s at standard"
                + " (positive is unfavourable).\n",
            fen(card.purchasePriceVariance()),
            fen(actual),
            fen(card.valueIn())));
    s.append(
        String.format(
            Locale.ROOT,
            "Opening %s + receipts at standard %s + revaluations %s = issues %s + closing %s.\n",
            fen(card.openingValue()),
            fen(card.valueIn()),
            fen(card.standardRevaluations()),
            fen(card.costOut()),
            fen(card.closingValue())));
    return s.toString();
  }

  /**
   * The card, once its values are checked to add up: opening + receipts at standard + revaluations
   * = issues + closing, and the revaluations listed are those the card carries.
   *
   * @throws IllegalStateException if they do not (the inventory module's invariant broken)
   */
  private static StockCard reconciled(StockCardCommand.Valued valued) {
    StockCard card = valued.card();
    Money left = card.openingValue().plus(card.valueIn()).plus(card.standardRevaluations());
    Money right = card.costOut().plus(card.closingValue());
    Money listed = card.openingValue().multipliedBy(0);
    for (StandardCostRevaluation rv : valued.revaluations()) {
      listed = listed.plus(rv.amount());
    }
    if (!left.isEqual(right) || !listed.isEqual(card.standardRevaluations())) {
      throw new IllegalStateException(
          "the standard-cost card does not add up: opening + in + revaluations = "
              + left
              + ", out + closing = "
              + right
              + ", revaluations listed "
              + listed
              + " against "
              + card.standardRevaluations()
              + " on the card");
    }
    return card;
  }

  /** A unit cost with at least 2 decimal places, such as 10.00 or 10.015. */
  private static String cost(BigDecimal c) {
    BigDecimal s = c.stripTrailingZeros();
    return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
  }
}
