package org.storyline.ingest;

/**
 * Size and depth limits of the {@link Ingestor}. Anything over a limit becomes a diagnostic, never
 * an exception or an out-of-memory error.
 *
 * @param maxFileBytes largest .txt/.html file read (checked on the file size before reading)
 * @param maxRecordBytes largest JSONL line or WARC record payload read; JSONL and WARC files
 *     themselves are streamed and may be larger than {@code maxFileBytes}
 * @param maxHtmlChars largest HTML document parsed (decoded chars)
 * @param maxHtmlNesting most nesting work of an HTML document parsed: the sum over its elements of
 *     their depth, which an HTML parser's time grows with (E805 beyond)
 * @param maxTextChars longest article text kept; a plain-text document longer than this is rejected
 *     before cleaning (its size in bytes is checked first, so a huge file is not read at all)
 * @param maxDirectoryDepth deepest directory level descended below an input directory
 * @param maxCompressionRatio how many times its own size a compressed (.warc.gz) file may expand
 *     to; a file may always expand to {@code maxFileBytes}, whatever its ratio (E801 beyond)
 * @param maxDecompressedBytes most bytes any one compressed file may expand to (E801 beyond)
 */
public record IngestLimits(
    long maxFileBytes, long maxRecordBytes, int maxHtmlChars, long maxHtmlNesting, int maxTextChars, int maxDirectoryDepth,
    int maxCompressionRatio, long maxDecompressedBytes) {
  /** 64 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** 16 MiB. */
  public static final long DEFAULT_MAX_RECORD_BYTES = 16L * 1024 * 1024;
  /** 16 million chars. */
  public static final int DEFAULT_MAX_HTML_CHARS = 16_000_000;
  /** 200 million: about 20,000 levels of nesting; ordinary pages stay under a million. */
  public static final long DEFAULT_MAX_HTML_NESTING = 200_000_000L;
  /** One million chars. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 1_000_000;
  /** 64 levels. */
  public static final int DEFAULT_MAX_DIRECTORY_DEPTH = 64;
  /** 100 times the compressed size (web archives of HTML compress 4 to 10 times). */
  public static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;
  /** 16 GiB. */
  public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 16L * 1024 * 1024 * 1024;

  public IngestLimits {
    if (maxFileBytes <= 0 || maxRecordBytes <= 0 || maxHtmlChars <= 0 || maxHtmlNesting <= 0 || maxTextChars <= 0 || maxDirectoryDepth < 0
        || maxCompressionRatio < 1 || maxDecompressedBytes <= 0) {
      throw new IllegalArgumentException("ingest limits must be positive: " + maxFileBytes + ", " + maxRecordBytes
          + ", " + maxHtmlChars + ", " + maxHtmlNesting + ", " + maxTextChars + ", " + maxDirectoryDepth + ", " + maxCompressionRatio + ", "
          + maxDecompressedBytes);
    }
  }

  /** {@return the default limits} */
  public static IngestLimits defaults() {
    return new IngestLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_HTML_CHARS, DEFAULT_MAX_HTML_NESTING,
        DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_DIRECTORY_DEPTH, DEFAULT_MAX_COMPRESSION_RATIO,
        DEFAULT_MAX_DECOMPRESSED_BYTES);
  }

  /** {@return a copy with another file-size limit} */
  public IngestLimits withMaxFileBytes(long bytes) {
    return new IngestLimits(bytes, maxRecordBytes, maxHtmlChars, maxHtmlNesting, maxTextChars, maxDirectoryDepth,
        maxCompressionRatio, maxDecompressedBytes);
  }

  /** {@return a copy with another text-length limit} */
  public IngestLimits withMaxTextChars(int chars) {
    return new IngestLimits(maxFileBytes, maxRecordBytes, maxHtmlChars, maxHtmlNesting, chars, maxDirectoryDepth,
        maxCompressionRatio, maxDecompressedBytes);
  }

  /** {@return a copy with another record-size limit} */
  public IngestLimits withMaxRecordBytes(long bytes) {
    return new IngestLimits(maxFileBytes, bytes, maxHtmlChars, maxHtmlNesting, maxTextChars, maxDirectoryDepth,
        maxCompressionRatio, maxDecompressedBytes);
  }

  /** {@return a copy with other decompression limits} */
  public IngestLimits withDecompression(int ratio, long maxBytes) {
    return new IngestLimits(maxFileBytes, maxRecordBytes, maxHtmlChars, maxHtmlNesting, maxTextChars, maxDirectoryDepth, ratio,
        maxBytes);
  }

  /**
   * {@return how many bytes a compressed file of {@code compressedBytes} may expand to} The larger
   * of {@code maxFileBytes} and {@code maxCompressionRatio} times its size, at most {@code
   * maxDecompressedBytes}.
   */
  public long decompressedBudget(long compressedBytes) {
    long byRatio = compressedBytes > Long.MAX_VALUE / maxCompressionRatio
        ? Long.MAX_VALUE
        : compressedBytes * maxCompressionRatio;
    return Math.min(maxDecompressedBytes, Math.max(maxFileBytes, byRatio));
  }
}
