package org.storyline.nlp.tagger.training;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.storyline.ingest.IngestResult;
import org.storyline.ingest.Ingestor;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer;

/**
 * The teacher corpus: real text labelled by the reference engine ({@link CoreNlpAnalyzer} with its
 * default settings, NER on), from which our own POS and NER taggers are distilled.
 *
 * <p>Sources (both permissively licensed, read from the shared bench folder, never copied into the
 * repository): the trafilatura evaluation pages (Apache-2.0 repository; main text extracted with
 * our own {@link Ingestor}; pages with little or non-English text skipped) and the ECB+ documents
 * (CC BY 3.0; text rebuilt from the CAT XML tokens, one line per sentence). Evaluation sets
 * (TimeBank/AQUAINT, MEANTIME, PolNeAR, PLOVER, PETRARCH, CoNLL) and non-commercial text are never
 * used.
 *
 * <p>File format: gzip-compressed UTF-8; a line {@code # doc <id>} starts each document, then one
 * token per line {@code word<TAB>pos<TAB>ner} (ner = CoreNLP's per-token label, e.g. {@code PERSON},
 * {@code NUMBER}, {@code DATE} or {@code O}), and a blank line after each sentence. A document is
 * held out when {@code Math.floorMod(id.hashCode(), 10) == 0} ({@link #splitOf}), else it is
 * training data.
 */
public final class TeacherCorpus {
  private static final String DOC = "# doc ";

  /** The smallest number of letters a page's main text must have to be used. */
  static final int MIN_PAGE_LETTERS = 400;

  /** Share of common English function words a page's words must reach to be used. */
  static final double MIN_ENGLISH_SHARE = 0.12;

