package dev.suanpan.core.receivables;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.tax.DocumentVat;
import dev.suanpan.money.tax.VatComputation;
import dev.suanpan.money.tax.VatLine;
import dev.suanpan.money.tax.VatSplit;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * The VAT of an invoice's or a credit note's lines under its {@link VatBasis}, with the totals
 * summed once (a posting reads them several times).
 */
final class LinesVat {
  private final DocumentVat vat;
  private final VatBasis basis;
  private final Money net;
  private final Money tax;
  private final Money gross;

  LinesVat(List<InvoiceLine> lines, VatBasis basis, Rounding rounding) {
    List<VatLine> vatLines = new ArrayList<>(lines.size());
    for (InvoiceLine l : lines) {
      vatLines.add(l.vat());
    }
    this.vat = VatComputation.of(vatLines, rounding);
    this.basis = basis;
    boolean line = basis == VatBasis.LINE;
    this.net = line ? vat.lineLevelNet() : vat.documentLevelNet();
    this.tax = line ? vat.lineLevelTax() : vat.documentLevelTax();
    this.gross = line ? vat.lineLevelGross() : vat.documentLevelGross();
  }

  DocumentVat vat() {
    return vat;
  }

  ImmutableList<VatSplit> lineSplits() {
    return basis == VatBasis.LINE ? vat.lineSplits() : vat.documentLevelLines();
  }

  Money net() {
    return net;
  }

  Money tax() {
    return tax;
  }

  Money gross() {
    return gross;
  }
}
