package dev.suanpan.core.floorplan;

import dev.suanpan.money.internal.Arguments;
import java.util.regex.Pattern;

/**
 * A vehicle identification number (车辆识别代号, VIN) under ISO 3779: 17 characters of the capital
 * letters A-H, J-N, P, R-Z and the digits 0-9; the letters I, O and Q are never used, so that they
 * are not mistaken for 1 and 0. The check digit (position 9) is not verified: its use differs by
 * market.
 *
 * <p>Rejects null, text of another length, lower-case letters, I, O, Q and any other character,
 * naming the text. VINs sort by their text.
 *
 * @param value the 17 characters, such as {@code LS5A3DBE7RA012345}
 */
public record Vin(String value) implements Comparable<Vin> {
  private static final Pattern ISO_3779 = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

  /** Validates the text. */
  public Vin {
    Arguments.notNull(value, "vin");
    Arguments.check(
        ISO_3779.matcher(value).matches(),
        "vin must be 17 characters of A-H, J-N, P, R-Z and 0-9 (ISO 3779: no I, O or Q), was"
            + " \"%s\" (%d characters)",
        value,
        value.length());
  }

  /**
   * The VIN of this text.
   *
   * @throws IllegalArgumentException if the text is not 17 characters of A-H, J-N, P, R-Z and 0-9
   */
  public static Vin of(String value) {
    return new Vin(value);
  }

  @Override
  public int compareTo(Vin other) {
    return value.compareTo(Arguments.notNull(other, "other").value);
  }

  /** The 17 characters. */
  @Override
  public String toString() {
    return value;
  }
}
