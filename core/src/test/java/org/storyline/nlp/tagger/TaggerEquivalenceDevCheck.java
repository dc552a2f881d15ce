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
 * (span, type) on which they differ. Usage: {@code TaggerEquivalenceDevCheck <dir-or-file>...}
 * (.tml files: their TEXT; other files: as they are). Expected: no differing sentence or token; the
 * only mentions CoreNLP has and TaggerAnalyzer has not are pronouns CoreNLP added for coreference.
 */
public final class TaggerEquivalenceDevCheck {
  private TaggerEquivalenceDevCheck() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      try (Stream<Path> s = Files.walk(Path.of(a))) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    CoreNlpAnalyzer reference = SharedAnalyzer.get();
    TaggerAnalyzer fast = new TaggerAnalyzer(CoreNlpAnalyzer.Settings.defaults(), CoreNlpTaggers.pos(),
        CoreNlpTaggers.ner(), TaggerAnalyzer.NerWords.HYPHENS_JOINED);
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
        out.println("skipped " + f + ": " + e.getMessage());
        continue;
      }
      AnnotatedArticle doc = Docs.article(text);
      AnnotatedArticle a = reference.apply(doc);
      AnnotatedArticle b = fast.apply(doc);
      docs++;
      if (!a.sentences().equals(b.sentences())) {
        sentenceDiffs++;
        out.println("sentences differ: " + f);
      }
      Set<String> ta = tokenKeys(a);
      Set<String> tb = tokenKeys(b);
      tokens += ta.size();
      Set<String> onlyA = new HashSet<>(ta);
      onlyA.removeAll(tb);
      tokenDiffs += onlyA.size();
      for (String k : onlyA.stream().limit(3).toList()) {
        out.println("token differs in " + f.getFileName() + ": " + k);
      }
      Set<String> ma = mentionKeys(a);
      Set<String> mb = mentionKeys(b);
      mentions += ma.size();
      for (String k : ma) {
        if (!mb.contains(k)) {
          missing++;
          out.println("CoreNLP only, " + f.getFileName() + ": " + k);
        }
      }
      for (String k : mb) {
        if (!ma.contains(k)) {
          extra++;
          out.println("tagger only, " + f.getFileName() + ": " + k);
        }
      }
    }
    out.printf("%d docs; sentences differ in %d; %d tokens, %d differ; %d CoreNLP mentions, %d missing, %d extra%n",
        docs, sentenceDiffs, tokens, tokenDiffs, mentions, missing, extra);
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
