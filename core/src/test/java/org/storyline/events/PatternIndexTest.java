package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyline.model.Span;
import org.storyline.model.Token;

/**
 * The first-word index must never hide a match: matching only the indexed candidates of each
 * token finds exactly the (token, rule) pairs that trying every rule at every token finds.
 */
class PatternIndexTest {
  private static final EventLexicon LEXICON = EventLexicon.defaults();

  /** A news-like text with triggers, cues, names, numbers, possessives and hyphenated words. */
  private static final String NEWS = String.join(" ",
      "Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow on Thursday, and the two held",
      "talks for nearly five hours.",
      "Ukraine's foreign minister said Kyiv was ready to sign a 30-day cease-fire agreement but rejected demands",
      "to withdraw its troops from the east.",
      "NATO allies pledged $2 billion in military aid, while the Kremlin threatened retaliation against new",
      "sanctions and accused Washington of prolonging the war.",
      "Earlier, drones struck an oil refinery near Odesa, killing three people, officials said.",
      "The leaders will meet again next week and have agreed to hold a phone call before the summit.",
      "Protesters demonstrated outside the embassy, demanding the release of detained journalists.",
      "Zelensky has not been invited to the talks, and Kyiv refused to negotiate under pressure.");

  private static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\$|\\d+(?:[.,]\\d+)*|\\p{L}+|'s|[^\\s\\p{L}\\d]");

  @Test
  void indexedTriggerAndCueMatchingEqualsTryingEveryRuleOnEveryExample() {
    int pairs = 0;
    for (LexiconExample x : LEXICON.examples()) {
      SentenceView v = SentenceView.of(x.input(), new Span(0, x.input().length()), List.of());
      pairs += assertSameMatches(v);
    }
    assertThat(pairs).as("matches found in the lexicon's examples").isGreaterThan(LEXICON.triggers().size());
  }

  @Test
  void indexedMatchingEqualsTryingEveryRuleOnATaggedMultiSentenceText() {
    SentenceView naive = SentenceView.of(NEWS, new Span(0, NEWS.length()), List.of());
    SentenceView tagged = SentenceView.of(NEWS, new Span(0, NEWS.length()), tag(NEWS));
    assertThat(assertSameMatches(naive)).isGreaterThan(10);
    assertThat(assertSameMatches(tagged)).isGreaterThan(10);
  }

  @Test
  void aRuleListedUnderSeveralFormsOfOneTokenIsTriedOnceInRuleOrder() {
    PatternIndex index = new PatternIndex(List.of(
        TokenPattern.compile("meeting"),
        TokenPattern.compile("talk,talks with"),
        TokenPattern.compile("hold ~2 talks"),
        TokenPattern.compile("talks")));
    SentenceView.Tok talks = SentenceView.of("talks", new Span(0, 5), List.of()).get(0);
    assertThat(talks.keys).containsExactly("talks", "talk");
    assertThat(index.candidates(talks)).containsExactly(1, 3);
    SentenceView.Tok other = SentenceView.of("sanctions", new Span(0, 9), List.of()).get(0);
    assertThat(index.candidates(other)).isEmpty();
  }

  @Test
  void aTaggedTokenKeepsItsFormAndLemmaOnceEach() {
    String text = "Leaders met and talks continue";
    List<Token> tokens = List.of(
        new Token(0, new Span(0, 7), "Leaders", "NNS", "leader"),
        new Token(0, new Span(8, 11), "met", "VBD", "meet"),
        new Token(0, new Span(12, 15), "and", "CC", "and"),
        new Token(0, new Span(16, 21), "talks", "NNS", "TALK"),
        new Token(0, new Span(22, 30), "continue", "VBP", "continue"));
    SentenceView v = SentenceView.of(text, new Span(0, text.length()), tokens);
    assertThat(v.get(1).keys).containsExactly("met", "meet");
    assertThat(v.get(2).keys).containsExactly("and");
    assertThat(v.get(3).keys).containsExactly("talks", "talk");
  }

  /** {@return the number of matching (token, rule) pairs, after checking both ways find the same} */
  private static int assertSameMatches(SentenceView v) {
    return assertSameMatches(v, LEXICON.triggerPatterns(), LEXICON.triggerIndex())
        + assertSameMatches(v, LEXICON.cuePatterns(), LEXICON.cueIndex());
  }

  private static int assertSameMatches(SentenceView v, List<TokenPattern> patterns, PatternIndex index) {
    List<String> everyRule = new ArrayList<>();
    List<String> indexed = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      for (int r = 0; r < patterns.size(); r++) {
        int end = patterns.get(r).matchAt(v, i);
        if (end >= 0) {
          everyRule.add(i + ":" + r + "-" + end);
        }
      }
      int previous = -1;
      for (int r : index.candidates(v.get(i))) {
        assertThat(r).as("candidates ascending and distinct").isGreaterThan(previous);
        previous = r;
        int end = patterns.get(r).matchAt(v, i);
        if (end >= 0) {
          indexed.add(i + ":" + r + "-" + end);
        }
      }
    }
    assertThat(indexed).as(v.tokens().toString()).isEqualTo(everyRule);
    return everyRule.size();
  }

  /** Tokens with a crude tag and lemma, so the view takes the tagged (form + lemma) path. */
  private static List<Token> tag(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int sentence = 0;
    while (m.find()) {
      String w = m.group();
      String lower = w.toLowerCase(Locale.ROOT);
      Set<String> lemmas = new LinkedHashSet<>(Lemmas.candidates(lower));
      String lemma = lemmas.stream().reduce((a, b) -> b).orElse(lower);
      String pos = lower.endsWith("ed") ? "VBD" : lower.endsWith("ing") ? "VBG" : Character.isLetter(w.charAt(0)) ? "NN" : w;
      out.add(new Token(sentence, new Span(m.start(), m.end()), w, pos, lemma));
      if (w.equals(".")) {
        sentence++;
      }
    }
    return out;
  }
}
