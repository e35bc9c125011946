package dev.suanpan.app;

import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.UnitOfMeasure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The movements file of the {@code post} command: UTF-8 CSV with the header {@value #HEADER}, one
 * movement per line: an ISO date, a document number, the item, the warehouse, a decimal quantity
 * (positive for a receipt, negative for a sale issue) and a unit cost (required for a receipt,
 * empty for an issue). Fields may be quoted ({@code "GRN, 12"}, {@code ""} for a quote). The lines
 * of one document are consecutive; a document number that comes back after another document is
 * refused, as is every line that is not a movement, each naming its line and value.
 */
public final class MovementCsv {
  /** The header the file starts with. */
  public static final String HEADER = "date,document,item,warehouse,quantity,unit_cost";

  private static final int FIELDS = 6;

  private MovementCsv() {}

  /** What is done with each document read. */
  @FunctionalInterface
  public interface DocumentSink {
    /** Takes the next document. */
    void accept(StockDocument document);
  }

  /**
   * Reads {@code file}, giving each document to {@code sink} in file order, with the unit of each
   * item from {@code unitOf} (which throws for an unknown item).
   *
   * @throws InputException at the first line that is not a movement, naming the line and value
   */
  public static void read(Path file, Function<String, UnitOfMeasure> unitOf, DocumentSink sink) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      read(in, file.toString(), unitOf, sink);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file: " + file, e);
    } catch (CharacterCodingException e) {
      throw new InputException(file + " is not UTF-8 text", e);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void read(
      BufferedReader in, String name, Function<String, UnitOfMeasure> unitOf, DocumentSink sink)
      throws IOException {
    String header = in.readLine();
    if (header != null && header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    if (header == null || !HEADER.equals(header.strip())) {
      throw new InputException(
          name
              + " line 1: the header must be \""
              + HEADER
              + "\", was \""
              + (header == null ? "" : header)
              + "\"");
    }
    Set<String> seen = new HashSet<>();
    List<StockDocument.Line> open = new ArrayList<>();
    String openNumber = null;
    int number = 1;
    for (String text = in.readLine(); text != null; text = in.readLine()) {
      number++;
      if (text.isBlank()) {
        continue;
      }
      String at = name + " line " + number;
      List<String> f = fields(text, at);
      String document = f.get(1);
      if (!document.equals(openNumber)) {
        if (openNumber != null) {
          sink.accept(new StockDocument(openNumber, open));
          open = new ArrayList<>();
        }
        if (!seen.add(document)) {
          throw new InputException(
              at
                  + ": document \""
                  + document
                  + "\" comes back after other documents; keep a document's lines together");
        }
        openNumber = document;
      }
      open.add(line(f, number, at, unitOf));
    }
    if (openNumber != null) {
      sink.accept(new StockDocument(openNumber, open));
    }
  }

  private static StockDocument.Line line(
      List<String> f, int number, String at, Function<String, UnitOfMeasure> unitOf) {
    LocalDate date;
    try {
      date = LocalDate.parse(f.get(0));
    } catch (DateTimeParseException e) {
      throw new InputException(at + ": date is not an ISO date (yyyy-mm-dd): \"" + f.get(0) + "\"");
    }
    String document = f.get(1);
    String item = f.get(2);
    String warehouse = f.get(3);
    check(at, "document", document);
    check(at, "item", item);
    check(at, "warehouse", warehouse);
    UnitOfMeasure unit;
    try {
      unit = unitOf.apply(item);
    } catch (InputException e) {
      throw new InputException(at + ": " + e.getMessage(), e);
    }
    BigDecimal quantity = decimal(at, "quantity", f.get(4));
    String cost = f.get(5);
    Movement.Builder m = Movement.builder().date(date).document(document).unit(unit);
    try {
      if (quantity.signum() > 0) {
        if (cost.isEmpty()) {
          throw new InputException(
              at + ": unit_cost is required for a receipt (quantity " + f.get(4) + ")");
        }
        m.kind(MovementKind.RECEIPT).quantity(quantity).unitCost(decimal(at, "unit_cost", cost));
      } else if (quantity.signum() < 0) {
        if (!cost.isEmpty()) {
          throw new InputException(
              at + ": unit_cost must be empty for an issue, was \"" + cost + "\"");
        }
        m.kind(MovementKind.SALE_ISSUE).quantity(quantity.negate());
      } else {
        throw new InputException(at + ": quantity must not be zero, was \"" + f.get(4) + "\"");
      }
      return new StockDocument.Line(number, item, warehouse, m.build());
    } catch (IllegalArgumentException e) {
      throw new InputException(at + ": " + e.getMessage(), e);
    }
  }

  private static void check(String at, String what, String value) {
    try {
      Names.check(what, value);
    } catch (InputException e) {
      throw new InputException(at + ": " + e.getMessage(), e);
    }
  }

  private static BigDecimal decimal(String at, String field, String text) {
    if (text.length() > 40) {
      throw new InputException(
          at
              + ": "
              + field
              + " is too long to be a quantity or cost: \""
              + text.substring(0, 40)
              + "...\"");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InputException(at + ": " + field + " is not a decimal number: \"" + text + "\"");
    }
  }

  /** The fields of one CSV line: commas, fields in double quotes with {@code ""} for a quote. */
  private static List<String> fields(String text, String at) {
    List<String> out = new ArrayList<>(FIELDS);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (ch == ',') {
        out.add(wasQuoted ? field.toString() : field.toString().strip());
        field.setLength(0);
        wasQuoted = false;
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      throw new InputException(at + ": a quoted field is not closed: \"" + text + "\"");
    }
    out.add(wasQuoted ? field.toString() : field.toString().strip());
    if (out.size() != FIELDS) {
      throw new InputException(
          at
              + ": expected "
              + FIELDS
              + " fields ("
              + HEADER
              + "), found "
              + out.size()
              + ": \""
              + text
              + "\"");
    }
    return out;
  }
}
