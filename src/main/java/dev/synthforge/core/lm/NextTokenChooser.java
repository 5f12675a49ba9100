package dev.synthforge.core.lm;

import java.util.Arrays;

/**
 * Draws the next token from the interpolated Witten-Bell distribution, mixed with the prompt
 * cache, under temperature and nucleus (top-p) sampling.
 *
 * <p>The prompt cache is the prompt's unigram distribution weighted by how well each of its words
 * fits the current context, so that the prompt's words come back where they make sense instead of
 * anywhere. Its weight is the prompt weight where the context lifts the prompt's words, on average
 * (by share), to at least their overall probability, and shrinks in proportion where it makes
 * them less likely: a prompt whose words cannot start a text does not push them into first place.
 *
 * <p>The distribution is held sparsely: explicit probabilities for the followers of the seen
 * contexts and the prompt's words (the candidates), and the unigram tail for every other word,
 * whose probability is a constant times its unigram count. The tail is sampled exactly, by
 * rejecting candidates, without ever building a dense distribution over the vocabulary.
 */
final class NextTokenChooser {

  private static final int TAIL_ATTEMPTS = 64;

  private final NgramTables tables;
  private final SamplerScratch scratch;
  private final SeededRandom random;
  private final double temperature;
  private final double topP;
  private final PromptCache cache;
  private final double promptWeight;
  private final int[] contextNodes;
  private final double[] weights;
  private final double[] promptMasses;
  private double promptMass;
  private final int rootStart;
  private int deepest;
  private double rootScale;
  private int tailTopWord;
  private double tailTopMass;

  NextTokenChooser(
      NgramTables tables,
      SamplerScratch scratch,
      SeededRandom random,
      SamplingRequest request,
      PromptCache cache,
      double promptWeight) {
    this.tables = tables;
    this.scratch = scratch;
    this.random = random;
    this.temperature = request.temperature();
    this.topP = request.topP();
    this.cache = cache;
    this.promptWeight = promptWeight;
    this.contextNodes = new int[tables.order];
    this.weights = new double[tables.order];
    this.promptMasses = new double[cache.words.length];
    this.rootStart = tables.offsets[0];
  }

  int next(int[] history) {
    locateContexts(history);
    if (temperature == 1.0 && topP >= 1.0) {
      return ancestral();
    }
    collectCandidates();
    return temperature == 0 ? greedy() : tempered();
  }

  private void locateContexts(int[] history) {
    deepest = 0;
    int node = 0;
    for (int depth = 1; depth < tables.order; depth++) {
      node = tables.child(node, history[history.length - depth]);
      if (node < 0) {
        break;
      }
      contextNodes[depth] = node;
      deepest = depth;
    }
    double remaining = 1;
    for (int depth = deepest; depth >= 1; depth--) {
      double seen = tables.totals[contextNodes[depth]];
      double distinct = tables.distinctFollowers(contextNodes[depth]);
      weights[depth] = remaining * seen / (seen + distinct);
      remaining *= distinct / (seen + distinct);
    }
    weights[0] = remaining;
  }

  /** Samples the mixture component by component, which is exact at temperature 1. */
  private int ancestral() {
    if (promptWeight > 0 && random.nextDouble() < promptWeight && promptFits()) {
      return promptWord();
    }
    double uniform = random.nextDouble();
    double cumulative = 0;
    for (int depth = deepest; depth >= 1; depth--) {
      cumulative += weights[depth];
      if (uniform < cumulative) {
        return followerOf(contextNodes[depth]);
      }
    }
    UnigramPowers unigram = tables.unigramPowers(1.0);
    int position = unigram.positionOf(random.nextDouble() * unigram.total(unigram.size()));
    return tables.followers[rootStart + position];
  }

  private int followerOf(int node) {
    return tables.followerAt(node, (long) (random.nextDouble() * tables.totals[node]));
  }

