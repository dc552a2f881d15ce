package org.storyline.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.Provenance;
import org.storyline.model.Quote;
import org.storyline.model.QuoteKind;
import org.storyline.model.Span;
import org.storyline.model.Token;
import org.storyline.testkit.Docs;

/**
 * Dev-split check of {@link QuoteAttributor} against PolNeAR attribution gold (not a unit test; run
 * by hand): {@code java ... org.storyline.quotes.PolnearDevCheck [/work/shared/bench/polnear/dev]}.
 *
 * <p>Input is deliberately naive: {@link Docs} sentences and tokens, and every run of capitalised
 * words (not a lone sentence-initial word) as a PERSON mention. Prints, for speech quotes
 * ({@link QuoteAttributor#isSpeech}) against gold Content spans: overlap precision/recall/F1, exact
 * F1 (ignoring quotation marks, punctuation and white space at the edges), per kind; and speaker
 * accuracy on matched quotes whose gold source is not a pronoun (speaker span overlaps the gold
 * Source span, or shares its last word).
 */
public final class PolnearDevCheck {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you");

  private record Gold(List<Span> content, Span source, String sourceText) {}

  private PolnearDevCheck() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/bench/polnear/dev");
    QuoteAttributor attributor = new QuoteAttributor();
    Map<String, Path> annotations = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir.resolve("attributions"))) {
      // one annotator per article: the first file name in order
      files.sorted().forEach(p -> annotations.putIfAbsent(p.getFileName().toString().replaceAll("_[^_]*\\.ann$", ""), p));
    }
    int goldCount = 0;
    int goldFound = 0;
    int goldExact = 0;
    Map<QuoteKind, int[]> byKind = new HashMap<>(); // system count, overlapping, exact
    int speakerJudged = 0;
    int speakerRight = 0;
    int pronounSources = 0;
    long nanos = 0;
    for (Map.Entry<String, Path> e : annotations.entrySet()) {
      String text = Files.readString(dir.resolve("text").resolve(e.getKey() + ".txt"), StandardCharsets.UTF_8);
      List<Gold> gold = readGold(e.getValue(), text);
      AnnotatedArticle doc = naive(e.getKey(), text);
      long t0 = System.nanoTime();
      List<Quote> quotes = attributor.apply(doc).quotes().stream().filter(QuoteAttributor::isSpeech).toList();
      nanos += System.nanoTime() - t0;
      goldCount += gold.size();
      for (Gold g : gold) {
        boolean found = false;
        boolean exact = false;
        for (Quote q : quotes) {
          found |= overlaps(g, q.span());
          exact |= sameCore(text, g, q.span());
        }
        goldFound += found ? 1 : 0;
        goldExact += exact ? 1 : 0;
      }
      for (Quote q : quotes) {
        int[] c = byKind.computeIfAbsent(q.kind(), k -> new int[3]);
        c[0]++;
        Gold best = null;
        int bestOverlap = 0;
        for (Gold g : gold) {
          int o = overlap(g, q.span());
          if (o > bestOverlap) {
            bestOverlap = o;
            best = g;
          }
          if (sameCore(text, g, q.span())) {
            c[2]++;
          }
        }
        if (best == null) {
          continue;
        }
        c[1]++;
        if (q.speaker() == null || best.source() == null) {
          continue;
        }
        if (PRONOUNS.contains(best.sourceText().toLowerCase(Locale.ROOT))) {
          pronounSources++;
          continue;
        }
        speakerJudged++;
        String[] words = q.speaker().text().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        boolean right = (q.speaker().span() != null && q.speaker().span().overlaps(best.source()))
            || best.sourceText().toLowerCase(Locale.ROOT).contains(last);
        speakerRight += right ? 1 : 0;
      }
    }
    int sys = 0;
    int sysOverlap = 0;
    int sysExact = 0;
    System.out.printf(Locale.ROOT, "PolNeAR dev: %d articles, %d gold contents, attributor time %d ms%n",
        annotations.size(), goldCount, nanos / 1_000_000);
    for (Map.Entry<QuoteKind, int[]> k : new TreeMap<>(byKind).entrySet()) {
      int[] c = k.getValue();
      sys += c[0];
      sysOverlap += c[1];
      sysExact += c[2];
      System.out.printf(Locale.ROOT, "  %-8s system %4d  overlap-precision %.3f  exact-precision %.3f%n",
          k.getKey(), c[0], ratio(c[1], c[0]), ratio(c[2], c[0]));
    }
    double p = ratio(sysOverlap, sys);
    double r = ratio(goldFound, goldCount);
    double pe = ratio(sysExact, sys);
    double re = ratio(goldExact, goldCount);
    System.out.printf(Locale.ROOT, "content overlap: P %.3f R %.3f F1 %.3f%n", p, r, f1(p, r));
    System.out.printf(Locale.ROOT, "content exact:   P %.3f R %.3f F1 %.3f%n", pe, re, f1(pe, re));
    System.out.printf(Locale.ROOT, "speaker accuracy (matched, gold source not a pronoun): %.3f (%d/%d); "
        + "%d matched quotes with a pronoun gold source not judged%n",
        ratio(speakerRight, speakerJudged), speakerRight, speakerJudged, pronounSources);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static int overlap(Gold g, Span s) {
    int o = 0;
    for (Span c : g.content()) {
      o += Math.max(0, Math.min(c.end(), s.end()) - Math.max(c.start(), s.start()));
    }
    return o;
  }

  private static boolean overlaps(Gold g, Span s) {
    return overlap(g, s) > 0;
  }

  private static boolean sameCore(String text, Gold g, Span s) {
    Span whole = g.content().get(0);
    for (Span c : g.content()) {
      whole = whole.union(c);
    }
    return core(text, whole).equals(core(text, s));
  }

  /** The span without quotation marks, punctuation and white space at its edges. */
  private static Span core(String text, Span s) {
    int a = s.start();
    int b = s.end();
    while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }

  private static List<Gold> readGold(Path ann, String text) throws IOException {
    Map<String, String[]> t = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 2 && f[0].startsWith("T")) {
        t.put(f[0], f[1].split(" ", 2));
      } else if (f.length >= 2 && f[0].startsWith("E")) {
        relations.add(f[1].split(" "));
      }
    }
    List<Gold> out = new ArrayList<>();
    for (String[] rel : relations) {
      List<Span> content = null;
      Span source = null;
      for (String arg : rel) {
        String[] kv = arg.split(":");
        String[] tb = t.get(kv[1]);
        if (tb == null) {
          continue;
        }
        List<Span> spans = new ArrayList<>();
        for (String frag : tb[1].split(";")) {
          String[] se = frag.trim().split(" ");
          int s = Integer.parseInt(se[0]);
          int en = Math.min(Integer.parseInt(se[1]), text.length());
          if (s < en) {
            spans.add(new Span(s, en));
          }
        }
        if (spans.isEmpty()) {
          continue;
        }
        if (kv[0].equals("Content")) {
          content = spans;
        } else if (kv[0].equals("Source")) {
          source = spans.get(0);
        }
      }
      if (content != null) {
        out.add(new Gold(content, source, source == null ? "" : source.coveredText(text)));
      }
    }
    return out;
  }

  /** Docs sentences and tokens; runs of capitalised tokens (not a lone sentence-initial word) as PERSON. */
  static AnnotatedArticle naive(String id, String text) {
    AnnotatedArticle doc = Docs.article(id.replaceAll("\\s", "_"), text, null);
    List<Mention> mentions = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    int i = 0;
    while (i < tokens.size()) {
      if (!capitalised(tokens.get(i).text())) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && capitalised(tokens.get(j + 1).text())
          && tokens.get(j + 1).sentence() == tokens.get(i).sentence()) {
        j++;
      }
      boolean sentenceInitial = i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence()
          || "“\"‘'(:—–-".contains(tokens.get(i - 1).text());
      if (j > i || !sentenceInitial) {
        int end = tokens.get(j).span().end();
        String last = tokens.get(j).text();
        if (last.endsWith("’s") || last.endsWith("'s")) {
          end -= 2;
        }
        Span span = new Span(tokens.get(i).span().start(), end);
        String name = span.coveredText(text);
        mentions.add(new Mention(MentionId.of(id + "#m" + mentions.size()), span, name, EntityType.PERSON,
            EntityId.of("person:" + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")),
            new Provenance(doc.id(), span, Docs.TEST_STAGE, 0.5)));
      }
      i = j + 1;
    }
    return doc.withMentions(mentions);
  }

  private static boolean capitalised(String token) {
    return token.length() > 1 && Character.isUpperCase(token.charAt(0)) && Character.isLetter(token.charAt(1))
        || token.length() == 1 && Character.isUpperCase(token.charAt(0));
  }
}
