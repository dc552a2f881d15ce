package org.storyline.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.model.ActorRef;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.Provenance;
import org.storyline.model.Quote;
import org.storyline.model.QuoteKind;
import org.storyline.model.Sentence;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * One run of {@link QuoteAttributor} over one article: token arrays, mention and quote indexes, and
 * the sieves. Not thread-safe; made and dropped per article.
 */
final class Attribution {
  /** Tokens looked at before a quote for a cue. */
  private static final int LEFT_WINDOW = 40;
  /** Tokens looked at after a quote for a cue. */
  private static final int RIGHT_WINDOW = 15;
  /** Tokens scanned for the subject of a clause. */
  private static final int CLAUSE_WINDOW = 60;
  /** Sentences looked back for a pronoun's antecedent. */
  private static final int ANTECEDENT_SENTENCES = 5;

  private static final Set<String> SKIPPABLE = Set.of("also", "later", "then", "again", "previously",
      "reportedly", "repeatedly", "has", "have", "had", "would", "will", "is", "was", "did", "does", "once",
      "further", "recently", "publicly", "privately", "earlier", "not", "simply", "just", "first");
  private static final Set<String> PREPOSITIONS = Set.of("with", "to", "by", "of", "for", "on", "at", "from",
      "in", "about", "against", "between", "among", "after", "before", "during", "under", "over", "like", "than",
      "via", "into", "toward", "towards", "despite", "without", "behind", "through", "upon", "within");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our",
      "one", "two", "three", "several", "some", "many", "other", "another", "this", "these", "those");
  private static final Set<String> CLAUSE_VERBS = Set.of("is", "are", "was", "were", "be", "been", "has", "have",
      "had", "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do");
  /** Tokens after a bare reported clause's start in which its finite verb must come. */
  private static final int BARE_VERB_WINDOW = 12;
  private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "you", "him", "her", "us", "them");
  /** Plural audiences of "told": "told reporters he would go". */
  private static final Set<String> AUDIENCES = Set.of("reporters", "journalists", "supporters", "voters",
      "lawmakers", "students", "listeners", "viewers", "donors", "members", "delegates", "crowds", "senators");
  /** Subject words that open a clause besides determiners and pronoun cues. */
  private static final Set<String> CLAUSE_STARTERS = Set.of("he", "she", "it", "they", "we", "i", "you", "there",
      "no", "all", "every", "each", "most", "both", "any", "my", "your", "such", "much", "few", "more");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "on", "last", "this", "week", "month", "year",
      "weekend", "morning", "afternoon", "evening", "night", "now", "too", "late", "early");
  /** "in a statement", "in an interview": the medium of a statement, skipped after the cue. */
  private static final Set<String> MEDIUM_NOUNS = Set.of("statement", "interview", "speech", "letter", "tweet",
      "post", "email", "release", "memo", "op-ed", "briefing", "call", "video", "report", "filing");
  /** Longest common noun phrase taken as the subject of reported speech ("52 percent of voters"). */
  private static final int GENERIC_NP = 8;
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "hundred", "dozen");
  /** Tokens after "told" in which its "that" may come (after the object). */
  private static final int TELL_THAT_WINDOW = 8;
  /** Longest source noun phrase after "according to" without a name or source noun. */
  private static final int ACCORDING_NP = 8;
  /** Words that may open a second attributed clause inside reported content. */
  private static final Set<String> CONTENT_BREAKS = Set.of("and", "but", "though", "although", "while", ";");
  private static final Set<String> CONNECTIVES = Set.of("and", "but", "or", "that", "which", "who", "while",
      "because", "although", "though", "when", "if");

  /** A speaker candidate before resolution: a mention, a pronoun token, or a source noun phrase. */
  private record Subject(Mention mention, int pronoun, int npFrom, int npTo) {
    static Subject named(Mention m) {
      return new Subject(m, -1, -1, -1);
    }

    static Subject pronoun(int token) {
      return new Subject(null, token, -1, -1);
    }

    static Subject source(int from, int to) {
      return new Subject(null, -1, from, to);
    }
  }

  /** A cue token and the subject it attributes to, and whether the clause subject was used. */
  private record Cue(int token, Subject subject, boolean clause, boolean embedded) {
    Cue(int token, Subject subject, boolean clause) {
      this(token, subject, clause, false);
    }

  }

  /** An attribution decided for one quote. */
  private record Decision(Sieve sieve, ActorRef speaker, Span cue, Span local, QuoteKind kind) {}

  private final AnnotatedArticle doc;
  private final String text;
  private final CueLexicon cues;
  private final int maxQuotes;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();

  private final int n;
  private final int[] ts;
  private final int[] te;
  private final int[] tSent;
  private final String[] low;
  private final String[] lemma;
  private final String[] pos;
  private final int[] sentStart;
  private final int[] sentEnd;
  /** Speaker-capable mention (PERSON, ORGANIZATION) covering each token, or null. */
  private final Mention[] tokMention;
  /** Whether each token lies between a quote's marks (inclusive of the marks). */
  private final boolean[] inMarks;
  /** PERSON mentions outside quotes, by start: antecedent candidates. */
  private final List<Mention> persons = new ArrayList<>();
  /** Prefix counts of tokens in speaker-capable mentions outside quotes. */
  private final int[] mentionPrefix;

  Attribution(AnnotatedArticle doc, CueLexicon cues, int maxQuotes) {
    this.doc = doc;
    this.text = doc.text();
    this.cues = cues;
    this.maxQuotes = maxQuotes;
    int len = text.length();
    int dropped = 0;

    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (s.span().fitsIn(len)) {
        sentences.add(s);
      } else {
        dropped++;
      }
    }
    sentences.sort(Comparator.comparing(Sentence::span));
    if (sentences.isEmpty() && len > 0) {
      sentences.add(new Sentence(0, new Span(0, len)));
      diagnostics.add(Diagnostic.warning("W353", QuoteAttributor.NAME, doc.id().value(),
          "no sentences: the whole text is treated as one sentence"));
    }
    sentStart = new int[sentences.size()];
    sentEnd = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      sentStart[i] = sentences.get(i).span().start();
      sentEnd[i] = sentences.get(i).span().end();
    }

    List<Token> tokens = new ArrayList<>();
    for (Token t : doc.tokens()) {
      if (t.span().fitsIn(len) && !t.span().isEmpty()) {
        tokens.add(t);
      } else {
        dropped++;
      }
    }
    tokens.sort(Comparator.comparing(Token::span));
    if (tokens.isEmpty() && len > 0) {
      diagnostics.add(Diagnostic.warning("W353", QuoteAttributor.NAME, doc.id().value(),
          "no tokens: quotes are found but not attributed"));
    }
    n = tokens.size();
    ts = new int[n];
    te = new int[n];
    tSent = new int[n];
    low = new String[n];
    lemma = new String[n];
    pos = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      ts[i] = t.span().start();
      te[i] = t.span().end();
      low[i] = t.text().toLowerCase(Locale.ROOT);
      lemma[i] = t.lemma().toLowerCase(Locale.ROOT);
      pos[i] = t.pos();
      tSent[i] = sentenceIndex(ts[i]);
    }

    tokMention = new Mention[n];
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      if (m.span().fitsIn(len) && !m.span().isEmpty()) {
        mentions.add(m);
      } else {
        dropped++;
      }
    }
    mentions.sort(Comparator.comparing(Mention::span));
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (int i = firstTokenEndingAfter(m.span().start()); i < n && ts[i] < m.span().end(); i++) {
        if (tokMention[i] == null) {
          tokMention[i] = m;
        }
      }
    }
    if (dropped > 0) {
      diagnostics.add(Diagnostic.warning("W354", QuoteAttributor.NAME, doc.id().value(),
          dropped + " sentence, token or mention span(s) outside the text were ignored"));
    }

    QuoteScanner.Result scan = QuoteScanner.scan(text, this::sentenceEndAt, maxQuotes);
    if (scan.capped()) {
      diagnostics.add(Diagnostic.warning("W351", QuoteAttributor.NAME, doc.id().value(),
          "more than " + maxQuotes + " quoted passages: only the first " + maxQuotes + " are kept"));
    }
    if (scan.unclosed() + scan.strayClosers() > 0) {
      diagnostics.add(Diagnostic.warning("W352", QuoteAttributor.NAME, doc.id().value(),
          "unbalanced quotation marks: " + scan.unclosed() + " unclosed, " + scan.strayClosers()
              + " closing mark(s) without an opening one"));
    }
    List<QuoteScanner.Quoted> quoted = scan.quotes();

    inMarks = new boolean[n];
    for (QuoteScanner.Quoted q : quoted) {
      int end = q.closed() ? q.close() + 1 : q.contentEnd();
      for (int i = firstTokenEndingAfter(q.open()); i < n && ts[i] < end; i++) {
        inMarks[i] = true;
      }
    }
    for (Mention m : mentions) {
      if (m.type() == EntityType.PERSON && !insideMarks(m.span().start())) {
        persons.add(m);
      }
    }
    mentionPrefix = new int[n + 1];
    for (int i = 0; i < n; i++) {
      mentionPrefix[i + 1] = mentionPrefix[i] + (tokMention[i] != null && !inMarks[i] ? 1 : 0);
    }

    List<Quote> reported = n == 0 ? List.of() : findReported();
    quotes.addAll(reported);
    attributeQuoted(quoted, reported);
  }

  List<Quote> quotes() {
    return quotes;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  // ---------------------------------------------------------------------------------------------
  // quoted passages

  private void attributeQuoted(List<QuoteScanner.Quoted> quoted, List<Quote> reported) {
    int m = quoted.size();
    Decision[] decided = new Decision[m];
    Cue[] adjacent = new Cue[m];
    for (int i = 0; i < m && n > 0; i++) {
      QuoteScanner.Quoted q = quoted.get(i);
      int prevAfter = i > 0 ? quoted.get(i - 1).after() : 0;
      int nextOpen = i + 1 < m ? quoted.get(i + 1).open() : text.length();
      adjacent[i] = adjacentCue(q, prevAfter, nextOpen);
    }
    // sieves 1-3: a cue next to the quote, by kind of subject
    for (Sieve sieve : List.of(Sieve.CUE_NAMED, Sieve.CUE_PRONOUN, Sieve.CUE_SOURCE, Sieve.CLAUSE_SUBJECT)) {
      for (int i = 0; i < m; i++) {
        if (decided[i] == null && adjacent[i] != null && sieveOf(adjacent[i]) == sieve) {
          decided[i] = decide(sieve, adjacent[i], quoted.get(i), adjacent[i].embedded() ? null : QuoteKind.DIRECT);
        }
      }
    }
    // sieve 4: inside reported speech
    for (int i = 0; i < m; i++) {
      if (decided[i] == null) {
        decided[i] = inReported(quoted.get(i), reported);
      }
    }
    // sieve 5: a framing verb before a quoted phrase
    for (int i = 0; i < m && n > 0; i++) {
      if (decided[i] == null) {
        int prevAfter = i > 0 ? quoted.get(i - 1).after() : 0;
        Cue c = frameCue(quoted.get(i), prevAfter);
        if (c != null) {
          decided[i] = decide(Sieve.PARTIAL_FRAME, c, quoted.get(i), null);
        }
      }
    }
    // sieve 6: a cue earlier in the clause
    for (int i = 0; i < m && n > 0; i++) {
      if (decided[i] == null) {
        int prevAfter = i > 0 ? quoted.get(i - 1).after() : 0;
        Cue c = clauseCue(quoted.get(i), prevAfter);
        if (c != null) {
          decided[i] = decide(Sieve.CUE_IN_CLAUSE, c, quoted.get(i), null);
        }
      }
    }
    // sieve 7: continuation of the previous speaker (scare quotes in between do not interrupt)
    int lastSpeech = -1;
    for (int i = 0; i < m && n > 0; i++) {
      boolean scare = scareLike(quoted.get(i));
      if (decided[i] == null && !scare && lastSpeech >= 0 && decided[lastSpeech].speaker() != null) {
        decided[i] = continuation(quoted.get(lastSpeech), quoted.get(i), decided[lastSpeech]);
      }
      if (decided[i] != null || !scare) {
        lastSpeech = decided[i] == null ? -1 : i;
      }
    }
    for (int i = 0; i < m; i++) {
      QuoteScanner.Quoted q = quoted.get(i);
      Decision d = decided[i];
      if (d == null) {
        d = scareLike(q)
            ? new Decision(Sieve.SCARE, null, null, null, QuoteKind.PARTIAL)
            : new Decision(Sieve.UNATTRIBUTED, null, null, null, QuoteKind.DIRECT);
      }
      Span content = new Span(q.contentStart(), q.contentEnd());
      Span evidence = content;
      if (d.cue() != null) {
        evidence = evidence.union(d.cue());
      }
      if (d.local() != null) {
        evidence = evidence.union(d.local());
      }
      double confidence = d.sieve().confidence() * (q.closed() ? 1.0 : Sieve.UNCLOSED_FACTOR);
      quotes.add(new Quote("pending", content, content.coveredText(text), d.kind(), d.speaker(), d.cue(),
          new Provenance(doc.id(), evidence, d.sieve().ref(), confidence)));
    }
  }

  private static Sieve sieveOf(Cue c) {
    if (c.clause()) {
      return Sieve.CLAUSE_SUBJECT;
    }
    if (c.subject().mention() != null) {
      return Sieve.CUE_NAMED;
    }
    return c.subject().pronoun() >= 0 ? Sieve.CUE_PRONOUN : Sieve.CUE_SOURCE;
  }

  /** {@return a decision, or null when a pronoun has no antecedent} kind null: by the content */
  private Decision decide(Sieve sieve, Cue cue, QuoteScanner.Quoted q, QuoteKind kind) {
    ActorRef speaker = actor(cue.subject());
    if (speaker == null) {
      return null;
    }
    QuoteKind k = kind != null ? kind : partialOrDirect(q.contentStart(), q.contentEnd());
    return new Decision(sieve, speaker, new Span(ts[cue.token()], te[cue.token()]), localSpan(cue.subject()), k);
  }

  private QuoteKind partialOrDirect(int start, int end) {
    boolean lowerStart = Character.isLowerCase(text.charAt(start));
    return lowerStart || words(start, end) <= 6 ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
  }

  /** The cue next to a quote: after it ("…,” X said") first, then before it ("X said, “…”"). */
  private Cue adjacentCue(QuoteScanner.Quoted q, int prevAfter, int nextOpen) {
    // after a quote closed by a full stop a new sentence starts, unless it goes on in lower case
    boolean fullStop = text.charAt(q.contentEnd() - 1) == '.';
    if (q.closed() && !(fullStop && !lowerCaseFollows(q.after()))) {
      int from = firstTokenStartingAtOrAfter(q.after());
      int limit = Math.min(nextOpen, sentenceEndAt(q.close()));
      int to = from;
      while (to < n && ts[to] < limit && to - from < RIGHT_WINDOW) {
        to++;
      }
      Cue right = rightCue(from, to);
      if (right != null) {
        return right;
      }
    }
    int[] left = leftRange(q.open(), prevAfter);
    return leftCue(left[0], left[1]);
  }

  private boolean lowerCaseFollows(int offset) {
    for (int i = offset; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
      if (!Character.isWhitespace(c) && c != ',') {
        return false;
      }
    }
    return false;
  }

  /** Tokens before a quote in its clause: {@code [from, to)}; after a colon, the lead-in sentence. */
  private int[] leftRange(int open, int prevAfter) {
    int to = firstTokenStartingAtOrAfter(open);
    while (to > 0 && te[to - 1] > open) {
      to--;
    }
    int bound = Math.max(prevAfter, sentenceStartAt(open));
    if (to == 0 || ts[to - 1] < bound) {
      // nothing before the quote in its sentence: "Trump said:\n“…”"
      int c = open - 1;
      while (c >= 0 && Character.isWhitespace(text.charAt(c))) {
        c--;
      }
      if (c >= prevAfter && c >= 0 && text.charAt(c) == ':') {
        bound = Math.max(prevAfter, sentenceStartAt(c));
        to = firstTokenStartingAtOrAfter(c + 1);
      }
    }
    int from = to;
    while (from > 0 && ts[from - 1] >= bound && to - from < LEFT_WINDOW) {
      from--;
    }
    return new int[] {from, to};
  }

  private Cue rightCue(int from, int to) {
    return rightCue(from, to, false);
  }

  /** The cue after a quote or reported clause; {@code nounPhrases}: any noun phrase may be its subject. */
  private Cue rightCue(int from, int to, boolean nounPhrases) {
    int r = from;
    while (r < to && r - from < 2 && isDashOrComma(r)) {
      r++;
    }
    if (r >= to) {
      return null;
    }
    int c = r;
    while (c < to && c - r < 2 && isSkippable(c)) {
      c++;
    }
    if (c < to && isVerbCue(c)) {
      Subject s = subjectAfter(c, to);
      return s == null ? null : new Cue(c, s, false);
    }
    for (int k = r; k < to && k - r < 10; k++) {
      if (isSentenceFinal(k) || isQuoteMark(k)) {
        return null;
      }
      if (isVerbCue(k)) {
        Subject s = subjectBefore(k, r);
        if (s == null && nounPhrases) {
          s = nounPhraseBefore(k, r);
        }
        return s == null ? null : new Cue(k, s, false);
      }
    }
    return null;
  }

  private Cue leftCue(int from, int to) {
    int e = to - 1;
    if (e < from) {
      return null;
    }
    // "X said, “…”" / "X told reporters on Monday: “…”"; without a separator only "X said “…”"
    boolean separated = isDashOrComma(e) || low[e].equals(":");
    if (separated) {
      e--;
    }
    for (int k = e; k >= from && e - k < (separated ? 7 : 2); k--) {
      if (isPunct(k) || low[k].equals("that")) {
        return null;
      }
      if (isVerbCue(k)) {
        return leftSubject(k, from, !separated);
      }
    }
    return null;
  }

  /** The speaker of a cue before a quote: next to the cue, else (participles) the clause subject. */
  private Cue leftSubject(int k, int from, boolean embedded) {
    if (!low[k].endsWith("ing")) {
      Subject s = subjectBefore(k, from);
      if (s != null) {
        return new Cue(k, s, false, embedded);
      }
    }
    Subject s = clauseSubject(Math.max(sentenceFirstToken(k), k - CLAUSE_WINDOW), k);
    return s == null ? null : new Cue(k, s, true, embedded);
  }

  /** Sieve 5: "referred to the exchange as “…”", "called it “…”". */
  private Cue frameCue(QuoteScanner.Quoted q, int prevAfter) {
    int[] left = leftRange(q.open(), prevAfter);
    int from = left[0];
    int e = left[1] - 1;
    if (e < from) {
      return null;
    }
    for (int k = e; k >= from && e - k < 8; k--) {
      if (isPunct(k)) {
        return null;
      }
      if (cues.frameLemma(low[k], verbLemmaCandidate(k)) != null) {
        Subject s = subjectBefore(k, from);
        boolean clause = false;
        if (s == null) {
          s = clauseSubject(Math.max(sentenceFirstToken(k), k - CLAUSE_WINDOW), k);
          clause = true;
        }
        return s == null ? null : new Cue(k, s, clause);
      }
    }
    return null;
  }

  /** Sieve 6: a speech verb earlier in the quote's clause: "X said the deal was “a disaster”". */
  private Cue clauseCue(QuoteScanner.Quoted q, int prevAfter) {
    int[] left = leftRange(q.open(), prevAfter);
    for (int k = left[1] - 1; k >= left[0] && left[1] - k <= 25; k--) {
      if (isSentenceFinal(k) || inMarks[k]) {
        return null;
      }
      if (isVerbCue(k)) {
        Subject s = low[k].endsWith("ing") ? null : subjectBefore(k, left[0]);
        if (s == null) {
          s = clauseSubject(Math.max(sentenceFirstToken(k), k - CLAUSE_WINDOW), k);
        }
        return s == null ? null : new Cue(k, s, false);
      }
    }
    return null;
  }

  private Decision inReported(QuoteScanner.Quoted q, List<Quote> reported) {
    Span content = new Span(q.contentStart(), q.contentEnd());
    for (Quote r : reported) {
      if (r.span().contains(content) && r.speaker() != null) {
        return new Decision(Sieve.IN_REPORTED, r.speaker(), r.cue(), null, partialOrDirect(q.contentStart(), q.contentEnd()));
      }
    }
    return null;
  }

  private Decision continuation(QuoteScanner.Quoted prev, QuoteScanner.Quoted q, Decision prevDecision) {
    if (prevDecision.kind() == QuoteKind.PARTIAL) {
      return null;
    }
    int s0 = sentenceIndex(prev.contentEnd() - 1);
    int s1 = sentenceIndex(q.open());
    if (s1 - s0 > 2 || paragraphBreaks(prev.after(), q.open()) > 1) {
      return null;
    }
    int a = firstTokenStartingAtOrAfter(prev.after());
    int b = firstTokenStartingAtOrAfter(q.open());
    // the previous speaker's own attribution ("…,” Putin said. “…”) is allowed between them
    int named = mentionPrefix[b] - mentionPrefix[a];
    if (prevDecision.cue() != null && prevDecision.cue().start() >= prev.after() && prevDecision.cue().end() <= q.open()) {
      // the previous quote's own attribution clause ("…,” said X, director of Y at Z. “…”): names in
      // it up to the end of its sentence describe the speaker and do not interrupt
      int clauseEnd = Math.min(q.open(), sentenceEndAt(prevDecision.cue().start()));
      named -= countMentionTokens(new Span(prev.after(), Math.max(prev.after(), clauseEnd)));
    } else if (prevDecision.local() != null && prevDecision.local().start() >= prev.after()
        && prevDecision.local().end() <= q.open()) {
      named -= countMentionTokens(prevDecision.local());
    }
    if (named > 0) {
      return null;
    }
    return new Decision(Sieve.CONTINUATION, prevDecision.speaker(), null, null, QuoteKind.DIRECT);
  }

  private int countMentionTokens(Span span) {
    int a = firstTokenStartingAtOrAfter(span.start());
    int b = firstTokenStartingAtOrAfter(span.end());
    return mentionPrefix[b] - mentionPrefix[a];
  }

  private int paragraphBreaks(int from, int to) {
    int count = 0;
    for (int i = from; i < to && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
        // "\n\n" is one paragraph break
        while (i + 1 < to && Character.isWhitespace(text.charAt(i + 1))) {
          i++;
        }
      }
    }
    return count;
  }

  private boolean scareLike(QuoteScanner.Quoted q) {
    int words = words(q.contentStart(), q.contentEnd());
    if (words <= 3) {
      return true;
    }
    if (words > 6) {
      return false;
    }
    for (int i = q.contentStart(); i < q.contentEnd(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';') {
        return false;
      }
    }
    return true;
  }

  private int words(int start, int end) {
    int count = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  // ---------------------------------------------------------------------------------------------
  // reported speech

  private List<Quote> findReported() {
    List<Quote> out = new ArrayList<>();
    Set<Span> seen = new HashSet<>();
    int capped = 0;
    for (int i = 0; i < n; i++) {
      if (inMarks[i]) {
        continue;
      }
      Quote q = according(i);
      if (q == null) {
        q = reportedThat(i);
      }
      if (q == null && (i + 1 == n || tSent[i + 1] != tSent[i])) {
        q = reportedTail(i);
      }
      List<Quote> found = new ArrayList<>(2);
      if (q != null) {
        found.add(q);
      } else {
        found.addAll(interposed(i));
      }
      for (Quote f : found) {
        if (seen.add(f.span())) {
          if (out.size() < maxQuotes) {
            out.add(f);
          } else {
            capped++;
          }
        }
      }
    }
    if (capped > 0) {
      diagnostics.add(Diagnostic.warning("W351", QuoteAttributor.NAME, doc.id().value(),
          "more than " + maxQuotes + " reported quotes: " + capped + " dropped"));
    }
    return out;
  }

  /** "according to X, …" / "…, according to X." */
  private Quote according(int i) {
    List<String> match = null;
    for (List<String> p : cues.prepositions()) {
      if (i + p.size() <= n) {
        boolean ok = true;
        for (int k = 0; k < p.size() && ok; k++) {
          ok = low[i + k].equals(p.get(k)) && tSent[i + k] == tSent[i];
        }
        if (ok) {
          match = p;
          break;
        }
      }
    }
    if (match == null) {
      return null;
    }
    int j = i + match.size();
    int sFirst = sentenceFirstToken(i);
    int sLast = sentenceLastToken(i);
    Subject subject = null;
    int npEnd = -1;
    for (int k = j; k <= sLast && k - j < 6 && !isPunct(k); k++) {
      if (tokMention[k] != null) {
        subject = Subject.named(tokMention[k]);
        npEnd = lastTokenOf(tokMention[k], k);
        break;
      }
      if (cues.isSourceNoun(low[k])) {
        int end = k;
        while (end + 1 <= sLast && end - j < 6 && !isPunct(end + 1)) {
          end++;
        }
        subject = Subject.source(j, end);
        npEnd = end;
        break;
      }
    }
    if (subject == null) {
      // "according to the poll", "according to federal statistics": the cue is unambiguous, so any
      // short noun phrase up to the punctuation is the source
      int end = j;
      while (end + 1 <= sLast && end + 1 - j < ACCORDING_NP && !isPunct(end + 1) && !inMarks[end + 1]) {
        end++;
      }
      if (j > sLast || isPunct(j) || inMarks[j] || end + 1 <= sLast && !isPunct(end + 1)) {
        return null;
      }
      subject = Subject.source(j, end);
      npEnd = end;
    }
    int contentFrom;
    int contentTo;
    int before = i - 1;
    if (before >= sFirst && isDashOrComma(before)) {
      before--;
    }
    if (before - sFirst + 1 >= 3) {
      contentFrom = sFirst;
      contentTo = before;
    } else {
      int k = npEnd + 1;
      if (k <= sLast && isDashOrComma(k)) {
        // skip an apposition: "According to Yuri Ushakov, a top Kremlin aide, the meeting …"
        int next = k + 1;
        int comma = -1;
        boolean verb = false;
        for (int x = next; x <= sLast && x - next < 9; x++) {
          if (low[x].equals(",")) {
            comma = x;
            break;
          }
          verb |= isClauseVerb(x);
        }
        k = comma > 0 && !verb ? comma + 1 : next;
      } else if (k <= sLast && tokMention[k] == null) {
        return null;
      }
      contentFrom = k;
      contentTo = sLast;
      while (contentTo >= contentFrom && isPunct(contentTo) && !isQuoteMark(contentTo)) {
        contentTo--;
      }
    }
    if (contentTo - contentFrom + 1 < 2) {
      return null;
    }
    return reported(Sieve.ACCORDING_TO, subject, contentFrom, contentTo, new Span(ts[i], te[j - 1]));
  }

  /** "X said (to Y) that …" */
  private Quote reportedThat(int k) {
    if (!isVerbCue(k)) {
      return null;
    }
    int sLast = sentenceLastToken(k);
    int that = -1;
    // "told a meeting of Pacific Island leaders that ...": tell's object may be longer
    int window = "tell".equals(cues.verbLemma(low[k], verbLemmaCandidate(k))) ? TELL_THAT_WINDOW : 4;
    for (int x = k + 1; x <= sLast && x - k <= window; x++) {
      if (low[x].equals("that")) {
        that = x;
        break;
      }
      if (isPunct(x) || isVerbCue(x) || inMarks[x]) {
        break;
      }
    }
    if (that < 0) {
      return reportedBare(k, sLast);
    }
    int first = sentenceFirstToken(k);
    Subject s = low[k].endsWith("ing") ? null : subjectBefore(k, first);
    Sieve sieve = Sieve.REPORTED_THAT;
    if (s == null && !low[k].endsWith("ing")) {
      s = nounPhraseBefore(k, first);
    }
    if (s == null) {
      s = clauseSubject(Math.max(first, k - CLAUSE_WINDOW), k);
    }
    if (s == null) {
      return null;
    }
    int to = sLast;
    while (to > that && isPunct(to) && !isQuoteMark(to)) {
      to--;
    }
    if (to - that < 2) {
      return null;
    }
    return reported(sieve, s, that + 1, to, new Span(ts[k], te[k]));
  }

  /**
   * "X said (on Monday) the talks failed", "X told reporters he would go": a reported clause
   * without "that" after a verb that allows it ({@link CueLexicon#takesBareClause}). The clause
   * must start like a subject (pronoun, determiner, name, number; a noun or adjective by POS) and
   * have a finite verb within {@value #BARE_VERB_WINDOW} tokens.
   */
  private Quote reportedBare(int k, int sLast) {
    String lemma = cues.verbLemma(low[k], verbLemmaCandidate(k));
    if (!cues.takesBareClause(lemma)) {
      return null;
    }
    int x = k + 1;
    if (lemma.equals("tell")) {
      if (x > sLast) {
        return null;
      }
      if (tokMention[x] != null) {
        x = lastTokenOf(tokMention[x], x) + 1;
      } else if (OBJECT_PRONOUNS.contains(low[x]) || AUDIENCES.contains(low[x])) {
        x++;
      } else {
        return null;
      }
    }
    x = skipAdverbials(x, sLast);
    if (x > sLast - 1 || inMarks[x] || !startsClause(x)) {
      return null;
    }
    boolean verb = false;
    for (int v = x + 1; v <= sLast && v - x <= BARE_VERB_WINDOW && !verb; v++) {
      if (inMarks[v] || isSentenceFinal(v)) {
        break;
      }
      verb = isFiniteVerb(v);
    }
    if (!verb) {
      return null;
    }
    int first = sentenceFirstToken(k);
    Subject s = low[k].endsWith("ing") ? null : subjectBefore(k, first);
    if (s == null && !low[k].endsWith("ing")) {
      s = nounPhraseBefore(k, first);
    }
    if (s == null) {
      s = clauseSubject(Math.max(first, k - CLAUSE_WINDOW), k);
    }
    if (s == null) {
      return null;
    }
    int to = sLast;
    while (to > x && isPunct(to) && !isQuoteMark(to)) {
      to--;
    }
    if (to - x < 2) {
      return null;
    }
    return reported(Sieve.REPORTED_BARE, s, x, to, new Span(ts[k], te[k]));
  }

  /** Skips time words and "in a statement"-like phrases after a cue verb: "said on Monday", "said last week". */
  private int skipAdverbials(int x, int sLast) {
    int skipped = 0;
    while (x <= sLast && skipped < 6) {
      if (TIME_WORDS.contains(low[x]) || isSkippable(x)) {
        x++;
        skipped++;
      } else if (low[x].equals("in") && x + 2 <= sLast && DETERMINERS.contains(low[x + 1])
          && MEDIUM_NOUNS.contains(low[x + 2])) {
        x += 3;
        skipped += 3;
      } else {
        break;
      }
    }
    return x;
  }

  /** Whether a token can open the subject of a clause. */
  private boolean startsClause(int x) {
    String w = low[x];
    if (tokMention[x] != null || CLAUSE_STARTERS.contains(w) || DETERMINERS.contains(w) || cues.isPronoun(w)) {
      return true;
    }
    String p = pos[x];
    if (!p.isEmpty()) {
      return p.equals("PRP") || p.equals("PRP$") || p.equals("DT") || p.equals("EX") || p.equals("CD")
          || p.startsWith("NN") || p.equals("JJ") || p.equals("JJS");
    }
    String raw = text.substring(ts[x], te[x]);
    return Character.isUpperCase(raw.charAt(0)) || Character.isDigit(raw.charAt(0));
  }

  /** Whether a token is a finite verb or modal (by POS; without POS: auxiliaries and "-ed" forms). */
  private boolean isFiniteVerb(int v) {
    String p = pos[v];
    if (!p.isEmpty()) {
      return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }
    return CLAUSE_VERBS.contains(low[v]) || low[v].length() > 3 && low[v].endsWith("ed");
  }

  /**
   * {@return the last token of reported content that stops before a second attribution inside it}
   * "… the debate, though she acknowledged it was unlikely", "… is depleted and says he will …",
   * "…, arguing that …": the content ends before the connective ({@code , and but though although
   * while ;}) that opens a clause whose verb is a speech cue (its subject, a name or pronoun, may
   * stand between them; a participle cue needs only a comma).
   */
  private int endBeforeNextAttribution(int from, int to) {
    for (int v = from + 2; v <= to; v++) {
      if (inMarks[v] || !isVerbCue(v)) {
        continue;
      }
      int j = v - 1;
      while (j > from && isSkippable(j)) {
        j--;
      }
      boolean subject = false;
      if (tokMention[j] != null) {
        Mention m = tokMention[j];
        while (j > from && tokMention[j] == m) {
          j--;
        }
        subject = true;
      } else if (isPronoun(j) || CLAUSE_STARTERS.contains(low[j]) && !DETERMINERS.contains(low[j])) {
        j--;
        subject = true;
      }
      if (j <= from) {
        continue;
      }
      boolean cut = CONTENT_BREAKS.contains(low[j])
          || low[j].equals(",") && (subject || low[v].endsWith("ing"));
      if (cut) {
        int end = j - 1;
        while (end > from && isPunct(end) && !isQuoteMark(end)) {
          end--;
        }
        return end;
      }
    }
    return to;
  }

  /**
   * An attribution set off by commas after reported content: "The museum, Mr. Obama said, would
   * make visitors face hard truths", "Lenox was a juggernaut, he said, until 1999", "…, said Jeffrey
   * Trimble, a senior official with …". The content is the sentence before the comma; when that
   * has no finite verb (a subject cut off: "The museum"), the rest of the sentence after the
   * attribution is a second part of the same content. {@code k} is the cue verb.
   */
  private List<Quote> interposed(int k) {
    if (!isVerbCue(k) || low[k].endsWith("ing")) {
      return List.of();
    }
    int first = sentenceFirstToken(k);
    int sLast = sentenceLastToken(k);
    Subject subject;
    int comma;
    int attributionEnd;
    if (k - 1 > first && low[k - 1].equals(",")) {
      subject = subjectAfter(k, sLast + 1);
      if (subject == null) {
        return List.of();
      }
      comma = k - 1;
      attributionEnd = firstTokenEndingAfter(localSpan(subject).end() - 1);
    } else {
      subject = subjectBefore(k, first);
      if (subject == null) {
        subject = nounPhraseBefore(k, first);
      }
      if (subject == null) {
        return List.of();
      }
      comma = firstTokenStartingAtOrAfter(localSpan(subject).start()) - 1;
      attributionEnd = k;
    }
    if (comma - first < 2 || comma >= k || !isDashOrComma(comma) || inMarks[comma] || inMarks[comma - 1]) {
      return List.of();
    }
    int after = skipAdverbials(attributionEnd + 1, sLast);
    boolean ends = after > sLast || isSentenceFinal(after);
    boolean continues = !ends && isDashOrComma(after);
    if (!ends && !continues) {
      return List.of();
    }
    Span cue = new Span(ts[k], te[k]);
    List<Quote> out = new ArrayList<>(2);
    int to = comma - 1;
    while (to > first && isPunct(to) && !isQuoteMark(to)) {
      to--;
    }
    Quote before = to - first >= 1 ? reported(Sieve.INTERPOSED, subject, first, to, cue) : null;
    if (before == null) {
      return List.of();
    }
    out.add(before);
    boolean subjectOnly = true;
    for (int v = first; v <= to && subjectOnly; v++) {
      subjectOnly = !isFiniteVerb(v);
    }
    if (continues && subjectOnly && attributionEnd == k && after + 1 <= sLast && !inMarks[after + 1]) {
      int end = sLast;
      while (end > after + 1 && isPunct(end) && !isQuoteMark(end)) {
        end--;
      }
      if (end - (after + 1) >= 1) {
        Quote rest = reported(Sieve.INTERPOSED, subject, after + 1, end, cue);
        if (rest != null) {
          out.add(rest);
        }
      }
    }
    return out;
  }

  /**
   * {@return whether tokens {@code [from, z]} after an attribution are only adjuncts} Time words,
   * "in a statement", an apposition after a comma, a prepositional phrase without a verb ("at a
   * rally in Ohio"), and for "tell" its object ("told The Huffington Post"); not "said goodbye to
   * the crowd".
   */
  private boolean onlyAdjuncts(int from, int z, String lemma) {
    int p = skipAdverbials(from, z);
    if (p > z || isDashOrComma(p)) {
      return true;
    }
    if (!"tell".equals(lemma) && !PREPOSITIONS.contains(low[p])) {
      return false;
    }
    for (int i = p; i <= z; i++) {
      if (inMarks[i] || isSentenceFinal(i) || CLAUSE_VERBS.contains(low[i]) || pos[i].startsWith("VB")
          || low[i].equals("that")) {
        return false;
      }
    }
    return true;
  }

  /** "…, officials said." at the end of a sentence. */
  private Quote reportedTail(int last) {
    int first = sentenceFirstToken(last);
    int z = last;
    while (z > first && isPunct(z) && !low[z].equals(",")) {
      z--;
    }
    int comma = -1;
    for (int x = z; x > first && z - x <= 8; x--) {
      if (low[x].equals(",")) {
        comma = x;
        break;
      }
    }
    if (comma < 0 || inMarks[comma] || (comma > 0 && inMarks[comma - 1]) || comma - first < 3) {
      return null;
    }
    Cue c = rightCue(comma + 1, z + 1, true);
    if (c == null) {
      return null;
    }
    // the attribution must close the sentence, up to time words or an apposition:
    // not "After the debate ended, Clarke said goodbye to the crowd."
    Span speaker = localSpan(c.subject());
    int end = c.token();
    if (speaker != null && speaker.start() > te[c.token()]) {
      end = Math.max(end, firstTokenEndingAfter(speaker.end() - 1));
    }
    if (!onlyAdjuncts(end + 1, z, cues.verbLemma(low[c.token()], verbLemmaCandidate(c.token())))) {
      return null;
    }
    int to = comma - 1;
    return reported(Sieve.REPORTED_TAIL, c.subject(), first, to, new Span(ts[c.token()], te[c.token()]));
  }

  private Quote reported(Sieve sieve, Subject subject, int from, int to, Span cue) {
    ActorRef speaker = actor(subject);
    if (speaker == null && subject.pronoun() >= 0) {
      // "He said he was worried …" with no person named in the sentences before: the content is
      // still reported speech; the speaker stays the pronoun as written (no entity)
      Span p = new Span(ts[subject.pronoun()], te[subject.pronoun()]);
      speaker = new ActorRef(p, p.coveredText(text), null, null);
    }
    if (speaker == null) {
      return null;
    }
    to = endBeforeNextAttribution(from, to);
    if (to - from < 1) {
      return null;
    }
    Span content = new Span(ts[from], te[to]);
    Span evidence = content.union(cue);
    Span local = localSpan(subject);
    if (local != null) {
      evidence = evidence.union(local);
    }
    return new Quote("pending", content, content.coveredText(text), QuoteKind.REPORTED, speaker, cue,
        new Provenance(doc.id(), evidence, sieve.ref(), sieve.confidence()));
  }

  // ---------------------------------------------------------------------------------------------
  // subjects

  /**
   * {@return the token a subject before the cue at {@code k} would end on: the first before it
   * after at most three skippable tokens ("X, the envoy, said"); -1 when that runs past {@code lo}
   * or lands inside quotation marks}
   */
  private int lastSubjectToken(int k, int lo) {
    int j = k - 1;
    int skipped = 0;
    while (j >= lo && skipped < 3 && isSkippable(j)) {
      j--;
      skipped++;
    }
    return j < lo || inMarks[j] ? -1 : j;
  }

  /** The subject right before a cue: a mention, pronoun, "X, the envoy, said", "a senior official said". */
  private Subject subjectBefore(int k, int lo) {
    int j = lastSubjectToken(k, lo);
    if (j < 0) {
      return null;
    }
    if (tokMention[j] != null && !possessive(tokMention[j], j)) {
      return Subject.named(tokMention[j]);
    }
    if (isPronoun(j)) {
      return Subject.pronoun(j);
    }
    if (cues.isSourceNoun(low[j])) {
      return Subject.source(npStart(j, lo), j);
    }
    if (low[j].equals(",")) {
      for (int p = j - 1; p >= lo && j - p <= 12; p--) {
        if (isSentenceFinal(p) || inMarks[p]) {
          return null;
        }
        if (low[p].equals(",")) {
          int q = p - 1;
          if (q >= lo && tokMention[q] != null && !possessive(tokMention[q], q)) {
            return Subject.named(tokMention[q]);
          }
          if (q >= lo && isPronoun(q)) {
            return Subject.pronoun(q);
          }
          return null;
        }
      }
    }
    return null;
  }

  /**
   * The subject of reported speech right before its cue when it is neither a name nor a listed
   * source: a group pronoun kept as written ("they said"), or a common noun phrase ("The actress
   * said", "52 percent of voters said", "Six in 10 say", "the group says"). The phrase must open
   * its clause (sentence start, after punctuation or a connective), not be the object of a
   * preposition. By POS its head is a noun or number; without POS it must start with a
   * determiner, a number or at the sentence start.
   */
  private Subject nounPhraseBefore(int k, int lo) {
    int j = lastSubjectToken(k, lo);
    if (j < 0) {
      return null;
    }
    if (cues.isGroupPronoun(low[j])) {
      return j == lo || opensClause(j - 1) ? Subject.source(j, j) : null;
    }
    boolean tagged = !pos[j].isEmpty();
    if (!isNounLike(j) || TIME_WORDS.contains(low[j])) {
      return null;
    }
    int s = j;
    while (s - 1 >= lo && j - (s - 1) < GENERIC_NP && !inMarks[s - 1] && isNounPhraseWord(s - 1, s)) {
      s--;
    }
    if (s > lo && !opensClause(s - 1)) {
      return null;
    }
    if (!tagged && s > lo && !DETERMINERS.contains(low[s]) && !Character.isDigit(low[s].charAt(0))
        && !CLAUSE_STARTERS.contains(low[s])) {
      return null;
    }
    return Subject.source(s, j);
  }

  /** Whether a token is the head of a noun phrase: a noun or number by POS; without POS a content word. */
  private boolean isNounLike(int j) {
    String w = low[j];
    if (!pos[j].isEmpty()) {
      return pos[j].startsWith("NN") || pos[j].equals("CD");
    }
    return Character.isLetterOrDigit(w.charAt(0)) && !DETERMINERS.contains(w) && !PREPOSITIONS.contains(w)
        && !CONNECTIVES.contains(w) && !CLAUSE_VERBS.contains(w) && !CLAUSE_STARTERS.contains(w)
        && !OBJECT_PRONOUNS.contains(w) && !isVerbCue(j) && !w.endsWith("ed") && !w.endsWith("ly");
  }

  /** Whether token {@code i} may stand inside a subject noun phrase that ends at or after {@code next}. */
  private boolean isNounPhraseWord(int i, int next) {
    String w = low[i];
    if (tokMention[i] != null) {
      return true;
    }
    if (w.equals("of") || w.equals("in") && isNumberWord(i + 1)) {
      // "52 percent of voters", "six in 10"
      return true;
    }
    if (w.equals("-") || w.equals("’s") || w.equals("'s")) {
      return true;
    }
    if (isPunct(i) || PREPOSITIONS.contains(w) || CONNECTIVES.contains(w) || CLAUSE_VERBS.contains(w)) {
      return false;
    }
    String p = pos[i];
    if (!p.isEmpty()) {
      return p.startsWith("NN") || p.startsWith("JJ") || p.equals("CD") || p.equals("DT") || p.equals("PDT")
          || p.equals("PRP$") || p.equals("POS") || p.equals("VBN") && !isVerbCue(i);
    }
    return !isVerbCue(i) && !cues.isPronoun(w) && !cues.isGroupPronoun(w) && !TIME_WORDS.contains(w);
  }

  private boolean isNumberWord(int i) {
    return i < n && (Character.isDigit(low[i].charAt(0)) || pos[i].equals("CD") || NUMBER_WORDS.contains(low[i]));
  }

  /** Whether a clause may open after token {@code i}: punctuation or a connective. */
  private boolean opensClause(int i) {
    String w = low[i];
    return (isPunct(i) && !isQuoteMark(i)) || CONNECTIVES.contains(w) && !w.equals("that") || w.equals("so")
        || w.equals("yet") || w.equals("as") || w.equals("since") || w.equals("whereas") || w.equals("but");
  }

  /** The subject right after a cue: "said Peskov", "said he", "said a senior official". */
  private Subject subjectAfter(int k, int hi) {
    for (int j = k + 1; j < hi && j - k <= 6; j++) {
      if (isPunct(j) || inMarks[j]) {
        return null;
      }
      if (j == k + 1 && isPronoun(j)) {
        return Subject.pronoun(j);
      }
      if (tokMention[j] != null) {
        return Subject.named(tokMention[j]);
      }
      if (cues.isSourceNoun(low[j])) {
        return Subject.source(k + 1, j);
      }
    }
    return null;
  }

  /** The first person or organisation in a clause that is not inside a prepositional phrase. */
  private Subject clauseSubject(int lo, int hi) {
    for (int i = lo; i < hi; i++) {
      if (inMarks[i]) {
        continue;
      }
      Mention m = tokMention[i];
      if (m != null) {
        int last = lastTokenOf(m, i);
        if (!afterPreposition(i, lo) && !possessive(m, last)) {
          return Subject.named(m);
        }
        i = last;
        continue;
      }
      if (isPronoun(i)) {
        return Subject.pronoun(i);
      }
    }
    return null;
  }

  private boolean afterPreposition(int i, int lo) {
    for (int b = i - 1; b >= lo && i - b <= 4; b--) {
      if (isPunct(b) || tokMention[b] != null) {
        return false;
      }
      if (PREPOSITIONS.contains(low[b]) || pos[b].equals("IN") || pos[b].equals("TO")) {
        return true;
      }
    }
    return false;
  }

  private int npStart(int j, int lo) {
    int s = j;
    while (s - 1 >= lo && j - s < 4 && !isPunct(s - 1) && !inMarks[s - 1] && !isVerbCue(s - 1)
        && !PREPOSITIONS.contains(low[s - 1]) && !CONNECTIVES.contains(low[s - 1])) {
      s--;
      if (DETERMINERS.contains(low[s])) {
        break;
      }
    }
    return s;
  }

  private ActorRef actor(Subject s) {
    if (s.mention() != null) {
      Mention m = s.mention();
      return new ActorRef(m.span(), m.text(), m.entity(), null);
    }
    if (s.pronoun() >= 0) {
      Mention m = antecedent(s.pronoun());
      return m == null ? null : new ActorRef(m.span(), m.text(), m.entity(), null);
    }
    Span span = new Span(ts[s.npFrom()], te[s.npTo()]);
    return new ActorRef(span, span.coveredText(text), null, null);
  }

  private Span localSpan(Subject s) {
    if (s.mention() != null) {
      return s.mention().span();
    }
    if (s.pronoun() >= 0) {
      return new Span(ts[s.pronoun()], te[s.pronoun()]);
    }
    return new Span(ts[s.npFrom()], te[s.npTo()]);
  }

  /** The most recent PERSON mention outside quotes before a pronoun, within a few sentences. */
  private Mention antecedent(int pronoun) {
    int at = ts[pronoun];
    int lo = 0;
    int hi = persons.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (persons.get(mid).span().start() < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo == 0) {
      return null;
    }
    Mention m = persons.get(lo - 1);
    if (m.span().end() > at || tSent[pronoun] - sentenceIndex(m.span().start()) > ANTECEDENT_SENTENCES) {
      return null;
    }
    return m;
  }

  // ---------------------------------------------------------------------------------------------
  // token predicates

  private boolean isVerbCue(int i) {
    if (inMarks[i] || tokMention[i] != null) {
      return false;
    }
    if (!pos[i].isEmpty() && !pos[i].startsWith("VB")) {
      return false;
    }
    return cues.verbLemma(low[i], verbLemmaCandidate(i)) != null;
  }

  private String verbLemmaCandidate(int i) {
    return pos[i].isEmpty() || pos[i].startsWith("VB") ? lemma[i] : null;
  }

  private boolean isClauseVerb(int i) {
    return CLAUSE_VERBS.contains(low[i]) || isVerbCue(i) || pos[i].startsWith("VB");
  }

  private boolean isPronoun(int i) {
    String w = low[i];
    if (w.endsWith("’s") || w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    return cues.isPronoun(w);
  }

  private boolean isSkippable(int i) {
    String w = low[i];
    return SKIPPABLE.contains(w) || (w.length() > 4 && w.endsWith("ly") && (pos[i].isEmpty() || pos[i].startsWith("RB")));
  }

  private boolean isPunct(int i) {
    String w = low[i];
    for (int k = 0; k < w.length(); k++) {
      if (Character.isLetterOrDigit(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean isDashOrComma(int i) {
    String w = low[i];
    return w.equals(",") || w.equals("-") || w.equals("--") || w.equals("\u2013") || w.equals("\u2014");
  }

  private boolean isSentenceFinal(int i) {
    String w = low[i];
    return w.equals(".") || w.equals("!") || w.equals("?");
  }

  private boolean isQuoteMark(int i) {
    String w = low[i];
    return w.length() == 1 && "\"“”«»„'‘’".indexOf(w.charAt(0)) >= 0 || w.equals("``") || w.equals("''");
  }

  /** Whether a mention is a possessor ("Trump’s"), judged at its last token. */
  private boolean possessive(Mention m, int lastToken) {
    int end = m.span().end();
    if (end + 1 < text.length() && (text.charAt(end) == '’' || text.charAt(end) == '\'')
        && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S')) {
      return true;
    }
    int next = lastToken + 1;
    return next < n && (pos[next].equals("POS") || low[next].equals("’s") || low[next].equals("'s"));
  }

  private int lastTokenOf(Mention m, int from) {
    int i = from;
    while (i + 1 < n && tokMention[i + 1] == m) {
      i++;
    }
    return i;
  }

  private boolean insideMarks(int offset) {
    int i = firstTokenEndingAfter(offset);
    return i < n && ts[i] <= offset && inMarks[i];
  }

  // ---------------------------------------------------------------------------------------------
  // offsets

  private int firstTokenStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int firstTokenEndingAfter(int offset) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (te[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@return the index of the sentence holding the offset, or the last one before it; 0 if none} */
  private int sentenceIndex(int offset) {
    int i = Arrays.binarySearch(sentStart, offset);
    if (i < 0) {
      i = -i - 2;
    }
    return Math.max(0, i);
  }

  private int sentenceStartAt(int offset) {
    return sentStart.length == 0 ? 0 : Math.min(offset, sentStart[sentenceIndex(offset)]);
  }

  int sentenceEndAt(int offset) {
    if (sentStart.length == 0) {
      return text.length();
    }
    int i = sentenceIndex(offset);
    if (offset < sentEnd[i]) {
      return sentEnd[i];
    }
    return i + 1 < sentEnd.length ? sentEnd[i + 1] : text.length();
  }

  private int sentenceFirstToken(int token) {
    int i = token;
    while (i > 0 && tSent[i - 1] == tSent[token] && token - i < 4 * CLAUSE_WINDOW) {
      i--;
    }
    return i;
  }

  private int sentenceLastToken(int token) {
    int i = token;
    while (i + 1 < n && tSent[i + 1] == tSent[token] && i - token < 4 * CLAUSE_WINDOW) {
      i++;
    }
    return i;
  }
}