  private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for",
      "it", "with", "as", "was", "on", "are", "by", "this", "be", "at", "from", "or", "have", "an", "he", "his",
      "has", "not", "but", "they", "we", "you", "i", "their", "which", "were", "had", "will");

  private TeacherCorpus() {}

  /** Which part of the corpus a document belongs to. */
  public enum Split {
    /** Training data. */
    TRAIN,
    /** Held out for measuring the student against the teacher. */
    HELDOUT
  }

  /** {@return the split of a document: held out when its id's hash is 0 modulo 10} */
  public static Split splitOf(String docId) {
    return Math.floorMod(docId.hashCode(), 10) == 0 ? Split.HELDOUT : Split.TRAIN;
  }

  /**
   * One labelled sentence of the corpus.
   *
   * @param docId the document it comes from
   * @param split the document's split
   * @param words the tokens
   * @param posTags their Penn Treebank tags
   * @param nerTags their CoreNLP NER labels ({@code O} when none)
   */
  public record Sentence(String docId, Split split, List<String> words, List<String> posTags, List<String> nerTags) {
    public Sentence {
      words = List.copyOf(words);
      posTags = List.copyOf(posTags);
      nerTags = List.copyOf(nerTags);
      if (posTags.size() != words.size() || nerTags.size() != words.size()) {
        throw new IllegalArgumentException("lists of different lengths in " + docId);
      }
    }

    /** {@return the number of tokens} */
    public int size() {
      return words.size();
    }
  }

  /**
   * A document to label: an id (unique in the corpus, e.g. {@code ecb/3_3ecbplus}) and its text.
   */
  public record Source(String id, String text) {}

  /**
   * One sentence as the teacher labelled it: words, their Penn POS tags and their NER labels.
   */
  public record Labelled(List<String> words, List<String> posTags, List<String> nerTags) {
    public Labelled {
      words = List.copyOf(words);
      posTags = List.copyOf(posTags);
      nerTags = List.copyOf(nerTags);
      if (posTags.size() != words.size() || nerTags.size() != words.size()) {
        throw new IllegalArgumentException("lists of different lengths");
      }
    }
  }

  /** What a build wrote. */
  public record Summary(int documents, int sentences, long tokens, int heldOutDocuments, long heldOutTokens) {}

  // ---------------------------------------------------------------- writing

  /** Writes corpus documents to a gzip file, one document at a time. Not thread-safe. */
  public static final class Writer implements AutoCloseable {
    private final BufferedWriter out;
    private int documents;
    private int sentences;
    private long tokens;
    private int heldOutDocuments;
    private long heldOutTokens;

    /** Creates (or replaces) the file, creating its directory. */
    public Writer(Path file) throws IOException {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      this.out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
          StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Writes one document. Tabs and line breaks inside a field become {@code _}; empty words are left out.
     */
    public void document(String id, List<Labelled> labelled) throws IOException {
      if (id.isBlank() || id.indexOf('\n') >= 0 || id.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("bad document id: " + id);
      }
      out.write(DOC);
      out.write(id);
      out.write('\n');
      long docTokens = 0;
      for (Labelled s : labelled) {
        List<String> words = s.words();
        List<String> pos = s.posTags();
        List<String> ner = s.nerTags();
        int written = 0;
        for (int i = 0; i < words.size(); i++) {
          String w = clean(words.get(i));
          if (w.isEmpty()) {
            continue;
          }
          out.write(w);
          out.write('\t');
          out.write(clean(pos.get(i)));
          out.write('\t');
          String label = clean(ner.get(i));
          out.write(label.isEmpty() ? "O" : label);
          out.write('\n');
          written++;
        }
        if (written > 0) {
          out.write('\n');
          sentences++;
          docTokens += written;
        }
      }
      documents++;
      tokens += docTokens;
      if (splitOf(id) == Split.HELDOUT) {
        heldOutDocuments++;
        heldOutTokens += docTokens;
      }
    }

    /** {@return what was written so far} */
    public Summary summary() {
      return new Summary(documents, sentences, tokens, heldOutDocuments, heldOutTokens);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }

    private static String clean(String field) {
      if (field == null) {
        return "";
      }
      String s = field.strip();
      if (s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
        return s;
      }
      return s.replace('\t', '_').replace('\n', '_').replace('\r', '_');
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * {@return the corpus's sentences, in file order, each with its document's split} The stream
   * reads the file lazily and must be closed.
   *
   * @throws UncheckedIOException from the stream's operations when the file cannot be read, or a
   *     line is not {@code word<TAB>pos<TAB>ner}
   */
  public static Stream<Sentence> sentences(Path file) throws IOException {
    InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    SentenceIterator it = new SentenceIterator(reader, file.toString());
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            reader.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** {@return all sentences of one split} */
  public static List<Sentence> read(Path file, Split split) throws IOException {
    try (Stream<Sentence> s = sentences(file)) {
      return s.filter(x -> x.split() == split).toList();
    }
  }

  private static final class SentenceIterator implements Iterator<Sentence> {
    private final BufferedReader reader;
    private final String name;
    private String doc = "";
    private Split split = Split.TRAIN;
    private Sentence next;
    private long lineNo;
    private boolean done;

    SentenceIterator(BufferedReader reader, String name) {
      this.reader = reader;
      this.name = name;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          next = advance();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        done = next == null;
      }
      return next != null;
    }

    @Override
    public Sentence next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Sentence s = next;
      next = null;
      return s;
    }

    private Sentence advance() throws IOException {
      List<String> words = new ArrayList<>();
      List<String> pos = new ArrayList<>();
      List<String> ner = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isEmpty()) {
          if (!words.isEmpty()) {
            return new Sentence(doc, split, words, pos, ner);
          }
          continue;
        }
        if (line.startsWith(DOC) && line.indexOf('\t') < 0) {
          if (!words.isEmpty()) {
            throw new UncheckedIOException(new IOException(name + ":" + lineNo + ": document starts inside a sentence"));
          }
          doc = line.substring(DOC.length());
          split = splitOf(doc);
          continue;
        }
        int a = line.indexOf('\t');
        int b = a < 0 ? -1 : line.indexOf('\t', a + 1);
        if (a <= 0 || b < 0 || line.indexOf('\t', b + 1) >= 0) {
          throw new UncheckedIOException(new IOException(name + ":" + lineNo + ": expected word<TAB>pos<TAB>ner: " + line));
        }
        words.add(line.substring(0, a));
        pos.add(line.substring(a + 1, b));
        String label = line.substring(b + 1);
        ner.add(label.isEmpty() ? "O" : label);
      }
      return words.isEmpty() ? null : new Sentence(doc, split, words, pos, ner);
    }
  }

  // ---------------------------------------------------------------- sources

  /**
   * {@return the ECB+ documents under {@code bench/ecbplus/ECB+}, in path order} Each sentence of
   * the CAT XML becomes one line of text, its tokens joined by spaces; sentences that are web
   * addresses are left out.
   */
  public static List<Source> ecbDocuments(Path bench) throws IOException {
    Path root = bench.resolve("ecbplus").resolve("ECB+");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".xml.gz")).sorted().toList();
    }
    List<Source> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String id = "ecb/" + name.substring(0, name.length() - ".xml.gz".length());
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        String text = ecbText(in);
        if (!text.isBlank()) {
          out.add(new Source(id, text));
        }
      } catch (XMLStreamException e) {
        throw new IOException(f + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** {@return the text of one CAT XML document: a line per sentence, tokens joined by spaces} */
  static String ecbText(InputStream xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader r = factory.createXMLStreamReader(xml, "UTF-8");
    StringBuilder text = new StringBuilder();
    StringBuilder line = new StringBuilder();
    String sentence = null;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("token")) {
        String s = r.getAttributeValue(null, "sentence");
        String word = r.getElementText().strip();
        if (sentence != null && !sentence.equals(s)) {
          appendLine(text, line);
        }
        sentence = s;
        if (!word.isEmpty()) {
          if (line.length() > 0) {
            line.append(' ');
          }
          line.append(word);
        }
      } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Markables")) {
        break;
      }
    }
    appendLine(text, line);
    r.close();
    return text.toString();
  }

  private static void appendLine(StringBuilder text, StringBuilder line) {
    String l = line.toString();
    line.setLength(0);
    String lower = l.toLowerCase(Locale.ROOT);
    if (l.isBlank() || lower.startsWith("http") || lower.contains("www .")) {
      return;
    }
    text.append(l).append('\n');
  }

  /**
   * {@return the main text of the trafilatura evaluation pages ({@code bench/trafilatura-eval/eval}
   * and {@code cache}, {@code *.html.gz}), in path order} Pages our ingestor rejects, with fewer than
   * {@link #MIN_PAGE_LETTERS} letters, or not in English are left out.
   */
  public static List<Source> trafilaturaPages(Path bench, Ingestor ingestor) throws IOException {
    Path root = bench.resolve("trafilatura-eval");
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("eval", "cache")) {
      Path d = root.resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().forEach(files::add);
        }
      }
    }
    List<Source> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String id = "traf/" + name.substring(0, name.length() - ".html.gz".length());
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        bytes = in.readNBytes(ingestor.limits().maxFileBytes() > Integer.MAX_VALUE - 8
            ? Integer.MAX_VALUE - 8 : (int) ingestor.limits().maxFileBytes());
      } catch (IOException e) {
        continue;
      }
      IngestResult result;
      try {
        result = ingestor.fromHtmlBytes(f.toString(), null, bytes);
      } catch (RuntimeException e) {
        continue;
      }
      if (!result.isAccepted()) {
        continue;
      }
      String text = result.article().text();
      if (usable(text)) {
        out.add(new Source(id, text));
      }
    }
    return out;
  }

  /** {@return whether a page's text is long enough and English} */
  static boolean usable(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    if (letters < MIN_PAGE_LETTERS) {
      return false;
    }
    int words = 0;
    int english = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty()) {
        words++;
        if (ENGLISH.contains(w)) {
          english++;
        }
      }
    }
    return words > 0 && english >= MIN_ENGLISH_SHARE * words;
  }

  // ---------------------------------------------------------------- building

  /**
   * Labels the sources with the teacher and writes the corpus, documents in source order.
   * Documents are labelled on {@code threads} threads (the teacher must be thread-safe).
   *
   * @param teacher text to its labelled sentences
   * @param progress told about each document written
   */
  public static Summary build(List<Source> sources, Path out, Function<String, List<Labelled>> teacher,
      int threads, Consumer<String> progress) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Writer writer = new Writer(out)) {
      int window = Math.max(1, threads) * 4;
      List<Future<List<Labelled>>> pending = new ArrayList<>();
      int next = 0;
      int done = 0;
      while (done < sources.size()) {
        while (next < sources.size() && pending.size() < window) {
          String text = sources.get(next).text();
          pending.add(pool.submit(() -> teacher.apply(text)));
          next++;
        }
        List<Labelled> tagged;
        try {
          tagged = pending.remove(0).get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
          throw new IOException(sources.get(done).id() + ": " + e.getCause(), e.getCause());
        }
        writer.document(sources.get(done).id(), tagged);
        done++;
        progress.accept(sources.get(done - 1).id() + " (" + done + "/" + sources.size() + ", "
            + writer.summary().tokens() + " tokens)");
      }
      return writer.summary();
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@return a teacher function on the reference engine} */
  public static Function<String, List<Labelled>> teacher(CoreNlpAnalyzer analyzer) {
    return text -> {
      List<Labelled> out = new ArrayList<>();
      for (CoreNlpAnalyzer.TaggedSentence s : analyzer.tagText(text)) {
        out.add(new Labelled(s.words(), s.posTags(), s.nerTags()));
      }
      return out;
    };
  }

  /** {@return the sources of the corpus: ECB+ documents, then usable trafilatura pages} */
  public static List<Source> sources(Path bench) throws IOException {
    List<Source> out = new ArrayList<>(ecbDocuments(bench));
    out.addAll(trafilaturaPages(bench, new Ingestor()));
    return out;
  }
}
