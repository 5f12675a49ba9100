package dev.synthforge.spark;

import dev.synthforge.core.mix.MixPlan;
import java.util.Optional;

/**
 * What a mix run did.
 *
 * @param table the training mix table
 * @param tableVersion its Delta version after the write
 * @param manifest path of the manifest written
 * @param card path of the dataset card written beside it
 * @param exportDir the export folder, when files were exported
 * @param rebuiltFrom the manifest rebuilt, when the run was a rebuild
 */
public record MixResult(String runId, String table, long tableVersion, MixPlan plan, String manifest, String card,
    Optional<String> exportDir, Optional<String> rebuiltFrom, long wallMillis) {}
