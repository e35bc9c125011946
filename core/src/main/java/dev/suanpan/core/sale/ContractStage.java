package dev.suanpan.core.sale;

/**
 * How far a sale had gone when it was cancelled: a subscription (认购) only, a formal contract signed
 * (签约), or the contract registered with the housing bureau (备案).
 */
public enum ContractStage {
  /** A subscription agreement (认购书) and deposit, no formal contract yet. */
  SUBSCRIPTION,
  /** The formal contract is signed but not registered (未备案). */
  CONTRACT_SIGNED,
  /** The formal contract is registered with the housing bureau (已备案). */
  CONTRACT_REGISTERED;

  /** True once the formal contract exists (signed or registered). */
  public boolean formalContract() {
    return this != SUBSCRIPTION;
  }
}
