package org.storyline.nlp.time;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.TimeExpression;
import org.storyline.testkit.Docs;

/**
 * Development check (not a unit test): runs TimeTagger + TimeResolver over TimeML {@code .tml}
 * files (TempEval-3 TBAQ-cleaned), with each document's DCT as the anchor, and prints TempEval-3
 * style scores: strict and relaxed extent P/R/F1, value P/R/F1 and accuracy on matched
 * expressions, type accuracy. Usage: {@code TempEvalDevCheck <dir-or-file>... [--errors N]}.
 */
public final class TempEvalDevCheck {
  private static final Pattern DCT = Pattern.compile(
      "<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d\\d-\\d\\d)[^\"]*\"[^>]*>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*)>");
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private TempEvalDevCheck() {}

  /** A gold TIMEX3. */
  record Gold(int start, int end, String type, String value, String text) {}

  /** Plain text and gold timexes of one document. */
  record Doc(String name, String text, LocalDate dct, List<Gold> gold) {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int errors = 0;
    int repeat = 0;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--repeat")) {
        repeat = Integer.parseInt(args[++i]);
        continue;
      }
      if (args[i].equals("--errors")) {
        errors = Integer.parseInt(args[++i]);
        continue;
      }
      try (Stream<Path> s = Files.walk(Paths.get(args[i]))) {
        s.filter(p -> p.toString().endsWith(".tml")).sorted().forEach(files::add);
      }
    }
    TimeTagger tagger = new TimeTagger();
    TimeResolver resolver = new TimeResolver();
    int gold = 0;
    int system = 0;
    int strict = 0;
    int relaxed = 0;
    int value = 0;
    int type = 0;
    List<String> misses = new ArrayList<>();
    long nanos = 0;
    long chars = 0;
    for (Path f : files) {
      Doc d = read(f);
      AnnotatedArticle doc = Docs.article("te3-" + d.name(), d.text(), d.dct());
      doc = doc.withSentences(sentences(d.text())).withTokens(List.of());
      long t0 = System.nanoTime();
      AnnotatedArticle tagged = resolver.apply(tagger.apply(doc));
      nanos += System.nanoTime() - t0;
      chars += d.text().length();
      List<TimeExpression> sys = tagged.times();
      gold += d.gold().size();
      system += sys.size();
      boolean[] used = new boolean[sys.size()];
      for (Gold g : d.gold()) {
        int hit = -1;
        for (int i = 0; i < sys.size(); i++) {
          TimeExpression s = sys.get(i);
          if (!used[i] && s.span().start() < g.end() && g.start() < s.span().end()) {
            hit = i;
            break;
          }
        }
        if (hit < 0) {
          misses.add("MISS " + g.type() + " " + g.value() + " '" + g.text() + "'  | " + context(d.text(), g.start(), g.end()));
          continue;
        }
        used[hit] = true;
        TimeExpression s = sys.get(hit);
        relaxed++;
        if (s.span().start() == g.start() && s.span().end() == g.end()) {
          strict++;
        } else {
          misses.add("SPAN " + "'" + s.text() + "' vs gold '" + g.text() + "'");
        }
        if (s.value().timex().equals(g.value())) {
          value++;
        } else {
          misses.add("VAL  '" + s.text() + "' " + s.value().timex() + " vs gold " + g.value() + " (dct " + d.dct() + ")  | "
              + context(d.text(), g.start(), g.end()));
        }
        if (s.type().name().equals(g.type())) {
          type++;
        } else {
          misses.add("TYPE '" + s.text() + "' " + s.type() + " vs gold " + g.type());
        }
      }
      for (int i = 0; i < sys.size(); i++) {
        if (!used[i]) {
          TimeExpression s = sys.get(i);
          misses.add("FP   " + s.type() + " " + s.value().timex() + " '" + s.text() + "'  | "
              + context(d.text(), s.span().start(), s.span().end()));
        }
      }
    }
    out.printf(Locale.ROOT, "docs %d  gold %d  system %d  (%.1f ms for %d chars)%n", files.size(), gold, system,
        nanos / 1e6, chars);
    report(out, "strict extent", strict, system, gold);
    report(out, "relaxed extent", relaxed, system, gold);
    report(out, "value", value, system, gold);
    out.printf(Locale.ROOT, "value accuracy on relaxed matches %.4f  type accuracy %.4f%n",
        relaxed == 0 ? 0 : value / (double) relaxed, relaxed == 0 ? 0 : type / (double) relaxed);
    if (repeat > 0) {
      List<AnnotatedArticle> docs = new ArrayList<>();
      for (Path f : files) {
        Doc d = read(f);
        docs.add(Docs.article("te3-" + d.name(), d.text(), d.dct()).withSentences(sentences(d.text()))
            .withTokens(List.of()));
      }
      long best = Long.MAX_VALUE;
      for (int r = 0; r < repeat; r++) {
        long t0 = System.nanoTime();
        for (AnnotatedArticle doc : docs) {
          resolver.apply(tagger.apply(doc));
        }
        best = Math.min(best, System.nanoTime() - t0);
      }
      out.printf(Locale.ROOT, "warm tagger+resolver: best of %d passes %.1f ms for %d docs, %d chars (%.2f ms/doc)%n",
          repeat, best / 1e6, docs.size(), chars, best / 1e6 / docs.size());
    }
    for (int i = 0; i < Math.min(errors, misses.size()); i++) {
      out.println(misses.get(i));
    }
  }

  private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"'`’”]*\\s+(?=[\"'`‘“(]*[A-Z0-9])|\\n\\s*\\n");
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?:\\b[A-Z]|\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Prof|St|Jr|Sr|Co|Corp|Inc|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|a\\.m|p\\.m|U\\.S|vs|etc))\\.$");

  /** An abbreviation-aware splitter, good enough for newswire. */
  static List<org.storyline.model.Sentence> sentences(String text) {
    List<org.storyline.model.Sentence> out = new ArrayList<>();
    Matcher m = BOUNDARY.matcher(text);
    int start = 0;
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 6), m.start() + 1);
      if (!m.group().contains("\n") && ABBREVIATION.matcher(before).find()) {
        continue;
      }
      add(out, text, start, m.end());
      start = m.end();
    }
    add(out, text, start, text.length());
    return out;
  }

  private static void add(List<org.storyline.model.Sentence> out, String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new org.storyline.model.Sentence(out.size(), new org.storyline.model.Span(s, e)));
    }
  }

  private static void report(PrintStream out, String what, int correct, int system, int gold) {
    double p = system == 0 ? 0 : correct / (double) system;
    double r = gold == 0 ? 0 : correct / (double) gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    out.printf(Locale.ROOT, "%-15s P %.4f  R %.4f  F1 %.4f%n", what, p, r, f);
  }

  private static String context(String text, int start, int end) {
    String s = text.substring(Math.max(0, start - 60), start) + "[[" + text.substring(start, end) + "]]"
        + text.substring(end, Math.min(text.length(), end + 40));
    return s.replace('\n', ' ');
  }

  static Doc read(Path f) throws IOException {
    String xml = Files.readString(f, StandardCharsets.UTF_8);
    Matcher dm = DCT.matcher(xml);
    if (!dm.find()) {
      throw new IOException("no DCT in " + f);
    }
    Matcher tm = TEXT.matcher(xml);
    if (!tm.find()) {
      throw new IOException("no TEXT in " + f);
    }
    String body = tm.group(1);
    StringBuilder text = new StringBuilder();
    List<Gold> gold = new ArrayList<>();
    Matcher m = TAG.matcher(body);
    int last = 0;
    int openStart = -1;
    String openType = null;
    String openValue = null;
    while (m.find()) {
      text.append(unescape(body.substring(last, m.start())));
      last = m.end();
      if (m.group(2).equals("TIMEX3")) {
        if (m.group(1).isEmpty()) {
          openStart = text.length();
          Matcher a = ATTR.matcher(m.group(3));
          while (a.find()) {
            if (a.group(1).equals("type")) {
              openType = a.group(2);
            } else if (a.group(1).equals("value")) {
              openValue = a.group(2);
            }
          }
        } else if (openStart >= 0) {
          gold.add(new Gold(openStart, text.length(), openType, openValue, text.substring(openStart)));
          openStart = -1;
        }
      }
    }
    text.append(unescape(body.substring(last)));
    String name = f.getFileName().toString().replace(".tml", "");
    return new Doc(name, text.toString(), LocalDate.parse(dm.group(1)), gold);
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }
}
