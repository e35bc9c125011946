/** Suanpan's stock ledger, costing methods and stocktake. */
module dev.suanpan.inventory {
  requires transitive dev.suanpan.core;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  requires static jsr305;

  exports dev.suanpan.inventory;
  exports dev.suanpan.inventory.close;
  exports dev.suanpan.inventory.costing;
  exports dev.suanpan.inventory.presets;
  exports dev.suanpan.inventory.reservation;
  exports dev.suanpan.inventory.stocktake;
  exports dev.suanpan.inventory.landed;
  exports dev.suanpan.inventory.lots;
  exports dev.suanpan.inventory.negative;
  exports dev.suanpan.inventory.units;
}
