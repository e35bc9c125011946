package dev.suanpan.examples.stockcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stock-card tool reads files as spreadsheets save them (quoted fields, thousands separators, a
 * byte order mark, CRLF, other encodings when named), refuses a file that is not UTF-8 and a
 * repeated document naming the lines, aligns its table by display width, and ends any failure in
 * one line with status 1. Figures are worked by hand in the comments.
 */
class StockCardInputTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Path file(byte[] content) throws IOException {
    Path file = dir.resolve("card.csv");
    Files.write(file, content);
    return file;
  }

  private Path file(String content) throws IOException {
    return file(content.getBytes(StandardCharsets.UTF_8));
  }

  private int run(Path file, String... args) {
    return run(new PrintStream(out, true, StandardCharsets.UTF_8), file, args);
  }

  private int run(PrintStream to, Path file, String... args) {
    String[] full = new String[args.length + 1];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = file.toString();
    return StockCardCommand.run(full, to, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaksAndTheCsvQuotesThemBack() throws IOException {
    Path f =
        file(
            "date,document,quantity,unit_cost\n"
                + "\"2024-03-01\",\"GRN \"\"A\"\", 1\",\"100\",\"10.00\"\n"
                + "2024-03-02,\"OUT\n2\",-40,\"\"\n"
                + "2024-03-03,OUT-3,-70,\n");
    assertThat(run(f, "--method", "fifo", "--format", "csv")).as(err()).isEqualTo(1);
    // 100 in, 40 out: 60 left, so the issue of 70 on physical line 5 (the quoted line break
    // makes the record of line 3 two lines long) is refused
    assertThat(err())
        .contains("line 5, quantity: issue OUT-3 of 70 is beyond the stock on hand of 60");

    err.reset();
    f =
        file(
            "date,document,quantity,unit_cost\n"
                + "\"2024-03-01\",\"GRN \"\"A\"\", 1\",\"100\",\"10.00\"\n"
                + "2024-03-02,\"OUT\n2\",-40,\"\"\n");
    assertThat(run(f, "--method", "fifo", "--format", "csv")).as(err()).isZero();
    // 100 at 10.00 = 1000.00; 40 out at 10.00 = 400.00, 60 left worth 600.00
    assertThat(out())
        .isEqualTo(
            StockCardCommand.CSV_HEADER
                + "\n"
                + "2024-03-01,\"GRN \"\"A\"\", 1\",100,10,,100,1000.00\n"
                + "2024-03-02,\"OUT\n2\",-40,,400.00,60,600.00\n");
  }

  @Test
  void numbersMayCarryThousandsSeparatorsInQuotes() throws IOException {
    Path f =
        file(
            "date,document,quantity,unit_cost\n"
                + "2024-03-01,GRN-1,\"1,000\",\"1,234.50\"\n"
                + "2024-03-02,OUT-1,\"-1,000\",\n");
    assertThat(run(f, "--method", "moving-average", "--format", "csv")).as(err()).isZero();
    // 1,000 × 1,234.50 = 1,234,500.00; all of it goes out
    assertThat(out())
        .contains("2024-03-01,GRN-1,1000,1234.5,,1000,1234500.00\n")
        .contains("2024-03-02,OUT-1,-1000,,1234500.00,0,0.00\n");

    err.reset();
    Path bad = file("date,document,quantity,unit_cost\n2024-03-01,GRN-1,\"1,00\",1\n");
    assertThat(run(bad, "--method", "fifo")).isEqualTo(1);
    assertThat(err()).contains("line 2, quantity: not a decimal number: \"1,00\"");
  }

  @Test
  void aByteOrderMarkCrlfAndPaddingColumnsAreWhatASpreadsheetSaves() throws IOException {
    Path f =
        file(
            "\uFEFFdate,document,quantity,unit_cost,,\r\n"
                + "2024-03-01,GRN-1,100,10.00,,\r\n"
                + "\r\n"
                + "2024-03-10,OUT-1,-150,,,\r\n");
    assertThat(run(f, "--method", "fifo", "--format", "csv")).isEqualTo(1);
    // the blank line 3 is skipped, the issue is on line 4
    assertThat(err())
        .contains("line 4, quantity: issue OUT-1 of 150 is beyond the stock on hand of 100");
    err.reset();
    f =
        file(
            "\uFEFFdate,document,quantity,unit_cost,,\r\n"
                + "2024-03-01,GRN-1,100,10.00,,\r\n"
                + "2024-03-10,OUT-1,-50,,,\r\n");
    assertThat(run(f, "--method", "fifo", "--format", "csv")).as(err()).isZero();
    assertThat(out()).endsWith("2024-03-10,OUT-1,-50,,500.00,50,500.00\n");
  }

  /** A receipt whose document is 入库-1 (inbound 1), in {@code charset}. */
  private static byte[] chinese(Charset charset) {
    return ("date,document,quantity,unit_cost\n2024-03-01,入库-1,10,2.50\n").getBytes(charset);
  }

  @Test
  void aGbkFileIsRefusedNamingTheLineAndByteAndTheEncodingToTry() throws IOException {
    Path f = file(chinese(Charset.forName("GBK")));
    assertThat(run(f, "--method", "fifo")).isEqualTo(1);
    assertThat(out()).isEmpty();
    // the header is 33 bytes with its line break, "2024-03-01," 11 more: 入 (GBK C8 EB) starts at
    // byte 45, and C8 followed by EB is no UTF-8 sequence
    assertThat(err())
        .contains(
            "line 2, row: the file is not UTF-8: byte 45 of the file (0xC8) cannot be decoded")
        .contains("--encoding GBK");
    assertThat(err().lines()).hasSize(1);
  }

  @Test
  void aGbkFileIsReadWithEncodingGbk() throws IOException {
    Path f = file(chinese(Charset.forName("GBK")));
    assertThat(run(f, "--method", "fifo", "--encoding", "GBK", "--format", "csv"))
        .as(err())
        .isZero();
    // 10 at 2.50 = 25.00
    assertThat(out()).endsWith("2024-03-01,入库-1,10,2.5,,10,25.00\n");
  }

  @Test
  void aUtf16FileIsRefusedAtItsByteOrderMark() throws IOException {
    byte[] text = chinese(StandardCharsets.UTF_16LE);
    byte[] withMark = new byte[text.length + 2];
    withMark[0] = (byte) 0xFF; // the byte order mark of UTF-16LE
    withMark[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withMark, 2, text.length);
    Path f = file(withMark);
    assertThat(run(f, "--method", "fifo")).isEqualTo(1);
    assertThat(err()).contains("line 1, row: the file is not UTF-8: byte 1 of the file (0xFF)");

    err.reset();
    f = file(chinese(StandardCharsets.UTF_16LE)); // no mark: every other byte is NUL
    assertThat(run(f, "--method", "fifo")).isEqualTo(1);
    assertThat(err()).contains("line 1, row: the file holds a NUL character").contains("UTF-16LE");

    err.reset();
    out.reset();
    assertThat(run(f, "--method", "fifo", "--encoding", "UTF-16LE", "--format", "csv"))
        .as(err())
        .isZero();
    assertThat(out()).endsWith("2024-03-01,入库-1,10,2.5,,10,25.00\n");
  }

  @Test
  void anUnknownEncodingIsAWrongCommandLine() throws IOException {
    assertThat(
            run(file(chinese(StandardCharsets.UTF_8)), "--method", "fifo", "--encoding", "KLINGON"))
        .isEqualTo(2);
    assertThat(err())
        .contains("--encoding must name a character encoding such as GBK or UTF-16, was KLINGON");
  }

  @Test
  void theTableAlignsChineseTextByDisplayWidth() throws IOException {
    Path f =
        file(
            "date,document,quantity,unit_cost\n"
                + "2024-03-01,入库单-1,100,10.00\n"
                + "2024-03-02,GRN-2,100,12.00\n");
    assertThat(run(f, "--method", "fifo")).as(err()).isZero();
    List<String> rows =
        out().lines().filter(l -> l.startsWith("2024-") || l.startsWith("Date")).toList();
    assertThat(rows).hasSize(3);
    // columns 10 + 14 + 10 + 12 + 12 + 10 + 12 + 10 + 12 = 102 wide, 8 gaps of 2: 118 columns
    assertThat(rows).allSatisfy(r -> assertThat(TextColumns.width(r)).isEqualTo(118));
    // 入库单 takes 6 columns in 3 characters: that row is 3 characters shorter. Its document,
    // 8 columns wide, is padded to 14 by 6 spaces, then 2 between columns, then 7 before the
    // quantity 100 right-aligned in 10: 15 spaces; GRN-2, 5 wide, gets 9 + 2 + 7 = 18
    assertThat(rows.get(1)).hasSize(115).startsWith("2024-03-01  入库单-1" + " ".repeat(15) + "100");
    assertThat(rows.get(2)).hasSize(118).startsWith("2024-03-02  GRN-2" + " ".repeat(18) + "100");
  }

  @Test
  void aRepeatedDocumentIsRefusedNamingBothLinesUnlessAllowed() throws IOException {
    Path f =
        file(
            "date,document,quantity,unit_cost\n"
                + "2024-03-01,GRN-1,10,1.00\n"
                + "2024-03-02,OUT-1,-2,\n"
                + "2024-03-03,GRN-1,5,1.00\n");
    assertThat(run(f, "--method", "fifo")).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("line 4, document: GRN-1 is on line 2 already")
        .contains("--duplicates allow");

    err.reset();
    assertThat(run(f, "--method", "fifo", "--format", "csv", "--duplicates", "allow"))
        .as(err())
        .isZero();
    // 10 in, 2 out, 5 in: 13 worth 13.00
    assertThat(out()).endsWith("2024-03-03,GRN-1,5,1,,13,13.00\n");
  }

  @Test
  void anUnclosedQuoteNamesTheLineItOpensOn() throws IOException {
    Path f =
        file("date,document,quantity,unit_cost\n2024-03-01,GRN-1,10,1\n2024-03-02,\"OUT-1,-2,\n");
    assertThat(run(f, "--method", "fifo")).isEqualTo(1);
    assertThat(err()).contains("line 3, row: a quoted field is not closed by the end of the file");
  }

  /** An output that fails as a JVM out of memory does, or with {@code failure}. */
  private static PrintStream failing(Error failure) {
    return new PrintStream(
        new OutputStream() {
          @Override
          public void write(int b) {
            throw failure;
          }
        });
  }

  @Test
  void runningOutOfMemoryEndsInOneLineWithStatusOne() throws IOException {
    Path f = file("date,document,quantity,unit_cost\n2024-03-01,GRN-1,10,1\n");
    assertThat(run(failing(new OutOfMemoryError("Java heap space")), f, "--method", "fifo"))
        .isEqualTo(1);
    assertThat(err().lines()).hasSize(1);
    assertThat(err()).startsWith("stock-card: " + f + ": out of memory (a heap of ");
    assertThat(err()).contains("-Xmx");
  }

  @Test
  void anyOtherFailureEndsInOneLineWithStatusOne() throws IOException {
    Path f = file("date,document,quantity,unit_cost\n2024-03-01,GRN-1,10,1\n");
    PrintStream broken =
        new PrintStream(
            new OutputStream() {
              @Override
              public void write(int b) {
                throw new IllegalStateException("disk\nfull");
              }
            });
    assertThat(run(broken, f, "--method", "fifo")).isEqualTo(1);
    assertThat(err().lines())
        .containsExactly("stock-card: " + f + ": failed: IllegalStateException: disk full");
  }

  @Test
  void helpIsAtTheTopLevelAndForTheCommand() {
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(Main.run(new String[] {"--help"}, o, e)).isZero();
    assertThat(out()).contains("stock-card").contains("tour").contains("stock-card --help");
    out.reset();
    assertThat(Main.run(new String[] {"stock-card", "--help"}, o, e)).isZero();
    assertThat(out()).contains("--encoding NAME").contains("--duplicates allow");
    assertThat(err()).isEmpty();
  }
}
