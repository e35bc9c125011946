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

/** The VAT of an invoice's or a credit note's lines under its {@link VatBasis}. */
final class LinesVat {
  private final DocumentVat vat;
  private final VatBasis basis;

  LinesVat(List<InvoiceLine> lines, VatBasis basis, Rounding rounding) {
    List<VatLine> vatLines = new ArrayList<>(lines.size());
    for (InvoiceLine l : lines) {
      vatLines.add(l.vat());
    }
    this.vat = VatComputation.of(vatLines, rounding);
    this.basis = basis;
  }

  DocumentVat vat() {
    return vat;
  }

  ImmutableList<VatSplit> lineSplits() {
    return basis == VatBasis.LINE ? vat.lineSplits() : vat.documentLevelLines();
  }

  Money net() {
    return basis == VatBasis.LINE ? vat.lineLevelNet() : vat.documentLevelNet();
  }

  Money tax() {
    return basis == VatBasis.LINE ? vat.lineLevelTax() : vat.documentLevelTax();
  }

  Money gross() {
    return basis == VatBasis.LINE ? vat.lineLevelGross() : vat.documentLevelGross();
  }
}
