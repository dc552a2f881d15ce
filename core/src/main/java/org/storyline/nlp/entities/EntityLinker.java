package org.storyline.nlp.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Diagnostic;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.Provenance;
import org.storyline.model.RoleMention;
import org.storyline.model.Span;
import org.storyline.pipeline.Layer;
import org.storyline.pipeline.Stage;
import org.storyline.pipeline.StageInfo;

/**
 * Cleans, completes and links an article's entity mentions, and finds the roles it states.
 *
 * <p>Requires {@link Layer#MENTIONS} (noisy NER output), {@link Layer#SENTENCES} and {@link
 * Layer#TOKENS} (part of speech is used when present, never required). Provides {@link
 * Layer#MENTIONS} (junk dropped, types fixed, compounds split, lexicon aliases, descriptors and
 * nationality words added), {@link Layer#ENTITY_LINKS} (every named mention carries an entity id)
 * and {@link Layer#ROLES}. The passes, in order:
 *
 * <ol>
 *   <li>drop input mentions whose span does not match their text (diagnostic {@value #BAD_MENTION});
 *   <li>drop page furniture: mentions inside an author biography, byline names, headline fragments
 *       that contain a verb (one aggregated diagnostic {@value #JUNK_DROPPED});
 *   <li>split compounds of known names ("Trump-Putin" -> two people);
 *   <li>add lexicon aliases NER missed, descriptor phrases ("the Ukrainian president"), nationality
 *       words ("Russian");
 *   <li>link: lexicon aliases first; then one-word person names by in-article coreference (see
 *       the package documentation for the rule); unknown names get ids from their slugs;
 *       capitals used as actors become their governments;
 *   <li>find roles (premodifier, apposition, as-role; {@code entities/roles.v1.txt});
 *   <li>resolve descriptors to the nearest earlier person stated in that role, else to the
 *       office holder on the publication date; unresolved descriptors are dropped (diagnostic
 *       {@value #DESCRIPTOR_UNRESOLVED}).
 * </ol>
 *
 * <p>Kept input mentions keep their ids; new mentions get fresh ids {@code <articleId>#m<N>} above
 * every id in use. Immutable and thread-safe; the dictionaries are loaded once, at construction.
 */
