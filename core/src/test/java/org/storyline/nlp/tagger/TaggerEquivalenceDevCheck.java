package org.storyline.nlp.tagger;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.storyline.eval.FormatException;
import org.storyline.eval.TimeMl;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Mention;
import org.storyline.model.Token;
import org.storyline.nlp.corenlp.CoreNlpAnalyzer;
import org.storyline.nlp.corenlp.SharedAnalyzer;
import org.storyline.testkit.Docs;

/**
 * Development check (not a unit test): TaggerAnalyzer around CoreNLP's own taggers against
 * CoreNlpAnalyzer on many real texts, counting the sentences, tokens (span, POS, lemma) and mentions
 * (span, type) on which they differ. Usage: {@code TaggerEquivalenceDevCheck [--pos fast] [--ner fast]
 * [--quiet] <dir-or-file>...} (.tml files: their TEXT; other files: as they are). With CoreNLP's
 * taggers (the default) expected: no differing sentence or token; the only mentions CoreNLP has and
 * TaggerAnalyzer has not are pronouns CoreNLP added for coreference. {@code --pos fast} / {@code
 * --ner fast} put Storyline's shipped taggers in instead, which measures their agreement with the
 * reference on whole articles.
 */
public final class TaggerEquivalenceDevCheck {
  private TaggerEquivalenceDevCheck() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Path> files = new ArrayList<>();
    boolean fastPos = false;
    boolean fastNer = false;
    boolean quiet = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--pos")) {
        fastPos = args[++i].equals("fast");
      } else if (args[i].equals("--ner")) {
        fastNer = args[++i].equals("fast");
      } else if (args[i].equals("--quiet")) {
        quiet = true;
      } else {
        try (Stream<Path> s = Files.walk(Path.of(args[i]))) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      }
    }
    CoreNlpAnalyzer reference = SharedAnalyzer.get();
    TaggerAnalyzer fast = fastNer
        ? new TaggerAnalyzer(CoreNlpAnalyzer.Settings.defaults(), fastPos ? PosTagger.defaults() : CoreNlpTaggers.pos(),
            NerTagger.defaults(), TaggerAnalyzer.NerWords.TOKENS)
        : new TaggerAnalyzer(CoreNlpAnalyzer.Settings.defaults(), fastPos ? PosTagger.defaults() : CoreNlpTaggers.pos(),
            CoreNlpTaggers.ner(), TaggerAnalyzer.NerWords.HYPHENS_JOINED);
    PrintStream log = quiet ? new PrintStream(java.io.OutputStream.nullOutputStream()) : out;
    long docs = 0;
    long sentenceDiffs = 0;
    long tokens = 0;
    long tokenDiffs = 0;
    long mentions = 0;
    long missing = 0;
    long extra = 0;
    for (Path f : files) {
      String text;
      try {
        text = f.toString().endsWith(".tml") ? TimeMl.parse(f.toString(), Files.readAllBytes(f)).text()
            : Files.readString(f, StandardCharsets.UTF_8);
      } catch (FormatException | IOException e) {
        log.println("skipped " + f + ": " + e.getMessage());
        continue;
      }
      AnnotatedArticle doc = Docs.article(text);
      AnnotatedArticle a = reference.apply(doc);
      AnnotatedArticle b = fast.apply(doc);
      docs++;
      if (!a.sentences().equals(b.sentences())) {
        sentenceDiffs++;
        log.println("sentences differ: " + f);
      }
      Set<String> ta = tokenKeys(a);
      Set<String> tb = tokenKeys(b);
      tokens += ta.size();
      Set<String> onlyA = new HashSet<>(ta);
      onlyA.removeAll(tb);
      tokenDiffs += onlyA.size();
      for (String k : onlyA.stream().limit(3).toList()) {
        log.println("token differs in " + f.getFileName() + ": " + k);
      }
      Set<String> ma = mentionKeys(a);
      Set<String> mb = mentionKeys(b);
      mentions += ma.size();
      for (String k : ma) {
        if (!mb.contains(k)) {
          missing++;
          log.println("CoreNLP only, " + f.getFileName() + ": " + k);
        }
      }
      for (String k : mb) {
        if (!ma.contains(k)) {
          extra++;
          log.println("tagger only, " + f.getFileName() + ": " + k);
        }
      }
    }
    double p = mentions - missing + extra == 0 ? 1 : (mentions - missing) / (double) (mentions - missing + extra);
    double r = mentions == 0 ? 1 : (mentions - missing) / (double) mentions;
    out.printf("%d docs; sentences differ in %d; %d tokens, %d differ (span/POS/lemma); %d CoreNLP mentions, "
            + "%d missing, %d extra (agreement P %.4f R %.4f F1 %.4f)%n",
        docs, sentenceDiffs, tokens, tokenDiffs, mentions, missing, extra, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  private static Set<String> tokenKeys(AnnotatedArticle doc) {
    Set<String> out = new HashSet<>();
    for (Token t : doc.tokens()) {
      out.add(t.sentence() + " " + t.span() + " " + t.text() + "/" + t.pos() + "/" + t.lemma());
    }
    return out;
  }

  private static Set<String> mentionKeys(AnnotatedArticle doc) {
    Set<String> out = new HashSet<>();
    for (Mention m : doc.mentions()) {
      out.add(m.span() + " " + m.text() + " " + m.type());
    }
    return out;
  }
}
