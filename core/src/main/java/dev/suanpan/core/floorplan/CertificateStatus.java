package dev.suanpan.core.floorplan;

/** Where a financed car's certificate of conformity (合格证) is. */
public enum CertificateStatus {
  /** Pledged to the bank: the car's loan is outstanding. */
  PLEDGED,
  /** Released by the bank to the dealer: the car's loan is repaid. */
  RELEASED
}
