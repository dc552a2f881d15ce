package org.storyline.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleId;
import org.storyline.model.DateBasis;
import org.storyline.model.OffsetMap;
import org.storyline.model.PublicationDate;
import org.storyline.model.TimeExpression;
import org.storyline.nlp.LanguageAnalyzer;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer;
import org.storyline.nlp.time.TimeResolver;
import org.storyline.nlp.time.TimeTagger;

/**
 * Finds and normalises TIMEX3 expressions in a plain text with Storyline's time stages: sentences
 * from {@link NewswireSentences}, {@link TimeTagger}, then {@link TimeResolver} with the document
 * creation time as the publication date (the anchor of relative expressions). Without a DCT,
 * relative expressions keep their anchor-free value ("XXXX-12", "PAST_REF"). Optionally, a language
 * analyzer of either engine (tokenizer, sentence splitter, part-of-speech tagger; NER not needed,
 * see {@link #SETTINGS}) supplies sentences and tagged tokens, so that the tense of a clause comes
 * from real verb tags instead of word lists.
 * Thread-safe.
 */
public final class TimexAnnotator {
  private final TimeTagger tagger = new TimeTagger();
  private final TimeResolver resolver = new TimeResolver();
  /** The analyzer settings this annotator needs: no NER, sentences up to 250 tokens tagged. */
  public static final CoreNlpAnalyzer.Settings SETTINGS = new CoreNlpAnalyzer.Settings(false, 250);

  private final LanguageAnalyzer pos;

  /** Loads the time grammar; sentences from {@link NewswireSentences}, no part-of-speech tags. */
  public TimexAnnotator() {
    this.pos = null;
  }

  /**
   * Shares an already loaded analyzer of either engine (its sentences and part-of-speech tags are
   * used; its other layers are ignored), so that a caller that also needs it loads the models once.
   */
  public TimexAnnotator(LanguageAnalyzer analyzer) {
    if (analyzer == null) {
      throw new IllegalArgumentException("analyzer required (use TimexAnnotator() for none)");
    }
    this.pos = analyzer;
  }

  /** {@return whether sentences and part-of-speech tags come from a language analyzer} */
  public boolean usesPosTags() {
    return pos != null;
  }

  /**
   * {@return the time expressions of {@code text} as TIMEX3 annotations without tids, in text
   * order, non-overlapping}
   *
   * @param id a name for the document (diagnostics)
   * @param dct the document creation time, or null when unknown
   */
  public List<Timex> annotate(String id, String text, LocalDate dct) {
    PublicationDate published = dct == null
        ? PublicationDate.unknown()
        : PublicationDate.exact(dct, DateBasis.METADATA, List.of());
    Article article = new Article(ArticleId.of(id.isEmpty() ? "doc" : id), id, null, "", null, text,
        OffsetMap.identity(text.length()), published, "");
    AnnotatedArticle doc = pos != null
        ? pos.apply(AnnotatedArticle.of(article))
        : AnnotatedArticle.of(article).withSentences(NewswireSentences.split(text)).withTokens(List.of());
    AnnotatedArticle tagged = resolver.apply(tagger.apply(doc));
    List<Timex> out = new ArrayList<>();
    for (TimeExpression t : tagged.times()) {
      out.add(new Timex(t.span(), "", t.type().name(), t.value().timex()));
    }
    return out;
  }
}
