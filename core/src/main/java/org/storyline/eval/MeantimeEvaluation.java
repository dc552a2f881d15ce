package org.storyline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateBasis;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.OffsetMap;
import org.storyline.model.PublicationDate;
import org.storyline.model.TimeExpression;
import org.storyline.nlp.entities.EntityLinker;
import org.storyline.nlp.time.PublicationDater;
import org.storyline.nlp.time.TimeResolver;
import org.storyline.nlp.time.TimeTagger;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.Stage;

/**
 * Scores Storyline's entity mentions and time expressions on the English MEANTIME corpus ({@code
 * meantime-en/intra_cross-doc_annotation/corpus_*}/*.xml in a bench directory, 120 Wikinews
 * articles). Each document's text is rebuilt from its tokens ({@link MeantimeDocument}) and run
 * through CoreNLP, the time tagger, the publication dater, the time resolver and the entity linker,
 * with the document creation time (its CREATION_TIME TIMEX3) as the publication date, the anchor
 * of relative expressions.
 *
 * <p>Entities: gold are the named mentions (syntactic type NAM or PRE.NAM) linked to an entity
 * instance; system are our PERSON, ORGANIZATION, LOCATION, NATIONALITY and MISC mentions whose
 * text starts with a capital letter or digit (names; descriptors such as "the Kremlin" are left
 * out). Types are mapped to PER / ORG / LOC / MISC: MEANTIME's PER, ORG, LOC stay, PRO
 * (products), FIN (financial: indices, currencies, markets) and MIX become MISC; our PERSON →
 * PER, ORGANIZATION → ORG, LOCATION and NATIONALITY → LOC, MISC → MISC. Scored with {@link
 * EntityMentionScorer}. Time: gold are the TIMEX3 other than the creation time; system
 * expressions overlapping the creation time's own span (the article's date line) are dropped;
 * scored with {@link TimexScorer} (TE3 strict/relaxed extent, value and type). MEANTIME annotates
 * fully only the beginning of each article: gold and system items after {@link
 * MeantimeDocument#annotatedEnd()} are not scored; the whole text is still analysed.
 */
public final class MeantimeEvaluation {
  /** The annotated documents inside a bench directory. */
  public static final String DIR = "meantime-en/intra_cross-doc_annotation";

  private MeantimeEvaluation() {}

  /**
   * The results.
   *
   * @param rows the table rows
   * @param entities entity counts
   * @param entityTypes per gold type: [gold, strict-span matches, partial-span matches]
   * @param timex timex counts
   * @param documents documents scored
   * @param errors up to the requested number of timex errors
   * @param problems unreadable documents, documents without a creation time
   */
  public record Result(List<BenchEvaluation.Row> rows, EntityMentionScorer.Counts entities, Map<String, int[]> entityTypes,
      TimexScorer.Counts timex, int documents, List<String> errors, List<String> problems) {
    public Result {
      rows = List.copyOf(rows);
      entityTypes = Map.copyOf(entityTypes);
      errors = List.copyOf(errors);
      problems = List.copyOf(problems);
    }
  }

  /**
   * {@return the gold type of a MEANTIME ent_type in the shared vocabulary, or null when unknown}
   */
  public static String goldType(String entType) {
    switch (entType) {
      case "PER":
      case "ORG":
      case "LOC":
        return entType;
      case "PRO":
      case "FIN":
      case "MIX":
        return "MISC";
      default:
        return null;
    }
  }

  /** {@return the shared type of one of our mention types, or null when not an entity name} */
  public static String systemType(EntityType type) {
    switch (type) {
      case PERSON:
        return "PER";
      case ORGANIZATION:
        return "ORG";
      case LOCATION:
      case NATIONALITY:
        return "LOC";
      case MISC:
        return "MISC";
      default:
        return null;
    }
  }

