package dev.synthforge.core.metrics.text;

import dev.synthforge.core.lm.SeededRandom;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Compression ratio of a sample of texts, raw bytes over compressed bytes: higher means more
 * repetitive. Measured on a sample the caller draws (2 MB or more, 64 blocks, for a stable value).
 *
 * <p>Method: the texts are put in a seeded random order (sorted first, so the order given does
 * not matter), joined with a newline after each, encoded as UTF-8 and cut into blocks of
 * {@value #BLOCK_BYTES} bytes; each block is compressed on its own with raw DEFLATE at the
 * highest level, and the ratio pools all blocks (sum of raw over sum of compressed bytes). Only
 * whole blocks count, unless the sample is shorter than one block, which then is the only block.
 *
 * <p>Limitation: DEFLATE (the only compressor in the JDK) finds repeats at most 32 KiB - 262 bytes
 * back. The block is sized to fit that window, so every repeat inside a block is seen, but no
 * repeat between blocks is: this measures repetition among the documents that share a block (a
 * random few dozen, after the shuffle), such as shared templates, boilerplate and phrases that
 * recur across many documents; it does not see a corpus-wide duplicate whose copies land in
 * different blocks, nor long-range structure (exact and near-duplicate detection covers those).
 * Each block also starts with an empty window and pays for its own code tables, so the value
 * depends on the block size and on the language mix; compare it only with values computed the
 * same way, such as the real data's.
 *
 * @param rawBytes bytes before compression, over the blocks that count
 * @param compressedBytes bytes after compression
 * @param blocks how many blocks were compressed
 */
public record CompressionRatio(long rawBytes, long compressedBytes, int blocks) {

  /** Block size: under DEFLATE's reachable distance of 32,768 - 262 bytes. */
  public static final int BLOCK_BYTES = 32_000;

  public CompressionRatio {
    if (rawBytes < 0 || compressedBytes < 0 || blocks < 0) {
      throw new IllegalArgumentException("Cannot report compression ratio: raw bytes " + rawBytes
          + ", compressed bytes " + compressedBytes + " and blocks " + blocks + " must be >= 0");
    }
  }

  /** Shuffles {@code texts} with {@code seed} and compresses them block by block. */
  public static CompressionRatio of(Collection<String> texts, long seed) {
    List<String> shuffled = new ArrayList<>(texts);
    Collections.sort(shuffled);
    SeededRandom random = new SeededRandom(seed);
    for (int index = shuffled.size() - 1; index > 0; index--) {
      Collections.swap(shuffled, index, (int) (random.nextDouble() * (index + 1)));
    }
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      return compress(shuffled, deflater);
    } finally {
      deflater.end();
    }
  }

  private static CompressionRatio compress(List<String> texts, Deflater deflater) {
    byte[] block = new byte[BLOCK_BYTES];
    byte[] output = new byte[BLOCK_BYTES + 1024];
    int filled = 0;
    long raw = 0;
    long compressed = 0;
    int blocks = 0;
    for (String text : texts) {
      byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
      int position = 0;
      while (position < bytes.length) {
        int length = Math.min(bytes.length - position, BLOCK_BYTES - filled);
        System.arraycopy(bytes, position, block, filled, length);
        position += length;
        filled += length;
        if (filled == BLOCK_BYTES) {
          raw += filled;
          compressed += compressedSize(deflater, block, filled, output);
          blocks++;
          filled = 0;
        }
      }
    }
    if (blocks == 0 && filled > 0) {
      raw += filled;
      compressed += compressedSize(deflater, block, filled, output);
      blocks++;
    }
    return new CompressionRatio(raw, compressed, blocks);
  }

  private static long compressedSize(Deflater deflater, byte[] block, int length, byte[] output) {
    deflater.reset();
    deflater.setInput(block, 0, length);
    deflater.finish();
    long size = 0;
    while (!deflater.finished()) {
      size += deflater.deflate(output);
    }
    return size;
  }

  /** Raw over compressed bytes; 0 for no data. */
  public double value() {
    return compressedBytes == 0 ? 0 : (double) rawBytes / compressedBytes;
  }
}
