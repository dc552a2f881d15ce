package org.storyline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyline.events.SentenceView.Tok;
import org.storyline.model.ActorRef;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.EventStatus;
import org.storyline.model.Quantity;
import org.storyline.model.Span;
import org.storyline.model.TimeExpression;
import org.storyline.model.TimeValue;
import org.storyline.model.TimexType;

/**
 * Codes the events of one sentence (or one table cell) with the lexicon: trigger matching, cue
 * selection, status, actors, place, time and quantities. Stateless apart from the lexicon;
 * thread-safe.
 */
final class SentenceCoder {
  private static final Set<String> PREPOSITIONS = Set.of(
      "of", "to", "in", "at", "with", "for", "from", "by", "on", "into", "against", "over", "under", "about",
      "between", "among", "toward", "towards", "near", "across", "through", "via", "upon", "within", "without",
      "including", "like", "than", "despite", "amid", "after", "before", "during", "since", "following");
  private static final Set<String> BOUNDARIES = Set.of(
      ";", ":", "—", "–", "(", ")", "that", "which", "who", "whom", "whose", "while", "whereas", "although",
      "though", "but", "because", "however", "if", "unless", "whether", "when", "where", "after", "following",
      "during", "since", "before", "amid", "what", "how", "why", "despite");
  private static final Set<String> DETERMINERS = Set.of(
      "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "any",
      "no", "every", "each", "such", "some", "another");
  private static final Set<String> NOUN_PRECEDERS = Set.of(
      "a", "an", "the", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "any", "no",
      "every", "each", "such", "some", "another", "further", "more", "new", "recent", "first", "last", "direct",
      "bilateral", "trilateral", "military", "economic", "financial", "humanitarian", "security", "diplomatic",
      "political", "public", "continued", "full", "strong", "massive", "major", "large", "fresh", "possible",
      "potential", "planned", "upcoming", "joint", "western", "international", "us", "u.s.", "american", "russian",
      "ukrainian", "european", "nato", "of", "for", "verbal", "official", "formal", "personal");
  private static final Set<String> SKIPPABLE = Set.of(
      "not", "n't", "never", "yet", "also", "already", "still", "just", "now", "even", "reportedly", "previously",
      "repeatedly", "formally", "officially", "publicly", "again", "then", "since", "so", "far", "thus", "only",
      "initially", "finally", "quickly", "swiftly", "once", "ever", "further");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "cannot");
  private static final Set<String> AUX = Set.of(
      "is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
      "would", "shall", "should", "could", "can", "may", "might", "must", "'s", "'re", "'ve", "'d", "'ll");
  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> PLACE_NOUNS = Set.of(
      "resort", "palace", "residence", "estate", "retreat", "airport", "base", "headquarters", "compound", "hotel",
      "club", "centre", "center", "embassy", "summit");
  private static final Set<String> AFTER_PLACE = Set.of(
      "soon", "today", "tomorrow", "yesterday", "next", "last", "this", "on", "in", "at", "to", "for", "and", "or",
      "with", "by", "from", "later", "earlier", "again", "before", "after", "during", "since", "as", "amid", "but",
      "where", "which", "who", "that", "when", "while", "until", "over", "of", "is", "are", "was", "were", "will",
      "would", "has", "have", "had", "could", "might", "may", "should", "can", "tonight", "instead");
  private static final Set<String> TOPIC_STOPS = Set.of(
      "regarding", "concerning", "about", "over", "war", "conflict", "crisis", "invasion", "fighting", "region");
  private static final Set<String> FORCES = Set.of(
      "troops", "forces", "soldiers", "personnel", "units", "peacekeepers", "warships", "jets", "troop", "military");
  private static final Set<String> REPORTING = Set.of(
      "said", "says", "say", "clarified", "clarifies", "stated", "states", "insisted", "insists", "claimed", "claims",
      "noted", "notes", "told", "added", "stressed", "explained", "confirmed", "confirms", "denied", "denies",
      "maintained", "maintains", "asserted", "argued", "emphasized", "emphasised", "reiterated");
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("for", "of", "on", "about", "over");
  private static final Set<EventStatus> ATTACHABLE = Set.of(
      EventStatus.AGREED, EventStatus.PROPOSED, EventStatus.PLANNED, EventStatus.REFUSED, EventStatus.DENIED,
      EventStatus.CANCELLED, EventStatus.REQUESTED);

  /** An actor candidate: a named mention (or a fallback name) placed on the view's tokens. */
  record Actor(Span span, String text, EntityId entity, EntityType type, int first, int last) {}

  /** What the coder knows about the sentence besides its tokens. */
  record Input(
      String text,
      SentenceView view,
      List<Actor> actors,
      List<TimeExpression> times,
      boolean table,
      LocalDate anchor,
      TimeValue forcedWhen,
      Span forcedWhenSpan) {}

  /**
   * A coded event before it gets its id and provenance. A weak draft lacked actors or an explicit
   * status and only enriches a kept mention of the same family and status (its code, quantities).
   */
  record Draft(
      Span trigger,
      String frame,
      String plover,
      String mode,
      String cameo,
      EventStatus status,
      List<ActorRef> sources,
      List<ActorRef> targets,
      ActorRef location,
      TimeValue when,
      Span whenSpan,
      List<Quantity> quantities,
      double confidence,
      String rule,
      boolean weak) {
    Draft asWeak() {
      return new Draft(trigger, frame, plover, mode, cameo, status, sources, targets, location, when, whenSpan,
          quantities, confidence, rule, true);
    }
  }

  private record Match(int start, int end, int rule) {}

  private record Trig(int start, int end, TriggerRule rule, Frame frame, boolean verb) {}

  private record Cue(int start, int end, CueRule rule) {}

  private record Status(EventStatus status, Frame.Column column, double confidence, boolean explicit) {}

  private final EventLexicon lex;

  SentenceCoder(EventLexicon lex) {
    this.lex = lex;
  }

  /** {@return the events of the sentence, in trigger order} */
  List<Draft> code(Input in) {
    SentenceView v = in.view();
    if (v.size() == 0 || (!in.table() && endsWithQuestion(in))) {
      return List.of();
    }
    List<Trig> trigs = matchTriggers(v);
    List<Cue> cues = matchCues(v);
    trigs = dropTopics(v, trigs);
    List<Draft> drafts = new ArrayList<>();
    List<Trig> draftTrigs = new ArrayList<>();
    // cues never overlap, so two equal cues are the same object: identity is cheaper than the record's hash
    Set<Cue> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Draft> weak = new ArrayList<>();
    for (Trig t : trigs) {
      Cue cue = governingCue(v, t, cues);
      if (cue != null) {
        used.add(cue);
        used.addAll(shadowed(v, t, cues));
      }
      Draft d = codeTrigger(in, t, cue);
      if (d != null && d.weak()) {
        weak.add(d);
      } else if (d != null) {
        drafts.add(d);
        draftTrigs.add(t);
      }
    }
    for (Cue c : cues) {
      if (used.contains(c) || c.rule().rank() != 1 || c.rule().kind() != CueRule.Kind.STATUS || overlapsAny(c, trigs)) {
        continue;
      }
      Draft d = orphan(in, c, drafts, draftTrigs);
      if (d != null) {
        drafts.add(d);
        draftTrigs.add(new Trig(c.start(), c.end(), null, null, true));
      }
    }
    return merge(drafts, weak);
  }

  private static boolean endsWithQuestion(Input in) {
    Span s = in.view().span();
    String t = in.text().substring(s.start(), s.end()).strip();
    while (!t.isEmpty() && "\"”’'".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t.endsWith("?");
  }

  // ------------------------------------------------------------------ matching

  private List<Trig> matchTriggers(SentenceView v) {
    List<Match> ms = new ArrayList<>();
    List<TriggerRule> rules = lex.triggers();
    List<TokenPattern> pats = lex.triggerPatterns();
    PatternIndex index = lex.triggerIndex();
    for (int i = 0; i < v.size(); i++) {
      // only the rules whose first word this token is can match here (same pairs, same order)
      for (int r : index.candidates(v.get(i))) {
        int end = pats.get(r).matchAt(v, i);
        if (end > i && classFits(v, i, rules.get(r))) {
          ms.add(new Match(i, end, r));
        }
      }
    }
    List<Trig> out = new ArrayList<>();
    for (Match m : selectLongest(ms)) {
      TriggerRule r = rules.get(m.rule());
      boolean verb = r.wordClass() == 'V' || (r.wordClass() == 'X' && ambiguousVerbReading(v, m.start()));
      out.add(new Trig(m.start(), m.end(), r, lex.frame(r.frame()), verb));
    }
    out.sort(Comparator.comparingInt(Trig::start));
    return out;
  }

  private List<Cue> matchCues(SentenceView v) {
    List<Match> ms = new ArrayList<>();
    List<CueRule> rules = lex.cues();
    List<TokenPattern> pats = lex.cuePatterns();
    PatternIndex index = lex.cueIndex();
    for (int i = 0; i < v.size(); i++) {
      for (int r : index.candidates(v.get(i))) {
        int end = pats.get(r).matchAt(v, i);
        if (end > i) {
          ms.add(new Match(i, end, r));
        }
      }
    }
    List<Cue> out = new ArrayList<>();
    for (Match m : selectLongest(ms)) {
      CueRule r = rules.get(m.rule());
      if (r.kind() != CueRule.Kind.NONE) {
        out.add(new Cue(m.start(), m.end(), r));
      }
    }
    out.sort(Comparator.comparingInt(Cue::start));
    return out;
  }

  /** Longest matches first, then leftmost, then earlier rule; no two selected matches overlap. */
  private static List<Match> selectLongest(List<Match> ms) {
    List<Match> sorted = new ArrayList<>(ms);
    sorted.sort(Comparator.comparingInt((Match m) -> -(m.end() - m.start()))
        .thenComparingInt(Match::start)
        .thenComparingInt(Match::rule));
    List<Match> taken = new ArrayList<>();
    for (Match m : sorted) {
      boolean free = true;
      for (Match t : taken) {
        if (m.start() < t.end() && t.start() < m.end()) {
          free = false;
          break;
        }
      }
      if (free) {
        taken.add(m);
      }
    }
    return taken;
  }

  private static boolean classFits(SentenceView v, int i, TriggerRule r) {
    if (r.wordClass() != 'V') {
      return true;
    }
    Tok t = v.get(i);
    boolean inflected = t.lower.endsWith("ed") || t.lower.endsWith("ing") || t.lower.endsWith("s")
        || Lemmas.looksPast(t.lower);
    // a bare form ("host", "support") is as often a noun: ask for verb context
    return inflected || t.hasPos() ? verbReading(v, i) : ambiguousVerbReading(v, i);
  }

  /** {@return whether the token reads as a verb: by POS when tagged, else by the word before it} */
  static boolean verbReading(SentenceView v, int i) {
    Tok t = v.get(i);
    if (t.hasPos()) {
      return t.pos.startsWith("VB");
    }
    if (i == 0) {
      // a sentence opening with a gerund is a noun: "Fighting continued"
      return !t.lower.endsWith("ing");
    }
    Tok prev = v.get(i - 1);
    if (prev.capitalized() && i - 1 > 0 && !prev.possessive && !t.lower.endsWith("ing")) {
      return true;
    }
    if (prev.possessive || NOUN_PRECEDERS.contains(prev.lower) || Quantities.number(prev.lower) != null
        || Quantities.measure(prev) != null) {
      // "to" before a gerund is a preposition, but "of/for" + gerund is still a verb reading
      return prev.is("of", "for") && t.lower.endsWith("ing");
    }
    return true;
  }

  private static final Set<String> VERB_PRECEDERS = Set.of(
      "to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "n't",
      "never", "has", "have", "had", "is", "are", "was", "were", "been", "be", "being", "he", "she", "it", "they",
      "we", "i", "you", "who", "which", "also", "then", "and", "or", "jointly", "reportedly", "repeatedly");

  /**
   * For a word that is as often a noun as a verb ("attack", "sanctions", "visit"): without POS it
   * is a verb after an auxiliary, "to", a pronoun, an adverb or a name, or when it has a past form.
   */
  static boolean ambiguousVerbReading(SentenceView v, int i) {
    Tok t = v.get(i);
    if (t.hasPos()) {
      return t.pos.startsWith("VB");
    }
    if (!verbReading(v, i)) {
      return false;
    }
    if (i == 0) {
      return !t.lower.endsWith("ing") && !t.lower.endsWith("s");
    }
    Tok prev = v.get(i - 1);
    return VERB_PRECEDERS.contains(prev.lower) || prev.lower.endsWith("n't") || (prev.lower.endsWith("ly")
        && prev.lower.length() > 4) || (prev.capitalized() && !prev.possessive) || Lemmas.looksPast(t.lower);
  }

  /** A noun trigger that is the topic of another ("negotiators for direct talks") is not an event. */
  private static List<Trig> dropTopics(SentenceView v, List<Trig> trigs) {
    List<Trig> out = new ArrayList<>();
    for (Trig t : trigs) {
      if (!t.verb() && isTopicOfPrevious(v, t, trigs)) {
        continue;
      }
      out.add(t);
    }
    return out;
  }

  private static boolean isTopicOfPrevious(SentenceView v, Trig t, List<Trig> trigs) {
    int k = t.start() - 1;
    int skipped = 0;
    while (k >= 0 && skipped < 2 && !TOPIC_PREPOSITIONS.contains(v.get(k).lower) && v.get(k).isWord()
        && !v.get(k).capitalized()) {
      k--;
      skipped++;
    }
    if (k < 1 || !TOPIC_PREPOSITIONS.contains(v.get(k).lower)) {
      return false;
    }
    for (Trig o : trigs) {
      if (o != t && o.end() == k) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsAny(Cue c, List<Trig> trigs) {
    for (Trig t : trigs) {
      if (c.start() < t.end() && t.start() < c.end()) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ status

  private static boolean isBoundary(SentenceView v, int k) {
    return BOUNDARIES.contains(v.get(k).lower);
  }

  /** Whether a clause boundary lies in [from, to), allowing "that" right after a cue. */
  private static boolean blocked(SentenceView v, int from, int to, Cue cue) {
    for (int k = from; k < to; k++) {
      if (isBoundary(v, k)) {
        if (cue != null && v.get(k).is("that") && cue.rule().rank() == 1 && !nounForm(v.get(cue.end() - 1).lower)
            && onlyTimeWords(v, cue.end(), k)) {
          continue;
        }
        return true;
      }
    }
    return false;
  }

  /**
   * Speech-act cues in the same expression as a governed trigger belong to it ("urged Russia to
   * respect the request for a ceasefire", "proposal for talks to begin in three days"); a cue after
   * "and" starts a new statement about it ("… and an agreement in principle has been reached").
   */
  private static List<Cue> shadowed(SentenceView v, Trig t, List<Cue> cues) {
    List<Cue> out = new ArrayList<>();
    for (Cue c : cues) {
      CueRule r = c.rule();
      if (r.rank() != 1) {
        continue;
      }
      if (c.end() <= t.start() && r.before() && t.start() - c.end() <= r.window() && !blocked(v, c.end(), t.start(), c)) {
        out.add(c);
      } else if (c.start() >= t.end() && r.after() && c.start() - t.end() <= r.window()
          && !blocked(v, t.end(), c.start(), null) && !hasAnd(v, t.end(), c.start())) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean hasAnd(SentenceView v, int from, int to) {
    for (int k = from; k < to; k++) {
      boolean joinsNames = k + 1 < v.size() && v.get(k + 1).capitalized();
      if (v.get(k).is("but", ";") || (v.get(k).is("and") && !joinsNames)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TIME_WORDS = Set.of(
      "today", "yesterday", "tonight", "on", "last", "this", "earlier", "again", "also", "repeatedly", "week",
      "month", "night", "morning", "evening", "afternoon");

  /** "demanded today that", "said on Monday that": only time words between a cue and its "that". */
  private static boolean onlyTimeWords(SentenceView v, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = v.get(k).lower;
      if (!TIME_WORDS.contains(w) && !MONTHS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** "suggestion that …" opens a relative clause more often than a complement. */
  private static boolean nounForm(String lower) {
    return lower.endsWith("ion") || lower.endsWith("ions") || lower.endsWith("al") || lower.endsWith("als")
        || lower.endsWith("ment") || lower.endsWith("ments");
  }

  private static Cue governingCue(SentenceView v, Trig t, List<Cue> cues) {
    List<Cue> before = new ArrayList<>();
    List<Cue> after = new ArrayList<>();
    for (Cue c : cues) {
      if (c.start() < t.end() && t.start() < c.end()) {
        continue;
      }
      CueRule r = c.rule();
      if (c.end() <= t.start() && r.before() && t.start() - c.end() <= r.window() && !blocked(v, c.end(), t.start(), c)) {
        before.add(c);
      } else if (c.start() >= t.end() && r.after() && c.start() - t.end() <= r.window()
          && !blocked(v, t.end(), c.start(), null)) {
        after.add(c);
      }
    }
    for (int rank = 1; rank <= 3; rank++) {
      Cue best = null;
      int bestDist = Integer.MAX_VALUE;
      if (rank == 1) {
        for (Cue c : before) {
          if (c.rule().rank() == 1 && (best == null || c.start() < best.start())) {
            best = c;
          }
        }
        if (best != null) {
          return best;
        }
        for (Cue c : after) {
          if (c.rule().rank() == 1 && (best == null || c.start() < best.start())) {
            best = c;
          }
        }
        if (best != null && hasComma(v, t.end(), best.start())) {
          // "warships launched war games, expected to be joined later by …": the verb governing
          // the noun beats a remark after the comma
          for (Cue c : before) {
            if (c.rule().kind() == CueRule.Kind.TENSE && verbalAspect(v, c)) {
              return c;
            }
          }
        }
        if (best != null) {
          return best;
        }
        continue;
      }
      for (Cue c : before) {
        int d = t.start() - c.end();
        if (c.rule().rank() == rank && d < bestDist) {
          best = c;
          bestDist = d;
        }
      }
      for (Cue c : after) {
        int d = c.start() - t.end();
        if (c.rule().rank() == rank && d < bestDist) {
          best = c;
          bestDist = d;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private static boolean hasComma(SentenceView v, int from, int to) {
    for (int k = from; k < to; k++) {
      if (v.get(k).is(",")) {
        return true;
      }
    }
    return false;
  }

  /** Tense of the verb at {@code i}: PLANNED, HYPOTHETICAL, OCCURRED, ONGOING, or null for none. */
  static EventStatus tense(SentenceView v, int i, boolean[] present) {
    Tok t = v.get(i);
    int k = i - 1;
    while (k >= 0 && i - k <= 5) {
      Tok a = v.get(k);
      String w = a.lower;
      if (SKIPPABLE.contains(w) || w.endsWith("n't") || (w.endsWith("ly") && w.length() > 4 && !AUX.contains(w))) {
        k--;
        continue;
      }
      if (w.equals("will") || w.equals("shall") || w.equals("'ll") || w.equals("wo")) {
        return EventStatus.PLANNED;
      }
      if (w.equals("would") || w.equals("could") || w.equals("might") || w.equals("may") || w.equals("should")
          || w.equals("can")) {
        return EventStatus.HYPOTHETICAL;
      }
      if (w.equals("to")) {
        return EventStatus.PLANNED;
      }
      if (w.equals("has") || w.equals("have") || w.equals("had") || w.equals("'ve") || w.equals("did")
          || w.equals("was") || w.equals("were")) {
        return EventStatus.OCCURRED;
      }
      if (w.equals("is") || w.equals("are") || w.equals("am") || w.equals("'re") || w.equals("do")
          || w.equals("does")) {
        return EventStatus.ONGOING;
      }
      if (w.equals("been") || w.equals("being") || w.equals("be")) {
        k--;
        continue;
      }
      break;
    }
    if (t.hasPos()) {
      if (t.pos.equals("VBD") || t.pos.equals("VBN")) {
        return EventStatus.OCCURRED;
      }
      if (t.pos.equals("VBZ") || t.pos.equals("VBP")) {
        present[0] = true;
        return EventStatus.OCCURRED;
      }
      return null;
    }
    if (Lemmas.looksPast(t.lower)) {
      return EventStatus.OCCURRED;
    }
    if (t.lower.endsWith("ing")) {
      return null;
    }
    present[0] = true;
    return EventStatus.OCCURRED;
  }

  /** Whether "could", "would", "may" or "might" (adverbs skipped) comes right before token {@code i}. */
  private static boolean modalBefore(SentenceView v, int i) {
    for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
      String w = v.get(k).lower;
      if (w.equals("could") || w.equals("would") || w.equals("may") || w.equals("might")) {
        return true;
      }
      if (!(SKIPPABLE.contains(w) || (w.endsWith("ly") && w.length() > 4))) {
        return false;
      }
    }
    return false;
  }

  private static boolean negated(SentenceView v, int i) {
    int k = i - 1;
    while (k >= 0 && i - k <= 5) {
      Tok a = v.get(k);
      String w = a.lower;
      if (NEGATIONS.contains(w) || w.endsWith("n't")) {
        return true;
      }
      if (isBoundary(v, k)) {
        return false;
      }
      if (AUX.contains(w) || SKIPPABLE.contains(w) || (w.endsWith("ly") && w.length() > 4)) {
        k--;
        continue;
      }
      return false;
    }
    return false;
  }

  /** "no sanctions", "no significant sanctions": a negated noun. */
  private static boolean negatedNoun(SentenceView v, int i) {
    for (int k = i - 1; k >= 0 && i - k <= 2; k--) {
      if (v.get(k).is("no")) {
        return true;
      }
      if (!v.get(k).isWord() || v.get(k).capitalized()) {
        return false;
      }
    }
    return false;
  }

  private static EventStatus negate(EventStatus s) {
    switch (s) {
      case REFUSED:
      case DENIED:
      case HYPOTHETICAL:
        return EventStatus.HYPOTHETICAL;
      case CANCELLED:
        return EventStatus.PLANNED;
      default:
        return EventStatus.DENIED;
    }
  }

  private Status status(Input in, Trig t, Cue cue) {
    SentenceView v = in.view();
    EventStatus s = null;
    Frame.Column column = null;
    double conf = t.rule().confidence();
    boolean explicit = false;
    boolean neg;
    boolean[] present = {false};
    boolean gerund = false;
    if (cue != null) {
      CueRule r = cue.rule();
      if (r.kind() == CueRule.Kind.TENSE) {
        s = tense(v, cue.start(), present);
        if (s == null) {
          // a bare gerund ("since first starting negotiations") says little about the status
          s = EventStatus.OCCURRED;
          gerund = true;
        }
      } else {
        s = r.status();
        if (modalBefore(v, cue.start()) && r.rank() == 1 && s != EventStatus.HYPOTHETICAL) {
          // "Trump may push for peace talks": a possibility, not a request
          s = EventStatus.HYPOTHETICAL;
        }
      }
      column = r.column();
      conf = (conf + r.confidence()) / 2;
      // modifiers and speech acts are explicit; of the aspect cues, a verb governing the noun ("held
      // talks") or a predicate after it ("strikes hit") is, "after"/"will"/"could" alone is not
      boolean after = cue.start() >= t.end();
      explicit = r.rank() <= 2 || t.verb() || (r.kind() == CueRule.Kind.TENSE && !gerund)
          || (after && (s == EventStatus.OCCURRED || s == EventStatus.ONGOING));
      neg = negated(v, cue.start()) || (!t.verb() && negatedNoun(v, t.start()));
    } else if (t.verb()) {
      s = tense(v, t.start(), present);
      explicit = s != null;
      neg = negated(v, t.start());
    } else {
      neg = negatedNoun(v, t.start());
    }
    if (present[0] && !in.table()) {
      conf -= 0.1;
    }
    if (in.table() && (s == null || present[0])) {
      s = EventStatus.OCCURRED;
      explicit = true;
    }
    if (s == null) {
      return null;
    }
    if (neg) {
      s = negate(s);
      explicit = true;
    }
    if (column == null || s == EventStatus.DENIED && cue == null) {
      column = column == null ? Frame.Column.of(s == EventStatus.DENIED ? EventStatus.OCCURRED : s) : column;
    }
    return new Status(s, column, conf, explicit);
  }

  // ------------------------------------------------------------------ one trigger

  /** Whether the trigger stands inside an analysis or conditional frame ({@link AnalysisFrames}). */
  private static boolean inAnalysisFrame(Input in, Trig t) {
    SentenceView v = in.view();
    Span sentence = v.span();
    int from = v.get(t.start()).span.start() - sentence.start();
    int to = v.get(t.end() - 1).span.end() - sentence.start();
    return AnalysisFrames.standard().frameOf(in.text().substring(sentence.start(), sentence.end()), from, to) != null;
  }

  private Draft codeTrigger(Input in, Trig t, Cue cue) {
    SentenceView v = in.view();
    Status st = status(in, t, cue);
    if ((st == null || st.column() != Frame.Column.THREAT) && inAnalysisFrame(in, t)) {
      // "the role the US will play in supporting Ukraine", "sanctions should they fail to comply":
      // commentary or a condition, not news
      double conf = st == null ? t.rule().confidence() - 0.2 : st.confidence();
      st = new Status(EventStatus.HYPOTHETICAL, Frame.Column.ACT, conf, true);
    }
    boolean fallback = false;
    if (st == null) {
      fallback = true;
      st = new Status(EventStatus.OCCURRED, Frame.Column.ACT, t.rule().confidence() - 0.2, false);
    }
    Roles roles = roles(in, t, actorCue(in.view(), t, cue));
    boolean hasActors = !roles.sources.isEmpty() || !roles.targets.isEmpty();
    boolean fronted = t.start() <= 4 && v.get(0).is("in", "during", "at", "on");
    boolean weak = (fallback && (!hasActors || !fronted || !clausePast(v, t)))
        || (!st.explicit() && !hasActors)
        || (st.status() == EventStatus.HYPOTHETICAL && !hasActors);
    Frame frame = t.frame();
    if ((frame.name().equals("MEET") || frame.name().equals("TALKS")) && remote(v, t)) {
      frame = lex.frame("CALL");
    }
    if (st.status() == EventStatus.DENIED) {
      reportedDenial(in, cue != null && cue.start() < t.start() ? cue.start() : t.start(), roles);
    }
    ActorRef location = location(in, t, roles);
    boolean bareInfinitive = t.verb() && cue == null && t.start() > 0 && v.get(t.start() - 1).is("to");
    if (!hasActors && location == null && !st.explicit() && !in.table() && (!t.verb() || bareInfinitive)) {
      weak = true;
    }
    Span whenSpan = in.forcedWhenSpan();
    TimeValue when = in.forcedWhen();
    if (when == null) {
      TimeExpression timex = nearestTime(in, t);
      if (timex != null) {
        when = timex.value();
        whenSpan = timex.span();
      }
    }
    EventStatus status = st.status();
    Frame.Column column = st.column();
    if (!st.explicit() && status == EventStatus.OCCURRED && in.anchor() != null
        && when instanceof TimeValue.Resolved && ((TimeValue.Resolved) when).start().isAfter(in.anchor())) {
      status = EventStatus.PLANNED;
      column = Frame.Column.INTENT;
    }
    double conf = st.confidence() + (hasActors ? 0.1 : -0.05) + (in.table() ? 0.05 : 0);
    boolean condition = insideUnless(v, t);
    if (!condition && column != Frame.Column.THREAT && announcedIntent(v, t, cue, status)
        && (unlessAfter(v, t) || (hostile(frame) && (vow(cue) || reportedBefore(v, t.start()))))) {
      // issue 3: "will withdraw its force unless …", "vowed to fight", "said they would blockade
      // Paris": an announced conditional or conflictual intention is a threat (CAMEO 13x), not
      // an intent to cooperate (03x)
      status = EventStatus.HYPOTHETICAL;
      column = Frame.Column.THREAT;
      weak = weak && !hasActors;
    }
    if (condition || background(cue)) {
      // the condition of a threat and the background of a report ("one day after a jet shot down
      // a helicopter") are not the sentence's news
      conf -= 0.2;
    }
    String actOverride = frame == t.frame() ? t.rule().code() : null;
    String cameo = frame.code(column, actOverride);
    if (frame.name().equals("ATTACK") && column == Frame.Column.ACT) {
      cameo = ViolenceKinds.standard().refine(v, t.start(), t.end(), cameo);
    }
    if (frame.name().equals("EXERCISE") && column == Frame.Column.ACT && (roles.sources.size() > 1
        || !roles.targets.isEmpty() || (t.start() > 0 && v.get(t.start() - 1).is("joint")))) {
      // exercises of two armed forces together are military cooperation (CAMEO 062), one country's
      // alone a show of force (150)
      cameo = "062";
    }
    Draft d = draft(v.span(t.start(), t.end()), frame.name(), cameo, status, roles.sources, roles.targets, location,
        when, whenSpan, quantities(in, t), conf, t.rule().name());
    return weak ? d.asWeak() : d;
  }

  private Draft draft(
      Span trigger,
      String frame,
      String cameo,
      EventStatus status,
      List<ActorRef> sources,
      List<ActorRef> targets,
      ActorRef location,
      TimeValue when,
      Span whenSpan,
      List<Quantity> quantities,
      double confidence,
      String rule) {
    PloverCode p = lex.findPlover(cameo).orElse(null);
    return new Draft(trigger, frame, p == null ? "" : p.type(), p == null ? "" : p.mode(), cameo, status, sources,
        targets, location, when, whenSpan, quantities, Math.max(0.05, Math.min(0.95, confidence)), rule, false);
  }

  private static final Set<String> INTENT_CUES = Set.of(
      "promise", "intent", "plan", "express_willingness", "will", "committed_to");
  private static final Set<String> BACKGROUND_CUES = Set.of("after", "amid", "before", "ahead_of");
  private static final Set<String> ANNOUNCING = Set.of(
      "warned", "warns", "vowed", "vows", "pledged", "swore", "sworn", "threatened", "promised");

  /** "vowed to fight", "swore to retaliate": a promise cue. */
  private static boolean vow(Cue cue) {
    return cue != null && cue.rule().name().equals("promise");
  }

  /**
   * Whether the trigger is stated as its actor's own future act: "will/would/shall" right before a
   * verb trigger, or a governing cue of promise, intention or plan.
   */
  private static boolean announcedIntent(SentenceView v, Trig t, Cue cue, EventStatus status) {
    if (status != EventStatus.PLANNED && status != EventStatus.AGREED && status != EventStatus.PROPOSED
        && status != EventStatus.HYPOTHETICAL) {
      return false;
    }
    if (cue != null && INTENT_CUES.contains(cue.rule().name())) {
      return status != EventStatus.HYPOTHETICAL;
    }
    int anchor = cue != null && cue.end() <= t.start() && cue.rule().kind() == CueRule.Kind.TENSE ? cue.start() : t.start();
    if (!t.verb() && anchor == t.start()) {
      return false;
    }
    for (int k = anchor - 1; k >= 0 && anchor - k <= 3; k--) {
      String w = v.get(k).lower;
      if (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("wo")) {
        return true;
      }
      if (w.equals("would")) {
        return reportedBefore(v, k);
      }
      if (!(SKIPPABLE.contains(w) || (w.endsWith("ly") && w.length() > 4))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a reporting verb or a vow comes before token {@code i} ("said they would …"); an
   * announcement ("announced it would prohibit aid") is a decision, not a threat.
   */
  private static boolean reportedBefore(SentenceView v, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String w = v.get(k).lower;
      // "the United States" is a name, not a reporting verb
      if ((REPORTING.contains(w) || ANNOUNCING.contains(w)) && !v.get(k).capitalized()) {
        return true;
      }
    }
    return false;
  }

  /** A frame whose act is conflictual (assault, coercion, sanction, protest): its intent is a threat. */
  private boolean hostile(Frame frame) {
    String type = lex.findPlover(frame.code(Frame.Column.ACT, null)).map(PloverCode::type).orElse("");
    return type.equals("ASSAULT") || type.equals("COERCE") || type.equals("SANCTION") || type.equals("PROTEST");
  }

  /** "… unless the president resigns": a condition after the trigger, in the same sentence part. */
  private static boolean unlessAfter(SentenceView v, Trig t) {
    for (int k = t.end(); k < v.size(); k++) {
      Tok x = v.get(k);
      if (x.is(";", ":")) {
        return false;
      }
      if (x.is("unless") || (x.is("or") && k + 1 < v.size() && v.get(k + 1).is("else"))) {
        return true;
      }
    }
    return false;
  }

  /** The trigger stands in an "unless" clause: the condition of a threat, not an event. */
  private static boolean insideUnless(SentenceView v, Trig t) {
    for (int k = t.start() - 1; k >= 0; k--) {
      Tok x = v.get(k);
      if (x.is(";", ":")) {
        return false;
      }
      if (x.is("unless")) {
        return true;
      }
    }
    return false;
  }

  /** A temporal cue placing the trigger in the background ("after the attack", "amid fighting"). */
  private static boolean background(Cue cue) {
    return cue != null && BACKGROUND_CUES.contains(cue.rule().name());
  }

  /** "talks with Putin via phone", "discussions by telephone": a remote consultation. */
  private static boolean remote(SentenceView v, Trig t) {
    for (int k = t.end(); k < Math.min(v.size() - 1, t.end() + 7); k++) {
      if (v.get(k).is("by", "via", "over") && v.get(k + 1).is("phone", "telephone", "video", "videoconference",
          "videolink", "the")) {
        int n = v.get(k + 1).is("the") && k + 2 < v.size() ? k + 2 : k + 1;
        if (v.get(n).is("phone", "telephone", "video", "videoconference", "videolink")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean clausePast(SentenceView v, Trig t) {
    for (int k = 0; k < v.size(); k++) {
      if (k >= t.start() && k < t.end()) {
        continue;
      }
      Tok x = v.get(k);
      if (x.hasPos() ? (x.pos.equals("VBD")) : (x.is("was", "were", "had", "did") || (Lemmas.looksPast(x.lower)
          && k > 0 && !v.get(k - 1).is("the", "a", "an", "be", "been", "being", "is", "are")))) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ orphan cues

  private Draft orphan(Input in, Cue c, List<Draft> drafts, List<Trig> draftTrigs) {
    SentenceView v = in.view();
    CueRule r = c.rule();
    EventStatus s = r.status();
    boolean neg = negated(v, c.start());
    if (neg) {
      s = negate(s);
    }
    Draft prior = null;
    for (int i = drafts.size() - 1; i >= 0; i--) {
      if (draftTrigs.get(i).end() <= c.start()) {
        prior = drafts.get(i);
        break;
      }
    }
    List<ActorRef> sources = new ArrayList<>();
    Actor subj = localSubject(in, c.start());
    if (subj != null) {
      sources.add(ref(subj));
      addConjunct(in, subj, sources);
    }
    List<ActorRef> targets = new ArrayList<>();
    Actor obj = directObject(in, c.end(), v.size(), r.addresseePrepositions());
    if (obj != null && (subj == null || !obj.span().equals(subj.span()))) {
      targets.add(ref(obj));
    }
    Frame.Column column = r.column() != null ? r.column() : Frame.Column.of(s);
    Tok head = v.get(c.start());
    boolean adjectival = head.lower.endsWith("ing") && (c.start() == 0 || !AUX.contains(v.get(c.start() - 1).lower));
    if (prior != null && ATTACHABLE.contains(r.status()) && r.after() && !adjectival) {
      Frame frame = lex.frame(prior.frame());
      String cameo = frame.code(column, null);
      return draft(v.span(c.start(), c.end()), prior.frame(), cameo, s, sources.isEmpty() ? prior.sources() : sources,
          targets.isEmpty() ? prior.targets() : targets, prior.location(), prior.when(), prior.whenSpan(),
          List.of(), r.confidence() * 0.8, r.name());
    }
    boolean modal = c.start() > 0 && v.get(c.start() - 1).is("could", "would", "might", "may", "should", "can");
    if (sources.isEmpty() && statementParticiple(v, c.start())) {
      // "the party issued a statement demanding that …": the issuer speaks
      Actor issuer = subject(in, c.start() - 1, c.start());
      if (issuer != null) {
        sources.add(ref(issuer));
      }
    }
    if (prior == null && r.standalone() != null && !sources.isEmpty() && !modal
        && (ambiguousVerbReading(v, c.start()) || statementParticiple(v, c.start()))) {
      return draft(v.span(c.start(), c.end()), "STATEMENT", r.standalone(), neg ? s : statusOfStatement(r), sources,
          targets, null, null, null, List.of(), r.confidence() * 0.7, r.name());
    }
    return null;
  }

  private static final Set<String> STATEMENT_NOUNS = Set.of(
      "statement", "declaration", "letter", "resolution", "communique", "communiqué", "petition", "note", "message",
      "motion", "appeal", "memorandum", "manifesto", "decree", "ultimatum");

  /** "a declaration demanding", "a statement rejecting": a speech-act participle on a statement noun. */
  private static boolean statementParticiple(SentenceView v, int i) {
    return i > 0 && v.get(i).lower.endsWith("ing") && STATEMENT_NOUNS.contains(v.get(i - 1).lower);
  }

  /** A standalone verbal act happened; its status is its own (a refusal is REFUSED, a threat occurred). */
  private static EventStatus statusOfStatement(CueRule r) {
    return r.status() == EventStatus.HYPOTHETICAL ? EventStatus.OCCURRED : r.status();
  }

  // ------------------------------------------------------------------ actors

  private static final class Roles {
    final List<ActorRef> sources = new ArrayList<>();
    final List<ActorRef> targets = new ArrayList<>();
    final Set<Span> used = new HashSet<>();
    Actor visited;

    void source(Actor a) {
      if (a != null && used.add(a.span())) {
        sources.add(ref(a));
      }
    }

    void target(Actor a) {
      if (a != null && used.add(a.span())) {
        targets.add(ref(a));
      }
    }
  }

  static ActorRef ref(Actor a) {
    return new ActorRef(a.span(), a.text(), a.entity(), null);
  }

  private Roles roles(Input in, Trig t, Cue cue) {
    SentenceView v = in.view();
    Roles roles = new Roles();
    boolean predicative = cue != null && cue.end() <= t.start()
        && ((cue.rule().rank() == 1 && !isCondition(cue.rule())) || cue.rule().kind() == CueRule.Kind.TENSE
            || verbalAspect(v, cue));
    // who acts: the speaker of a governing cue, the subject or agent of a verb trigger
    Actor subject = null;
    if (predicative) {
      subject = subject(in, cue.start(), cue.end());
    } else if (cue != null && cue.start() >= t.end() && cue.rule().rank() == 1) {
      subject = agent(in, cue.end());
    }
    if (subject == null && t.verb()) {
      subject = agent(in, t.end());
      if (subject == null) {
        subject = subject(in, t.start(), t.end());
      }
    }
    // "a Trump-Putin meeting", "a meeting between Trump and Putin", "between him and Putin"
    Actor[] pair = hyphenPair(in, t);
    if (pair == null) {
      pair = betweenPair(in, t);
    }
    Actor owner = possessiveOwner(in, t.start());
    if (owner == null && predicative) {
      owner = possessiveOwner(in, cue.start());
    }
    if (pair != null && subject != null && !subject.span().equals(pair[0].span())) {
      // "Turkey demanded talks between Russia and Ukraine": Turkey acts on both
      roles.source(subject);
      addConjunct(in, subject, roles);
      roles.target(pair[0]);
      roles.target(pair[1]);
    } else if (pair != null) {
      roles.source(pair[0]);
      roles.target(pair[1]);
    } else if (owner != null) {
      roles.source(owner);
    } else if (subject != null) {
      roles.source(subject);
      addConjunct(in, subject, roles);
    } else if (!t.verb()) {
      Actor m = modifier(in, t.start());
      if (m == null) {
        m = frontedSubject(in, t);
      }
      if (m == null) {
        m = temporalHost(in, t);
      }
      roles.source(m);
    }
    // who is acted upon: the addressee of the cue, the object of the verb, the frame's recipient
    if (predicative) {
      Actor addressee = directObject(in, cue.end(), t.start(), cue.rule().addresseePrepositions());
      roles.target(addressee);
      roles.target(conjunctAfter(in, addressee));
    }
    if (cue != null && cue.start() >= t.end() && cue.rule().kind() == CueRule.Kind.STATUS
        && cue.rule().rank() == 3 && cue.rule().status() == EventStatus.OCCURRED) {
      roles.target(directObject(in, cue.end(), v.size(), Set.of()));
    }
    if (t.verb()) {
      Set<String> own = PREPOSITIONS.contains(v.get(t.end() - 1).lower) ? Set.of(v.get(t.end() - 1).lower) : Set.of();
      Actor o = directObject(in, t.end() - t.start() > 1 ? t.start() + 1 : t.end(), v.size(), own);
      if (o != null && o.last() + 1 < v.size() && FORCES.contains(v.get(o.last() + 1).lower)) {
        // "deploying US troops to Ukraine": the country owns the troops; the destination is the target
        roles.used.add(o.span());
        o = null;
      }
      if (o != null && t.frame().name().equals("VISIT") && o.type() != EntityType.PERSON) {
        roles.visited = o;
        roles.used.add(o.span());
      } else {
        roles.target(o);
      }
    }
    roles.target(recipient(in, t));
    return roles;
  }

  /**
   * "Peskov clarified that the US had not yet requested such a meeting": a negated event in the
   * complement of a reporting verb is the reporter's denial. The reporter becomes the source; the
   * actors of the negated event become targets (what is denied is their act).
   */
  private static void reportedDenial(Input in, int anchor, Roles roles) {
    SentenceView v = in.view();
    for (int k = anchor - 1; k >= 1; k--) {
      Tok x = v.get(k);
      if (x.is("that") && REPORTING.contains(v.get(k - 1).lower)) {
        Actor reporter = subject(in, k - 1, k);
        if (reporter == null || roles.used.contains(reporter.span())) {
          return;
        }
        List<ActorRef> denied = new ArrayList<>(roles.sources);
        denied.addAll(roles.targets);
        roles.sources.clear();
        roles.targets.clear();
        roles.sources.add(ref(reporter));
        roles.used.add(reporter.span());
        roles.targets.addAll(denied);
        return;
      }
      if (isBoundary(v, k) && !x.is("that")) {
        return;
      }
    }
  }

  /** {@return the cue whose speaker acts: under a condition ("if Moscow refuses talks"), the one inside it} */
  private Cue actorCue(SentenceView v, Trig t, Cue cue) {
    if (cue == null || !isCondition(cue.rule()) || cue.end() > t.start()) {
      return cue;
    }
    for (Cue c : matchCues(v)) {
      if (c.start() >= cue.end() && c.end() <= t.start() && !isCondition(c.rule())
          && (c.rule().rank() == 1 || c.rule().kind() == CueRule.Kind.TENSE)) {
        return c;
      }
    }
    return cue;
  }

  /** "if", "whether": a condition, not a speech act with a speaker. */
  private static boolean isCondition(CueRule r) {
    return r.status() == EventStatus.HYPOTHETICAL && r.column() != Frame.Column.THREAT;
  }

  /** "continues its attacks", "resumed shelling": an aspect cue that is itself a verb. */
  private static boolean verbalAspect(SentenceView v, Cue cue) {
    Tok first = v.get(cue.start());
    return cue.rule().rank() == 3 && !PREPOSITIONS.contains(first.lower) && !BOUNDARIES.contains(first.lower)
        && !AUX.contains(first.lower) && !first.is("ahead", "prior");
  }

  private void addConjunct(Input in, Actor s, Roles roles) {
    if (s == null) {
      return;
    }
    Actor c = conjunctBefore(in, s);
    if (c != null && roles.used.add(c.span())) {
      roles.sources.add(0, ref(c));
    }
  }

  private void addConjunct(Input in, Actor s, List<ActorRef> out) {
    Actor c = conjunctBefore(in, s);
    if (c != null) {
      out.add(0, ref(c));
    }
  }

  /** "allow Russia and Ukraine to …": the actor joined by "and" after {@code a}, or null. */
  private static Actor conjunctAfter(Input in, Actor a) {
    SentenceView v = in.view();
    if (a == null || a.last() < 0 || a.last() + 2 >= v.size() || !v.get(a.last() + 1).is("and")) {
      return null;
    }
    Actor b = actorStartingAt(in, a.last() + 2);
    return b != null ? b : titledPerson(in, a.last() + 2);
  }

  /** "Hungary and Romania agreed": the actor joined by "and" before the subject. */
  private static Actor conjunctBefore(Input in, Actor s) {
    SentenceView v = in.view();
    int k = s.first() - 1;
    if (k >= 1 && (v.get(k).is("and") || v.get(k).is(","))) {
      Actor c = actorEndingAt(in, k - 1);
      if (c != null && !prepositionBefore(in, c)) {
        return c;
      }
    }
    return null;
  }

  private static Actor actorEndingAt(Input in, int k) {
    for (Actor a : in.actors()) {
      if (a.last() == k) {
        return a;
      }
    }
    return null;
  }

  private static Actor actorStartingAt(Input in, int k) {
    for (Actor a : in.actors()) {
      if (a.first() == k) {
        return a;
      }
    }
    return null;
  }

  private static boolean prepositionBefore(Input in, Actor a) {
    SentenceView v = in.view();
    int k = a.first() - 1;
    while (k >= 0 && DETERMINERS.contains(v.get(k).lower)) {
      k--;
    }
    return k >= 0 && PREPOSITIONS.contains(v.get(k).lower);
  }

  /** The nearest actor before the anchor in its clause that is not in a prepositional phrase. */
  private static Actor subject(Input in, int anchorStart, int anchorEnd) {
    SentenceView v = in.view();
    for (int k = anchorStart - 1; k >= 0; k--) {
      if (isBoundary(v, k)) {
        Actor speaker = reportingSpeaker(in, k, anchorStart);
        if (speaker != null) {
          return speaker;
        }
        // "X has A, but has ruled out B": a verb phrase after "but" shares X
        boolean sharedSubject = v.get(k).is("but") && k + 1 < v.size()
            && (AUX.contains(v.get(k + 1).lower) || SKIPPABLE.contains(v.get(k + 1).lower) || k + 1 == anchorStart
                || finiteVerb(v.get(k + 1)));
        if (!sharedSubject) {
          return null;
        }
        continue;
      }
      Actor a = actorEndingAt(in, k);
      if (a == null) {
        continue;
      }
      boolean possessiveModifier = v.get(a.last()).possessive && a.last() + 1 != anchorStart
          && !ownsSubjectNoun(v, a.last() + 1, anchorStart);
      // "after Trump met Putin": a subordinator opens a clause whose subject this is
      boolean clauseOpener = a.first() > 0 && isBoundary(v, a.first() - 1);
      if ((prepositionBefore(in, a) && !clauseOpener) || possessiveModifier) {
        k = a.first();
        continue;
      }
      return a;
    }
    return null;
  }

  /**
   * "Trump stated that he is engaged in discussions with Putin": a "he"/"she" opening the
   * complement of a reporting verb ("that" at {@code k}) is the person who reports, when that
   * person (or an unlinked name) is named right before the verb. {@return the speaker, or null}
   */
  private static Actor reportingSpeaker(Input in, int k, int anchorStart) {
    SentenceView v = in.view();
    if (!v.get(k).is("that") || k + 1 >= anchorStart || k < 2 || !v.get(k + 1).is("he", "she")
        || !REPORTING.contains(v.get(k - 1).lower)) {
      return null;
    }
    for (int j = k + 2; j < anchorStart; j++) {
      if (v.get(j).is(",", ";", ":")) {
        return null; // "…, with an expectation to meet": a later phrase may have its own subject
      }
    }
    Actor a = actorEndingAt(in, k - 2);
    // unlinked names (naive coding) may be people too
    boolean person = a != null && (a.type() == EntityType.PERSON || (a.entity() == null && a.type() == EntityType.MISC));
    return person && !prepositionBefore(in, a) ? a : null;
  }

  /** "but finds himself …": a finite verb (by POS when tagged, else a lower-case "-s"/past form). */
  private static boolean finiteVerb(Tok x) {
    if (x.hasPos()) {
      return x.pos.equals("VBZ") || x.pos.equals("VBD") || x.pos.equals("VBP");
    }
    return x.isWord() && !x.capitalized() && (Lemmas.looksPast(x.lower) || (x.lower.endsWith("s") && !x.lower.endsWith("ss")));
  }

  /** The subject right before a cue, not reaching back across "and" or a comma. */
  private static Actor localSubject(Input in, int anchorStart) {
    SentenceView v = in.view();
    for (int k = anchorStart - 1; k >= 0; k--) {
      if (isBoundary(v, k) || v.get(k).is("and", ",")) {
        return null;
      }
      Actor a = actorEndingAt(in, k);
      if (a != null) {
        return prepositionBefore(in, a) ? null : a;
      }
    }
    return null;
  }

  /** "Trump's administration proposed": the owner stands in for a plain noun subject. */
  private static boolean ownsSubjectNoun(SentenceView v, int from, int to) {
    if (to - from < 1 || to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      Tok x = v.get(k);
      if (!x.isWord() || x.capitalized() || PREPOSITIONS.contains(x.lower) || AUX.contains(x.lower)) {
        return false;
      }
    }
    return true;
  }

  /** Passive agent: "was suggested by the American side". */
  private static Actor agent(Input in, int after) {
    SentenceView v = in.view();
    int k = after;
    if (k < v.size() && SKIPPABLE.contains(v.get(k).lower)) {
      k++;
    }
    if (k < v.size() && v.get(k).is("by")) {
      k++;
      while (k < v.size() && DETERMINERS.contains(v.get(k).lower)) {
        k++;
      }
      return actorStartingAt(in, k);
    }
    return null;
  }

  /** First actor after {@code from} (before {@code to}), not in a prepositional phrase unless allowed. */
  private static Actor directObject(Input in, int from, int to, Set<String> allowedPreps) {
    SentenceView v = in.view();
    int limit = Math.min(to, from + 5);
    for (int k = from; k < limit; k++) {
      if (isBoundary(v, k) || v.get(k).is(",")) {
        return null;
      }
      Actor a = actorStartingAt(in, k);
      if (a != null) {
        int p = a.first() - 1;
        while (p >= from && DETERMINERS.contains(v.get(p).lower)) {
          p--;
        }
        String prep = p >= from ? v.get(p).lower : "";
        if (!PREPOSITIONS.contains(prep) || allowedPreps.contains(prep)) {
          return a;
        }
        return null;
      }
      Tok x = v.get(k);
      if (PREPOSITIONS.contains(x.lower) && !allowedPreps.contains(x.lower)) {
        return null;
      }
    }
    return null;
  }

  /** "with Putin", "sanctions on Russia": the frame's recipient after the trigger. */
  private static Actor recipient(Input in, Trig t) {
    SentenceView v = in.view();
    Set<String> preps = t.frame().recipientPrepositions();
    if (preps.isEmpty()) {
      return null;
    }
    for (int k = t.start() + 1; k < Math.min(v.size(), t.end() + 8); k++) {
      if (k >= t.end() && isBoundary(v, k)) {
        return null;
      }
      if (preps.contains(v.get(k).lower) && !v.get(k).is("between")) {
        int s = k + 1;
        while (s < v.size() && (DETERMINERS.contains(v.get(s).lower) || v.get(s).is("both"))) {
          s++;
        }
        Actor a = actorStartingAt(in, s);
        if (a == null) {
          a = titledPerson(in, s);
        }
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * "with Russian President Vladimir Putin": a person named after up to three title words (a
   * nationality modifier is not an actor of its own, so the phrase starts with no actor).
   */
  private static Actor titledPerson(Input in, int s) {
    SentenceView v = in.view();
    for (int j = s; j < Math.min(v.size(), s + 4); j++) {
      Actor a = actorStartingAt(in, j);
      if (a != null) {
        return j > s && a.type() == EntityType.PERSON ? a : null;
      }
      Tok x = v.get(j);
      if (!x.isWord() || x.possessive || isBoundary(v, j) || PREPOSITIONS.contains(x.lower) || AUX.contains(x.lower)) {
        return null;
      }
    }
    return null;
  }

  private static Actor[] betweenPair(Input in, Trig t) {
    SentenceView v = in.view();
    for (int k = t.end(); k < Math.min(v.size(), t.end() + 4); k++) {
      if (v.get(k).is("between")) {
        int s = k + 1;
        while (s < v.size() && DETERMINERS.contains(v.get(s).lower)) {
          s++;
        }
        Actor first = actorStartingAt(in, s);
        if (first == null && s + 1 < v.size() && v.get(s).is("him", "her", "them", "us", "me")
            && v.get(s + 1).is("and")) {
          // "between him and Putin": him is the speaker, the first actor of the sentence
          Actor second = firstActorIn(in, s + 2, Math.min(v.size(), s + 7));
          Actor speaker = firstActorIn(in, 0, t.start());
          if (second != null && speaker != null && !prepositionBefore(in, speaker)) {
            return new Actor[] {speaker, second};
          }
          return null;
        }
        if (first == null) {
          first = firstActorIn(in, s, Math.min(v.size(), s + 4));
        }
        if (first == null) {
          return null;
        }
        int j = first.last() + 1;
        if (j < v.size() && v.get(j).is("and")) {
          Actor second = firstActorIn(in, j + 1, Math.min(v.size(), j + 6));
          if (second != null) {
            return new Actor[] {first, second};
          }
        }
        return null;
      }
      if (isBoundary(v, k)) {
        return null;
      }
    }
    return null;
  }

  private static Actor firstActorIn(Input in, int from, int to) {
    for (int k = from; k < to; k++) {
      Actor a = actorStartingAt(in, k);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  private static Actor[] hyphenPair(Input in, Trig t) {
    SentenceView v = in.view();
    for (int k = t.start() - 1; k >= Math.max(0, t.start() - 3); k--) {
      Tok x = v.get(k);
      if (x.text.indexOf('-') > 0 && x.capitalized()) {
        List<Actor> inside = new ArrayList<>();
        for (Actor a : in.actors()) {
          if (x.span.contains(a.span())) {
            inside.add(a);
          }
        }
        inside.sort(Comparator.comparing(Actor::span));
        if (inside.size() >= 2) {
          return new Actor[] {inside.get(0), inside.get(inside.size() - 1)};
        }
        if (inside.size() == 1 && inside.get(0).span().equals(x.span)) {
          return splitHyphen(x, inside.get(0).entity());
        }
        return null;
      }
      if (!x.isWord() || x.capitalized()) {
        return null;
      }
    }
    return null;
  }

  private static Actor[] splitHyphen(Tok x, EntityId entity) {
    int dash = x.text.indexOf('-');
    String a = x.text.substring(0, dash);
    String b = x.text.substring(dash + 1);
    if (a.isEmpty() || b.isEmpty() || b.indexOf('-') >= 0 || !Character.isUpperCase(b.codePointAt(0))) {
      return null;
    }
    int s = x.span.start();
    return new Actor[] {
      new Actor(new Span(s, s + dash), a, null, EntityType.MISC, -1, -1),
      new Actor(new Span(s + dash + 1, x.span.end()), b, null, EntityType.MISC, -1, -1)
    };
  }

  /** "Trump's proposal", "Kellogg's appointment". */
  private static Actor possessiveOwner(Input in, int start) {
    SentenceView v = in.view();
    for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
      Tok x = v.get(k);
      if (x.possessive) {
        for (Actor a : in.actors()) {
          if (a.last() == k || x.span.contains(a.span()) && a.span().end() <= x.span.end()) {
            return a;
          }
        }
        return null;
      }
      if (!x.isWord() || x.capitalized() && actorEndingAt(in, k) != null) {
        return null;
      }
    }
    return null;
  }

  /** "Russian strikes", "US aid": a named modifier right before a noun trigger. */
  private static Actor modifier(Input in, int start) {
    SentenceView v = in.view();
    for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
      Actor a = actorEndingAt(in, k);
      if (a != null) {
        return prepositionBefore(in, a) ? null : a;
      }
      Tok x = v.get(k);
      if (!x.isWord() || PREPOSITIONS.contains(x.lower) || DETERMINERS.contains(x.lower) || x.possessive) {
        return null;
      }
    }
    return null;
  }

  /**
   * "Witkoff floated the idea … after a “highly productive” meeting with Putin": a noun trigger in
   * a temporal phrase attached to a clause has the clause's subject among its participants.
   */
  private static Actor temporalHost(Input in, Trig t) {
    SentenceView v = in.view();
    int k = t.start() - 1;
    while (k >= 0 && t.start() - k <= 6) {
      Tok x = v.get(k);
      if (x.is("after", "following", "before", "during")) {
        return k > 0 ? subject(in, k, k + 1) : null;
      }
      boolean modifier = DETERMINERS.contains(x.lower) || !x.isWord() && !x.is(",", ";", ":")
          || (x.isWord() && !x.capitalized() && !PREPOSITIONS.contains(x.lower) && !AUX.contains(x.lower)
              && !BOUNDARIES.contains(x.lower));
      if (!modifier) {
        return null;
      }
      k--;
    }
    return null;
  }

  /** "Following a recent call with Putin, Trump …": the main clause's subject after the comma. */
  private static Actor frontedSubject(Input in, Trig t) {
    SentenceView v = in.view();
    if (t.start() > 4 || !(v.get(0).is("following", "after", "during", "in", "at", "before"))) {
      return null;
    }
    for (int k = t.end(); k < v.size(); k++) {
      if (v.get(k).is(",")) {
        Actor a = actorStartingAt(in, k + 1);
        return a != null && !prepositionBefore(in, a) ? a : null;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ place, time, quantities

  private ActorRef location(Input in, Trig t, Roles roles) {
    SentenceView v = in.view();
    if (roles.visited != null) {
      return ref(roles.visited);
    }
    boolean deploy = t.frame().name().equals("DEPLOY");
    for (int k = t.end(); k < Math.min(v.size(), t.end() + 14); k++) {
      if (isBoundary(v, k) || TOPIC_STOPS.contains(v.get(k).lower)) {
        // "talks with Putin regarding the conflict in Ukraine": the place is the conflict's
        break;
      }
      if (v.get(k).is("in", "at", "near") || (deploy && v.get(k).is("to"))) {
        ActorRef r = placeAfter(in, k + 1, roles);
        if (r != null) {
          return r;
        }
      }
    }
    for (int k = t.start() - 1; k >= 0; k--) {
      if (isBoundary(v, k)) {
        break;
      }
      if (v.get(k).is("in", "at", "near") && !(k > 0 && PLACE_NOUNS.contains(v.get(k - 1).lower))) {
        ActorRef r = placeAfter(in, k + 1, roles);
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  private ActorRef placeAfter(Input in, int s, Roles roles) {
    SentenceView v = in.view();
    while (s < v.size() && DETERMINERS.contains(v.get(s).lower)) {
      s++;
    }
    if (s >= v.size() || !v.get(s).capitalized() || MONTHS.contains(v.get(s).lower)) {
      return null;
    }
    int end;
    EntityId entity = null;
    Actor a = actorStartingAt(in, s);
    if (a != null) {
      if (a.type() == EntityType.PERSON || roles.used.contains(a.span())) {
        return null;
      }
      end = a.last() + 1;
      entity = a.entity();
    } else {
      if (!in.actors().isEmpty() && !fallbackActors(in)) {
        // the tagger found no place here; accept only a capitalised run not inside another mention
        for (Actor o : in.actors()) {
          if (o.span().contains(v.get(s).span)) {
            return null;
          }
        }
      }
      end = s;
      while (end < v.size() && v.get(end).capitalized() && !MONTHS.contains(v.get(end).lower)) {
        end++;
      }
    }
    // "in American weaponry", "in Ukrainian settlements": an adjective, not a place
    if (end < v.size() && v.get(end).isWord() && !v.get(end).capitalized() && !PLACE_NOUNS.contains(v.get(end).lower)
        && !AFTER_PLACE.contains(v.get(end).lower) && !v.get(end).lower.endsWith("ly")
        && !Lemmas.looksPast(v.get(end).lower)) {
      return null;
    }
    // "Mar-a-Lago resort in Florida"
    int ext = end;
    if (ext < v.size() && PLACE_NOUNS.contains(v.get(ext).lower)) {
      ext++;
      if (ext + 1 < v.size() && v.get(ext).is("in") && v.get(ext + 1).capitalized()) {
        int e2 = ext + 1;
        Actor b = actorStartingAt(in, e2);
        e2 = b != null ? b.last() + 1 : e2;
        while (b == null && e2 < v.size() && v.get(e2).capitalized()) {
          e2++;
        }
        end = e2;
        entity = null;
      } else {
        end = ext;
      }
    }
    if (end <= s) {
      return null;
    }
    Span span = v.span(s, end);
    return new ActorRef(span, in.text().substring(span.start(), span.end()), entity, null);
  }

  private static boolean fallbackActors(Input in) {
    for (Actor a : in.actors()) {
      if (a.type() != EntityType.MISC || a.entity() != null) {
        return false;
      }
    }
    return true;
  }

  private static TimeExpression nearestTime(Input in, Trig t) {
    SentenceView v = in.view();
    TimeExpression best = null;
    int bestDist = Integer.MAX_VALUE;
    for (TimeExpression x : in.times()) {
      if (x.type() == TimexType.DURATION || x.type() == TimexType.SET || x.value() instanceof TimeValue.Duration
          || vague(x.value())) {
        // "current", "recently", "in the future" say nothing about the event's day
        continue;
      }
      int first = v.firstIndexOf(x.span());
      int last = v.lastIndexOf(x.span());
      if (first < 0 || bounds(v, t, first)) {
        continue;
      }
      int d = last < t.start() ? t.start() - last : first >= t.end() ? first - t.end() + 1 : 0;
      if (d < bestDist && d <= 15) {
        best = x;
        bestDist = d;
      }
    }
    return best;
  }

  /**
   * {@return whether the value is a vague reference to the present, past or future} ("currently",
   * "recently", "in the future"): resolved to the publication date, or a relative reference rule.
   */
  private static boolean vague(TimeValue value) {
    boolean ref = value.timex().endsWith("_REF");
    if (value instanceof TimeValue.Resolved) {
      return ref;
    }
    return ref && value instanceof TimeValue.Relative && ((TimeValue.Relative) value).rule().startsWith("REF");
  }

  private static final Set<String> BOUND_WORDS = Set.of(
      "after", "before", "since", "until", "till", "following", "prior", "ahead", "by", "within");

  /**
   * {@return whether the time at token {@code first} bounds the event rather than dates it}: "soon
   * after assuming office on January 20" (a bound word between the trigger and the time), "since
   * January", "by Monday" (right before the time). Such a time is left out rather than taken as
   * the event's day.
   */
  private static boolean bounds(SentenceView v, Trig t, int first) {
    int from = first >= t.end() ? t.end() : Math.max(0, first - 2);
    for (int k = from; k < first; k++) {
      if (BOUND_WORDS.contains(v.get(k).lower)) {
        return true;
      }
    }
    return false;
  }

  private List<Quantity> quantities(Input in, Trig t) {
    SentenceView v = in.view();
    List<Quantity> out = new ArrayList<>();
    // "723 strikes", "40-minute phone conversation", "30-day unconditional ceasefire"
    for (int k = t.start() - 1; k >= Math.max(0, t.start() - 3); k--) {
      Tok x = v.get(k);
      Quantity m = Quantities.measure(x);
      if (m != null) {
        out.add(m);
        break;
      }
      Double n = Quantities.number(x.lower);
      if (n != null && k == t.start() - 1) {
        Span span = new Span(x.span.start(), v.get(t.end() - 1).span.end());
        out.add(new Quantity(span, in.text().substring(span.start(), span.end()), n,
            v.get(t.end() - 1).lower));
        break;
      }
      if (!x.isWord() || x.capitalized() || DETERMINERS.contains(x.lower)) {
        break;
      }
    }
    // "for approximately 40 minutes"
    for (int k = t.end(); k < Math.min(v.size() - 1, t.end() + 10); k++) {
      if (isBoundary(v, k)) {
        break;
      }
      Double n = Quantities.number(v.get(k).lower);
      if (n != null && Quantities.UNIT.matcher(v.get(k + 1).lower).matches()) {
        int s = k;
        if (k > 0 && v.get(k - 1).is("about", "approximately", "around", "nearly", "almost", "some", "roughly")) {
          s = k - 1;
        }
        if (s == 0 || !v.get(s - 1).is("for", "lasting", "lasted", "of")) {
          break;
        }
        Span span = v.span(s, k + 2);
        String unit = v.get(k + 1).lower.replaceAll("s$", "");
        out.add(new Quantity(span, in.text().substring(span.start(), span.end()), n, unit));
        break;
      }
    }
    // money in the trigger's neighbourhood
    int from = Math.max(0, t.start() - 6);
    int to = Math.min(v.size(), t.end() + 10);
    for (Quantity q : Quantities.money(in.text(), v.span(from, to))) {
      out.add(q);
    }
    return out;
  }

  // ------------------------------------------------------------------ merging

  /**
   * One event per frame family and status in a sentence when their actors agree: the first keeps
   * the others' details, and the most specific CAMEO code wins. Weak drafts only enrich.
   */
  private List<Draft> merge(List<Draft> drafts, List<Draft> weak) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      int same = mergeTarget(out, d);
      if (same < 0) {
        out.add(d);
      } else {
        out.set(same, combine(out.get(same), d));
      }
    }
    for (Draft d : weak) {
      int same = mergeTarget(out, d);
      if (same >= 0) {
        out.set(same, combine(out.get(same), d));
      }
    }
    return out;
  }

  private int mergeTarget(List<Draft> out, Draft d) {
    for (int i = 0; i < out.size(); i++) {
      Draft o = out.get(i);
      boolean near = Math.abs(o.trigger().start() - d.trigger().start()) <= 30;
      if (o.status() == d.status() && family(o.frame()).equals(family(d.frame())) && (near || d.weak())
          && compatible(o.sources(), d.sources()) && compatible(o.targets(), d.targets())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean compatible(List<ActorRef> a, List<ActorRef> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (ActorRef x : a) {
      for (ActorRef y : b) {
        if (x.text().equals(y.text())) {
          return true;
        }
      }
    }
    return false;
  }

  private Draft combine(Draft o, Draft d) {
    List<Quantity> qs = new ArrayList<>(o.quantities());
    for (Quantity q : d.quantities()) {
      if (qs.stream().noneMatch(x -> x.span().overlaps(q.span()))) {
        qs.add(q);
      }
    }
    // a specific frame (CALL) beats its generic family frame (MEET); a specific code beats "not specified"
    boolean takeFrame = (!o.frame().equals(d.frame()) && o.mode().isEmpty() && !d.mode().isEmpty())
        || (o.frame().equals(d.frame()) && specificity(d.cameo()) > specificity(o.cameo()));
    return new Draft(
        takeFrame && !d.weak() ? d.trigger() : o.trigger(),
        takeFrame ? d.frame() : o.frame(),
        takeFrame ? d.plover() : o.plover(),
        takeFrame ? d.mode() : o.mode(),
        takeFrame ? d.cameo() : o.cameo(),
        o.status(),
        o.sources().isEmpty() ? d.sources() : o.sources(),
        o.targets().isEmpty() ? d.targets() : o.targets(),
        o.location() == null ? d.location() : o.location(),
        o.when() == null ? d.when() : o.when(),
        o.when() == null ? d.whenSpan() : o.whenSpan(),
        qs,
        Math.max(o.confidence(), d.weak() ? 0 : d.confidence()),
        o.rule(),
        false);
  }

  /** More digits, and a last digit other than 0 ("not specified below"), mean a more specific code. */
  private static int specificity(String cameo) {
    return cameo.length() * 2 + (cameo.endsWith("0") ? 0 : 1);
  }

  private String family(String frame) {
    return lex.findFrame(frame).map(Frame::family).orElse(frame).toUpperCase(Locale.ROOT);
  }
}
