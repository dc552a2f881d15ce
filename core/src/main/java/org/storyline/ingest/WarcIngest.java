package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.nio.file.Files;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.storyline.model.Diagnostic;

/**
 * Reads a WARC file (plain or gzip) record by record with jwarc. HTML response records with a 2xx
 * status become articles (source and URL: the target URI; WARC-Date: an upper bound of the
 * publication date only). Other records are skipped and counted in one I101 diagnostic. A
 * truncated or corrupt archive gives E107 and keeps the articles read before the damage. One per
 * file; not thread-safe.
 */
final class WarcIngest {
  private final Ingestor ingestor;
  private final IngestLimits limits;
  private final IngestSink sink;

  WarcIngest(Ingestor ingestor, IngestLimits limits, IngestSink sink) {
    this.ingestor = ingestor;
    this.limits = limits;
    this.sink = sink;
  }

  void read(Path path, String item) {
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      sink.diagnostic(IngestCode.UNREADABLE.at(item, FileWalker.describe(e)));
      return;
    }
    try (InputStream file = Files.newInputStream(path)) {
      read(file, size, item);
    } catch (IOException e) {
      sink.diagnostic(IngestCode.UNREADABLE.at(item, FileWalker.describe(e)));
    }
  }

  /**
   * Reads a WARC (plain or gzip) from a stream, exactly as from a file; {@code item} names it (a
   * path or URL), {@code size} is its compressed size in bytes (-1 when unknown: the smallest
   * decompression budget applies).
   */
  void read(InputStream in, long size, String item) {
    Map<String, Integer> skipped = new TreeMap<>();
    int records = 0;
    int articles = 0;
    boolean damaged = false;
    try (InputStream file = new BufferedInputStream(in, 64 * 1024);
        WarcReader reader = new WarcReader(decompressed(file, size))) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          if (!damaged) {
            sink.diagnostic(damage(item, "after " + records + " records (" + articles + " articles kept)", e));
          }
          damaged = true;
          break;
        }
        if (next.isEmpty()) {
          break;
        }
        records++;
        WarcRecord record = next.get();
        if (!(record instanceof WarcResponse response)) {
          skipped.merge(record.type() + " record", 1, Integer::sum);
          continue;
        }
        String recordItem = item + "#" + response.target();
        try {
          String why = readResponse(response, recordItem);
          if (why == null) {
            articles++;
          } else if (!why.isEmpty()) {
            skipped.merge(why, 1, Integer::sum);
          }
        } catch (ParsingException e) {
          skipped.merge("unparseable HTTP response", 1, Integer::sum);
        } catch (IOException e) {
          sink.diagnostic(damage(recordItem, "in this record (" + articles + " articles kept)", e));
          damaged = true;
          if (BoundedInflation.LimitExceeded.in(e) != null) {
            break;
          }
        }
      }
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      // the gzip header itself is broken or cut off
      if (!damaged) {
        sink.diagnostic(IngestCode.CORRUPT_ARCHIVE.at(item, "corrupt gzip framing: " + FileWalker.describe(e)));
      }
      damaged = true;
    } catch (IOException e) {
      if (!damaged) {
        sink.diagnostic(IngestCode.UNREADABLE.at(item, FileWalker.describe(e)));
      }
    }
    if (!skipped.isEmpty()) {
      int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
      List<String> parts = new ArrayList<>();
      skipped.forEach((why, count) -> parts.add(count + " " + why));
      sink.diagnostic(IngestCode.RECORDS_SKIPPED.at(item, "skipped " + total + " of " + records + " records: "
          + String.join(", ", parts)));
    }
    if (records == 0 && !damaged) {
      sink.diagnostic(IngestCode.EMPTY.at(item, "no WARC records"));
    }
  }

  /**
   * Turns one response into an article or diagnostics. {@return null when an article was
   * produced, "" when diagnostics explain the record, else the reason to count it as skipped}
   */
  private String readResponse(WarcResponse response, String recordItem) throws IOException {
    HttpResponse http = response.http();
    if (http.status() < 200 || http.status() >= 300) {
      return "non-2xx response";
    }
    MediaType type = http.contentType();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      return "non-HTML response (" + base + ")";
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxRecordBytes() + 1));
    }
    if (body.length > limits.maxRecordBytes()) {
      sink.diagnostic(IngestCode.TOO_LARGE.at(recordItem, "payload larger than " + limits.maxRecordBytes() + " bytes; skipped"));
      return "";
    }
    if (body.length == 0) {
      sink.diagnostic(IngestCode.EMPTY.at(recordItem, "empty HTML payload"));
      return "";
    }
    String binary = BinarySniffer.whyBinary(body);
    if (binary != null) {
      sink.diagnostic(IngestCode.BINARY.at(recordItem, "binary payload labelled HTML: " + binary));
      return "";
    }
    Charset declared = TextDecoder.charset(type.parameters().get("charset"));
    if (declared == null) {
      declared = TextDecoder.sniffHtmlCharset(body);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(body, declared);
    List<Diagnostic> warnings = decoded.warning() == null
        ? List.of()
        : List.of(IngestCode.ENCODING_FALLBACK.at(recordItem, decoded.warning()));
    String uri = response.target();
    IngestResult result = ingestor.html(recordItem, uri, uri, decoded.text(), null, null, response.date());
    result.withEarlierDiagnostics(warnings).sendTo(sink);
    return result.isAccepted() ? null : "";
  }

  /**
   * {@return the file's content: gunzipped within the decompression budget when it starts with the
   * gzip magic number, else as it is}
   */
  private InputStream decompressed(InputStream file, long size) throws IOException {
    file.mark(2);
    byte[] head = file.readNBytes(2);
    file.reset();
    return BoundedInflation.isGzip(head) ? BoundedInflation.gunzip(file, limits.decompressedBudget(size)) : file;
  }

  /** E801 when the decompression budget ran out, else E107. */
  private org.storyline.model.Diagnostic damage(String item, String where, Throwable e) {
    BoundedInflation.LimitExceeded bomb = BoundedInflation.LimitExceeded.in(e);
    if (bomb != null) {
      return IngestCode.DECOMPRESSION_LIMIT.at(item, "compressed file expands to more than " + bomb.budget()
          + " bytes (at most " + limits.maxCompressionRatio() + " times its size, at least " + limits.maxFileBytes()
          + ", at most " + limits.maxDecompressedBytes() + "); reading stopped " + where);
    }
    return IngestCode.CORRUPT_ARCHIVE.at(item, "truncated or corrupt " + where + ": " + FileWalker.describe(asException(e)));
  }

  private static Exception asException(Throwable t) {
    return t instanceof Exception e ? e : new IOException(t);
  }
}
