package org.storyline.nlp.tagger;

import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.storyline.eval.BenchEvaluation;
import org.storyline.eval.ConllTagging;
import org.storyline.eval.MeantimeEvaluation;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.ArticleId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.Provenance;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.StageRef;
import org.storyline.model.Token;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer;
import org.storyline.nlp.corenlp.CrfNerTagging;
import org.storyline.nlp.tagger.training.ColumnCorpus;
import org.storyline.nlp.tagger.training.NerTask;
import org.storyline.nlp.tagger.training.TaggedSentence;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageInfo;

/**
 * Developer runner (not a test): the student NER tagger's accuracy gates and the cascade curve.
 * {@code java ... NerEvalRunner <bench> <ner.bin> <teacher.tsv.gz> [margins...]}: held-out span F1
 * against the teacher, CoNLL-2003 eng.testa entity F1 (POS from CoreNLP's tagger), MEANTIME entity
 * partial typed F1 (tokens and POS from CoreNLP), each for the student alone and for the cascade
 * at several margins, with the share of sentences sent to the CRF fallback; and a throughput probe.
 */
final class NerEvalRunner {
  private NerEvalRunner() {}

  /** Student labels, margin and fallback labels of one sentence. */
  record Cached(String[] student, float margin, String[] crf) {}

  public static void main(String[] args) throws Exception {
    Path bench = Path.of(args[0]);
    NerTagger student;
    try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
      student = new NerTagger(PerceptronModel.read(in, NerFeatures.NAME, NerFeatures.VERSION));
    }
    Path corpus = Path.of(args[2]);
    float[] margins = new float[Math.max(0, args.length - 3)];
    for (int i = 3; i < args.length; i++) {
      margins[i - 3] = Float.parseFloat(args[i]);
    }
    List<TaggedSentence> heldOut = ColumnCorpus.read(corpus).stream().filter(TaggedSentence::heldOut).toList();
    speed(student, heldOut);
    CrfNerTagging crf = new CrfNerTagging();
    Map<List<String>, Cached> cache = new ConcurrentHashMap<>();
    NerTaggingFactory tagging = margin -> (words, pos) -> {
      Cached c = cache.computeIfAbsent(key(words, pos), k -> {
        NerTagger.Tagged t = student.tagWithMargin(words, pos);
        return new Cached(t.labels().toArray(String[]::new), t.margin(), crf.tag(words, pos));
      });
      return c.margin < margin ? NerTagger.merge(c.crf, c.student) : c.student;
    };
    int[] counts = new int[2];
    // held-out against the teacher
    for (float m : margins) {
      Map<String, NerTask.SpanCounts> spans = NerTask.spans(tagging.at(m), heldOut);
      System.out.printf(Locale.ROOT, "teacher held-out margin %.1f: ALL %.4f NAMES %.4f  fallback %s%n", m,
          spans.get("ALL").f1(), spans.get("NAMES").f1(), share(cache, heldOutKeys(heldOut), m));
    }
    // CoNLL
    MaxentTagger pos = new MaxentTagger("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
    Map<List<String>, List<String>> conllKeys = new HashMap<>();
    for (float m : margins) {
      NerTagging t = tagging.at(m);
      BenchEvaluation.ConllResult r = BenchEvaluation.conll(bench, null, words -> {
        List<Word> ws = new ArrayList<>();
        for (String w : words) {
          ws.add(new Word(w));
        }
        List<TaggedWord> tagged = pos.tagSentence(ws);
        String[] w = words.toArray(String[]::new);
        String[] p = tagged.stream().map(TaggedWord::tag).toArray(String[]::new);
        conllKeys.put(key(w, p), List.of());
        List<String> out = new ArrayList<>();
        for (String l : t.tag(w, p)) {
          out.add(ConllTagging.fromCoreNlp(l));
        }
        return out;
      });
      System.out.printf(Locale.ROOT, "CoNLL testa margin %.1f: F1 %.4f  fallback %s%n", m, r.overall().prf().f1(),
          share(cache, conllKeys.keySet(), m));
    }
    // MEANTIME
    CoreNlpAnalyzer base = new CoreNlpAnalyzer(new CoreNlpAnalyzer.Settings(false, 250));
    Map<ArticleId, AnnotatedArticle> analysed = new HashMap<>();
    Map<List<String>, List<String>> meantimeKeys = new HashMap<>();
    for (float m : margins) {
      NerTagging t = tagging.at(m);
      Stage stage = new Stage() {
        @Override
        public StageInfo info() {
          return CoreNlpAnalyzer.INFO;
        }

        @Override
        public AnnotatedArticle apply(AnnotatedArticle doc) {
          AnnotatedArticle a = analysed.computeIfAbsent(doc.id(), id -> base.apply(doc));
          return a.withMentions(mentions(a, t, meantimeKeys));
        }
      };
      MeantimeEvaluation.Result r = MeantimeEvaluation.run(bench, stage, 0);
      System.out.printf(Locale.ROOT, "MEANTIME margin %.1f: partial typed F1 %.4f strict %.4f  fallback %s%n", m,
          r.entities().partialPrf().f1(), r.entities().strictPrf().f1(), share(cache, meantimeKeys.keySet(), m));
    }
  }

