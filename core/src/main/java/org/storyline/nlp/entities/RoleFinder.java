package org.storyline.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Span;

/**
 * Finds the roles an article states for its people, with the patterns of {@code
 * entities/roles.v1.txt}: premodifier, apposition and as-role (see the resource header).
 */
final class RoleFinder {
  /**
   * A role stated for an entity.
   *
   * @param role normalised role text ("special envoy to Ukraine")
   * @param span the evidence: person and role phrase together
   * @param scope the country or organisation of the role when stated ("Russian" -> loc:russia), else null
   * @param headKey the office form of the role head ("spokesperson")
   * @param former whether the role is stated as a former one
   */
  record RoleFact(EntityId entity, String role, Span span, String pattern, EntityId scope, String headKey, boolean former,
      double confidence) {}

  /** A role phrase: words {@code [from, to]}, head {@code [headFrom, headEnd]}. */
  private record Phrase(int from, int headFrom, int headEnd, int to, EntityId scope, boolean former) {}

  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our");
  private static final Set<String> CLAUSE_WORDS = Set.of("who", "which", "whose", "and");
  private static final Set<String> FORMER = Set.of("former", "ex");
  private static final int MAX_PREMODIFIERS = 4;

  private final ArticleText at;
  private final Words words;

  RoleFinder(ArticleText at) {
    this.at = at;
    this.words = at.words;
  }