public final class EntityLinker implements Stage {
  /** The stage contract. */
  public static final StageInfo INFO = new StageInfo("entities.linker", "v1",
      Set.of(Layer.MENTIONS, Layer.SENTENCES, Layer.TOKENS), Set.of(Layer.MENTIONS, Layer.ENTITY_LINKS, Layer.ROLES));
  /** Diagnostic: an input mention's span lies outside the text or does not cover its text; dropped. */
  public static final String BAD_MENTION = "W221";
  /** Diagnostic (info): page-furniture mentions dropped, with reasons. */
  public static final String JUNK_DROPPED = "W222";
  /** Diagnostic (info): descriptor phrases no person could be found for. */
  public static final String DESCRIPTOR_UNRESOLVED = "W223";
  /**
   * Diagnostic: more than {@link #maxMentionsPerEntity()} mentions of one name or entity in one
   * article; the later ones were dropped (bounds the linker's work on pathological articles).
   */
  public static final String MENTION_CAP = "W804";
  /** Default cap on mentions of one name (and of one linked entity) per article: 1,000. */
  public static final int DEFAULT_MAX_MENTIONS_PER_ENTITY = 1_000;

  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "gen",
      "lt", "col", "maj", "capt", "sen", "rep", "gov", "sgt", "adm", "pres", "prof");
  private static final Set<String> TENURE = Set.of("former", "ex", "current", "then", "outgoing", "incoming", "acting");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "into", "near", "outside", "inside", "around",
      "across", "toward", "towards", "via", "through", "within", "visit", "visits", "visited", "visiting", "reach",
      "reached", "left", "leave", "arrived", "based", "of", "the", "throughout");
  private static final Set<String> FINITE_VERB_TAGS = Set.of("VBZ", "VBD", "VBP");
  private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS");
  private static final Pattern BYLINE_PREFIX = Pattern.compile("^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by)\\s*:?\\s+");
  private static final int MAX_LISTED = 10;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final ActorLexicon lexicon;
  private final RolePatterns roles;
  private final Furniture furniture;
  private final int maxMentionsPerEntity;

  /** A linker with the dictionaries shipped with Storyline. */
  public EntityLinker() {
    this(ActorLexicon.defaultLexicon(), RolePatterns.defaultPatterns(), Furniture.defaultFurniture());
  }

  /** A linker with the given dictionaries and the default mention cap. */
  public EntityLinker(ActorLexicon lexicon, RolePatterns roles, Furniture furniture) {
    this(lexicon, roles, furniture, DEFAULT_MAX_MENTIONS_PER_ENTITY);
  }

  /**
   * A linker with the given dictionaries that keeps at most {@code maxMentionsPerEntity} mentions
   * per name (case-folded surface text) and per linked entity in one article, in text order.
   */
  public EntityLinker(ActorLexicon lexicon, RolePatterns roles, Furniture furniture, int maxMentionsPerEntity) {
    if (lexicon == null || roles == null || furniture == null) {
      throw new IllegalArgumentException("lexicon, role patterns and furniture cues are required");
    }
    if (maxMentionsPerEntity < 1) {
      throw new IllegalArgumentException("maxMentionsPerEntity must be positive: " + maxMentionsPerEntity);
    }
    this.lexicon = lexicon;
    this.roles = roles;
    this.furniture = furniture;
    this.maxMentionsPerEntity = maxMentionsPerEntity;
  }

  /** {@return a linker like this one with another cap on mentions per name and entity} */
  public EntityLinker withMaxMentionsPerEntity(int max) {
    return new EntityLinker(lexicon, roles, furniture, max);
  }

  /** {@return the most mentions of one name, or of one entity, kept per article} */
  public int maxMentionsPerEntity() {
    return maxMentionsPerEntity;
  }

  @Override
  public StageInfo info() {
    return INFO;
  }

  /** {@return the lexicon this linker uses} */
  public ActorLexicon lexicon() {
    return lexicon;
  }

  @Override
  public AnnotatedArticle apply(AnnotatedArticle doc) {
    return new Run(doc).execute();
  }

  /** The work on one article. */
  private final class Run {
    private final AnnotatedArticle doc;
    private final ArticleText at;
    private final Words words;
    private final String text;
    private final Map<String, List<String>> dropped = new TreeMap<>();
    private final List<String> unresolved = new ArrayList<>();
    private final List<Span> biographies;
    private final Map<String, Integer> perName = new HashMap<>();
    private int badInput;
    private int overCap;

    Run(AnnotatedArticle doc) {
      this.doc = doc;
      this.at = new ArticleText(doc, lexicon, roles);
      this.words = at.words;
      this.text = at.text;
      this.biographies = furniture.biographies(text);
    }

    AnnotatedArticle execute() {
      List<Draft> drafts = validated();
      dropFurniture(drafts);
      splitCompounds(drafts);
      scanAliases(drafts);
      scanDescriptors(drafts);
      scanDemonyms(drafts);
      drafts.sort(Comparator.comparing((Draft d) -> d.span));
      for (Draft d : drafts) {
        setNameWords(d);
      }
      linkNames(drafts);
      linkBareNames(drafts);
      applyMetonymy(drafts);
      List<RoleFinder.RoleFact> facts = new ArrayList<>(new RoleFinder(at).find(drafts));
      resolveDescriptors(drafts, facts);
      resolvePronouns(drafts, facts);
      return build(drafts, facts);
    }

    // ------------------------------------------------------------------ input

    private List<Draft> validated() {
      List<Draft> out = new ArrayList<>();
      Set<Span> seen = new HashSet<>();
      for (Mention m : doc.mentions()) {
        if (!m.span().fitsIn(text.length()) || !m.span().coveredText(text).equals(m.text()) || m.span().isEmpty()) {
          badInput++;
          continue;
        }
        if (seen.add(m.span()) && admit(m.span())) {
          out.add(new Draft(Draft.Origin.NER, m, m.span(), m.type()));
        }
      }
      // overlapping input mentions: the longer one wins ("Donald Trump" over "Trump" inside it)
      out.sort(Comparator.comparingInt((Draft d) -> -d.span.length()).thenComparing(d -> d.span));
      List<Draft> kept = new ArrayList<>();
      for (Draft d : out) {
        if (overlapping(kept, d.span).isEmpty()) {
          kept.add(d);
        } else {
          drop(d, "overlap");
        }
      }
      return kept;
    }

    // ------------------------------------------------------------------ furniture

    private void dropFurniture(List<Draft> drafts) {
      drafts.removeIf(d -> {
        for (Span bio : biographies) {
          if (bio.contains(d.span)) {
            return drop(d, "biography");
          }
        }
        if (!d.type.isNamed()) {
          return false;
        }
        int[] range = at.wordRange(d.span);
        if (range[1] <= range[0]) {
          return false;
        }
        if (d.type == EntityType.PERSON) {
          for (int i = range[0]; i < range[1]; i++) {
            if (furniture.isBylineWord(words.get(i).folded())) {
              return drop(d, "byline");
            }
          }
          if (standalone(d.span) && (allStandalone(d.original.text()) || isByline(d.original.text()))) {
            return drop(d, "byline");
          }
        }
        boolean phraseType = d.type == EntityType.ORGANIZATION || d.type == EntityType.MISC || d.type == EntityType.PERSON;
        if (phraseType && range[1] - range[0] >= 2) {
          boolean headline = at.onHeadline(d.span.start());
          for (int i = range[0]; i < range[1]; i++) {
            if (headline && furniture.isHeadlineVerb(words.get(i).folded())) {
              return drop(d, "headline");
            }
            if (FINITE_VERB_TAGS.contains(at.pos(i))) {
              return drop(d, "verb");
            }
          }
        }
        return false;
      });
    }

    private boolean drop(Draft d, String reason) {
      dropped.computeIfAbsent(reason, k -> new ArrayList<>()).add(d.span.coveredText(text));
      return true;
    }

    /** Whether the span is alone on its line, possibly after "By". */
    private boolean standalone(Span span) {
      Span line = at.line(span.start());
      String content = line.coveredText(text).strip();
      Matcher by = BYLINE_PREFIX.matcher(content);
      if (by.find()) {
        content = content.substring(by.end());
      }
      return content.equals(span.coveredText(text));
    }

    private boolean allStandalone(String name) {
      int from = 0;
      int at0;
      while ((at0 = text.indexOf(name, from)) >= 0) {
        if (!standalone(new Span(at0, at0 + name.length()))) {
          return false;
        }
        from = at0 + name.length();
      }
      return true;
    }

    private boolean isByline(String name) {
      String byline = doc.article().byline();
      return byline != null && Names.fold(byline).contains(Names.fold(name));
    }

    // ------------------------------------------------------------------ compounds

    private void splitCompounds(List<Draft> drafts) {
      Set<String> personNames = new HashSet<>();
      for (Draft d : drafts) {
        if (d.type == EntityType.PERSON) {
          int[] r = at.wordRange(d.span);
          if (r[1] > r[0]) {
            personNames.add(Names.fold(d.span.coveredText(text)));
            personNames.add(words.get(r[1] - 1).folded());
          }
        }
      }
      List<Draft> added = new ArrayList<>();
      drafts.removeIf(d -> {
        if (d.origin != Draft.Origin.NER || !d.type.isNamed()) {
          return false;
        }
        List<Draft> parts = compoundParts(d, personNames);
        if (parts.isEmpty()) {
          return false;
        }
        added.addAll(parts);
        return true;
      });
      drafts.addAll(added);
    }

    /**
     * {@return the known names a compound mention joins with hyphens, or nothing} "Trump-Putin"
     * gives Trump and Putin; "Trump-Putin Meeting" too (the trailing word is not a name). Every
     * part must be a lexicon alias or a person named in the article.
     */
    private List<Draft> compoundParts(Draft d, Set<String> personNames) {
      int[] r = at.wordRange(d.span);
      List<int[]> runs = new ArrayList<>();
      int runStart = r[0];
      for (int i = r[0] + 1; i <= r[1]; i++) {
        if (i == r[1] || words.gapBefore(i).equals("-")) {
          runs.add(new int[] {runStart, i});
          runStart = i;
        }
      }
      if (runs.size() < 2) {
        return List.of();
      }
      List<Draft> parts = new ArrayList<>();
      for (int k = 0; k < runs.size(); k++) {
        int[] run = runs.get(k);
        Draft part = knownPart(run[0], run[1], personNames);
        if (part == null && k == runs.size() - 1 && run[1] - run[0] > 1) {
          part = knownPart(run[0], run[0] + 1, personNames); // "Putin Meeting": keep the name
        }
        if (part == null) {
          return List.of();
        }
        parts.add(part);
      }
      return parts;
    }

    private Draft knownPart(int from, int to, Set<String> personNames) {
      for (int i = from + 1; i < to; i++) {
        if (!words.gapBefore(i).equals(" ")) {
          return null;
        }
      }
      Span span = new Span(words.get(from).start(), words.get(to - 1).end());
      String partText = span.coveredText(text);
      Set<EntityId> ids = lexicon.idsForAlias(partText);
      if (ids.isEmpty() && !personNames.contains(Names.fold(partText))) {
        return null;
      }
      EntityType type = ids.size() == 1 ? lexicon.actor(ids.iterator().next()).type() : EntityType.PERSON;
      Draft part = new Draft(Draft.Origin.SPLIT, null, span, type);
      part.aliasId = ids.size() == 1 ? ids.iterator().next() : null;
      part.confidence = 0.85;
      return part;
    }

    // ------------------------------------------------------------------ additions

    private void scanAliases(List<Draft> drafts) {
      int i = 0;
      while (i < words.size()) {
        ActorLexicon.Alias alias = at.aliasAt(i);
        if (alias == null) {
          EntityId surname = lowerCaseSurnameAt(i);
          if (surname != null && !inAny(biographies, words.get(i).span())) {
            addAlias(drafts, words.get(i).span(), surname);
          }
          i++;
          continue;
        }
        int n = alias.phrase().size();
        Span span = new Span(words.get(i).start(), words.get(i + n - 1).end());
        int next = i + n;
        if (!inAny(biographies, span) && !partOfLongerName(i, n)) {
          addAlias(drafts, span, alias.id());
        }
        i = next;
      }
    }

    private void addAlias(List<Draft> drafts, Span span, EntityId id) {
      if (!admit(span)) {
        return;
      }
      List<Draft> overlapping = overlapping(drafts, span);
      if (!overlapping.isEmpty()) {
        boolean allInside = overlapping.stream().allMatch(d -> span.contains(d.span) && !d.span.equals(span));
        if (!allInside || Phrase.of(span.coveredText(text)).size() < 2) {
          return;
        }
        drafts.removeAll(overlapping);
      }
      Draft d = new Draft(Draft.Origin.ALIAS, null, span, lexicon.actor(id).type());
      d.aliasId = id;
      d.confidence = 0.9;
      drafts.add(d);
    }

    /**
     * {@return the person a surname written in lower case stands for, or null} Careless sources
     * write "trump rules out deploying US troops" in a table cell. The word must equal a one-word
     * alias of exactly one lexicon person ("Trump"), begin a sentence, line or table cell, and be
     * followed by a finite verb (tagged VBZ, VBD, VBP or MD; untagged text: a lower-case word
     * ending in "s" or "ed") or stand alone in its cell. Lower-case words inside running text
     * ("a trump card", "they trumped") never qualify.
     */
    private EntityId lowerCaseSurnameAt(int i) {
      Words.Word w = words.get(i);
      if (w.text().isEmpty() || !Character.isLowerCase(w.text().charAt(0))) {
        return null;
      }
      EntityId person = null;
      for (ActorLexicon.Alias a : lexicon.aliasesStartingWith(w.folded())) {
        if (a.phrase().size() != 1 || lexicon.actor(a.id()).type() != EntityType.PERSON) {
          continue;
        }
        if (person != null && !person.equals(a.id())) {
          return null;
        }
        person = a.id();
      }
      if (person == null) {
        return null;
      }
      boolean cellStart = i == 0 || rawGapContainsCellBar(i);
      if (!cellStart && !at.startsSentence(i)) {
        return null;
      }
      int next = i + 1;
      if (next >= words.size() || rawGapContainsCellBar(next) || words.rawGapBefore(next).contains("\n")) {
        return cellStart && next < words.size() && rawGapContainsCellBar(next) ? person : null;
      }
      if (!at.spaced(next)) {
        return null;
      }
      String tag = at.pos(next);
      if (!tag.isEmpty()) {
        return FINITE_VERB_TAGS.contains(tag) || tag.equals("MD") ? person : null;
      }
      String v = words.get(next).text();
      boolean lower = Character.isLowerCase(v.charAt(0));
      return lower && v.length() > 2 && (v.endsWith("s") || v.endsWith("ed")) ? person : null;
    }

    private boolean rawGapContainsCellBar(int i) {
      return words.rawGapBefore(i).contains("|");
    }

    /** Whether a one-word alias is part of a longer capitalised name the lexicon does not know ("Eric Trump", "Washington Post"). */
    private boolean partOfLongerName(int i, int n) {
      if (n > 1) {
        return false;
      }
      if (i > 0 && at.spaced(i) && !at.startsSentence(i - 1) && words.get(i - 1).capitalised() && !nameContext(i - 1)) {
        return true;
      }
      int next = i + n;
      return next < words.size() && at.spaced(next) && words.get(next).capitalised() && !nameContext(next)
          && !at.onHeadline(words.get(i).start());
    }

    /** Whether a capitalised word next to a name is a title, role, nationality or another known name rather than part of the name. */
    private boolean nameContext(int j) {
      String w = words.get(j).folded();
      return HONORIFICS.contains(w) || roles.headAt(words, j) != null || roles.headEndingAt(words, j) != null
          || roles.isModifier(w) || lexicon.demonym(words.get(j).text()).isPresent() || at.aliasAt(j) != null
          || at.scopeEndingAt(j) != null;
    }

    private void scanDescriptors(List<Draft> drafts) {
      for (int i : at.indicesOf("the")) {
        int k = i + 1;
        boolean former = false;
        if (k < words.size() && at.joined(k) && TENURE.contains(words.get(k).folded())) {
          former = words.get(k).folded().equals("former") || words.get(k).folded().equals("ex");
          k++;
        }
        EntityId scope = null;
        if (k < words.size() && at.spaced(k)) {
          ArticleText.Scope s = at.scopeAt(k);
          if (s != null) {
            scope = s.id();
            k = s.end();
          }
        }
        if (k >= words.size() || !at.joined(k)) {
          continue;
        }
        RolePatterns.Head head = roles.headAt(words, k);
        if (head == null || !head.office()) {
          continue;
        }
        int headEnd = k + head.phrase().size() - 1;
        int last = headEnd;
        int after = headEnd + 1;
        if (after < words.size() && at.spaced(after)) {
          if (words.get(after).capitalised() && !at.startsSentence(after)) {
            continue; // "the Russian President Vladimir Putin": a premodifier, the name is the mention
          }
          if (NOUN_TAGS.contains(at.pos(after))) {
            continue; // "the president's office" is fine, "the host country" is not a person
          }
          if (scope == null && words.get(after).folded().equals("of") && after + 1 < words.size() && at.spaced(after + 1)) {
            ArticleText.Scope of = at.scopeAt(after + 1);
            if (of != null) {
              scope = of.id();
              last = of.end() - 1;
            }
          }
        }
        Span span = new Span(words.get(i).start(), words.get(last).end());
        if (!admit(span)) {
          continue;
        }
        List<Draft> overlapping = overlapping(drafts, span);
        boolean replaceable = overlapping.stream().allMatch(d -> span.contains(d.span) && d.type != EntityType.PERSON);
        if (!replaceable) {
          continue;
        }
        String roleText = at.roleText(k, k, headEnd, headEnd);
        String headText = text.substring(words.get(k).start(), words.get(headEnd).end());
        Draft d = new Draft(Draft.Origin.DESCRIPTOR, null, span, EntityType.PERSON);
        d.descriptor = new Draft.Descriptor(former, scope, roles.officeKey(headText), former ? "former " + roleText : roleText);
        d.confidence = 0.7;
        d.shadowed.addAll(overlapping);
        drafts.add(d);
      }
    }

    private void scanDemonyms(List<Draft> drafts) {
      for (int i = 0; i < words.size(); i++) {
        Words.Word w = words.get(i);
        Optional<EntityId> country = lexicon.demonym(w.text());
        if (country.isEmpty()) {
          continue;
        }
        Span span = w.span();
        if (!admit(span) || !overlapping(drafts, span).isEmpty()) {
          continue;
        }
        Draft d = new Draft(Draft.Origin.DEMONYM, null, span, EntityType.NATIONALITY);
        d.entity = country.get();
        d.confidence = 0.9;
        drafts.add(d);
      }
    }

    // ------------------------------------------------------------------ linking

    /** Sets the name words of a draft: its words without leading titles and a trailing possessive. */
    private void setNameWords(Draft d) {
      int[] r = at.wordRange(d.span);
      int from = r[0];
      int to = r[1];
      if (d.type == EntityType.PERSON && d.origin != Draft.Origin.DESCRIPTOR) {
        while (to - from > 1) {
          String w = words.get(from).folded();
          RolePatterns.Head head = roles.headAt(words, from);
          if (head != null && head.phrase().size() < to - from) {
            from += head.phrase().size();
          } else if (HONORIFICS.contains(w) || TENURE.contains(w) || w.equals("the") || roles.isModifier(w)
              || (lexicon.demonym(words.get(from).text()).isPresent())) {
            from++;
          } else {
            break;
          }
        }
      }
      if (to - from > 1 && words.get(to - 1).folded().equals("s") && words.gapBefore(to - 1).equals("'")) {
        to--;
      }
      if (d.type != EntityType.PERSON && to - from > 1 && words.get(from).folded().equals("the")) {
        from++;
      }
      d.nameFrom = from;
      d.nameTo = to;
    }

    private String nameText(Draft d) {
      if (d.nameTo <= d.nameFrom) {
        return d.span.coveredText(text);
      }
      return text.substring(words.get(d.nameFrom).start(), words.get(d.nameTo - 1).end());
    }

    private void linkNames(List<Draft> drafts) {
      for (Draft d : drafts) {
        if (d.origin == Draft.Origin.DESCRIPTOR || d.origin == Draft.Origin.DEMONYM || !d.type.isNamed()) {
          continue;
        }
        if (Names.isPronoun(d.span.coveredText(text))) {
          d.pronoun = true;
          continue;
        }
        String name = nameText(d);
        boolean single = d.nameLength() <= 1;
        Set<EntityId> ids = d.aliasId != null ? Set.of(d.aliasId) : lexicon.idsForAlias(name);
        if (!ids.isEmpty()) {
          EntityId pick = pick(ids, d.type);
          ActorLexicon.Actor actor = lexicon.actor(pick);
          if (actor.type() == EntityType.PERSON && single) {
            d.bare = true;
            d.type = EntityType.PERSON;
          } else {
            d.entity = pick;
            d.type = actor.type();
            d.confidence = Math.max(d.confidence, 0.9);
          }
          continue;
        }
        Optional<EntityId> nationality = single ? lexicon.demonym(name) : Optional.empty();
        if (nationality.isPresent() && d.type != EntityType.PERSON) {
          d.type = EntityType.NATIONALITY;
          d.entity = nationality.get();
          continue;
        }
        if (d.type == EntityType.PERSON) {
          if (single) {
            d.bare = true;
          } else {
            d.entity = fullNameId(name);
          }
          continue;
        }
        String slug = Names.slug(name);
        if (slug.isEmpty()) {
          continue;
        }
        d.entity = EntityId.of(kind(d.type) + ":" + slug);
        d.maybePerson = single && d.origin == Draft.Origin.NER;
      }
    }

    private EntityId pick(Set<EntityId> ids, EntityType type) {
      for (EntityId id : ids) {
        if (lexicon.actor(id).type() == type) {
          return id;
        }
      }
      return ids.iterator().next();
    }

    /** {@return the id of a multi-word person name: the lexicon person with that given name and surname, else its slug} */
    private EntityId fullNameId(String name) {
      Phrase p = Phrase.of(name);
      Set<EntityId> both = new TreeSet<>(lexicon.personsWithSurname(p.last()));
      both.retainAll(lexicon.personsWithGivenName(p.first()));
      if (both.size() == 1) {
        return both.iterator().next();
      }
      return EntityId.of("person:" + Names.slug(name));
    }

    /**
     * In-article coreference of one-word person names. Candidates are the people named in full
     * in the article whose surname (else given name) matches, plus the lexicon person the word is
     * an alias of. Score: full-name mentions in the article, +1 for the lexicon's owner of the bare
     * name. Highest score wins; ties go to the person named in full most recently before the word,
     * then to the smallest id.
     */
    private void linkBareNames(List<Draft> drafts) {
      List<Draft> full = new ArrayList<>();
      for (Draft d : drafts) {
        if (d.type == EntityType.PERSON && d.entity != null && d.nameLength() >= 2 && d.origin != Draft.Origin.DESCRIPTOR) {
          full.add(d);
        }
      }
      for (Draft d : drafts) {
        if (!d.bare && !d.maybePerson) {
          continue;
        }
        String word = d.nameLength() == 1 ? words.get(d.nameFrom).folded() : Names.fold(nameText(d));
        String key = Names.variantKey(word);
        Map<EntityId, Integer> score = new TreeMap<>();
        for (Draft f : full) {
          if (Names.variantKey(words.get(f.nameTo - 1).folded()).equals(key)
              || lexicon.personsWithSurname(word).contains(f.entity)) {
            score.merge(f.entity, 1, Integer::sum);
          }
        }
        if (score.isEmpty()) {
          for (Draft f : full) {
            if (Names.variantKey(words.get(f.nameFrom).folded()).equals(key)) {
              score.merge(f.entity, 1, Integer::sum);
            }
          }
        }
        if (d.maybePerson && score.isEmpty()) {
          continue;
        }
        if (d.bare) {
          // a lower-case surname ("trump rules out …") carries the alias its capitalised form has
          Set<EntityId> aliased = d.aliasId != null ? Set.of(d.aliasId) : lexicon.idsForAlias(nameText(d));
          for (EntityId id : aliased) {
            if (lexicon.actor(id).type() == EntityType.PERSON && lexicon.hasBareAlias(id, word)) {
              score.merge(id, 1, Integer::sum);
            }
          }
        }
        d.type = EntityType.PERSON;
        if (score.isEmpty()) {
          d.entity = EntityId.of("person:" + Names.slug(nameText(d)));
          d.confidence = Math.min(d.confidence, 0.7);
          continue;
        }
        int best = score.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        EntityId chosen = null;
        int chosenAt = -1;
        for (Map.Entry<EntityId, Integer> e : score.entrySet()) {
          if (e.getValue() != best) {
            continue;
          }
          int lastBefore = -1;
          for (Draft f : full) {
            if (f.entity.equals(e.getKey()) && f.span.start() < d.span.start()) {
              lastBefore = Math.max(lastBefore, f.span.start());
            }
          }
          if (chosen == null || lastBefore > chosenAt) {
            chosen = e.getKey();
            chosenAt = lastBefore;
          }
        }
        d.entity = chosen;
        d.confidence = score.size() == 1 ? 0.85 : 0.7;
      }
    }

    /** A capital used as an actor ("talks between Washington and Moscow") stands for its government. */
    private void applyMetonymy(List<Draft> drafts) {
      for (Draft d : drafts) {
        if (d.entity == null || d.type != EntityType.LOCATION || d.nameLength() != 1) {
          continue;
        }
        Optional<EntityId> government = lexicon.governmentOf(d.entity);
        if (government.isEmpty() || placeContext(d)) {
          continue;
        }
        d.entity = government.get();
        d.type = lexicon.actor(government.get()).type();
        d.confidence = Math.min(d.confidence, 0.75);
      }
    }

    private boolean placeContext(Draft d) {
      int i = d.nameFrom;
      if (at.possessiveAfter(i)) {
        return false;
      }
      if (i > 0 && at.spaced(i) && LOCATIVE.contains(words.get(i - 1).folded())) {
        return true;
      }
      String after = text.substring(d.span.end(), Math.min(text.length(), d.span.end() + 6));
      if (after.startsWith(", D.C") || after.startsWith(" D.C")) {
        return true;
      }
      // a dateline: the first word of a line, followed by a comma or a dash
      Span line = at.line(d.span.start());
      boolean firstOnLine = text.substring(line.start(), d.span.start()).isBlank();
      return firstOnLine && (after.startsWith(",") || after.startsWith(" –") || after.startsWith(" -") || after.startsWith(" —"));
    }

    // ------------------------------------------------------------------ descriptors

    private void resolveDescriptors(List<Draft> drafts, List<RoleFinder.RoleFact> facts) {
      LocalDate date = doc.article().published().anchor();
      Set<EntityId> inArticle = new TreeSet<>();
      for (Draft d : drafts) {
        if (d.entity != null && d.type == EntityType.PERSON) {
          inArticle.add(d.entity);
        }
      }
      List<RoleFinder.RoleFact> added = new ArrayList<>();
      Set<Draft> resolved = new HashSet<>();
      drafts.removeIf(d -> {
        if (d.origin != Draft.Origin.DESCRIPTOR) {
          return false;
        }
        Draft.Descriptor desc = d.descriptor;
        if (inApposition(d, facts)) {
          return true; // "Donald Trump, the US president-elect": the role of the name before it, not a mention of its own
        }
        EntityId person = fromArticle(d, desc, drafts, facts);
        if (person != null) {
          d.entity = person;
          d.confidence = 0.75;
          resolved.add(d);
          return false;
        }
        if (desc.scope() != null && !desc.former()) {
          if (date != null) {
            person = lexicon.officeHolder(desc.scope(), desc.headKey(), date).orElse(null);
          } else {
            Set<EntityId> holders = new TreeSet<>(lexicon.officeHolders(desc.scope(), desc.headKey()));
            holders.retainAll(inArticle);
            person = holders.size() == 1 ? holders.iterator().next() : null;
          }
        }
        if (person == null) {
          unresolved.add(d.span.coveredText(text));
          return true;
        }
        d.entity = person;
        d.confidence = 0.8;
        resolved.add(d);
        added.add(new RoleFinder.RoleFact(person, desc.roleText(), d.span, "descriptor", desc.scope(), desc.headKey(),
            desc.former(), 0.8));
        return false;
      });
      facts.addAll(added);
      for (Draft d : resolved) {
        drafts.removeAll(d.shadowed);
      }
    }

    /**
     * Pronouns NER tagged as people. "he", "his", "she", "her" … go to the one person named
     * earlier in the same sentence, or else in the previous sentence, when exactly one is; a
     * pronoun inside that person's own apposition ("Kellogg, his envoy") does not refer to them.
     * Other pronouns, and those without a single antecedent, are dropped.
     */
    private void resolvePronouns(List<Draft> drafts, List<RoleFinder.RoleFact> facts) {
      drafts.removeIf(d -> {
        if (!d.pronoun) {
          return false;
        }
        if (Names.isPersonalSingular(d.span.coveredText(text))) {
          Span sentence = at.sentenceBounds(d.span.start());
          Set<EntityId> found = antecedents(drafts, facts, d, sentence.start());
          if (found.isEmpty() && sentence.start() > 0) {
            Span previous = at.sentenceBounds(Math.max(0, sentence.start() - 1));
            if (previous.start() < sentence.start()) {
              found = antecedents(drafts, facts, d, previous.start());
            }
          }
          if (found.size() == 1) {
            d.entity = found.iterator().next();
            d.type = EntityType.PERSON;
            d.confidence = 0.6;
            return false;
          }
        }
        return drop(d, "pronoun");
      });
    }

    private Set<EntityId> antecedents(List<Draft> drafts, List<RoleFinder.RoleFact> facts, Draft pronoun, int from) {
      Set<EntityId> out = new TreeSet<>();
      for (Draft d : drafts) {
        if (d.pronoun || d.entity == null || d.type != EntityType.PERSON || d.span.start() < from
            || d.span.end() > pronoun.span.start()) {
          continue;
        }
        boolean ownApposition = false;
        for (RoleFinder.RoleFact f : facts) {
          ownApposition |= f.entity().equals(d.entity) && f.pattern().equals("apposition") && f.span().contains(pronoun.span);
        }
        if (!ownApposition) {
          out.add(d.entity);
        }
      }
      return out;
    }

    private boolean inApposition(Draft d, List<RoleFinder.RoleFact> facts) {
      for (RoleFinder.RoleFact f : facts) {
        if (f.pattern().equals("apposition") && f.span().contains(d.span)) {
          return true;
        }
      }
      return false;
    }

    /** {@return the person an earlier sentence of the article states in the descriptor's role, the most recently mentioned first} */
    private EntityId fromArticle(Draft d, Draft.Descriptor desc, List<Draft> drafts, List<RoleFinder.RoleFact> facts) {
      Set<EntityId> candidates = new TreeSet<>();
      for (RoleFinder.RoleFact f : facts) {
        boolean sameHead = f.headKey().equals(desc.headKey()) || f.headKey().endsWith(" " + desc.headKey());
        boolean scopeFits = desc.scope() == null || f.scope() == null || desc.scope().equals(f.scope());
        if (f.span().end() <= d.span.start() && sameHead && scopeFits && f.former() == desc.former()) {
          candidates.add(f.entity());
        }
      }
      EntityId best = null;
      int bestAt = -1;
      for (Draft other : drafts) {
        if (other.entity != null && candidates.contains(other.entity) && other.origin != Draft.Origin.DESCRIPTOR
            && other.span.start() < d.span.start() && other.span.start() > bestAt) {
          best = other.entity;
          bestAt = other.span.start();
        }
      }
      return best;
    }

    // ------------------------------------------------------------------ output

    private AnnotatedArticle build(List<Draft> drafts, List<RoleFinder.RoleFact> facts) {
      drafts.sort(Comparator.comparing((Draft d) -> d.span));
      Set<String> used = new HashSet<>();
      int next = doc.mentions().size();
      Pattern own = Pattern.compile(Pattern.quote(doc.id().value()) + "#m(\\d+)");
      for (Mention m : doc.mentions()) {
        used.add(m.id().value());
        Matcher matcher = own.matcher(m.id().value());
        if (matcher.matches() && matcher.group(1).length() < 9) {
          next = Math.max(next, Integer.parseInt(matcher.group(1)) + 1);
        }
      }
      List<Mention> mentions = new ArrayList<>();
      Map<EntityId, Integer> perEntity = new HashMap<>();
      for (Draft d : drafts) {
        if (d.entity != null && perEntity.merge(d.entity, 1, Integer::sum) > maxMentionsPerEntity) {
          overCap++;
          continue;
        }
        String covered = d.span.coveredText(text);
        Mention m;
        if (d.original != null && d.original.span().equals(d.span) && d.original.type() == d.type) {
          m = d.original.withEntity(d.entity);
        } else if (d.original != null && d.original.span().equals(d.span)) {
          m = new Mention(d.original.id(), d.span, covered, d.type, d.entity, provenance(d.span, d.confidence));
        } else {
          String id;
          do {
            id = doc.id().value() + "#m" + next++;
          } while (!used.add(id));
          m = new Mention(MentionId.of(id), d.span, covered, d.type, d.entity, provenance(d.span, d.confidence));
        }
        mentions.add(m);
      }
      Map<String, RoleMention> roleMentions = new LinkedHashMap<>();
      for (RoleFinder.RoleFact f : facts) {
        String key = f.entity() + "|" + f.role() + "|" + f.span();
        roleMentions.putIfAbsent(key, new RoleMention(f.entity(), f.role(), f.span(), f.span().coveredText(text),
            provenance(f.span(), f.confidence())));
      }
      List<RoleMention> roleList = new ArrayList<>(roleMentions.values());
      roleList.sort(Comparator.comparing(RoleMention::span).thenComparing(RoleMention::role));
      AnnotatedArticle out = doc.withMentions(mentions).withRoles(roleList);
      String item = doc.id().value();
      if (badInput > 0) {
        out = out.withDiagnostic(Diagnostic.warning(BAD_MENTION, INFO.name(), item,
            badInput + " input mention(s) dropped: span outside the text or not matching the mention text"));
      }
      if (!dropped.isEmpty()) {
        StringBuilder msg = new StringBuilder("dropped page-furniture mentions:");
        for (Map.Entry<String, List<String>> e : dropped.entrySet()) {
          List<String> names = e.getValue();
          msg.append(' ').append(e.getKey()).append(' ').append(names.size()).append(' ')
              .append(names.subList(0, Math.min(MAX_LISTED, names.size())));
          if (names.size() > MAX_LISTED) {
            msg.append("…");
          }
          msg.append(';');
        }
        out = out.withDiagnostic(Diagnostic.info(JUNK_DROPPED, INFO.name(), item, msg.toString()));
      }
      if (overCap > 0) {
        out = out.withDiagnostic(Diagnostic.warning(MENTION_CAP, INFO.name(), item, overCap
            + " mention(s) dropped: more than " + maxMentionsPerEntity + " of one name or entity in the article"));
      }
      if (!unresolved.isEmpty()) {
        out = out.withDiagnostic(Diagnostic.info(DESCRIPTOR_UNRESOLVED, INFO.name(), item,
            unresolved.size() + " descriptor(s) not resolved to a person: "
                + unresolved.subList(0, Math.min(MAX_LISTED, unresolved.size()))));
      }
      return out;
    }

    private Provenance provenance(Span span, double confidence) {
      return new Provenance(doc.id(), span, INFO.ref(), Math.max(0.0, Math.min(1.0, confidence)));
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Counts one more mention of the name at {@code span}. {@return false when the name already has
     * the maximum number of mentions (the mention is then dropped and counted)}
     */
    private boolean admit(Span span) {
      String name = WHITESPACE.matcher(span.coveredText(text)).replaceAll(" ").toLowerCase(Locale.ROOT);
      int n = perName.merge(name, 1, Integer::sum);
      if (n > maxMentionsPerEntity) {
        overCap++;
        return false;
      }
      return true;
    }

    private List<Draft> overlapping(List<Draft> drafts, Span span) {
      List<Draft> out = new ArrayList<>();
      for (Draft d : drafts) {
        if (d.span.overlaps(span)) {
          out.add(d);
        }
      }
      return out;
    }

    private boolean inAny(List<Span> spans, Span span) {
      for (Span s : spans) {
        if (s.contains(span)) {
          return true;
        }
      }
      return false;
    }
  }

  private static String kind(EntityType type) {
    switch (type) {
      case PERSON:
        return "person";
      case ORGANIZATION:
        return "org";
      case LOCATION:
        return "loc";
      default:
        return "misc";
    }
  }
}
