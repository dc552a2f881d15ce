package org.storyline.fusion;

import static org.storyline.fusion.Fixtures.ALASKA;
import static org.storyline.fusion.Fixtures.ISTANBUL;
import static org.storyline.fusion.Fixtures.PUTIN;
import static org.storyline.fusion.Fixtures.SAUDI;
import static org.storyline.fusion.Fixtures.TRUMP;
import static org.storyline.fusion.Fixtures.WHITE_HOUSE;
import static org.storyline.fusion.Fixtures.ZELENSKY;
import static org.storyline.fusion.Fixtures.date;
import static org.storyline.fusion.Fixtures.day;
import static org.storyline.fusion.Fixtures.daysHence;
import static org.storyline.fusion.Fixtures.mention;
import static org.storyline.fusion.Fixtures.thisMonth;
import static org.storyline.fusion.Fixtures.withEvents;
import static org.storyline.fusion.Fixtures.withRole;
import static org.storyline.fusion.Fixtures.withTime;

import java.util.List;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.DuplicateLink;
import org.storyline.model.EntityType;
import org.storyline.model.EventStatus;
import org.storyline.testkit.Docs;

/**
 * A small hand-annotated story shaped like the seed articles (own wording): a Trump–Putin meeting
 * set up in late 2024, agreed in principle and held in August 2025; White House talks and a call;
 * Istanbul talks with two incompatible relative dates; "former President" in 2025; a syndicated copy.
 */
public final class Corpus {
  private Corpus() {}

  public static AnnotatedArticle settingUp() {
    AnnotatedArticle doc = Docs.article("s4-setting-up", "Donald Trump, the US president-elect, confirmed that a meeting "
        + "with Putin is being arranged. Kremlin spokesperson Dmitry Peskov said a meeting of Putin and Trump had not "
        + "been requested. Trump wants to end the war soon after assuming office on January 20, 2025.",
        date(2024, 12, 8));
    doc = withRole(doc, "US president-elect", "US president-elect", TRUMP);
    doc = Docs.withMention(doc, "Donald Trump", EntityType.PERSON, TRUMP);
    doc = Docs.withMention(doc, "Trump wants", EntityType.PERSON, TRUMP);
    doc = withTime(doc, "January 20, 2025", day(2025, 1, 20));
    return withEvents(doc,
        mention(doc, "meeting").status(EventStatus.PLANNED).source(TRUMP, "Donald Trump").target(PUTIN, "Putin").build(),
        mention(doc, "meeting of").status(EventStatus.DENIED).source(PUTIN, "Putin").target(TRUMP, "Trump").build());
  }

  public static AnnotatedArticle saudiPlan() {
    AnnotatedArticle doc = Docs.article("s3-saudi", "Thu 13th Feb, 2025. Former President Donald Trump spoke with "
        + "Putin by phone on February 12. Plans are underway for a face-to-face meeting between Trump and Putin in "
        + "Saudi Arabia.", date(2025, 2, 13));
    doc = withRole(doc, "Former President", "former President", TRUMP);
    return withEvents(doc,
        mention(doc, "spoke").frame("CALL").source(TRUMP, "Donald Trump").target(PUTIN, "Putin")
            .when(day(2025, 2, 12), "February 12").build(),
        mention(doc, "face-to-face meeting").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin")
            .at(SAUDI, "Saudi Arabia").build());
  }

  public static AnnotatedArticle saudiCopy() {
    AnnotatedArticle original = saudiPlan();
    AnnotatedArticle doc = Docs.article("s3-copy", original.text(), date(2025, 2, 14));
    doc = withRole(doc, "Former President", "former President", TRUMP);
    return withEvents(doc,
        mention(doc, "spoke").frame("CALL").source(TRUMP, "Donald Trump").target(PUTIN, "Putin")
            .when(day(2025, 2, 12), "February 12").build(),
        mention(doc, "face-to-face meeting").status(EventStatus.PLANNED).source(TRUMP, "Trump").target(PUTIN, "Putin")
            .at(SAUDI, "Saudi Arabia").build());
  }