  /** {@return the roles stated for the linked person drafts, in text order} */
  List<RoleFact> find(List<Draft> drafts) {
    List<RoleFact> out = new ArrayList<>();
    List<Draft> people = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.type == EntityType.PERSON && d.entity != null && d.origin != Draft.Origin.DESCRIPTOR) {
        people.add(d);
      }
    }
    for (Draft person : people) {
      premodifier(person, out);
      apposition(person, out);
    }
    asRole(people, out);
    out.sort((a, b) -> a.span().compareTo(b.span()) != 0 ? a.span().compareTo(b.span()) : a.role().compareTo(b.role()));
    return out;
  }

  /** "Russian President Vladimir Putin", "Kremlin spokesperson Dmitry Peskov". */
  private void premodifier(Draft person, List<RoleFact> out) {
    int first = words.indexStartingAt(person.span.start());
    if (first <= 0 || !at.spaced(first)) {
      return;
    }
    RolePatterns.Head head = at.roles.headEndingAt(words, first - 1);
    if (head == null) {
      return;
    }
    int headFrom = first - head.phrase().size();
    int from = headFrom;
    EntityId scope = null;
    boolean former = false;
    int taken = 0;
    while (from > 0 && at.joined(from) && taken < MAX_PREMODIFIERS) {
      int j = from - 1;
      ArticleText.Scope s = at.scopeEndingAt(j);
      if (s != null) {
        scope = scope == null ? s.id() : scope;
        from = s.from();
      } else if (at.roles.isModifier(words.get(j).folded())) {
        former |= FORMER.contains(words.get(j).folded());
        from = j;
      } else {
        break;
      }
      taken++;
    }
    int headEnd = first - 1;
    String role = at.roleText(from, headFrom, headEnd, headEnd);
    Span span = new Span(words.get(from).start(), person.span.end());
    out.add(fact(person.entity, role, span, "premodifier", scope, headFrom, former, 0.9));
  }

  /** "Keith Kellogg, his special envoy to Ukraine," and coordinated roles after it. */
  private void apposition(Draft person, List<RoleFact> out) {
    int k = words.indexAtOrAfter(person.span.end());
    if (k >= words.size()) {
      return;
    }
    String gap = at.text.substring(person.span.end(), words.get(k).start());
    if (!gap.startsWith(",") || !gap.substring(1).isBlank() || gap.contains("\n")) {
      return;
    }
    k = skipDeterminer(k);
    while (k >= 0 && k < words.size()) {
      Phrase p = phrase(k, true);
      if (p == null) {
        return;
      }
      int end = p.to();
      if (!closes(end)) {
        // a complement we cannot read ("in the US military"): keep the role without it
        if (closes(p.headEnd()) || at.isPreposition(p.headEnd() + 1)) {
          end = p.headEnd();
        } else {
          return;
        }
      }
      Phrase kept = new Phrase(p.from(), p.headFrom(), p.headEnd(), end, p.scope(), p.former());
      String role = at.roleText(kept.from(), kept.headFrom(), kept.headEnd(), kept.to());
      Span span = new Span(person.span.start(), words.get(kept.to()).end());
      out.add(fact(person.entity, role, span, "apposition", kept.scope(), kept.headFrom(), kept.former(), 0.85));
      // a coordinated second role: "a former adviser and retired lieutenant-general"
      int next = end + 1;
      if (next + 1 < words.size() && at.spaced(next) && words.get(next).folded().equals("and")) {
        k = skipDeterminer(next + 1);
      } else {
        return;
      }
    }
  }

  /** "Kellogg's appointment as special envoy to Ukraine", "to serve as the special envoy". */
  private void asRole(List<Draft> people, List<RoleFact> out) {
    for (int a : at.indicesOf("as")) {
      if (a == 0 || a + 1 >= words.size() || !at.spaced(a) || !at.roles.isLead(words.get(a - 1).folded())) {
        continue;
      }
      int lead = words.get(a - 1).start();
      Span sentence = at.sentenceBounds(lead);
      Draft holder = null;
      for (Draft d : people) {
        if (d.span.end() <= lead && sentence.contains(d.span.start()) && (holder == null || d.span.start() > holder.span.start())) {
          holder = d;
        }
      }
      if (holder == null) {
        continue;
      }
      int k = a + 1;
      if (at.spaced(k) && Set.of("the", "a", "an").contains(words.get(k).folded())) {
        k++;
      }
      if (k >= words.size() || !at.spaced(k)) {
        continue;
      }
      Phrase p = phrase(k, true);
      if (p == null) {
        continue;
      }
      String role = at.roleText(p.from(), p.headFrom(), p.headEnd(), p.to());
      Span span = new Span(holder.span.start(), words.get(p.to()).end());
      out.add(fact(holder.entity, role, span, "as-role", p.scope(), p.headFrom(), p.former(), 0.75));
    }
  }

  private int skipDeterminer(int k) {
    if (k >= words.size()) {
      return -1;
    }
    if (DETERMINERS.contains(words.get(k).folded())) {
      return k + 1 < words.size() && at.spaced(k + 1) ? k + 1 : -1;
    }
    if (words.get(k).capitalised() && at.possessiveAfter(k)) {
      return k + 2 < words.size() && at.spaced(k + 2) ? k + 2 : -1;
    }
    return k;
  }

  /** {@return the role phrase [modifiers] head [complement] starting at word {@code k}, or null} */
  private Phrase phrase(int k, boolean complement) {
    int p = k;
    EntityId scope = null;
    boolean former = false;
    for (int taken = 0; p < words.size() && taken <= MAX_PREMODIFIERS; taken++) {
      if (p > k && !at.joined(p)) {
        return null;
      }
      RolePatterns.Head head = at.roles.headAt(words, p);
      if (head != null) {
        int headEnd = p + head.phrase().size() - 1;
        int to = headEnd;
        if (complement) {
          int c = at.complementEnd(headEnd + 1);
          if (c > 0) {
            to = c;
          }
        }
        return new Phrase(k, p, headEnd, to, scope, former);
      }
      ArticleText.Scope s = at.scopeAt(p);
      if (s != null) {
        scope = scope == null ? s.id() : scope;
        p = s.end();
        continue;
      }
      if (!at.roles.isModifier(words.get(p).folded())) {
        return null;
      }
      former |= FORMER.contains(words.get(p).folded());
      p++;
    }
    return null;
  }

  /** {@return whether the role phrase ending at word {@code last} is closed by punctuation, a line end or a clause} */
  private boolean closes(int last) {
    int end = words.get(last).end();
    if (end >= at.text.length()) {
      return true;
    }
    char c = at.text.charAt(end);
    if (",.;:)\n".indexOf(c) >= 0 || c == '—' || c == '–') {
      return true;
    }
    return last + 1 < words.size() && at.spaced(last + 1) && CLAUSE_WORDS.contains(words.get(last + 1).folded());
  }

  private RoleFact fact(EntityId entity, String role, Span span, String pattern, EntityId scope, int headFrom, boolean former,
      double confidence) {
    RolePatterns.Head head = at.roles.headAt(words, headFrom);
    String headText = at.text.substring(words.get(headFrom).start(), words.get(headFrom + head.phrase().size() - 1).end());
    return new RoleFact(entity, role, span, pattern, scope, at.roles.officeKey(headText), former, confidence);
  }
}
