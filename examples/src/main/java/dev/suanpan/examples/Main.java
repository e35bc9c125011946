package dev.suanpan.examples;

import dev.suanpan.money.Allocation;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.io.PrintStream;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The examples' command line: {@code tour} (the default) walks the flows of the source documents
 * and prints an account of each; {@code stock-card} values a CSV of receipts and issues (see {@code
 * stock-card --help}).
 */
public final class Main {
  private Main() {}

  /** Runs the command named by the first argument. */
  public static void main(String[] args) {
    String command = args.length == 0 ? "tour" : args[0];
    PrintStream out = System.out;
    switch (command) {
      case "tour" -> tour(out);
      case "stock-card" ->
          System.exit(
              dev.suanpan.examples.stockcard.StockCardCommand.run(
                  java.util.Arrays.copyOfRange(args, 1, args.length), out, System.err));
      default -> {
        System.err.println("Unknown command: " + command + ". Commands: tour, stock-card");
        System.exit(2);
      }
    }
  }

  static void tour(PrintStream out) {
    CurrencyUnit cny = CurrencyUnit.of("CNY");
    Money price = Money.of(cny, new BigDecimal("1000000.00"));
    out.println("== Money primitives ==");
    out.println("0.8% of " + price + " = " + Percent.parse("0.8%").of(price, Rounding.FEN));
    out.println(
        "100.00 over three lines = " + Allocation.evenly(Money.of(cny, new BigDecimal("100")), 3));
  }
}
