package dev.synthforge.core.curate;

/**
 * A kind of personal data or secret the {@link PiiRule} finds, in priority order: where two
 * findings overlap, the earlier kind wins, and a rejection names the earliest kind found.
 */
public enum PiiKind {
  /** API keys, tokens and private keys. */
  SECRET("secret", "[SECRET]"),
  /** Payment card numbers that pass the Luhn check. */
  CARD("pii_card", "[CARD]"),
  EMAIL("pii_email", "[EMAIL]"),
  /** International (+country code) and North American phone numbers. */
  PHONE("pii_phone", "[PHONE]"),
  IP_ADDRESS("pii_ip_address", "[IP]");

  private final String reasonCode;
  private final String mask;

  PiiKind(String reasonCode, String mask) {
    this.reasonCode = reasonCode;
    this.mask = mask;
  }

  /** The reason code a rejection for this kind records. */
  public String reasonCode() {
    return reasonCode;
  }

  /** What a finding of this kind is replaced with when masking, such as {@code [EMAIL]}. */
  public String mask() {
    return mask;
  }
}
