package org.storyline.exchange;

/**
 * Where the exchange files of a job's output directory live, relative to that directory. Each
 * part is a directory of {@code part-*} files (optionally gzip-compressed, {@code .gz}), one
 * {@link ExchangeJson} record per line, as Spark and Hadoop write them; {@value #FORMAT_FILE}
 * names the format.
 */
public final class ExchangeLayout {
  /** The directory holding every exchange part. */
  public static final String ROOT = "store";
  /** File in {@link #ROOT} whose content is {@link ExchangeJson#FORMAT}. */
  public static final String FORMAT_FILE = "_FORMAT";
  /** Analysed articles with every layer ({@code AnnotatedArticle}). */
  public static final String ARTICLES = "articles";
  /** Duplicate links ({@code DuplicateLink}). */
  public static final String DUPLICATES = "duplicates";
  /** Canonical entities ({@code Entity}). */
  public static final String ENTITIES = "entities";
  /** Fused events ({@code Event}). */
  public static final String EVENTS = "events";
  /** Contradictions ({@code Contradiction}). */
  public static final String CONTRADICTIONS = "contradictions";
  /** Run-level diagnostics: skipped files and records, failed articles ({@code Diagnostic}). */
  public static final String DIAGNOSTICS = "diagnostics";

  private ExchangeLayout() {}
}