  /**
   * Computes the prompt words' masses in this context, then accepts the prompt branch with the
   * probability that scales the prompt weight down where the prompt fits the context poorly.
   */
  private boolean promptFits() {
    promptMass = 0;
    for (int index = 0; index < cache.words.length; index++) {
      promptMasses[index] = cache.shares[index] * contextualProbability(cache.words[index]);
      promptMass += promptMasses[index];
    }
    return random.nextDouble() < fit();
  }

  /** The share-weighted lift of the prompt's words in this context, at most 1. */
  private double fit() {
    double lift = 0;
    for (int index = 0; index < cache.words.length; index++) {
      lift += promptMasses[index] * cache.inverseUnigram[index];
    }
    return Math.min(1.0, lift);
  }

  /** A prompt word, drawn by its share in the prompt times how well it fits the context. */
  private int promptWord() {
    double[] masses = promptMasses;
    double target = random.nextDouble() * promptMass;
    for (int index = 0; index < masses.length - 1; index++) {
      target -= masses[index];
      if (target < 0) {
        return cache.words[index];
      }
    }
    return cache.words[masses.length - 1];
  }

  /** The smoothed probability of {@code word} in the current context, without the prompt. */
  private double contextualProbability(int word) {
    double probability = weights[0] * tables.unigramCounts[word] / tables.totals[0];
    for (int depth = deepest; depth >= 1; depth--) {
      int node = contextNodes[depth];
      probability += weights[depth] * tables.countAfter(node, word) / tables.totals[node];
    }
    return probability;
  }

  private void collectCandidates() {
    scratch.clear();
    for (int depth = deepest; depth >= 1; depth--) {
      int node = contextNodes[depth];
      double scale = weights[depth] / tables.totals[node];
      for (int position = tables.offsets[node]; position < tables.offsets[node + 1]; position++) {
        scratch.add(tables.followers[position], scale * tables.followerCounts[position]);
      }
    }
    for (int word : cache.words) {
      scratch.add(word, 0);
    }
    double unigramScale = weights[0] / tables.totals[0];
    for (int index = 0; index < scratch.size; index++) {
      int word = scratch.candidates[index];
      scratch.probability[word] += unigramScale * tables.unigramCounts[word];
    }
    double weight = 0;
    if (promptWeight > 0) {
      double mass = 0;
      for (int index = 0; index < cache.words.length; index++) {
        promptMasses[index] = cache.shares[index] * scratch.probability[cache.words[index]];
        mass += promptMasses[index];
      }
      weight = promptWeight * fit();
      for (int index = 0; index < scratch.size; index++) {
        scratch.probability[scratch.candidates[index]] *= 1 - weight;
      }
      for (int index = 0; index < cache.words.length; index++) {
        scratch.probability[cache.words[index]] += weight * promptMasses[index] / mass;
      }
    }
    rootScale = (1 - weight) * unigramScale;
    int position = nextTailPosition(0);
    tailTopWord = position < 0 ? -1 : tables.followers[rootStart + position];
    tailTopMass = position < 0 ? 0 : rootScale * tables.followerCounts[rootStart + position];
  }

  private int greedy() {
    int best = tailTopWord;
    double bestMass = tailTopMass;
    for (int index = 0; index < scratch.size; index++) {
      int word = scratch.candidates[index];
      double mass = scratch.probability[word];
      if (best < 0 || mass > bestMass || (mass == bestMass && word < best)) {
        best = word;
        bestMass = mass;
      }
    }
    return best;
  }

