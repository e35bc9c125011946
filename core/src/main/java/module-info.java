/**
 * Suanpan's core engines: authority, catalog and pricing, credit, settlements, floor-plan
 * financing, volume rebates, journal entries and the shared decision shape.
 */
module dev.suanpan.core {
  requires transitive dev.suanpan.money;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static jsr305;

  exports dev.suanpan.core.authority;
  exports dev.suanpan.core.catalog;
  exports dev.suanpan.core.credit;
  exports dev.suanpan.core.credit.ageing;
  exports dev.suanpan.core.credit.check;
  exports dev.suanpan.core.credit.commission;
  exports dev.suanpan.core.credit.grade;
  exports dev.suanpan.core.credit.interest;
  exports dev.suanpan.core.credit.invoice;
  exports dev.suanpan.core.credit.provision;
  exports dev.suanpan.core.credit.writeoff;
  exports dev.suanpan.core.decision;
  exports dev.suanpan.core.floorplan;
  exports dev.suanpan.core.journal;
  exports dev.suanpan.core.party;
  exports dev.suanpan.core.presets;
  exports dev.suanpan.core.pricing;
  exports dev.suanpan.core.pricing.derivation;
  exports dev.suanpan.core.rebate;
  exports dev.suanpan.core.receivables;
  exports dev.suanpan.core.receivables.bills;
  exports dev.suanpan.core.receivables.dunning;
  exports dev.suanpan.core.sale;
  exports dev.suanpan.core.settlement;
  exports dev.suanpan.core.settlement.cancellation;
  exports dev.suanpan.core.settlement.complaint;
  exports dev.suanpan.core.settlement.penalty;
  exports dev.suanpan.core.settlement.returns;
  exports dev.suanpan.core.settlement.service;
}
