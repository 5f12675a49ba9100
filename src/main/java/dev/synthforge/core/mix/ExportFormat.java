package dev.synthforge.core.mix;

/** File formats a mix is exported in. */
public enum ExportFormat {
  /** Parquet with every lineage column. */
  PARQUET,
  /** One JSON object per line, in an {@link ExportShape}. */
  JSONL
}
