package dev.suanpan.examples.stockcard;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The records of a CSV file as spreadsheets save it (RFC 4180), read one at a time from a byte
 * stream: fields separated by commas, a field in double quotes may hold commas, line breaks and
 * doubled quotes ({@code ""} for one), lines end in CRLF or LF, a leading byte order mark is
 * skipped, blank lines are skipped. Decodes strictly: bytes that are not valid in the charset (a
 * GBK or UTF-16 file read as UTF-8) stop the reading with a {@link StockCardInputException} naming
 * the line and the byte offset, and saying which {@code --encoding} to try. Keeps one record at a
 * time; refuses a record longer than {@link #MAX_RECORD} characters (an unclosed quote, say).
 */
final class CsvRecords implements Closeable {
  /** The longest record taken, in characters. */
  static final int MAX_RECORD = 1 << 20;

  /** One record: the physical line it starts on (from 1) and its fields. */
  record Record(int line, List<String> fields) {}

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final Charset charset;
  private final boolean defaultCharset;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private long bytesBefore; // bytes consumed before 'bytes' position 0
  private boolean eof;
  private CoderResult pending; // a decoding error met after the chars still in 'chars'
  private long pendingOffset;
  private int line = 1; // the physical line of the next char
  private boolean first = true;
  private int pushedBack = -2;

  /**
   * Records of {@code in} in {@code charset}; {@code defaultCharset} when the user did not choose
   * it (the messages then suggest {@code --encoding}).
   */
  CsvRecords(InputStream in, Charset charset, boolean defaultCharset) {
    this.in = in;
    this.charset = charset;
    this.defaultCharset = defaultCharset;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  /** The next record, or null at the end of the file. */
  Record next() throws IOException, StockCardInputException {
    while (true) {
      int c = read();
      if (c < 0) {
        return null;
      }
      if (c == '\n') {
        continue; // a blank line
      }
      if (c == '\r') {
        int d = read();
        if (d != '\n' && d >= 0) {
          unread(d);
        }
        continue;
      }
      unread(c);
      return record();
    }
  }

  private Record record() throws IOException, StockCardInputException {
    int start = line;
    List<String> fields = new ArrayList<>(4);
    StringBuilder field = new StringBuilder();
    int length = 0;
    while (true) {
      int c = read();
      if (c == '"' && field.length() == 0) {
        // a quoted field: up to the closing quote, "" being one quote
        while (true) {
          int d = read();
          if (d < 0) {
            throw new StockCardInputException(
                start, "row", "a quoted field is not closed by the end of the file");
          }
          if (d == '"') {
            int e = read();
            if (e == '"') {
              field.append('"');
              continue;
            }
            if (e >= 0) {
              unread(e);
            }
            break;
          }
          field.append((char) d);
          if (++length > MAX_RECORD) {
            throw tooLong(start);
          }
        }
        c = read();
        if (c >= 0 && c != ',' && c != '\n' && c != '\r') {
          throw new StockCardInputException(
              start,
              "row",
              "field "
                  + (fields.size() + 1)
                  + " has "
                  + describe(c)
                  + " after its closing quote; a quote inside a quoted field is written \"\"");
        }
      }
      if (c < 0 || c == ',' || c == '\n' || c == '\r') {
        fields.add(field.toString());
        field.setLength(0);
        if (c == ',') {
          continue;
        }
        if (c == '\r') {
          int d = read();
          if (d != '\n' && d >= 0) {
            unread(d);
          }
        }
        return new Record(start, fields);
      }
      field.append((char) c);
      if (++length > MAX_RECORD) {
        throw tooLong(start);
      }
    }
  }

  private static StockCardInputException tooLong(int line) {
    return new StockCardInputException(
        line,
        "row",
        "longer than "
            + MAX_RECORD
            + " characters; is a quoted field not closed? (a field in quotes runs to the next"
            + " quote, across lines)");
  }

  private static String describe(int c) {
    return c < 0x20 || c == 0x7f
        ? String.format(Locale.ROOT, "the character U+%04X", c)
        : "\"" + (char) c + "\"";
  }

  private void unread(int c) {
    pushedBack = c;
    if (c == '\n') {
      line--;
    }
  }

  /** The next char, or -1 at the end; counts lines; skips a leading byte order mark. */
  private int read() throws IOException, StockCardInputException {
    int c;
    if (pushedBack != -2) {
      c = pushedBack;
      pushedBack = -2;
    } else {
      c = decodeNext();
      if (first) {
        first = false;
        if (c == '\uFEFF') {
          c = decodeNext();
        }
      }
      if (c == 0) {
        throw new StockCardInputException(
            line,
            "row",
            "the file holds a NUL character, so it is not "
                + charset.name()
                + " text; "
                + (charset.equals(StandardCharsets.UTF_8)
                    ? "a file saved as UTF-16 (Unicode text) is read with --encoding UTF-16LE"
                    : "is --encoding right?"));
      }
    }
    if (c == '\n') {
      line++;
    }
    return c;
  }

  private int decodeNext() throws IOException, StockCardInputException {
    while (!chars.hasRemaining()) {
      if (pending != null) {
        throw undecodable();
      }
      if (eof && !bytes.hasRemaining()) {
        return -1;
      }
      fill();
    }
    return chars.get();
  }

  /** Decodes more chars; at an error keeps it for when the chars before it are read. */
  private void fill() throws IOException {
    chars.clear();
    if (!eof && bytes.remaining() < 16) {
      bytesBefore += bytes.position();
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    CoderResult r = decoder.decode(bytes, chars, eof);
    if (r.isError()) {
      pending = r;
      pendingOffset = bytesBefore + bytes.position();
    } else if (eof && !bytes.hasRemaining()) {
      decoder.flush(chars);
    }
    chars.flip();
  }

  private StockCardInputException undecodable() {
    String what =
        charset.equals(StandardCharsets.UTF_8)
            ? "the file is not UTF-8"
            : "the file is not " + charset.name();
    String hint;
    if (defaultCharset) {
      hint =
          "; save it as \"CSV UTF-8\", or name its encoding: --encoding GBK for a file from a"
              + " Chinese spreadsheet, --encoding UTF-16 for Unicode text";
    } else {
      hint = "; is --encoding " + charset.name() + " right?";
    }
    return new StockCardInputException(
        line,
        "row",
        what
            + ": byte "
            + (pendingOffset + 1)
            + " of the file (0x"
            + byteAt()
            + ") cannot be decoded"
            + hint);
  }

  private String byteAt() {
    int p = (int) (pendingOffset - bytesBefore);
    return p >= 0 && p < bytes.limit()
        ? String.format(Locale.ROOT, "%02X", bytes.get(p) & 0xff)
        : "??";
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
