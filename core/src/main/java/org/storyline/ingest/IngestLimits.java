package org.storyline.ingest;

/**
 * Size and depth limits of the {@link Ingestor}. Anything over a limit becomes a diagnostic, never
 * an exception or an out-of-memory error.
 *
 * @param maxFileBytes largest .txt/.html file read (checked on the file size before reading)
 * @param maxRecordBytes largest JSONL line or WARC record payload read; JSONL and WARC files
 *     themselves are streamed and may be larger than {@code maxFileBytes}
 * @param maxHtmlChars largest HTML document parsed (decoded chars)
 * @param maxTextChars longest article text kept; a plain-text document longer than this is rejected
 *     before cleaning (its size in bytes is checked first, so a huge file is not read at all)
 * @param maxDirectoryDepth deepest directory level descended below an input directory
 */
public record IngestLimits(
    long maxFileBytes, long maxRecordBytes, int maxHtmlChars, int maxTextChars, int maxDirectoryDepth) {
  /** 64 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** 16 MiB. */
  public static final long DEFAULT_MAX_RECORD_BYTES = 16L * 1024 * 1024;
  /** 16 million chars. */
  public static final int DEFAULT_MAX_HTML_CHARS = 16_000_000;
  /** One million chars. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;
  /** 64 levels. */
  public static final int DEFAULT_MAX_DIRECTORY_DEPTH = 64;

  public IngestLimits {
    if (maxFileBytes <= 0 || maxRecordBytes <= 0 || maxHtmlChars <= 0 || maxTextChars <= 0 || maxDirectoryDepth < 0) {
      throw new IllegalArgumentException("ingest limits must be positive: " + maxFileBytes + ", " + maxRecordBytes
          + ", " + maxHtmlChars + ", " + maxTextChars + ", " + maxDirectoryDepth);
    }
  }

  /** {@return the default limits} */
  public static IngestLimits defaults() {
    return new IngestLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_HTML_CHARS,
        DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_DIRECTORY_DEPTH);
  }

  /** {@return a copy with another file-size limit} */
  public IngestLimits withMaxFileBytes(long bytes) {
    return new IngestLimits(bytes, maxRecordBytes, maxHtmlChars, maxTextChars, maxDirectoryDepth);
  }

  /** {@return a copy with another text-length limit} */
  public IngestLimits withMaxTextChars(int chars) {
    return new IngestLimits(maxFileBytes, maxRecordBytes, maxHtmlChars, chars, maxDirectoryDepth);
  }

  /** {@return a copy with another record-size limit} */
  public IngestLimits withMaxRecordBytes(long bytes) {
    return new IngestLimits(maxFileBytes, bytes, maxHtmlChars, maxTextChars, maxDirectoryDepth);
  }
}
