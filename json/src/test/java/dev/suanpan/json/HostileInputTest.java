package dev.suanpan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.suanpan.core.receivables.PaymentTerms;
import dev.suanpan.core.settlement.service.ServiceRefundPolicy;
import dev.suanpan.money.interest.PenaltyPolicy;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents are refused with a {@link DocumentException} that says what is wrong, never a
 * hang or an out-of-memory. The time bound is a guard against a hang, not a measure of speed.
 */
class HostileInputTest {
  static final SuanpanJson JSON = SuanpanJson.create();
  static final Duration HANG = Duration.ofSeconds(10);

  static final String PENALTY =
      "{\"$format\": 1, \"$type\": \"PenaltyPolicy\", \"dailyRate\": \"0.05%\", \"graceDays\": 5}";
  static final String PENALTY_YAML =
      "$format: 1\n$type: PenaltyPolicy\ndailyRate: 0.05%\ngraceDays: 5\n";
  static final String TERMS =
      "{\"$format\": 1, \"$type\": \"PaymentTerms\","
          + " \"lines\": [{\"weight\": 1, \"milestone\": \"SIGNING\"}]}";
  static final String REFUND =
      "{\"$format\": 1, \"$type\": \"ServiceRefundPolicy\", \"basis\": \"BY_DAYS\","
          + " \"handlingFee\": {\"amount\": \"50.00\", \"currency\": \"CNY\"}}";

  @Test
  void theSampleDocumentsAreReadable() {
    assertThat(JSON.read(PENALTY, PenaltyPolicy.class).graceDays()).isEqualTo(5);
    assertThat(JSON.readYaml(PENALTY_YAML, PenaltyPolicy.class).graceDays()).isEqualTo(5);
    assertThat(JSON.read(TERMS, PaymentTerms.class).lines()).hasSize(1);
    assertThat(JSON.read(REFUND, ServiceRefundPolicy.class).handlingFee()).isPresent();
  }

  @Test
  void aNumberOfTenThousandDigits() {
    String digits = "1" + "0".repeat(9_999);
    assertThat(refusal(() -> JSON.read(PENALTY.replace("5}", digits + "}"), PenaltyPolicy.class)))
        .contains("Number value length (10000) exceeds the maximum allowed (100");
    assertThat(
            refusal(
                () ->
                    JSON.read(
                        TERMS.replace("\"weight\": 1", "\"weight\": " + digits),
                        PaymentTerms.class)))
        .contains("Number value length (10000) exceeds the maximum allowed (100");
    assertThat(
            refusal(
                () ->
                    JSON.readYaml(
                        PENALTY_YAML.replace("graceDays: 5", "graceDays: " + digits),
                        PenaltyPolicy.class)))
        .contains("Number value length (10000) exceeds the maximum allowed (100");
  }

