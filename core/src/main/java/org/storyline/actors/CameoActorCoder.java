package org.storyline.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.storyline.events.ActorCodes;
import org.storyline.events.EventLexicon;
import org.storyline.model.ActorRef;
import org.storyline.model.EntityId;
import org.storyline.model.Span;
import org.storyline.nlp.entities.ActorLexicon;

/**
 * Gives event actors their CAMEO actor codes from the actor's own words and the words around it
 * in its clause: an actor code (a country, organisation or person: "RUS", "IGOWSTNAT", "USAGOV")
 * combined with the sector codes of agent nouns next to it ("Russian troops" → RUSMIL,
 * "officials in Kyiv" → UKRGOV, "the police" → COP).
 *
 * <p>Where the codes come from, first hit wins:
 *
 * <ol>
 *   <li>actor code: a user actor dictionary (PETRARCH format, {@link ActorDictionary}), longest
 *       phrase overlapping the actor's words (two words either side may complete it: "the Hermit
 *       Kingdom"), dated by the text's date; then Storyline's actor lexicon ({@code
 *       entities/actors.v1.txt}): the linked entity's code, else the longest run of the actor's
 *       words that is an alias of exactly one actor, else a nationality word ("Ukrainian" →
 *       UKR); then the event lexicon's name table ({@code events/actor-codes.v1.txt}).
 *   <li>agent codes: agent phrases (a user agent dictionary first, then {@code
 *       actors/agents.v1.txt}) among the actor's other words, right after it (after a possessive
 *       "'s" and at most one modifier word: "Gondor's main opposition group", "Arnor security
 *       officials", chained: "government newspaper"), and before it when an "of/in/from/at"
 *       links them ("activists of Amnesty International", "officials in Kyiv").
 * </ol>
 *
 * <p>Agent codes marked {@code CODE~} go before the actor's code, the others after it; a
 * three-letter code already in the result is not repeated ("White House officials" → USAGOV).
 * Without an actor code the agent codes alone are the code ("police" → COP). Immutable and
 * thread-safe.
 */
public final class CameoActorCoder implements ActorCodes {
  /** The shipped agent list on the class path. */
  public static final String AGENTS = "/actors/agents.v1.txt";