  /**
   * Runs the pipeline on every document and scores it.
   *
   * @param analyzer the language-analysis stage (sentences, tokens, entity mentions), e.g. a loaded
   *     CoreNLP analyzer with NER
   * @param maxErrors how many timex errors to list
   * @throws IOException when the folder is missing or a file cannot be read
   */
  public static Result run(Path bench, Stage analyzer, int maxErrors) throws IOException {
    Path dir = bench.resolve(DIR);
    if (!Files.isDirectory(dir)) {
      throw new IOException("no MEANTIME data: " + dir + " is not a directory");
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".xml")).sorted().toList();
    }
    Pipeline pipeline = Pipeline.of(analyzer, new TimeTagger(), new PublicationDater(), new TimeResolver(),
        new EntityLinker());
    List<String> problems = new ArrayList<>();
    EntityMentionScorer entities = new EntityMentionScorer();
    TimexScorer timex = new TimexScorer(maxErrors);
    int documents = 0;
    int unlinked = 0;
    for (Path f : files) {
      MeantimeDocument doc;
      try {
        doc = MeantimeDocument.parse(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
      } catch (FormatException e) {
        problems.add(e.getMessage() + "; skipped");
        continue;
      }
      LocalDate dct = creationDate(doc);
      if (dct == null) {
        problems.add(f + ": no usable CREATION_TIME value; relative expressions stay unresolved");
      }
      AnnotatedArticle analysed = pipeline.apply(AnnotatedArticle.of(article(doc, dct)));
      List<EntityMentionScorer.Item> gold = new ArrayList<>();
      for (MeantimeDocument.EntityMention m : doc.entities()) {
        if (!m.named() || m.span().start() >= doc.annotatedEnd()) {
          continue;
        }
        String type = goldType(m.entityType());
        if (type == null) {
          unlinked++;
          continue;
        }
        gold.add(new EntityMentionScorer.Item(m.span(), type));
      }
      List<EntityMentionScorer.Item> system = new ArrayList<>();
      for (Mention m : analysed.mentions()) {
        String type = systemType(m.type());
        if (type != null && !m.text().isEmpty() && m.span().start() < doc.annotatedEnd()
            && (Character.isUpperCase(m.text().codePointAt(0)) || Character.isDigit(m.text().codePointAt(0)))) {
          system.add(new EntityMentionScorer.Item(m.span(), type));
        }
      }
      entities.add(gold, system);
      List<Timex> systemTimex = new ArrayList<>();
      for (TimeExpression t : analysed.times()) {
        if (t.span().start() >= doc.annotatedEnd()
            || (doc.creationTime() != null && t.span().overlaps(doc.creationTime().span()))) {
          continue;
        }
        systemTimex.add(new Timex(t.span(), "", t.type().name(), t.value().timex()));
      }
      timex.add(doc.timexes(), systemTimex, doc.text());
      documents++;
    }
    if (unlinked > 0) {
      problems.add(unlinked + " named gold mention(s) not linked to a typed entity instance; not scored");
    }
    EntityMentionScorer.Counts e = entities.counts();
    TimexScorer.Counts t = timex.counts();
    String data = "MEANTIME en (" + documents + " docs)";
    List<BenchEvaluation.Row> rows = List.of(
        new BenchEvaluation.Row(data, "entity names partial-overlap F1 (typed)", e.partialPrf().f1(), "no system figure on this metric found"),
        new BenchEvaluation.Row(data, "entity names strict F1 (span + type)", e.strictPrf().f1(), ""),
        new BenchEvaluation.Row(data, "entity names partial F1, span only", e.partialSpanPrf().f1(), ""),
        new BenchEvaluation.Row(data, "TIMEX3 strict / relaxed extent F1", t.strict().f1(), ""),
        new BenchEvaluation.Row(data, "  relaxed extent F1", t.relaxed().f1(), ""),
        new BenchEvaluation.Row(data, "TIMEX3 value accuracy (relaxed matches)", t.valueAccuracy(), ""),
        new BenchEvaluation.Row(data, "TIMEX3 value F1", t.value().f1(), ""));
    return new Result(rows, e, entities.byType(), t, documents, timex.errors(), problems);
  }

  /** {@return the creation time as a day, or null when its value is not a full ISO date} */
  static LocalDate creationDate(MeantimeDocument doc) {
    if (doc.creationTime() == null) {
      return null;
    }
    String v = doc.creationTime().value();
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Article article(MeantimeDocument doc, LocalDate dct) {
    String text = doc.text();
    PublicationDate published = dct == null ? PublicationDate.unknown()
        : PublicationDate.exact(dct, DateBasis.METADATA, List.of());
    return new Article(ArticleId.of("meantime-" + doc.id().toLowerCase(Locale.ROOT)), doc.id(), null, "", null, text,
        OffsetMap.identity(text.length()), published, "en");
  }
}
