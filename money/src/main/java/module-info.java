/**
 * The exact money of Suanpan: amounts, percentages, rounding, allocation, VAT, interest and
 * penalties, cash-discount terms.
 */
module dev.suanpan.money {
  requires transitive org.joda.money;
  requires transitive com.google.common;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static jsr305;

  exports dev.suanpan.money;
  exports dev.suanpan.money.interest;
  exports dev.suanpan.money.internal to
      dev.suanpan.core,
      dev.suanpan.inventory,
      dev.suanpan.workflow,
      dev.suanpan.testkit;
  exports dev.suanpan.money.tax;
  exports dev.suanpan.money.terms;
}