  @Test
  void nestingTenThousandDeep() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThat(refusal(() -> JSON.read(deep, PenaltyPolicy.class)))
        .startsWith("$: expected a document (an object starting with $format), found a list");
    assertThat(refusal(() -> JSON.read(PENALTY.replace("5}", deep + "}"), PenaltyPolicy.class)))
        .startsWith("$.graceDays: ");
    String deepObjects = "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000);
    assertThat(
            refusal(() -> JSON.read(TERMS.replace("\"SIGNING\"", deepObjects), PaymentTerms.class)))
        .startsWith("$.lines[0].milestone: ");
    assertThat(
            refusal(
                () ->
                    JSON.readYaml(
                        PENALTY_YAML.replace("graceDays: 5", "graceDays: " + deep),
                        PenaltyPolicy.class)))
        .startsWith("$.graceDays: ");
  }

  @Test
  void aStringOfOneHundredMegabytes() {
    String huge = "a".repeat(100_000_000);
    assertThat(refusal(() -> JSON.read(PENALTY.replace("0.05%", huge), PenaltyPolicy.class), 200))
        .contains("String value length")
        .contains("exceeds the maximum allowed (1000000");
    assertThat(
            refusal(
                () ->
                    JSON.readYaml(
                        PENALTY_YAML.replace("0.05%", "\"" + huge + "\""), PenaltyPolicy.class),
                200))
        .startsWith("$: the YAML document is 100000059 characters long; at most 16000000 are read");
  }

  @Test
  void aYamlLineTooLongForTheParserToScanQuickly() {
    String run = "a".repeat(SuanpanJson.MAX_STRING_LENGTH + 1);
    assertThat(
            refusal(
                () -> JSON.readYaml(PENALTY_YAML.replace("0.05%", run), PenaltyPolicy.class), 200))
        .startsWith(
            "$: line 3 is "
                + ("dailyRate: " + run).length()
                + " characters long; a line of a YAML document may be at most 1000000 characters")
        .endsWith("(line 3, column 1)");
    String comment = PENALTY_YAML + "# " + "ab ".repeat(400_000) + "\n";
    assertThat(refusal(() -> JSON.readYaml(comment, PenaltyPolicy.class)))
        .startsWith("$: line 5 is 1200002 characters long");
  }

  @Test
  void aStringOfOneHundredMegabytesFromAStreamIsNotReadToItsEnd() {
    byte[] head =
        "{\"$format\": 1, \"$type\": \"PenaltyPolicy\", \"dailyRate\": \""
            .getBytes(StandardCharsets.UTF_8);
    long length = head.length + 100_000_000L;
    long[] served = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
          }

          @Override
          public int read(byte[] into, int offset, int count) {
            if (served[0] >= length) {
              return -1;
            }
            int n = (int) Math.min(count, length - served[0]);
            for (int i = 0; i < n; i++, served[0]++) {
              into[offset + i] = served[0] < head.length ? head[(int) served[0]] : (byte) 'a';
            }
            return n;
          }
        };
    assertThat(refusal(() -> JSON.read(endless, PenaltyPolicy.class)))
        .contains("String value length")
        .contains("exceeds the maximum allowed (1000000");
    assertThat(served[0]).as("bytes read before the refusal").isLessThan(10_000_000);
  }

  @Test
  void duplicateKeys() {
    assertThat(
            refusal(
                () ->
                    JSON.read(PENALTY.replace("5}", "5, \"graceDays\": 6}"), PenaltyPolicy.class)))
        .startsWith("$: Duplicate field 'graceDays'");
    assertThat(refusal(() -> JSON.readYaml(PENALTY_YAML + "graceDays: 6\n", PenaltyPolicy.class)))
        .startsWith("$: Duplicate field 'graceDays'")
        .contains("line 5");
    assertThat(
            refusal(
                () ->
                    JSON.read(
                        PENALTY.replace("{\"$format\": 1,", "{\"$format\": 1, \"$format\": 1,"),
                        PenaltyPolicy.class)))
        .contains("$format");
  }

  @Test
  void notANumber() {
    assertThat(refusal(() -> JSON.read(PENALTY.replace("5}", "NaN}"), PenaltyPolicy.class)))
        .startsWith("$: Non-standard token 'NaN'");
    assertThat(
            refusal(
                () ->
                    JSON.read(
                        TERMS.replace("\"weight\": 1", "\"weight\": NaN"), PaymentTerms.class)))
        .startsWith("$: Non-standard token 'NaN'");
    assertThat(
            refusal(
                () ->
                    JSON.read(
                        TERMS.replace("\"weight\": 1", "\"weight\": \"NaN\""), PaymentTerms.class)))
        .startsWith("$.lines[0].weight: expected a decimal such as \"12.30\", found text \"NaN\"");
    assertThat(
            refusal(
                () -> JSON.read(REFUND.replace("\"50.00\"", "\"NaN\""), ServiceRefundPolicy.class)))
        .startsWith("$.handlingFee.amount: \"NaN\" is not a decimal");
    String yaml = "$format: 1\n$type: PaymentTerms\nlines:\n- weight: .nan\n  milestone: SIGNING\n";
    assertThat(refusal(() -> JSON.readYaml(yaml, PaymentTerms.class)))
        .contains("expected a decimal such as \"12.30\", found a number .nan")
        .contains("line 4");
    assertThat(refusal(() -> JSON.readYaml(yaml.replace(".nan", ".inf"), PaymentTerms.class)))
        .contains("expected a decimal such as \"12.30\", found a number .inf");
  }

  @Test
  void aFloatWhereMoneyIsExpected() {
    assertThat(
            refusal(
                () -> JSON.read(REFUND.replace("\"50.00\"", "50.5"), ServiceRefundPolicy.class)))
        .startsWith(
            "$.handlingFee.amount: expected text, found a number 50.5; write decimals as text,"
                + " \"50.5\", so they stay exact");
    String yaml =
        "$format: 1\n$type: ServiceRefundPolicy\nbasis: BY_DAYS\n"
            + "handlingFee:\n  amount: 50.50\n  currency: CNY\n";
    assertThat(refusal(() -> JSON.readYaml(yaml, ServiceRefundPolicy.class)))
        .startsWith("$.handlingFee.amount: expected text, found a number 50.50")
        .contains("line 5");
    assertThat(
            JSON.readYaml(yaml.replace("50.50", "\"50.50\""), ServiceRefundPolicy.class)
                .handlingFee())
        .contains(Samples.cny("50.50"));
    String whole = REFUND.replace("{\"amount\": \"50.00\", \"currency\": \"CNY\"}", "50.5");
    assertThat(refusal(() -> JSON.read(whole, ServiceRefundPolicy.class)))
        .startsWith(
            "$.handlingFee: expected an amount as an object of [amount, currency], found a number"
                + " 50.5");
  }

  /**
   * A short decimal with a huge exponent would make an amount of 100,000 digits ({@code "1e99999"})
   * or a billion ({@code "1e999999999"}): refused as beyond {@link SuanpanJson#MAX_NUMBER_LENGTH}.
   */
  @Test
  void aDecimalWithAHugeExponent() {
    assertThat(
            refusal(
                () ->
                    JSON.read(
                        REFUND.replace("\"50.00\"", "\"1e999999999\""), ServiceRefundPolicy.class)))
        .startsWith("$.handlingFee.amount: ");
    assertThat(
            refusal(
                () ->
                    JSON.read(
                        REFUND.replace("\"50.00\"", "\"1e99999\""), ServiceRefundPolicy.class)))
        .startsWith("$.handlingFee.amount: ");
    assertThat(
            refusal(
                () ->
                    JSON.read(
                        TERMS.replace("\"weight\": 1", "\"weight\": 1e999999999"),
                        PaymentTerms.class)))
        .startsWith("$.lines[0].weight: ");
  }

  @Test
  void aYamlAliasBombIsRefusedUnexpanded() {
    StringBuilder bomb =
        new StringBuilder(
            "$format: 1\n$type: PaymentTerms\nlines:\n"
                + "- {weight: 1, milestone: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]}\n");
    String previous = "a";
    for (char c = 'b'; c <= 'z'; c++) {
      String alias = "*" + previous;
      bomb.append("- {weight: 1, milestone: &")
          .append(c)
          .append(" [")
          .append((alias + ", ").repeat(8))
          .append(alias)
          .append("]}\n");
      previous = String.valueOf(c);
    }
    assertThat(refusal(() -> JSON.readYaml(bomb.toString(), PaymentTerms.class)))
        .isEqualTo(
            "$: *a is a YAML alias; aliases are not read, write the value out (line 5, column 30)");
    String aliasedLine =
        "$format: 1\n$type: PaymentTerms\nlines:\n- &l {weight: 1, milestone: SIGNING}\n- *l\n";
    assertThat(refusal(() -> JSON.readYaml(aliasedLine, PaymentTerms.class)))
        .isEqualTo(
            "$: *l is a YAML alias; aliases are not read, write the value out (line 5, column 3)");
  }

  /** Jackson's YAML parser reads an alias as its anchor's name: a title would silently be "c". */
  @Test
  void aYamlAliasIsRefusedRatherThanReadAsItsName() {
    String aliased =
        """
        $format: 1
        $type: AuthorityPolicy
        roles:
        - code: &c GM
          title: General manager
        - code: SM
          title: *c
          reportsTo: GM
        """;
    assertThat(
            refusal(() -> JSON.readYaml(aliased, dev.suanpan.core.authority.AuthorityPolicy.class)))
        .startsWith("$: *c is a YAML alias")
        .endsWith("(line 7, column 10)");
    String star = aliased.replace("&c GM", "GM").replace("*c", "\"Sales * manager\"");
    assertThat(
            JSON.readYaml(star, dev.suanpan.core.authority.AuthorityPolicy.class)
                .roles()
                .asList()
                .get(1)
                .title())
        .isEqualTo("Sales * manager");
  }

  @Test
  void somethingThatIsNotADocument() {
    String notADocument = "$: expected a document (an object starting with $format), found ";
    assertThat(refusal(() -> JSON.read("[1, 2]", PenaltyPolicy.class)))
        .startsWith(notADocument + "a list");
    assertThat(refusal(() -> JSON.read("\"PenaltyPolicy\"", PenaltyPolicy.class)))
        .startsWith(notADocument + "text \"PenaltyPolicy\"");
    assertThat(refusal(() -> JSON.read("12", PenaltyPolicy.class)))
        .startsWith(notADocument + "a number 12");
    assertThat(refusal(() -> JSON.read("null", PenaltyPolicy.class)))
        .startsWith(notADocument + "null");
    assertThat(refusal(() -> JSON.read("", PenaltyPolicy.class)))
        .startsWith(notADocument + "the end of the document");
    assertThat(refusal(() -> JSON.readYaml("PenaltyPolicy", PenaltyPolicy.class)))
        .startsWith(notADocument + "text \"PenaltyPolicy\"");
    assertThat(refusal(() -> JSON.readYaml("- 1\n- 2\n", PenaltyPolicy.class)))
        .startsWith(notADocument + "a list");
    assertThat(refusal(() -> JSON.read(PENALTY + " {}", PenaltyPolicy.class)))
        .startsWith("$: the document goes on after its end");
  }

  /** The message of the {@link DocumentException} that reading throws, within the hang guard. */
  static String refusal(Supplier<Object> read) {
    return refusal(read, 0);
  }

  /**
   * As {@link #refusal(Supplier)}, with the message cut to {@code shown} characters when positive
   * (so that a failure does not print a hundred megabytes).
   */
  static String refusal(Supplier<Object> read, int shown) {
    DocumentException e =
        assertTimeoutPreemptively(HANG, () -> assertThrows(DocumentException.class, read::get));
    String m = e.getMessage();
    if (shown > 0 && m.length() > shown) {
      int at = m.lastIndexOf(" (line ");
      return m.substring(0, shown) + "..." + (at < 0 ? "" : m.substring(at));
    }
    return m;
  }
}
