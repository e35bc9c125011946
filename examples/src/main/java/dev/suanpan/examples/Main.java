package dev.suanpan.examples;

import dev.suanpan.examples.basics.MoneyBasicsFlow;
import dev.suanpan.examples.complaint.ComplaintHandlingFlow;
import dev.suanpan.examples.dealership.AfterSalesRepairFlow;
import dev.suanpan.examples.dealership.NewCarSaleFlow;
import dev.suanpan.examples.distributor.DistributorMonthEndFlow;
import dev.suanpan.examples.jewellery.JewelleryShowroomFlow;
import dev.suanpan.examples.property.PropertySalesFlow;
import dev.suanpan.examples.steel.SpotSteelSaleFlow;
import dev.suanpan.examples.stockcard.StockCardCommand;
import dev.suanpan.examples.tour.Tour;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The examples' command line: {@code tour} (the default) walks the flows of the source documents
 * and prints an account of each; {@code stock-card} values a CSV of receipts and issues (see {@code
 * stock-card --help}).
 */
public final class Main {
  private Main() {}

  /** The tour: every example flow, in the order printed. */
  public static Tour tour() {
    return new Tour(
        List.of(
            new MoneyBasicsFlow(),
            new AfterSalesRepairFlow(),
            new NewCarSaleFlow(),
            new PropertySalesFlow(),
            new SpotSteelSaleFlow(),
            new JewelleryShowroomFlow(),
            new DistributorMonthEndFlow(),
            new ComplaintHandlingFlow()));
  }

  /** Runs the command named by the first argument. */
  public static void main(String[] args) {
    String command = args.length == 0 ? "tour" : args[0];
    PrintStream out = System.out;
    switch (command) {
      case "tour" -> tour().print(out);
      case "stock-card" ->
          System.exit(
              StockCardCommand.run(Arrays.copyOfRange(args, 1, args.length), out, System.err));
      default -> {
        System.err.println("Unknown command: " + command + ". Commands: tour, stock-card");
        System.exit(2);
      }
    }
  }
}
