package org.storyline.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.EntityId;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;
import org.storyline.model.MentionId;
import org.storyline.model.Provenance;
import org.storyline.model.Span;
import org.storyline.testkit.Docs;

/**
 * Builds a test article from marked-up text: {@code [Name]} is a PERSON mention linked to {@code
 * person:<slug>}, {@code {Name}} an ORGANIZATION mention linked to {@code org:<slug>}. Straight
 * double quotes in the markup stay as they are; sentences and tokens come from {@link Docs}.
 */
final class Marked {
  private Marked() {}

  static AnnotatedArticle doc(String markup) {
    StringBuilder text = new StringBuilder();
    List<Object[]> spans = new ArrayList<>();
    int open = -1;
    EntityType type = null;
    for (int i = 0; i < markup.length(); i++) {
      char c = markup.charAt(i);
      if (c == '[' || c == '{') {
        open = text.length();
        type = c == '[' ? EntityType.PERSON : EntityType.ORGANIZATION;
      } else if ((c == ']' || c == '}') && open >= 0) {
        spans.add(new Object[] {open, text.length(), type});
        open = -1;
      } else {
        text.append(c);
      }
    }
    AnnotatedArticle doc = Docs.article(text.toString());
    List<Mention> mentions = new ArrayList<>();
    for (Object[] s : spans) {
      Span span = new Span((int) s[0], (int) s[1]);
      EntityType t = (EntityType) s[2];
      String name = span.coveredText(doc.text());
      String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      String prefix = t == EntityType.PERSON ? "person:" : "org:";
      mentions.add(new Mention(MentionId.of("m" + mentions.size()), span, name, t, EntityId.of(prefix + slug),
          new Provenance(doc.id(), span, Docs.TEST_STAGE, 1.0)));
    }
    return doc.withMentions(mentions);
  }
}