  private int tempered() {
    double inverse = 1 / temperature;
    double peak = tailTopMass;
    for (int index = 0; index < scratch.size; index++) {
      peak = Math.max(peak, scratch.probability[scratch.candidates[index]]);
    }
    UnigramPowers powers = tables.unigramPowers(inverse);
    double candidateMass = 0;
    double candidateUnigramPower = 0;
    for (int index = 0; index < scratch.size; index++) {
      int word = scratch.candidates[index];
      // Scaled by the peak so that a high 1 / temperature cannot underflow every weight.
      double weight = power(scratch.probability[word] / peak, inverse);
      scratch.probability[word] = weight;
      candidateMass += weight;
      if (tables.unigramCounts[word] > 0) {
        candidateUnigramPower += powers.weightOfCount(tables.unigramCounts[word]);
      }
    }
    double tailFactor = power(rootScale * powers.maxCount() / peak, inverse);
    double tailMass =
        tailTopWord < 0 ? 0 : tailFactor * Math.max(0, powers.total(powers.size()) - candidateUnigramPower);
    if (topP < 1.0) {
      return nucleus(powers, tailFactor, topP * (candidateMass + tailMass));
    }
    double target = random.nextDouble() * (candidateMass + tailMass);
    for (int index = 0; index < scratch.size; index++) {
      target -= scratch.probability[scratch.candidates[index]];
      if (target < 0) {
        return scratch.candidates[index];
      }
    }
    return tailTopWord < 0 ? scratch.candidates[scratch.size - 1] : tailWord(powers);
  }

  /** Samples among the most likely tokens, candidates and tail merged, holding {@code threshold}. */
  private int nucleus(UnigramPowers powers, double tailFactor, double threshold) {
    for (int index = 0; index < scratch.size; index++) {
      int word = scratch.candidates[index];
      float weight = (float) scratch.probability[word];
      scratch.sortKeys[index] = ((long) Float.floatToIntBits(weight) << 32) | (Integer.MAX_VALUE - word);
    }
    Arrays.sort(scratch.sortKeys, 0, scratch.size);
    int candidate = scratch.size - 1;
    int tail = tailTopWord < 0 ? -1 : nextTailPosition(0);
    double mass = 0;
    int size = 0;
    while (mass < threshold && (candidate >= 0 || tail >= 0)) {
      int candidateWord = candidate < 0 ? -1 : Integer.MAX_VALUE - (int) scratch.sortKeys[candidate];
      double candidateWeight = candidate < 0 ? -1 : scratch.probability[candidateWord];
      double tailWeight = tail < 0 ? -1 : tailFactor * powers.weight(tail);
      if (candidateWeight >= tailWeight) {
        scratch.nucleusWords[size] = candidateWord;
        scratch.nucleusWeights[size++] = candidateWeight;
        mass += candidateWeight;
        candidate--;
      } else {
        scratch.nucleusWords[size] = tables.followers[rootStart + tail];
        scratch.nucleusWeights[size++] = tailWeight;
        mass += tailWeight;
        tail = nextTailPosition(tail + 1);
      }
    }
    double target = random.nextDouble() * mass;
    for (int index = 0; index < size - 1; index++) {
      target -= scratch.nucleusWeights[index];
      if (target < 0) {
        return scratch.nucleusWords[index];
      }
    }
    return scratch.nucleusWords[size - 1];
  }

  /** A word of the tail (not a candidate), drawn by its tempered unigram weight. */
  private int tailWord(UnigramPowers powers) {
    double total = powers.total(powers.size());
    for (int attempt = 0; attempt < TAIL_ATTEMPTS; attempt++) {
      int word = tables.followers[rootStart + powers.positionOf(random.nextDouble() * total)];
      if (!scratch.contains(word)) {
        return word;
      }
    }
    double tailTotal = 0;
    for (int position = nextTailPosition(0); position >= 0; position = nextTailPosition(position + 1)) {
      tailTotal += powers.weight(position);
    }
    double target = random.nextDouble() * tailTotal;
    int last = tailTopWord;
    for (int position = nextTailPosition(0); position >= 0; position = nextTailPosition(position + 1)) {
      last = tables.followers[rootStart + position];
      target -= powers.weight(position);
      if (target < 0) {
        return last;
      }
    }
    return last;
  }

  /** The first unigram position at or after {@code from} whose word is not a candidate, or -1. */
  private int nextTailPosition(int from) {
    int end = tables.offsets[1] - rootStart;
    for (int position = from; position < end; position++) {
      if (!scratch.contains(tables.followers[rootStart + position])) {
        return position;
      }
    }
    return -1;
  }

  private static double power(double value, double exponent) {
    return exponent == 1.0 ? value : Math.pow(value, exponent);
  }
}
