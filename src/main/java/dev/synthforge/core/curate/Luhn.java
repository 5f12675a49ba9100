package dev.synthforge.core.curate;

/** The Luhn (mod 10) check digit test that payment card numbers pass. */
public final class Luhn {

  private Luhn() {}

  /**
   * Whether {@code digits}, ASCII digits only, pass the Luhn check. Text that is empty or holds
   * anything but digits does not.
   */
  public static boolean valid(String digits) {
    if (digits.isEmpty()) {
      return false;
    }
    int sum = 0;
    boolean doubled = false;
    for (int index = digits.length() - 1; index >= 0; index--) {
      char character = digits.charAt(index);
      if (character < '0' || character > '9') {
        return false;
      }
      int digit = character - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
