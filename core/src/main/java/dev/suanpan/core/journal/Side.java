package dev.suanpan.core.journal;

/** The side of a journal line: debit (借) or credit (贷). */
public enum Side {
  /** Debit (借, Dr): increases assets and expenses, decreases liabilities and income. */
  DEBIT("Dr"),
  /** Credit (贷, Cr): increases liabilities and income, decreases assets and expenses. */
  CREDIT("Cr");

  private final String abbreviation;

  Side(String abbreviation) {
    this.abbreviation = abbreviation;
  }

  /** The usual abbreviation, {@code Dr} or {@code Cr}. */
  public String abbreviation() {
    return abbreviation;
  }

  /** The other side. */
  public Side opposite() {
    return this == DEBIT ? CREDIT : DEBIT;
  }
}