  public static AnnotatedArticle agreement() {
    AnnotatedArticle doc = Docs.article("s1-agreement", "According to a Kremlin aide, an agreement in principle on a "
        + "Trump-Putin meeting has been reached. It comes before President Trump's deadline for Russia. "
        + "Moscow wants a direct dialogue with the former U.S. President.", null);
    doc = withRole(doc, "President", "President", TRUMP);
    doc = withRole(doc, "former U.S. President", "former U.S. President", TRUMP);
    return withEvents(doc, mention(doc, "meeting").status(EventStatus.AGREED).source(TRUMP, "Trump")
        .target(PUTIN, "Putin").build());
  }

  public static AnnotatedArticle held() {
    AnnotatedArticle doc = Docs.article("s5-held", "Trump and Putin met in Alaska on August 15, 2025.", date(2025, 8, 16));
    return withEvents(doc, mention(doc, "met").source(TRUMP, "Trump").target(PUTIN, "Putin").at(ALASKA, "Alaska")
        .when(day(2025, 8, 15), "August 15, 2025").build());
  }

  public static AnnotatedArticle whiteHouse() {
    AnnotatedArticle doc = Docs.article("s2-white-house", "Former President Donald Trump met Zelenskyy at the White "
        + "House on August 18, 2025. Trump then spoke with Putin for 40 minutes on August 20, 2025.", null);
    doc = withRole(doc, "Former President", "former President", TRUMP);
    return withEvents(doc,
        mention(doc, "met").source(TRUMP, "Donald Trump").target(ZELENSKY, "Zelenskyy").at(WHITE_HOUSE, "White House")
            .when(day(2025, 8, 18), "August 18, 2025").build(),
        mention(doc, "spoke").frame("CALL").source(TRUMP, "Trump").target(PUTIN, "Putin")
            .when(day(2025, 8, 20), "August 20, 2025").quantity("40 minutes", 40, "minute").build());
  }

  public static AnnotatedArticle istanbul() {
    AnnotatedArticle doc = Docs.article("s0-istanbul", "His proposal for direct talks in Istanbul to begin three days "
        + "hence. Attention will turn to a meeting scheduled for this December in Istanbul.", null);
    return withEvents(doc,
        mention(doc, "talks").frame("TALKS").status(EventStatus.PROPOSED).at(ISTANBUL, "Istanbul")
            .when(daysHence(3), "three days hence").build(),
        mention(doc, "meeting").status(EventStatus.PLANNED).at(ISTANBUL, "Istanbul")
            .when(thisMonth(12), "this December").build());
  }

  /**
   * Three reports of Zelenskyy–Putin talks on June 1, 3 and 5: the middle one may join either
   * neighbour (2 days apart) but not both (4 days apart), so only a canonical order makes the
   * choice independent of arrival order.
   */
  public static List<AnnotatedArticle> ambiguousTalks() {
    List<AnnotatedArticle> out = new java.util.ArrayList<>();
    int[] days = {1, 3, 5};
    String[] ids = {"z-first", "z-middle", "z-last"};
    for (int i = 0; i < days.length; i++) {
      AnnotatedArticle doc = Docs.article(ids[i], "Zelenskyy held talks with Putin on June " + days[i] + ".",
          date(2025, 6, days[i] + 1));
      out.add(withEvents(doc, mention(doc, "talks").frame("TALKS").source(ZELENSKY, "Zelenskyy")
          .target(PUTIN, "Putin").when(day(2025, 6, days[i])).build()));
    }
    return out;
  }

  public static List<AnnotatedArticle> docs() {
    return List.of(settingUp(), saudiPlan(), saudiCopy(), agreement(), held(), whiteHouse(), istanbul());
  }

  public static List<DuplicateLink> duplicates() {
    return List.of(new DuplicateLink(saudiCopy().id(), saudiPlan().id(), DuplicateLink.Kind.EXACT, 1.0));
  }
}
