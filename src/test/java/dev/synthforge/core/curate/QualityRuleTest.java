package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityRuleTest {

  private static final QualityRule RULE = new QualityRule();

  private static Verdict judge(String text) {
    return RULE.evaluate(CurationInput.freeText(text, "stop"));
  }

  private static void assertRejected(Verdict verdict, QualityCheck check) {
    assertThat(verdict.rejected()).as(verdict.detail()).isTrue();
    assertThat(verdict.reason()).as(verdict.detail()).isEqualTo(check.reasonCode());
  }

  /** {@code count} distinct six-letter words: "waaaaa", "waaaab", ... */
  static List<String> uniqueWords(int count) {
    List<String> words = new ArrayList<>();
    for (int index = 0; index < count; index++) {
      StringBuilder word = new StringBuilder("w");
      int rest = index;
      for (int letter = 0; letter < 5; letter++) {
        word.insert(1, (char) ('a' + rest % 26));
        rest /= 26;
      }
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void passesAnOrdinarySentence() {
    Verdict verdict = judge("The quick brown fox jumps over the lazy dog near the river bank.");

    assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.PASSED);
    assertThat(verdict.detail()).isEqualTo("word count 13");
    assertThat(verdict.score()).isNaN();
  }

  @Test
  void emptyWhiteSpaceAndOneWordHaveTooFewWords() {
    Verdict empty = judge("");
    assertRejected(empty, QualityCheck.TOO_FEW_WORDS);
    assertThat(empty.detail()).isEqualTo("too_few_words: word count 0 < 3");
    assertRejected(judge(" \n\t "), QualityCheck.TOO_FEW_WORDS);
    assertThat(judge("Hello").detail()).isEqualTo("too_few_words: word count 1 < 3");
    assertRejected(judge("!!! ???"), QualityCheck.TOO_FEW_WORDS);
  }

  @Test
  void wordCountBoundsAreInclusive() {
    assertRejected(judge("Cats chase."), QualityCheck.TOO_FEW_WORDS);
    assertThat(judge("Cats chase mice.").passed()).isTrue();

    QualityRule upToTen = new QualityRule(QualityThresholds.defaults().withWordCounts(3, 10),
        EnumSet.allOf(QualityCheck.class));
    String ten = "One two three four five six seven eight nine ten";
    assertThat(upToTen.evaluate(CurationInput.freeText(ten, null)).passed()).isTrue();
    Verdict eleven = upToTen.evaluate(CurationInput.freeText(ten + " eleven", null));
    assertRejected(eleven, QualityCheck.TOO_MANY_WORDS);
    assertThat(eleven.detail()).isEqualTo("too_many_words: word count 11 > 10");
  }

  @Test
  void meanWordLengthBoundsAreInclusive() {
    assertThat(judge("am so to go").passed()).isTrue(); // mean 2.0
    Verdict tooShort = judge("a am so to go"); // mean 1.8
    assertRejected(tooShort, QualityCheck.MEAN_WORD_LENGTH_TOO_SHORT);
    assertThat(tooShort.detail())
        .isEqualTo("mean_word_length_too_short: mean word length 1.800 < 2.000");

    assertThat(judge("abcdefghijkl abcdefghijkm abcdefghijkn").passed()).isTrue(); // mean 12.0
    assertRejected(judge("abcdefghijkl abcdefghijkm abcdefghijklmn"), // mean 12.67
        QualityCheck.MEAN_WORD_LENGTH_TOO_LONG);
  }

  @Test
  void symbolRatioIsTakenOverAtLeastTenWords() {
    assertThat(judge("Loving this sunny day #summer").passed()).isTrue(); // 1 / 10
    assertRejected(judge("Loving this #sunny day #summer"), QualityCheck.TOO_MANY_SYMBOLS);
    assertThat(judge("Well... I guess that is fine with me.").passed()).isTrue();
    String twenty = String.join(" ", uniqueWords(19)) + " the";
    assertThat(judge(twenty + " #a #b").passed()).isTrue(); // 2 / 20
    assertRejected(judge(twenty + " #a #b #c"), QualityCheck.TOO_MANY_SYMBOLS); // 3 / 20
  }

  @Test
  void fullWidthSymbolsAreFoldedBeforeCounting() {
    Verdict verdict = judge("Ｂｕｙ ＃ｓａｌｅ ＃ｎｏｗ ＃ｔｏｄａｙ");

    assertRejected(verdict, QualityCheck.TOO_MANY_SYMBOLS);
    assertThat(verdict.detail()).isEqualTo("too_many_symbols: symbols per word 0.300 > 0.100");
  }

  @Test
  void alphabeticShareIsTakenOverAtLeastTenWords() {
    assertThat(judge("In 2024, revenue was 5 million.").passed()).isTrue(); // 1 - 2/10
    assertRejected(judge("Codes 12 34 56 and 78 here"), QualityCheck.TOO_FEW_ALPHABETIC_WORDS);
  }

  @Test
  void emojiAreWordsWithoutLetters() {
    assertThat(judge("Great party tonight with friends 🎉").passed()).isTrue();
    assertRejected(judge("Party time 🎉🎉🎉 with friends tonight"),
        QualityCheck.TOO_FEW_ALPHABETIC_WORDS);
  }

  @Test
  void stopWordsAreRequiredFromTwentyWords() {
    String nineteen = "Bright red apples grow quickly in warm sunny orchards where farmers pick"
        + " them carefully every single autumn morning before";
    assertThat(judge(nineteen).passed()).isTrue();
    Verdict twentyOne = judge(nineteen + " breakfast arrives");
    assertRejected(twentyOne, QualityCheck.TOO_FEW_STOP_WORDS);
    assertThat(twentyOne.detail()).isEqualTo("too_few_stop_words: stop word count 0 < 1");
    assertThat(judge(nineteen + " the breakfast arrives").passed()).isTrue();
    assertThat(judge(nineteen + " THE breakfast arrives").passed()).isTrue();

    QualityRule anyLanguage = new QualityRule(
        QualityThresholds.defaults().withoutStopWords(), EnumSet.allOf(QualityCheck.class));
    assertThat(anyLanguage.evaluate(CurationInput.freeText(nineteen + " breakfast arrives", null))
        .passed()).isTrue();
  }

  @Test
  void bulletLinesCountUnicodeBulletsOnly() {
    assertRejected(judge("• apples\n• pears\n• plums"), QualityCheck.TOO_MANY_BULLET_LINES);
    assertThat(judge("Fruits we sell today:\n• apples\n• pears\n• plums").passed()).isTrue();
    assertThat(judge("- apples\n- pears\n- plums").passed()).isTrue();
  }

  @Test
  void ellipsisLinesAreBoundedAtThirtyPercent() {
    assertRejected(judge("I was going to say that..."), QualityCheck.TOO_MANY_ELLIPSIS_LINES);
    assertThat(judge("I was going to say that…").reason()).isEqualTo("too_many_ellipsis_lines");
    List<String> lines = new ArrayList<>(List.of("Apples grow on the trees.", "Pears taste sweet.",
        "Plums are purple.", "Cherries come in pairs.", "Grapes hang in bunches.",
        "Lemons taste sour.", "Melons are heavy.", "Kiwis feel fuzzy...", "Figs dry well...",
        "Dates keep long..."));
    assertThat(judge(String.join("\n", lines)).passed()).isTrue(); // 3 of 10 lines
    lines.set(0, "Apples grow on the trees...");
    assertThat(judge(String.join("\n", lines)).detail())
        .contains("too_many_ellipsis_lines: ellipsis line share 0.400 > 0.300");
  }

  @Test
  void duplicateLinesAreRejectedWithEveryFailingCheckInTheDetail() {
    Verdict verdict = judge("Buy now.\nBuy now.\nGreat deal today.");

    assertRejected(verdict, QualityCheck.DUPLICATE_LINES);
    assertThat(verdict.detail()).isEqualTo(
        "duplicate_lines: duplicate line share 0.333 > 0.300; duplicate_line_characters:"
            + " duplicate line character share 0.242 > 0.200");
  }

  @Test
  void blankLinesAreNotDuplicates() {
    assertThat(judge("First point here.\n\nSecond point there.\n\nThird point too.").passed())
        .isTrue();
  }

  @Test
  void duplicateLineCharactersCountOnTheirOwn() {
    Verdict verdict = judge("This line repeats itself exactly.\nThis line repeats itself exactly."
        + "\nShort one.\nAnother.");

    assertRejected(verdict, QualityCheck.DUPLICATE_LINE_CHARACTERS);
  }

  @Test
  void repeatedFiveGramsAreRejectedInShortTexts() {
    assertRejected(judge("I love you so much I love you so much"), QualityCheck.DUPLICATE_NGRAMS);
  }

  @Test
  void duplicateNgramShareNearItsBound() {
    QualityRule rule = new QualityRule(
        QualityThresholds.defaults().withoutStopWords(), EnumSet.allOf(QualityCheck.class));
    List<String> words = uniqueWords(29);
    String repeatedFive = String.join(" ", words.subList(0, 5));
    // 5 repeated words of 34, all six letters long: 30 / 204 = 0.147
    String passing = String.join(" ", words) + " " + repeatedFive;
    assertThat(rule.evaluate(CurationInput.freeText(passing, null)).passed()).isTrue();
    // 5 repeated words of 33: 30 / 198 = 0.152
    String failing = String.join(" ", words.subList(0, 28)) + " " + repeatedFive;
    Verdict verdict = rule.evaluate(CurationInput.freeText(failing, null));
    assertRejected(verdict, QualityCheck.DUPLICATE_NGRAMS);
    assertThat(verdict.detail())
        .isEqualTo("duplicate_ngrams: duplicate 5-gram character share 0.152 > 0.150");
  }

  @Test
  void topNgramShareAppliesFromFiftyWords() {
    assertThat(judge("The history of the city and the culture of the region").passed()).isTrue();
    assertThat(judge(repeatedBigram(10, 40)).passed()).isTrue(); // 50 / 290 = 0.172
    Verdict verdict = judge(repeatedBigram(12, 36)); // 60 / 276 = 0.217
    assertRejected(verdict, QualityCheck.REPEATED_TOP_NGRAM);
    assertThat(verdict.detail())
        .isEqualTo("repeated_top_ngram: top 2-gram character share 0.217 > 0.200");
    assertThat(judge(repeatedBigram(6, 18)).passed()).isTrue(); // 36 words: not checked
  }

  /** "of the" {@code times} times, each followed by unique six-letter words. */
  private static String repeatedBigram(int times, int uniqueCount) {
    List<String> unique = uniqueWords(uniqueCount);
    List<String> words = new ArrayList<>();
    int perGap = uniqueCount / times;
    for (int index = 0; index < times; index++) {
      words.add("of");
      words.add("the");
      words.addAll(unique.subList(index * perGap, (index + 1) * perGap));
    }
    return String.join(" ", words);
  }

  @Test
  void loremIpsumAndCurlyBracesAreRejected() {
    assertRejected(judge("Lorem ipsum dolor sit amet, consectetur adipiscing elit."),
        QualityCheck.LOREM_IPSUM);
    assertRejected(judge("Our LOREM   IPSUM placeholder text stays here."),
        QualityCheck.LOREM_IPSUM);
    assertRejected(judge("Hello {name}, welcome to the club."), QualityCheck.CURLY_BRACE);
  }

  @Test
  void unicodeProseIsMeasuredLikeAsciiProse() {
    assertThat(judge("Le café était très agréable ce matin.").passed()).isTrue();
    assertThat(judge("Ｔｈｅ　ｑｕｉｃｋ　ｂｒｏｗｎ　ｆｏｘ").passed()).isTrue();
  }

  @Test
  void chineseFailsWordLengthChecksUnlessTheyAreOff() {
    String chinese = "我今天很高兴因为天气很好。";
    assertRejected(judge(chinese), QualityCheck.MEAN_WORD_LENGTH_TOO_SHORT);

    EnumSet<QualityCheck> checks = EnumSet.allOf(QualityCheck.class);
    checks.remove(QualityCheck.MEAN_WORD_LENGTH_TOO_SHORT);
    QualityRule languageNeutral =
        new QualityRule(QualityThresholds.defaults().withoutStopWords(), checks);
    assertThat(languageNeutral.evaluate(CurationInput.freeText(chinese, null)).passed()).isTrue();
  }

  @Test
  void disabledChecksNeverReject() {
    QualityRule noChecks =
        new QualityRule(QualityThresholds.defaults(), EnumSet.noneOf(QualityCheck.class));

    assertThat(noChecks.evaluate(CurationInput.freeText("", null)).passed()).isTrue();
  }

  @Test
  void structuredOutputIsNotApplicable() {
    Verdict verdict =
        RULE.evaluate(CurationInput.structured(
            "{\"label\": \"a\"}", "stop", "{\"type\": \"object\"}"));

    assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.NOT_APPLICABLE);
  }

  @Test
  void everyCheckHasItsOwnReasonCode() {
    assertThat(RULE.reasonCodes()).hasSize(QualityCheck.values().length);
    assertThat(RULE.name()).isEqualTo("quality");
  }
}
