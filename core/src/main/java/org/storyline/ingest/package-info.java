/**
 * Ingest: files, JSONL feeds, web archives and HTML pages become cleaned {@link
 * org.storyline.model.Article}s whose {@code toSource} map sends every offset of the text back to
 * the raw document; everything bad becomes a {@link org.storyline.model.Diagnostic}, never an
 * exception.
 *
 * <p>Entry points: {@link org.storyline.ingest.Ingestor#ingest} (paths to an {@link
 * org.storyline.ingest.IngestSink}), {@link org.storyline.ingest.Ingestor#fromText} and {@link
 * org.storyline.ingest.Ingestor#fromHtml} (other front ends; they return an {@link
 * org.storyline.ingest.IngestResult}). Building blocks: {@link org.storyline.ingest.HtmlExtractor}
 * (main text and metadata), {@link org.storyline.ingest.TextCleaner} with {@link
 * org.storyline.ingest.BoilerplateRules} (resource {@code ingest/boilerplate.v3.txt}) and {@link
 * org.storyline.ingest.PublishedDates} (metadata dates and datelines). The extractor's page
 * vocabularies are data too: class and id words ({@code ingest/html-classes.v1.txt}), date
 * formats and date-element cues ({@code ingest/dates.v1.txt}), byline labels and rejects ({@code
 * ingest/bylines.v1.txt}). Near-duplicate detection
 * lives in {@code org.storyline.ingest.dedup}.
 *
 * <h2>Diagnostic codes</h2>
 *
 * <p>Stage {@code "ingest"}. The item is the path as given, {@code path:line} for a JSONL line,
 * {@code path#target-uri} for a WARC record, or the source passed to {@code fromText}/{@code
 * fromHtml}. An item with an error gives no article; other items are still read.
 *
 * <table>
 *   <caption>Ingest diagnostics</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>E101</td><td>error</td><td>unreadable: missing path, broken symlink, permission denied,
 *       I/O error, not a regular file, unexpected failure</td></tr>
 *   <tr><td>E102</td><td>error</td><td>empty file, whitespace-only file, WARC without records,
 *       empty HTML payload</td></tr>
 *   <tr><td>E103</td><td>error</td><td>binary content: a magic number (PNG, ZIP, gzip, PDF, JPEG, GIF,
 *       ELF, …), a NUL byte, or over 10% control bytes in the first 8 KiB (UTF-16 with a BOM is
 *       text)</td></tr>
 *   <tr><td>E104</td><td>error</td><td>too large: file over {@link
 *       org.storyline.ingest.IngestLimits#maxFileBytes()} (checked before reading), JSONL line or
 *       WARC payload over {@code maxRecordBytes}, HTML over {@code maxHtmlChars}</td></tr>
 *   <tr><td>E105</td><td>error</td><td>unknown extension (not .txt, .html, .htm, .jsonl, .ndjson,
 *       .warc, .warc.gz)</td></tr>
 *   <tr><td>E106</td><td>error</td><td>malformed JSONL line: not JSON, not an object, or no string
 *       {@code text}/{@code html} field</td></tr>
 *   <tr><td>E107</td><td>error</td><td>truncated or corrupt WARC / gzip; the articles read before
 *       the damage are kept</td></tr>
 *   <tr><td>E108</td><td>error</td><td>no main text: HTML without content, or nothing left after
 *       boilerplate removal</td></tr>
 *   <tr><td>E109</td><td>error</td><td>text longer than {@code maxTextChars}; a .txt file whose byte
 *       size already implies it is rejected without being read</td></tr>
 *   <tr><td>E110</td><td>error</td><td>symlink loop: a directory link back to an ancestor</td></tr>
 *   <tr><td>E111</td><td>error</td><td>directory nesting deeper than {@code maxDirectoryDepth}</td></tr>
 *   <tr><td>E801</td><td>error</td><td>a gzip (.warc.gz) file expands beyond {@link
 *       org.storyline.ingest.IngestLimits#decompressedBudget} (zip bomb); reading stops there, the
 *       articles read before are kept</td></tr>
 *   <tr><td>E805</td><td>error</td><td>HTML nested too deeply to parse in bounded time (nesting work
 *       over {@code maxHtmlNesting}); not parsed</td></tr>
 *   <tr><td>W101</td><td>warning</td><td>invalid UTF-8: its bad bytes decoded as windows-1252 (well-formed
 *       UTF-8 sequences kept), or invalid sequences
 *       of a declared/BOM charset replaced by U+FFFD; the article is kept</td></tr>
 *   <tr><td>W102</td><td>warning</td><td>a publication-date value (JSONL {@code published}, HTML meta,
 *       JSON-LD, {@code <time>}) that cannot be read; the next source of a date is tried</td></tr>
 *   <tr><td>I101</td><td>info</td><td>WARC records skipped, with counts by reason (non-response
 *       records, non-HTML or non-2xx responses, unparseable HTTP)</td></tr>
 * </table>
 *
 * <h2>Offsets</h2>
 *
 * <p>{@code Article.toSource()} maps into the raw document: the decoded file text without BOM
 * (.txt, .html), the JSONL {@code text} or {@code html} field value, the decoded WARC payload, or
 * the string given to {@code fromText}/{@code fromHtml}. Chars copied from the source map exactly;
 * entity-decoded chars map to the entity's '&amp;'; inserted paragraph breaks map to the start of
 * the following paragraph. Thread-safe throughout: every public class is immutable.
 */
package org.storyline.ingest;
