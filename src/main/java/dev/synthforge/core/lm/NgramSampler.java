package dev.synthforge.core.lm;

import java.util.Map;

/** One sampling call: draws tokens until the end token, a stop sequence or the token limit. */
final class NgramSampler {

  private final NgramTables tables;
  private final SamplingRequest request;
  private final NextTokenChooser chooser;
  private final int[] history;

  NgramSampler(
      NgramTables tables, Map<String, Integer> ids, SamplingRequest request, SamplerScratch scratch) {
    this.tables = tables;
    this.request = request;
    // The prompt takes part in the seed so that one fixed seed still varies across prompts.
    SeededRandom random =
        new SeededRandom(SeededRandom.mix(request.seed()) ^ SeededRandom.hash(request.prompt()));
    PromptCache cache = PromptCache.of(request.prompt(), ids, tables);
    double promptWeight = cache.isEmpty() ? 0 : request.promptWeight();
    this.chooser = new NextTokenChooser(tables, scratch, random, request, cache, promptWeight);
    this.history = new int[Math.max(1, tables.order - 1)];
  }

  private static final int MAX_REDRAWS = 32;

  SamplingResult run() {
    Detokenizer text = new Detokenizer();
    for (int tokens = 0; tokens < request.maxTokens(); tokens++) {
      int next = chooser.next(history);
      // Backing off to unigrams gives the end token some mass even first: an empty answer is
      // never what a caller wants, so draw again (deterministically, from the same stream).
      for (int redraw = 0; tokens == 0 && next == NgramModel.END && redraw < MAX_REDRAWS; redraw++) {
        next = chooser.next(history);
      }
      if (next == NgramModel.END) {
        return new SamplingResult(text.text(), tokens, FinishReason.STOP);
      }
      int lengthBefore = text.length();
      text.append(tables.words[next]);
      if (!request.stop().isEmpty()) {
        String cut = cutAtStop(text.text(), lengthBefore);
        if (cut != null) {
          return new SamplingResult(cut, WordTokenizer.countTokens(cut), FinishReason.STOP);
        }
      }
      System.arraycopy(history, 1, history, 0, history.length - 1);
      history[history.length - 1] = next;
    }
    return new SamplingResult(text.text(), request.maxTokens(), FinishReason.LENGTH);
  }

  /** The text before the first stop sequence that ends after {@code lengthBefore}, or null. */
  private String cutAtStop(String text, int lengthBefore) {
    int earliest = -1;
    for (String stop : request.stop()) {
      int index = text.indexOf(stop, Math.max(0, lengthBefore - stop.length() + 1));
      if (index >= 0 && (earliest < 0 || index < earliest)) {
        earliest = index;
      }
    }
    return earliest < 0 ? null : text.substring(0, earliest);
  }
}
