package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiScannerTest {

  private static List<PiiKind> kinds(String text) {
    return PiiScanner.scan(text).stream().map(PiiMatch::kind).toList();
  }

  private static String masked(String text) {
    return PiiScanner.mask(text, PiiScanner.scan(text));
  }

  @Test
  void findsEmailAddresses() {
    assertThat(masked("Contact jane.doe+news@example.co.uk today."))
        .isEqualTo("Contact [EMAIL] today.");
    assertThat(kinds("Write to user@localhost or @handle")).isEmpty();
  }

  @Test
  void findsInternationalAndNorthAmericanPhoneNumbers() {
    for (String phone : List.of("+44 20 7946 0958", "+1 (555) 123-4567", "(555) 123-4567",
        "555-123-4567", "555.123.4567", "555 123 4567", "1-800-555-0199", "+4915112345678")) {
      assertThat(masked("Call " + phone + " now.")).as(phone).isEqualTo("Call [PHONE] now.");
    }
  }

  @Test
  void leavesPlainNumbersYearsDatesAndPricesAlone() {
    for (String text : List.of("Order 1234567890 shipped.", "In 2024 sales rose 12%.",
        "Due 2024-01-15.", "It costs $1,299.99 today.", "Call extension 4567.", "Room +12.",
        "ISBN 978-0-13-468599-1", "The years 1990-2000 were calm.", "Pi is 3.14159265.",
        "Scores: 100 200 300 400")) {
      assertThat(kinds(text)).as(text).isEmpty();
    }
  }

  @Test
  void findsCardNumbersThatPassLuhn() {
    assertThat(masked("Card 4111 1111 1111 1111, thanks")).isEqualTo("Card [CARD], thanks");
    assertThat(masked("Card 4111-1111-1111-1111.")).isEqualTo("Card [CARD].");
    assertThat(masked("Amex 3782 822463 10005 ok")).isEqualTo("Amex [CARD] ok");
    assertThat(masked("MC 5555555555554444")).isEqualTo("MC [CARD]");
  }

  @Test
  void skipsCardShapedNumbersThatFailLuhnOrBrand() {
    assertThat(kinds("Card 4111 1111 1111 1112")).isEmpty();
    assertThat(kinds("Tracking 1234567812345670")).isEmpty(); // passes Luhn, no card brand
    assertThat(kinds("Years 2019 2020 2021 2022")).isEmpty();
  }

  @Test
  void findsSecretsWithKnownShapes() {
    for (String secret : List.of("sk-proj-abcdefghijklmnopqrstuvwxyz123456",
        "AKIAIOSFODNN7EXAMPLE", "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
        "xoxb-123456789012-abcdefghij", "hf_abcdefghijklmnopqrstuvwxyzABCDEF")) {
      assertThat(masked("key=" + secret + " end")).as(secret).isEqualTo("key=[SECRET] end");
    }
    assertThat(masked("-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----"))
        .isEqualTo("[SECRET]");
  }

  @Test
  void findsLongHighEntropyTokensButNotDigestsOrIds() {
    assertThat(kinds("token aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI here"))
        .containsExactly(PiiKind.SECRET);
    assertThat(kinds("sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
        .isEmpty();
    assertThat(kinds("id 123e4567-e89b-12d3-a456-426614174000")).isEmpty();
    assertThat(kinds("path /usr/local/share/applications/editor")).isEmpty();
    assertThat(kinds("ThisIsAVeryLongIdentifierNameForTesting")).isEmpty();
  }

  @Test
  void findsIpv4AddressesButNotVersions() {
    assertThat(masked("Server 192.168.1.10 answered.")).isEqualTo("Server [IP] answered.");
    assertThat(masked("From 10.0.0.1.")).isEqualTo("From [IP].");
    assertThat(kinds("Release v1.2.3.4 is out")).isEmpty();
    assertThat(kinds("Sections 1.2.3.4.5 apply")).isEmpty();
    assertThat(kinds("Bad 999.1.1.1 address")).isEmpty();
  }

  @Test
  void masksEveryKindInOneText() {
    String text = "Mail jane@example.com or call +44 20 7946 0958, card 4111 1111 1111 1111,"
        + " key AKIAIOSFODNN7EXAMPLE from 10.0.0.1.";

    assertThat(masked(text)).isEqualTo(
        "Mail [EMAIL] or call [PHONE], card [CARD], key [SECRET] from [IP].");
  }

  @Test
  void foldsFullWidthFormsButMasksTheOriginalCharacters() {
    String text = "カード ４１１１ １１１１ １１１１ １１１１ と ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ です";

    assertThat(masked(text)).isEqualTo("カード [CARD] と [EMAIL] です");
  }

  @Test
  void findsOnlyTheAskedKinds() {
    String text = "jane@example.com 192.168.1.10";

    assertThat(PiiScanner.scan(text, EnumSet.of(PiiKind.IP_ADDRESS)))
        .containsExactly(new PiiMatch(PiiKind.IP_ADDRESS, 17, 29));
  }

  @Test
  void findingsAreSortedAndDisjoint() {
    String text = "a@b.io 555-123-4567 a@b.io 4111111111111111 sk-abcdefghijklmnopqrstuvwx 1.2.3.4";
    List<PiiMatch> matches = PiiScanner.scan(text);

    assertThat(matches).hasSize(6);
    for (int index = 1; index < matches.size(); index++) {
      assertThat(matches.get(index).start()).isGreaterThanOrEqualTo(matches.get(index - 1).end());
    }
  }

  @Test
  void emptyAndPlainTextsHaveNoFindings() {
    for (String text : List.of("", "   ", "Hello", "我的电话号码是秘密", "🎉🎉")) {
      assertThat(PiiScanner.scan(text)).as(text).isEmpty();
    }
  }
}
