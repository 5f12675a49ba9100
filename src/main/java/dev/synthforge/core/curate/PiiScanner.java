package dev.synthforge.core.curate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data and secrets in text by pattern, with checks that keep plain numbers out:
 *
 * <ul>
 *   <li>e-mail addresses: {@code name@domain.tld};
 *   <li>phone numbers: "+" and a country code followed by 8 to 15 digits in all, or North
 *       American 3-3-4 digit groups with separators ("(555) 123-4567", "555.123.4567", "+1 555 123
 *       4567"); a run of digits without separators, a year, a date or a price is not a phone;
 *   <li>card numbers: 13 to 19 digits, bare or in groups of 4 (or 4-6-5), starting like a card
 *       brand (3, 4, 5, 6, or 2221 to 2720) and passing the {@link Luhn} check;
 *   <li>secrets: keys with a known shape ({@code sk-...}, {@code AKIA...}, {@code ghp_...},
 *       {@code github_pat_...}, {@code xoxb-...}, {@code AIza...}, {@code hf_...}, PEM private
 *       keys) and any run of 32 or more key characters mixing upper case, lower case and digits
 *       with at least 4.2 bits of entropy per character (so hex digests and UUIDs are not
 *       secrets);
 *   <li>IPv4 addresses: four numbers of 0 to 255, not part of a longer dotted run or a version
 *       such as "v1.2.3.4".
 * </ul>
 *
 * Where findings overlap, the kind earlier in {@link PiiKind} wins. Matching is on ASCII digits
 * and letters after folding full-width forms; digits of other scripts are not found.
 */
public final class PiiScanner {

  private static final Pattern EMAIL = Pattern.compile("(?<![\\w.%+-])[A-Za-z0-9][\\w.%+-]*"
      + "@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
      + "\\.[A-Za-z]{2,24}(?![\\w-])");
  private static final Pattern INTERNATIONAL_PHONE =
      Pattern.compile("(?<![\\w+])\\+[1-9]\\d{0,2}(?:[ .-]?\\(?\\d{1,4}\\)?){2,6}(?![\\w-])");
  private static final Pattern NORTH_AMERICAN_PHONE = Pattern.compile(
      "(?<![\\w+.-])(?:1[ .-])?(?:\\(\\d{3}\\) ?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?![\\w-]|\\.\\d)");
  private static final Pattern CARD = Pattern.compile("(?<![\\w+-])(?:\\d{13,19}"
      + "|\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{4}(?:\\1\\d{1,3})?|\\d{4}([ -])\\d{6}\\2\\d{4,5})"
      + "(?![\\w-])");
  private static final Pattern KNOWN_SECRET = Pattern.compile(
      "\\bsk-[A-Za-z0-9_-]{20,}|\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b|\\bgh[pousr]_[A-Za-z0-9]{36,}"
          + "|\\bgithub_pat_\\w{22,}|\\bxox[abpors]-[A-Za-z0-9-]{10,}|\\bAIza[\\w-]{35}"
          + "|\\bhf_[A-Za-z0-9]{30,}|-----BEGIN [A-Z ]*PRIVATE KEY-----(?:[\\s\\S]*?"
          + "-----END [A-Z ]*PRIVATE KEY-----)?");
  private static final Pattern KEY_LIKE =
      Pattern.compile("(?<![\\w+/=-])[\\w+/=-]{32,}(?![\\w+/=-])");
  private static final Pattern IPV4 = Pattern.compile(
      "(?<![\\w.])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}"
          + "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(?![\\w]|\\.\\d)");
  private static final double MIN_KEY_ENTROPY_BITS = 4.2;

  private PiiScanner() {}

  /** Every finding of every kind, by position. */
  public static List<PiiMatch> scan(String text) {
    return scan(text, EnumSet.allOf(PiiKind.class));
  }

  /**
   * The findings of {@code kinds} in {@code text}, by position in {@code text}, none overlapping.
   * Each character is NFKC-folded before matching, so full-width digits and signs are found too.
   */
  public static List<PiiMatch> scan(String text, Set<PiiKind> kinds) {
    FoldedText folded = FoldedText.of(text);
    List<PiiMatch> accepted = new ArrayList<>();
    for (PiiKind kind : PiiKind.values()) {
      if (kinds.contains(kind)) {
        for (PiiMatch candidate : candidates(kind, folded.text)) {
          PiiMatch original = folded.original(candidate);
          if (accepted.stream().noneMatch(original::overlaps)) {
            accepted.add(original);
          }
        }
      }
    }
    accepted.sort(Comparator.comparingInt(PiiMatch::start));
    return List.copyOf(accepted);
  }

  /** {@code text} with each of {@code matches} (by position, none overlapping) masked. */
  public static String mask(String text, List<PiiMatch> matches) {
    StringBuilder out = new StringBuilder(text.length());
    int position = 0;
    for (PiiMatch match : matches) {
      out.append(text, position, match.start()).append(match.kind().mask());
      position = match.end();
    }
    return out.append(text, position, text.length()).toString();
  }

  private static List<PiiMatch> candidates(PiiKind kind, String text) {
    switch (kind) {
      case SECRET:
        List<PiiMatch> secrets = find(kind, KNOWN_SECRET, text);
        for (PiiMatch keyLike : find(kind, KEY_LIKE, text)) {
          if (looksRandom(text.substring(keyLike.start(), keyLike.end()))) {
            secrets.add(keyLike);
          }
        }
        return secrets;
      case CARD:
        List<PiiMatch> cards = find(kind, CARD, text);
        cards.removeIf(card -> !isCardNumber(digits(text, card)));
        return cards;
      case EMAIL:
        return find(kind, EMAIL, text);
      case PHONE:
        List<PiiMatch> phones = find(kind, INTERNATIONAL_PHONE, text);
        phones.removeIf(phone -> digits(text, phone).length() < 8
            || digits(text, phone).length() > 15);
        phones.addAll(find(kind, NORTH_AMERICAN_PHONE, text));
        return phones;
      default:
        return find(kind, IPV4, text);
    }
  }

  private static List<PiiMatch> find(PiiKind kind, Pattern pattern, String text) {
    List<PiiMatch> matches = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      matches.add(new PiiMatch(kind, matcher.start(), matcher.end()));
    }
    return matches;
  }

  private static String digits(String text, PiiMatch match) {
    return text.substring(match.start(), match.end()).replaceAll("\\D", "");
  }

  private static boolean isCardNumber(String digits) {
    if (digits.length() < 13 || digits.length() > 19) {
      return false;
    }
    int first = digits.charAt(0) - '0';
    int firstFour = Integer.parseInt(digits.substring(0, 4));
    boolean brand = (first >= 3 && first <= 6) || (firstFour >= 2221 && firstFour <= 2720);
    return brand && Luhn.valid(digits);
  }

  /** Mixed upper case, lower case and digits, with high per-character entropy. */
  static boolean looksRandom(String token) {
    boolean upper = token.chars().anyMatch(Character::isUpperCase);
    boolean lower = token.chars().anyMatch(Character::isLowerCase);
    boolean digit = token.chars().anyMatch(Character::isDigit);
    return upper && lower && digit && entropyBits(token) >= MIN_KEY_ENTROPY_BITS;
  }

  /** Shannon entropy of the characters of an ASCII {@code token}, in bits per character. */
  static double entropyBits(String token) {
    int[] counts = new int[128];
    token.chars().forEach(character -> counts[character & 0x7f]++);
    double entropy = 0;
    for (int count : counts) {
      if (count > 0) {
        double share = (double) count / token.length();
        entropy -= share * Math.log(share) / Math.log(2);
      }
    }
    return entropy;
  }
}
