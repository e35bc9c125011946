package dev.suanpan.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over a ledger's stored entries: each entry's hash is SHA-256 of the previous hash
 * and the entry's kind and body, so an entry edited, deleted or inserted by hand no longer matches
 * the hashes after it, nor the head kept in the ledger row.
 */
final class Chain {
  /** The hash before the first entry. */
  static final String GENESIS = "0".repeat(64);

  private Chain() {}

  /** The hash of an entry of {@code kind} and {@code body} after one hashed {@code previous}. */
  static String next(String previous, String kind, String body) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
    sha.update(previous.getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) '\n');
    sha.update(kind.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
    sha.update(body.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest());
  }
}
