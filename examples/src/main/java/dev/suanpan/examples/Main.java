package dev.suanpan.examples;

import dev.suanpan.examples.basics.MoneyBasicsFlow;
import dev.suanpan.examples.branches.LateReceiptFlow;
import dev.suanpan.examples.complaint.ComplaintHandlingFlow;
import dev.suanpan.examples.dealership.AfterSalesRepairFlow;
import dev.suanpan.examples.dealership.NewCarSaleFlow;
import dev.suanpan.examples.dealership.PartsStoreStockFlow;
import dev.suanpan.examples.distributor.DistributorMonthEndFlow;
import dev.suanpan.examples.jewellery.JewelleryShowroomFlow;
import dev.suanpan.examples.property.PropertySalesFlow;
import dev.suanpan.examples.receivables.OrderToCashFlow;
import dev.suanpan.examples.steel.SpotSteelSaleFlow;
import dev.suanpan.examples.stockcard.StockCardCommand;
import dev.suanpan.examples.tour.Tour;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * The examples' command line: {@code tour} (the default) walks the flows of the source documents
 * and prints an account of each; {@code stock-card} values a CSV of receipts and issues (see {@code
 * stock-card --help}); {@code --help} lists the commands.
 */
public final class Main {
  /** What {@code --help} prints. */
  static final String HELP =
      String.join(
          "\n",
          "Usage: java -jar suanpan-examples.jar [COMMAND] [ARGS]",
          "",
          "Commands:",
          "  tour        (the default) walks the example flows of the source documents and",
          "              prints an account of each",
          "  stock-card  values a CSV of receipts and issues by FIFO, moving average, month-end",
          "              average or standard cost and prints the stock card (明细账);",
          "              stock-card --help says how",
          "  --help      this text");

  private Main() {}

  /** The tour: every example flow, in the order printed. */
  public static Tour tour() {
    return new Tour(
        List.of(
            new MoneyBasicsFlow(),
            new AfterSalesRepairFlow(),
            new NewCarSaleFlow(),
            new PartsStoreStockFlow(),
            new PropertySalesFlow(),
            new SpotSteelSaleFlow(),
            new JewelleryShowroomFlow(),
            new LateReceiptFlow(),
            new DistributorMonthEndFlow(),
            new OrderToCashFlow(),
            new ComplaintHandlingFlow()));
  }

  /**
   * Runs the command named by the first argument, printing to {@code out} and {@code err}; returns
   * the exit status (2 for an unknown command).
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String command = args.length == 0 ? "tour" : args[0];
    switch (command) {
      case "tour":
        tour().print(out);
        return 0;
      case "stock-card":
        return StockCardCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
      case "--help":
      case "-h":
      case "help":
        out.println(HELP);
        return 0;
      default:
        err.println("Unknown command: " + command + ". Commands: tour, stock-card; try --help");
        return 2;
    }
  }

  /** Runs the command named by the first argument and exits with its status. */
  public static void main(String[] args) {
    // System.out flushes at every line break: the stock card of a long file is written in blocks
    String encoding = System.getProperty("sun.stdout.encoding");
    Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            charset);
    int status = run(args, out, System.err);
    out.flush();
    System.exit(status);
  }
}