  private static final Set<String> LINKS = Set.of("of", "in", "from", "at");
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is",
      "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "said", "says", "say", "that",
      "this", "these", "those", "it", "its", "their", "his", "her", "he", "she", "they", "who", "which", "not",
      "after", "before", "over", "into", "about", "than", "also");
  /** Common irregular past tenses that would otherwise pass as modifiers ("Trump told troops"). */
  private static final Set<String> VERBS = Set.of(
      "told", "met", "sent", "gave", "took", "saw", "spoke", "left", "made", "held", "hit", "struck", "began", "led",
      "sought", "won", "lost", "let", "put", "set", "kept", "brought", "thought", "felt", "found", "got", "went",
      "came", "ran", "paid", "fought", "shot", "urges", "tells", "meets", "sends", "asks", "warns", "calls", "visits",
      "orders", "accuses", "thanks", "praises", "meet", "tell", "send", "ask", "warn", "urge", "call", "visit", "order");
  private static final java.util.regex.Pattern POSSESSIVE_END = java.util.regex.Pattern.compile("['’]s?$");
  private static final String BOUNDARIES = ",;:()[]\"“”!?\n|";

  private static final class DefaultHolder {
    static final CameoActorCoder INSTANCE = new CameoActorCoder(ActorDictionary.empty(), AgentDictionary.empty(),
        ActorLexicon.defaultLexicon(), EventLexicon.defaults(), shippedAgents());
  }

  private final ActorDictionary userActors;
  private final AgentDictionary userAgents;
  private final ActorLexicon lexicon;
  private final EventLexicon events;
  private final AgentDictionary agents;

  private CameoActorCoder(ActorDictionary userActors, AgentDictionary userAgents, ActorLexicon lexicon,
      EventLexicon events, AgentDictionary agents) {
    this.userActors = userActors;
    this.userAgents = userAgents;
    this.lexicon = lexicon;
    this.events = events;
    this.agents = agents;
  }

  /** {@return the coder with Storyline's own lexicons only, loaded once} */
  public static CameoActorCoder defaults() {
    return DefaultHolder.INSTANCE;
  }

  /**
   * {@return a coder that looks in user dictionaries first, then in Storyline's own lexicons}
   *
   * @param actors a PETRARCH-format actor dictionary (may be {@link ActorDictionary#empty()})
   * @param agents a PETRARCH-format agent dictionary (may be {@link AgentDictionary#empty()})
   */
  public CameoActorCoder withUserDictionaries(ActorDictionary actors, AgentDictionary agents) {
    if (actors == null || agents == null) {
      throw new IllegalArgumentException("dictionaries required (use empty())");
    }
    return new CameoActorCoder(actors, agents, lexicon, events, this.agents);
  }

  /** {@return the shipped agent list} */
  public static AgentDictionary shippedAgents() {
    List<String> problems = new ArrayList<>();
    AgentDictionary d = AgentDictionary.parse(shippedAgentLines(), AGENTS, problems);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("broken shipped resource: " + problems);
    }
    return d;
  }

  /** {@return the lines of the shipped agent list} */
  public static List<String> shippedAgentLines() {
    try (InputStream in = CameoActorCoder.class.getResourceAsStream(AGENTS)) {
      if (in == null) {
        throw new IllegalStateException("resource not found: " + AGENTS);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + AGENTS, e);
    }
  }

  @Override
  public Optional<String> code(String text, ActorRef actor, LocalDate date) {
    Span span = actor.span();
    if (span == null || span.end() > text.length() || span.isEmpty()) {
      return code(actor.text(), new Span(0, actor.text().length()), actor.entity(), date);
    }
    return code(text, span, actor.entity(), date);
  }

  /**
   * {@return the code of the actor at {@code span} of {@code text}, empty when unknown}
   *
   * @param entity the actor's linked entity, or null
   * @param date the text's date, or null
   */
  public Optional<String> code(String text, Span span, EntityId entity, LocalDate date) {
    int left = clauseStart(text, span.start());
    int right = clauseEnd(text, span.end());
    List<CameoWords.Word> ws = CameoWords.scan(text, left, right);
    List<String> words = new ArrayList<>(ws.size());
    int lo = -1;
    int hi = -1;
    for (int i = 0; i < ws.size(); i++) {
      CameoWords.Word w = ws.get(i);
      words.add(w.folded());
      if (w.start() >= span.start() && w.end() <= span.end() + 2) {
        if (lo < 0) {
          lo = i;
        }
        hi = i + 1;
      }
    }
    if (lo < 0) {
      return Optional.empty();
    }
    // the actor code and the words it covers
    String actorCode = null;
    int from = lo;
    int to = hi;
    Optional<ActorDictionary.Match> user = userActors.bestMatch(words, lo - 2, hi + 2, lo, hi);
    if (user.isPresent()) {
      actorCode = user.get().entry().codeOn(date).orElse(null);
      from = Math.min(lo, user.get().from());
      to = Math.max(hi, user.get().to());
    } else {
      Optional<String> own = lexiconCode(text, ws, lo, hi, entity);
      actorCode = own.orElse(null);
    }
    // agents: the actor's other words, the words after it, "<agent> of|in <actor>"
    List<AgentDictionary.AgentCode> found = new ArrayList<>();
    int i = lo;
    while (i < hi) {
      Optional<AgentDictionary.Match> m = agentAt(words, i, hi);
      if (m.isPresent() && !coveredByActor(user, m.get())) {
        found.add(m.get().phrase().agent());
        i = m.get().to();
      } else {
        i++;
      }
    }
    int j = Math.max(hi, to);
    boolean skipped = false;
    while (j < words.size()) {
      Optional<AgentDictionary.Match> m = agentAt(words, j, words.size());
      if (m.isPresent()) {
        found.add(m.get().phrase().agent());
        j = m.get().to();
        skipped = false;
        continue;
      }
      // one modifier word may stand between the name and its agent noun ("Arnor security officials")
      if (found.isEmpty() && !skipped && isModifier(words.get(j)) && !ws.get(j).capitalised()
          && j + 1 < words.size() && agentAt(words, j + 1, words.size()).isPresent()) {
        skipped = true;
        j++;
        continue;
      }
      break;
    }
    int before = Math.min(lo, from);
    if (before >= 2 && LINKS.contains(words.get(before - 1))) {
      Optional<AgentDictionary.Match> m = agentEndingAt(words, Math.max(0, before - 5), before - 1);
      m.ifPresent(match -> found.add(match.phrase().agent()));
    }
    if (actorCode == null && found.isEmpty()) {
      // known with the null code ("[---]"), or not known at all
      return Optional.empty();
    }
    return Optional.of(compose(actorCode, found));
  }

  /** {@return whether a word may be an adjective or noun modifier rather than a verb or function word} */
  private static boolean isModifier(String word) {
    return !FUNCTION_WORDS.contains(word) && !VERBS.contains(word) && !word.endsWith("ed") && !word.endsWith("ing")
        && word.chars().allMatch(Character::isLetter);
  }

  private static boolean coveredByActor(Optional<ActorDictionary.Match> user, AgentDictionary.Match m) {
    return user.isPresent() && m.from() < user.get().to() && m.to() > user.get().from();
  }

  private Optional<AgentDictionary.Match> agentAt(List<String> words, int i, int to) {
    Optional<AgentDictionary.Match> m = userAgents.matchAt(words, i, to);
    return m.isPresent() ? m : agents.matchAt(words, i, to);
  }

  private Optional<AgentDictionary.Match> agentEndingAt(List<String> words, int from, int end) {
    Optional<AgentDictionary.Match> m = userAgents.matchEndingAt(words, from, end);
    return m.isPresent() ? m : agents.matchEndingAt(words, from, end);
  }

  /** Storyline's own lexicons: linked entity, then aliases, then nationality words, then the name table. */
  private Optional<String> lexiconCode(String text, List<CameoWords.Word> ws, int lo, int hi, EntityId entity) {
    if (entity != null) {
      Optional<String> byId = lexicon.findActor(entity).map(ActorLexicon.Actor::actorCode);
      if (byId.isPresent()) {
        return byId;
      }
      Optional<String> byTable = events.findActorCode(entity, null);
      if (byTable.isPresent()) {
        return byTable;
      }
    }
    for (int len = hi - lo; len >= 1; len--) {
      for (int i = lo; i + len <= hi; i++) {
        String run = text.substring(ws.get(i).start(), ws.get(i + len - 1).end());
        if (ws.get(i + len - 1).possessive()) {
          run = POSSESSIVE_END.matcher(run).replaceAll("");
        }
        Set<EntityId> ids = lexicon.idsForAlias(run);
        if (ids.size() == 1) {
          String code = lexicon.findActor(ids.iterator().next()).map(ActorLexicon.Actor::actorCode).orElse(null);
          if (code != null) {
            return Optional.of(code);
          }
        }
        if (len == 1) {
          Optional<String> demonym = lexicon.demonym(run).flatMap(lexicon::findActor).map(ActorLexicon.Actor::actorCode);
          if (demonym.isPresent()) {
            return demonym;
          }
        }
      }
    }
    String whole = text.substring(ws.get(lo).start(), ws.get(hi - 1).end());
    return events.findActorCode(null, whole);
  }

  /** {@return prefix agents + actor + suffix agents, three-letter codes not repeated} */
  static String compose(String actorCode, List<AgentDictionary.AgentCode> agents) {
    StringBuilder prefix = new StringBuilder();
    StringBuilder out = new StringBuilder(actorCode == null ? "" : actorCode);
    for (AgentDictionary.AgentCode a : agents) {
      if (a.prefix()) {
        if (!contains(prefix.toString() + out, a.code())) {
          prefix.append(a.code());
        }
      } else if (!contains(prefix.toString() + out, a.code())) {
        out.append(a.code());
      }
    }
    return prefix.toString() + out;
  }

  /** {@return whether {@code code} holds {@code part} at a multiple of three} */
  private static boolean contains(String code, String part) {
    for (int i = code.indexOf(part); i >= 0; i = code.indexOf(part, i + 1)) {
      if (i % 3 == 0) {
        return true;
      }
    }
    return false;
  }

  private static int clauseStart(String text, int from) {
    int i = Math.min(from, text.length());
    int limit = Math.max(0, from - 120);
    while (i > limit) {
      char c = text.charAt(i - 1);
      if (BOUNDARIES.indexOf(c) >= 0 || isSentenceEnd(text, i - 1)) {
        return i;
      }
      i--;
    }
    return i;
  }

  private static int clauseEnd(String text, int from) {
    int i = Math.max(0, from);
    int limit = Math.min(text.length(), from + 120);
    while (i < limit) {
      char c = text.charAt(i);
      if (BOUNDARIES.indexOf(c) >= 0 || isSentenceEnd(text, i)) {
        return i;
      }
      i++;
    }
    return i;
  }

  /** A full stop followed by white space, not after a one-letter abbreviation ("U.S. troops"). */
  private static boolean isSentenceEnd(String text, int i) {
    if (text.charAt(i) != '.' || i + 1 >= text.length() || !Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    return !(i >= 2 && Character.isLetter(text.charAt(i - 1)) && text.charAt(i - 2) == '.');
  }
}