  interface NerTaggingFactory {
    NerTagging at(float margin);
  }

  static List<String> key(String[] words, String[] pos) {
    List<String> k = new ArrayList<>(List.of(words));
    k.addAll(List.of(pos));
    return k;
  }

  static List<List<String>> heldOutKeys(List<TaggedSentence> heldOut) {
    return heldOut.stream().map(s -> key(s.words(), s.pos())).toList();
  }

  static String share(Map<List<String>, Cached> cache, java.util.Collection<List<String>> keys, float margin) {
    long sentences = 0;
    long sent = 0;
    long tokens = 0;
    long sentTokens = 0;
    for (List<String> k : keys) {
      Cached c = cache.get(k);
      if (c == null) {
        continue;
      }
      sentences++;
      tokens += c.student.length;
      if (c.margin < margin) {
        sent++;
        sentTokens += c.student.length;
      }
    }
    return String.format(Locale.ROOT, "%.3f of %d sentences, %.3f of tokens", (double) sent / Math.max(1, sentences),
        sentences, (double) sentTokens / Math.max(1, tokens));
  }

  static List<Mention> mentions(AnnotatedArticle a, NerTagging t, Map<List<String>, List<String>> keys) {
    List<Mention> out = new ArrayList<>();
    String text = a.text();
    for (Sentence s : a.sentences()) {
      List<Token> tokens = a.tokensOf(s.index());
      if (tokens.isEmpty() || tokens.get(0).pos() == null) {
        continue;
      }
      String[] w = tokens.stream().map(Token::text).toArray(String[]::new);
      String[] p = tokens.stream().map(x -> x.pos() == null ? "" : x.pos()).toArray(String[]::new);
      keys.put(key(w, p), List.of());
      String[] labels = t.tag(w, p);
      int i = 0;
      while (i < labels.length) {
        EntityType type = typeOf(labels[i]);
        int j = i + 1;
        while (j < labels.length && labels[j].equals(labels[i])) {
          j++;
        }
        if (type != null) {
          Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
          out.add(new Mention(MentionId.of(a.id().value() + "#m" + out.size()), span, span.coveredText(text), type,
              null, new Provenance(a.id(), span, new StageRef("nlp.tagger", "v1"), 0.8)));
        }
        i = j;
      }
    }
    return out;
  }

  static EntityType typeOf(String label) {
    return switch (label) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      case "MONEY" -> EntityType.MONEY;
      case "NUMBER", "ORDINAL" -> EntityType.NUMBER;
      case "PERCENT" -> EntityType.PERCENT;
      default -> null;
    };
  }

  static void speed(NerTagger student, List<TaggedSentence> sentences) {
    long tokens = 0;
    for (TaggedSentence s : sentences) {
      tokens += s.length();
    }
    for (int round = 0; round < 8; round++) {
      long t0 = System.nanoTime();
      int sink = 0;
      for (TaggedSentence s : sentences) {
        sink += student.tag(s.words(), s.pos()).length;
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      if (round >= 5) {
        System.out.printf(Locale.ROOT, "student speed: %.0f tokens/s (%d tokens, %d)%n", tokens / secs, tokens, sink);
      }
    }
  }
}
