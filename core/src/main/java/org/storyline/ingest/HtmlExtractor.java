package org.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.storyline.model.DateBasis;
import org.storyline.model.Diagnostic;
import org.storyline.model.Evidence;
import org.storyline.model.PublicationDate;
import org.storyline.model.Span;

/**
 * Extracts the main text and metadata of an HTML page with jsoup (position tracking on).
 *
 * <p><b>Main text.</b> Non-content elements are dropped (script, style, nav, header, footer, aside,
 * figures, hidden elements, ARIA navigation roles; forms and noscript blocks unless they hold a
 * quarter of the page's text; a page region that wraps the {@code <main>} element is kept) and so
 * are elements whose class or id names furniture ({@link ClassNames}, {@code
 * ingest/html-classes.v1.txt}: each class name is judged by its head word, so {@code entry-meta}
 * is furniture and {@code entry-content} content) unless it also names content with little link
 * text, or wraps the article element or 60% of the page's text (not a comment section); strong
 * furniture (share, related, comment) goes first, then weak words (print, meta, widget) whose
 * part is dropped only with many links or under 200 letters. Paragraph-like blocks of 25+ letters
 * score {@code 1 + commas + min(3, letters/100)}, credited to their parent (full), grandparent
 * (half) and three more ancestors (1/(3·level)); candidates start from a tag and class prior and
 * are scaled by {@code 1 - link density}. The best candidate is moved up to an ancestor holding
 * three of the near-best, then joined by qualifying siblings (score above a fifth of the best, or
 * prose paragraphs with few links) and by blocks beside up to three of its ancestors that score
 * like content (not beyond its {@code <article>}). The article's lead (an element named like a
 * lead, standfirst or intro, just before the content) is added in front. Inside the content, link
 * lists and the headline are skipped. Blocks end in "\n\n", {@code <br>} in "\n", whitespace
 * collapses to one space, control characters are dropped; zero-width and bidi characters are kept.
 *
 * <p><b>Offsets.</b> Every char maps to the raw HTML string: chars copied from a text node map
 * exactly (jsoup text ranges aligned char by char, CR LF handled); a char decoded from an entity maps
 * to the entity's '&amp;'; inserted breaks and collapsed whitespace map to the next char's or the
 * whitespace's position. Precision: exact for copied chars, start of the construct otherwise.
 *
 * <p><b>Metadata.</b> Title: the visible h1 headline (outside navigation and the page header,
 * without a kicker) when it is the only one or matches the metadata title, else og:title,
 * twitter:title, JSON-LD headline, {@code <title>} (site name suffixes such as " | Site"
 * removed). Byline ({@link Bylines}, {@code ingest/bylines.v1.txt}: labels, dates and handles
 * removed; accounts and the site name rejected): meta author, article:author, JSON-LD author,
 * rel=author, itemprop=author, then the byline element or labelled line nearest the headline.
 * Publication date (METADATA): meta article:published_time, JSON-LD datePublished,
 * itemprop=datePublished, other date meta tags, {@code <time pubdate>}, the first {@code <time
 * datetime>} inside the main content (values in other languages and formats read by {@link
 * DateGrammar}, {@code ingest/dates.v1.txt}), then the date element or short date line nearest
 * the headline; values that cannot be read give a W102 warning. Canonical URL: link
 * rel=canonical, og:url.
 *
 * <p>Iterative throughout (10,000 nested elements are fine); never throws on malformed HTML.
 * Immutable and thread-safe.
 */
public final class HtmlExtractor {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();
  private static final int MAX_JSON_LD_CHARS = 1_000_000;

  private static final Set<String> DROPPED_TAGS = Set.of(
      "script", "style", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
      "svg", "math", "canvas", "form", "button", "input", "select", "option", "textarea", "label", "nav", "header",
      "footer", "aside", "menu", "dialog", "noscript", "figure", "figcaption", "picture", "video", "audio", "map", "head",
      "title", "meta", "link", "base", "address");
  /** Page regions: dropped, unless they wrap the page's main element. */
  private static final Set<String> REGION_TAGS = Set.of("header", "footer", "aside", "nav", "menu", "address");
  /** Dropped unless they hold a good part of the page's text. */
  private static final Set<String> CONDITIONAL_TAGS = Set.of("form", "noscript");
  private static final Set<String> DROPPED_ROLES = Set.of(
      "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
      "menubar", "toolbar", "alert");
  private static final ClassNames CLASS_NAMES = ClassNames.standard();
  private static final DateGrammar DATES = DateGrammar.standard();
  private static final Bylines BYLINES = Bylines.standard();
  private static final int DATE_MAX_DISTANCE = 60;
  private static final int SHORT_DATE_TEXT = 60;
  /** Class and id fragments of page parts whose dates belong to other articles or to comments. */
  private static final List<String> OUTSIDE_ARTICLE = List.of(
      "comment", "related", "recommend", "sidebar", "teaser", "footer", "widget", "popular", "trending", "disqus");
  private static final Set<String> PROTECTED = Set.of("html", "body", "article", "main");
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> DIV_LIKE = Set.of("div", "section", "article", "main", "span", "font", "center");
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
      "dd", "blockquote", "pre", "table", "tr", "tbody", "thead", "tfoot", "caption", "hr", "center", "details",
      "summary", "hgroup", "fieldset", "body", "html", "form");
  private static final Set<String> LIST_LIKE = Set.of("ul", "ol", "div", "section", "table", "dl", "span");
  private static final List<String> DATE_META = List.of(
      "og:published_time", "article:published", "published_time", "publish_date", "publish-date", "publishdate",
      "publication_date", "pubdate", "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date",
      "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
      "citation_date", "article.published", "datepublished", "originalpublicationdate", "article_date_original",
      "cxenseparse:recs:publishtime");
  private static final Set<String> LEAD_EXCLUDED_TAGS = Set.of("a", "li", "ul", "ol", "img", "button", "nav", "aside");
  private static final int LEAD_MAX_OTHER = 600;
  private static final int SIBLING_LEVELS = 3;
  private static final double SIBLING_MAX_LINK_DENSITY = 0.25;
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][\"'”’)]?\\s*$", Pattern.DOTALL);
  private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " • ");

  /** Per-element letter counts and score. */
  private static final class Stats {
    int text;
    int link;
    int commas;
    int direct;
    int directCommas;
    boolean candidate;
    double score;

    double linkDensity() {
      return text == 0 ? 0 : (double) link / text;
    }
  }

  /** Metadata read from head and structured data. */
  private record Meta(Map<String, String> tags, List<JsonNode> jsonLd) {}

  /** Creates an extractor. */
  public HtmlExtractor() {}

  /**
   * {@return the main text and metadata of {@code html}} Never throws on bad HTML.
   *
   * @param item names the page in diagnostics (a path, URL or record id)
   * @param html the page as decoded text; all offsets point into it
   */
  public HtmlExtraction extract(String item, String html) {
    Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    List<Diagnostic> diagnostics = new ArrayList<>();
    Meta meta = readMeta(doc);

    // a page region (header, footer, banner...) that holds the main element is a parsing
    // accident of unclosed tags, not furniture: only its own furniture children are dropped
    Set<Element> wrapsMain = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element marker : doc.select("main, [role=main], [itemprop=articleBody]")) {
      for (Element a = marker.parent(); a != null && wrapsMain.add(a); a = a.parent()) {
        // stops at an ancestor already marked
      }
    }
    Set<Element> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element el : doc.getAllElements()) {
      String tag = el.normalName();
      boolean region = REGION_TAGS.contains(tag) || DROPPED_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT));
      if (region && wrapsMain.contains(el) && !isHidden(el)) {
        continue;
      }
      if ((DROPPED_TAGS.contains(tag) && !CONDITIONAL_TAGS.contains(tag) && !isProseHeader(el)) || isHidden(el)
          || DROPPED_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))) {
        dropped.add(el);
      }
    }
    Element body = doc.body();
    Map<Element, Stats> stats = stats(doc, dropped);
    int pageText = stats.containsKey(body) ? stats.get(body).text : 0;
    // a wrapper named like furniture ("Ads_TakeOver") that holds the article is not furniture
    Set<Element> wrapsContent = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element marker : doc.select("article, main, [itemprop=articleBody], [role=main]")) {
      Element a = marker.parent();
      // stops at an ancestor already marked, so nested markers cost linear time
      while (a != null && wrapsContent.add(a)) {
        a = a.parent();
      }
    }
    // strong furniture first, so that share bars and ad slots inside a weakly named block (an
    // "article-header" holding the body) no longer count as its links
    for (boolean strong : new boolean[] {true, false}) {
      for (Element el : doc.getAllElements()) {
        Stats s = stats.get(el);
        if (s == null || PROTECTED.contains(el.normalName()) || isArticleBody(el)) {
          continue;
        }
        if (CONDITIONAL_TAGS.contains(el.normalName())) {
          // whole-page forms (ASP.NET) and no-script fallbacks can hold the article; small ones are
          // search boxes, sign-ups and tracking pixels
          if (strong && s.text < pageText / 4) {
            dropped.add(el);
          }
          continue;
        }
        int weight = classWeight(el);
        if (weight >= 0 || hasStrongNegative(el) != strong) {
          continue;
        }
        boolean weakProse = !strong && s.text >= 200 && s.linkDensity() < 0.3;
        if (!weakProse && (!hasPositive(el) || s.linkDensity() > 0.5) && !wrapsContent.contains(el)
            && !(s.text >= 0.6 * pageText && !isCommentSection(el))) {
          dropped.add(el);
        }
      }
      stats = stats(doc, dropped);
    }

    String siteName = firstNonBlank(meta.tags.get("og:site_name"), jsonLdText(meta, "publisher", "name"),
        meta.tags.get("application-name"));
    Headline headline = title(doc, meta, siteName);
    String title = headline.title();
    // the headline is the title (metadata), not body text: the page's only h1, or an h1 equal to the title
    Set<Element> headlines = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> h1s = doc.select("h1");
    String titleKey = TextCleaner.letterKey(title);
    for (Element h1 : h1s) {
      if (h1s.size() == 1 || (!titleKey.isEmpty() && TextCleaner.letterKey(h1.text()).equals(titleKey))) {
        headlines.add(h1);
      }
    }

    List<Element> roots = new ArrayList<>(selectContent(doc, stats));
    addLead(doc, roots, stats, dropped);
    TextAssembler out = new TextAssembler(html);
    for (Element root : roots) {
      serialize(root, stats, headlines, out);
      out.requestBreak(2);
    }
    String byline = byline(doc, meta, siteName, headline.element() != null ? headline.element() : roots.isEmpty() ? null : roots.get(0));
    PublicationDate published = publicationDate(item, doc, meta, roots, headline.element(), diagnostics);
    String canonical = canonicalUrl(doc, meta);
    return new HtmlExtraction(out.text(), out.map(), title, byline, canonical, published, diagnostics);
  }

  // ---------------------------------------------------------------- content selection

  /**
   * Adds the article's lead (standfirst, intro, excerpt, deck) in front of the chosen content when
   * it sits just before it: an element named like a lead, with prose and few links, that precedes
   * the first root in document order, inside a common container holding little other text. The
   * lead may sit in the article's {@code <header>} or a weakly named block (dropped otherwise).
   */
  private static void addLead(Document doc, List<Element> roots, Map<Element, Stats> stats, Set<Element> dropped) {
    if (roots.isEmpty()) {
      return;
    }
    Element first = roots.get(0);
    if ("body".equals(first.normalName()) || "html".equals(first.normalName())) {
      return;
    }
    int firstStart = first.sourceRange().isTracked() ? first.sourceRange().startPos() : -1;
    if (firstStart < 0) {
      return;
    }
    int rootText = 0;
    for (Element r : roots) {
      rootText += stats.get(r).text;
    }
    Set<Element> rootSet = Collections.newSetFromMap(new IdentityHashMap<>());
    rootSet.addAll(roots);
    Set<Element> firstAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    firstAncestors.addAll(first.parents());
    List<Element> leads = new ArrayList<>();
    for (Element el : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (!isLeadNamed(el) || !el.sourceRange().isTracked() || el.sourceRange().startPos() >= firstStart
          || LEAD_EXCLUDED_TAGS.contains(el.normalName()) || firstAncestors.contains(el)) {
        continue;
      }
      boolean related = false;
      for (Element a = el.parent(); a != null && !related; a = a.parent()) {
        related = rootSet.contains(a) || leads.contains(a);
      }
      if (related || !leadAncestryAllowed(el, dropped)) {
        continue;
      }
      int letters = letters(el.text());
      int linked = 0;
      for (Element a : el.select("a")) {
        linked += letters(a.text());
      }
      if (letters < 30 || letters > 2000 || linked > 0.3 * letters) {
        continue;
      }
      // the lead and the content share a container with little else in it
      Element common = el.parent();
      while (common != null && !firstAncestors.contains(common)) {
        common = common.parent();
      }
      if (common == null || !stats.containsKey(common) || "html".equals(common.normalName())) {
        continue;
      }
      int leadKept = stats.containsKey(el) ? stats.get(el).text : 0;
      int other = stats.get(common).text - rootText - leadKept;
      if (other > Math.max(LEAD_MAX_OTHER, 0.25 * rootText)) {
        continue;
      }
      leads.add(el);
    }
    if (leads.isEmpty()) {
      return;
    }
    Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    kept.addAll(dropped);
    for (Element lead : leads) {
      kept.remove(lead);
      for (Element a : lead.parents()) {
        kept.remove(a);
      }
    }
    for (Element lead : leads) {
      stats.putAll(stats(lead, kept));
    }
    roots.addAll(0, leads);
  }

  /** {@return whether every dropped ancestor of a lead is an article header or weakly named block} */
  private static boolean leadAncestryAllowed(Element el, Set<Element> dropped) {
    for (Element a = el; a != null; a = a.parent()) {
      if (!dropped.contains(a)) {
        continue;
      }
      String tag = a.normalName();
      if (isHidden(a) || DROPPED_ROLES.contains(a.attr("role").toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (DROPPED_TAGS.contains(tag) && !"header".equals(tag) && !"hgroup".equals(tag)) {
        return false;
      }
      if (!DROPPED_TAGS.contains(tag) && hasStrongNegative(a)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLeadNamed(Element el) {
    return CLASS_NAMES.isLead(el);
  }


  private static Map<Element, Stats> stats(Element top, Set<Element> dropped) {
    Map<Element, Stats> stats = new IdentityHashMap<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element el) {
          if (dropped.contains(el)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          stats.put(el, new Stats());
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        Node parent = node.parentNode();
        Stats ps = parent instanceof Element pe ? stats.get(pe) : null;
        if (node instanceof TextNode t) {
          if (ps != null) {
            String s = t.getWholeText();
            int letters = 0;
            int commas = 0;
            for (int i = 0; i < s.length(); i++) {
              char c = s.charAt(i);
              if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                letters++;
              }
              if (c == ',' || c == '，' || c == '،') {
                commas++;
              }
            }
            ps.text += letters;
            ps.direct += letters;
            ps.commas += commas;
            ps.directCommas += commas;
          }
        } else if (node instanceof Element el) {
          Stats s = stats.get(el);
          if (s != null) {
            if ("a".equals(el.normalName())) {
              s.link = s.text;
            }
            if (ps != null) {
              ps.text += s.text;
              ps.link += s.link;
              ps.commas += s.commas;
            }
          }
        }
        return FilterResult.CONTINUE;
      }
    }, top);
    return stats;
  }

  private static List<Element> selectContent(Document doc, Map<Element, Stats> stats) {
    List<Element> candidates = new ArrayList<>();
    for (Element el : doc.getAllElements()) {
      Stats s = stats.get(el);
      if (s == null) {
        continue;
      }
      String tag = el.normalName();
      int len;
      int commas;
      if (PARAGRAPH_TAGS.contains(tag)) {
        len = s.text;
        commas = s.commas;
      } else if (DIV_LIKE.contains(tag) && s.direct >= 25) {
        len = s.direct;
        commas = s.directCommas;
      } else {
        continue;
      }
      if (len < 25) {
        continue;
      }
      double score = 1 + commas + Math.min(3, len / 100);
      Element ancestor = el.parent();
      for (int level = 0; ancestor != null && level < 5; level++) {
        Stats as = stats.get(ancestor);
        if (as == null) {
          break;
        }
        if (!as.candidate) {
          as.candidate = true;
          as.score = prior(ancestor);
          candidates.add(ancestor);
        }
        as.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3.0);
        ancestor = ancestor.parent();
      }
    }
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (Element c : candidates) {
      double f = finalScore(c, stats);
      if (f > topScore) {
        top = c;
        topScore = f;
      }
    }
    if (top == null) {
      Element body = doc.body();
      return stats.containsKey(body) ? List.of(body) : List.of();
    }
    top = promoteToCommonAncestor(top, topScore, candidates, stats);
    top = promoteToArticle(doc, top, stats);
    topScore = Math.max(topScore, stats.get(top).candidate ? finalScore(top, stats) : topScore);

    Element parent = top.parent();
    if (parent == null || !stats.containsKey(parent) || "html".equals(parent.normalName())) {
      return List.of(top);
    }
    List<Element> roots = new ArrayList<>();
    double threshold = Math.max(10, topScore * 0.2);
    for (Element sibling : parent.children()) {
      Stats ss = stats.get(sibling);
      if (ss == null) {
        continue;
      }
      if (sibling == top) {
        roots.add(sibling);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      double score = ss.candidate ? finalScore(sibling, stats) : 0;
      if (score + bonus >= threshold) {
        roots.add(sibling);
      } else if (PARAGRAPH_TAGS.contains(sibling.normalName()) || (DIV_LIKE.contains(sibling.normalName()) && ss.direct > 0)) {
        double ld = ss.linkDensity();
        if (ss.text > 80 && ld < 0.25) {
          roots.add(sibling);
        } else if (ss.text > 0 && ss.text <= 80 && ld == 0 && SENTENCE_END.matcher(sibling.text()).matches()) {
          roots.add(sibling);
        }
      }
    }
    // one article split over nested blocks (page builders, accordions, "media" sections): blocks
    // beside an ancestor of the content that score like content join it, up to the article
    Element path = parent;
    for (int level = 1; level <= SIBLING_LEVELS; level++) {
      Element up = path.parent();
      if (up == null || !stats.containsKey(up) || "body".equals(up.normalName()) || "html".equals(up.normalName())
          || "article".equals(path.normalName()) || isArticleBody(path)) {
        break;
      }
      for (Element sibling : up.children()) {
        Stats ss = stats.get(sibling);
        if (sibling == path || ss == null || !ss.candidate) {
          continue;
        }
        if (finalScore(sibling, stats) >= threshold && ss.linkDensity() < SIBLING_MAX_LINK_DENSITY) {
          roots.add(sibling);
        }
      }
      path = up;
    }
    roots.sort(Comparator.comparingInt(HtmlExtractor::sourceStart));
    return roots;
  }

  private static int sourceStart(Element el) {
    return el.sourceRange().isTracked() ? el.sourceRange().startPos() : Integer.MAX_VALUE;
  }

  /**
   * When the page has a single {@code <article>} element that contains the best candidate and few
   * links, the whole article is the content: its text is often split over several blocks (an
   * accordion, a lead block and the body) of which the best is only one.
   */
  private static Element promoteToArticle(Document doc, Element top, Map<Element, Stats> stats) {
    List<Element> articles = doc.select("article");
    if (articles.size() != 1) {
      return top;
    }
    Element article = articles.get(0);
    Stats as = stats.get(article);
    if (as == null || article == top || !top.parents().contains(article) || as.linkDensity() >= 0.3) {
      return top;
    }
    return article;
  }

  private static Element promoteToCommonAncestor(Element top, double topScore, List<Element> candidates, Map<Element, Stats> stats) {
    List<Element> near = new ArrayList<>();
    for (Element c : candidates) {
      if (c != top && finalScore(c, stats) >= 0.75 * topScore) {
        near.add(c);
      }
    }
    near.sort((a, b) -> Double.compare(finalScore(b, stats), finalScore(a, stats)));
    if (near.size() > 4) {
      near = near.subList(0, 4);
    }
    if (near.size() < 3) {
      return top;
    }
    List<Set<Element>> ancestorSets = new ArrayList<>();
    for (Element c : near) {
      Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
      Element a = c.parent();
      for (int i = 0; a != null && i < 50; i++, a = a.parent()) {
        set.add(a);
      }
      ancestorSets.add(set);
    }
    Element parent = top.parent();
    for (int level = 0; parent != null && level < 20 && !"body".equals(parent.normalName()); level++, parent = parent.parent()) {
      int holding = 0;
      for (Set<Element> set : ancestorSets) {
        if (set.contains(parent)) {
          holding++;
        }
      }
      if (holding >= 3 && stats.containsKey(parent)) {
        return parent;
      }
    }
    return top;
  }

  private static double finalScore(Element el, Map<Element, Stats> stats) {
    Stats s = stats.get(el);
    return s.score * (1 - s.linkDensity());
  }

  private static double prior(Element el) {
    double score = switch (el.normalName()) {
      case "div" -> 5;
      case "article" -> 10;
      case "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if (isArticleBody(el)) {
      score += 50;
    }
    return score + classWeight(el);
  }

  private static boolean isArticleBody(Element el) {
    return "articlebody".equalsIgnoreCase(el.attr("itemprop"));
  }

  /**
   * A {@code <header>} inside an article or main element that holds prose (250+ letters, few
   * links) is the article's introduction or body, not the page header.
   */
  private static boolean isProseHeader(Element el) {
    if (!"header".equals(el.normalName()) || el.closest("article, main, [itemprop=articleBody], [role=main]") == null) {
      return false;
    }
    int letters = letters(el.text());
    int linked = 0;
    for (Element a : el.select("a")) {
      linked += letters(a.text());
    }
    return letters >= 250 && linked < 0.3 * letters;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && !Character.isSpaceChar(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** {@return whether a class name or the id names furniture by more than a weak word such as "print" or "meta"} */
  private static boolean hasStrongNegative(Element el) {
    return CLASS_NAMES.verdicts(el).contains(ClassNames.Verdict.NEGATIVE);
  }

  /** {@return -25 for furniture named in the class, +25 for content, the same again for the id} */
  private static int classWeight(Element el) {
    return attrWeight(el.className()) + attrWeight(el.id());
  }

  private static int attrWeight(String attr) {
    boolean negative = false;
    boolean positive = false;
    for (String name : attr.split("\\s+")) {
      if (name.isEmpty()) {
        continue;
      }
      ClassNames.Verdict v = CLASS_NAMES.verdict(name);
      negative |= v == ClassNames.Verdict.NEGATIVE || v == ClassNames.Verdict.WEAK;
      positive |= v == ClassNames.Verdict.POSITIVE;
    }
    return (negative ? -25 : 0) + (positive ? 25 : 0);
  }

  private static boolean isCommentSection(Element el) {
    String attr = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
    return attr.contains("comment") || attr.contains("disqus") || attr.contains("discussion");
  }

  private static boolean hasPositive(Element el) {
    return CLASS_NAMES.verdicts(el).contains(ClassNames.Verdict.POSITIVE);
  }


  private static boolean isHidden(Element el) {
    if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden"))) {
      return true;
    }
    String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  private static void serialize(Element root, Map<Element, Stats> stats, Set<Element> headlines, TextAssembler out) {
    int[] preDepth = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element el) {
          Stats s = stats.get(el);
          if (s == null || (el != root && (isLinkList(el, s) || headlines.contains(el)))) {
            return FilterResult.SKIP_ENTIRELY;
          }
          Range range = el.sourceRange();
          if (range.isTracked()) {
            out.at(range.endPos());
          }
          String tag = el.normalName();
          if ("br".equals(tag)) {
            out.requestBreak(1);
          } else if (BLOCK_TAGS.contains(tag)) {
            out.requestBreak(2);
          }
          if ("pre".equals(tag)) {
            preDepth[0]++;
          }
        } else if (node instanceof TextNode t) {
          out.text(t, preDepth[0] > 0);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el) {
          String tag = el.normalName();
          if (BLOCK_TAGS.contains(tag)) {
            out.requestBreak(2);
          }
          if ("pre".equals(tag)) {
            preDepth[0]--;
          }
          Range end = el.endSourceRange();
          if (end.isTracked()) {
            out.at(end.endPos());
          }
        }
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  private static boolean isLinkList(Element el, Stats s) {
    if (s.text == 0) {
      return false;
    }
    String tag = el.normalName();
    if (LIST_LIKE.contains(tag)) {
      return s.linkDensity() > 0.5 && s.text < 1000;
    }
    if ("p".equals(tag) || "li".equals(tag)) {
      return s.linkDensity() > 0.7 && s.text < 300;
    }
    return false;
  }

  // ---------------------------------------------------------------- metadata

  private static Meta readMeta(Document doc) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (Element m : doc.select("meta")) {
      String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"));
      String content = m.attr("content");
      if (key != null && !content.isBlank()) {
        tags.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content.strip());
      }
    }
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type]")) {
      if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
        continue;
      }
      String data = script.data();
      if (data.length() > MAX_JSON_LD_CHARS) {
        continue;
      }
      try {
        collectJsonLd(JSON.readTree(data), objects, 0);
      } catch (JsonProcessingException e) {
        // broken structured data is common; the other metadata still counts
        continue;
      }
    }
    // article-like objects first, in document order otherwise
    List<JsonNode> ordered = new ArrayList<>();
    objects.stream().filter(HtmlExtractor::isArticleType).forEach(ordered::add);
    objects.stream().filter(o -> !isArticleType(o)).forEach(ordered::add);
    return new Meta(tags, ordered);
  }

  private static void collectJsonLd(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 5) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collectJsonLd(n, out, depth + 1));
    } else if (node.isObject()) {
      if (node.has("@type")) {
        out.add(node);
      }
      if (node.has("@graph")) {
        collectJsonLd(node.get("@graph"), out, depth + 1);
      }
    }
  }

  private static boolean isArticleType(JsonNode node) {
    JsonNode type = node.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isTextual()) {
      types.add(type.asText());
    } else if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    }
    return types.stream().anyMatch(t -> t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report")
        || t.equals("LiveBlogPosting") || t.equals("NewsArticle"));
  }

  private static String jsonLdText(Meta meta, String field, String subField) {
    for (JsonNode node : meta.jsonLd) {
      JsonNode v = node.get(field);
      if (v == null) {
        continue;
      }
      if (subField != null && v.isObject()) {
        v = v.get(subField);
      }
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  private static String jsonLdAuthors(Meta meta) {
    for (JsonNode node : meta.jsonLd) {
      JsonNode author = node.get("author");
      if (author == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      List<JsonNode> items = new ArrayList<>();
      if (author.isArray()) {
        author.forEach(items::add);
      } else {
        items.add(author);
      }
      for (JsonNode a : items) {
        JsonNode name = a.isObject() ? a.get("name") : a;
        if (name != null && name.isTextual() && !name.asText().isBlank()) {
          names.add(name.asText().strip());
        }
      }
      if (!names.isEmpty()) {
        return String.join(", ", names);
      }
    }
    return null;
  }

  /** The page title and the visible headline element it came from (null when from metadata). */
  private record Headline(String title, Element element) {}

  private static Headline title(Document doc, Meta meta, String siteName) {
    Element titleEl = doc.selectFirst("title");
    String raw = firstNonBlank(meta.tags.get("og:title"), meta.tags.get("twitter:title"),
        jsonLdText(meta, "headline", null), titleEl == null ? null : titleEl.text());
    String metaTitle = raw == null ? "" : cleanTitle(raw, siteName);
    Set<String> siteNames = new HashSet<>();
    if (siteName != null) {
      siteNames.add(siteName.strip().toLowerCase(Locale.ROOT));
    }
    Element headline = visibleHeadline(doc, metaTitle, siteNames);
    if (headline != null) {
      return new Headline(headlineText(headline), headline);
    }
    return new Headline(metaTitle, null);
  }

  /**
   * {@return the text of a headline without its kicker} An h1 made of several parts with no text
   * of its own ("Ukraine" + "Talks resume in Istanbul") is a kicker and a headline: the longest part
   * is the headline.
   */
  private static String headlineText(Element h1) {
    String whole = h1.text().replaceAll("\\s+", " ").strip();
    if (!h1.ownText().isBlank()) {
      return whole;
    }
    List<String> parts = new ArrayList<>();
    for (Element child : h1.children()) {
      String t = child.text().strip();
      if (!t.isEmpty()) {
        parts.add(t.replaceAll("\\s+", " "));
      }
    }
    if (parts.size() < 2) {
      return whole;
    }
    String longest = parts.stream().max(Comparator.comparingInt(String::length)).orElse(whole);
    return words(longest) >= 2 ? longest : whole;
  }

  /**
   * {@return the page's visible headline, or null} Readers (and gold annotations) take the title
   * from the {@code <h1>} rather than from metadata written for search engines and social
   * networks. Candidates are h1 elements of 1 to 250 chars outside navigation and the page header
   * and footer, other than the site name. A single candidate is the headline unless it is a short
   * label sharing no word with the metadata title (a logo); among several, the one sharing the most
   * words with the metadata title, if it shares at least half of its words.
   */
  private static Element visibleHeadline(Document doc, String metaTitle, Set<String> siteNames) {
    List<Element> candidates = new ArrayList<>();
    for (Element h1 : doc.select("h1")) {
      String text = h1.text().strip();
      if (text.isEmpty() || text.length() > 250 || siteNames.contains(text.toLowerCase(Locale.ROOT))
          || h1.closest("nav, [role=navigation], [role=banner], footer") != null
          || (h1.closest("header") != null && h1.closest("article, main, [role=main]") == null)) {
        continue;
      }
      candidates.add(h1);
    }
    Set<String> metaWords = wordSet(metaTitle);
    if (candidates.size() == 1) {
      Element h1 = candidates.get(0);
      boolean label = words(h1.text()) <= 3 && overlap(wordSet(h1.text()), metaWords) == 0;
      return metaWords.isEmpty() || !label ? h1 : null;
    }
    Element best = null;
    double bestOverlap = 0.5;
    for (Element h1 : candidates) {
      double o = overlap(wordSet(h1.text()), metaWords);
      if (o >= bestOverlap && (best == null || o > bestOverlap)) {
        best = h1;
        bestOverlap = o;
      }
    }
    return best;
  }

  /** {@return the lower-cased letter and digit runs of the text} */
  private static Set<String> wordSet(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** {@return the share of {@code words} found in {@code reference}, 0 when either is empty} */
  private static double overlap(Set<String> words, Set<String> reference) {
    if (words.isEmpty() || reference.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String w : words) {
      if (reference.contains(w)) {
        shared++;
      }
    }
    return shared / (double) words.size();
  }

  /** {@return the title without a site-name prefix or suffix} */
  static String cleanTitle(String raw, String siteName) {
    String t = raw.replaceAll("\\s+", " ").strip();
    if (siteName != null && !siteName.isBlank()) {
      String site = siteName.strip();
      for (String sep : TITLE_SEPARATORS) {
        if (t.length() > site.length() + sep.length() && t.toLowerCase(Locale.ROOT).endsWith((sep + site).toLowerCase(Locale.ROOT))) {
          t = t.substring(0, t.length() - site.length() - sep.length()).strip();
        } else if (t.length() > site.length() + sep.length() && t.toLowerCase(Locale.ROOT).startsWith((site + sep).toLowerCase(Locale.ROOT))) {
          t = t.substring(site.length() + sep.length()).strip();
        }
      }
    }
    for (String sep : List.of(" | ", " :: ")) {
      int at = t.lastIndexOf(sep);
      if (at > 0) {
        String suffix = t.substring(at + sep.length());
        String rest = t.substring(0, at);
        if (words(suffix) <= 5 && words(rest) >= 2) {
          t = rest.strip();
        }
      }
    }
    return t;
  }

  private static int words(String s) {
    String trimmed = s.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  private static String byline(Document doc, Meta meta, String siteName, Element anchor) {
    String metaAuthor = meta.tags.get("author");
    String articleAuthor = meta.tags.get("article:author");
    List<String> candidates = new ArrayList<>();
    candidates.add(metaAuthor);
    candidates.add(articleAuthor);
    candidates.add(jsonLdAuthors(meta));
    candidates.add(meta.tags.get("parsely-author"));
    candidates.add(meta.tags.get("sailthru.author"));
    candidates.add(meta.tags.get("dc.creator"));
    Element rel = doc.selectFirst("a[rel~=(?i)\\bauthor\\b], link[rel~=(?i)\\bauthor\\b][title]");
    if (rel != null) {
      candidates.add(rel.hasAttr("title") && "link".equals(rel.normalName()) ? rel.attr("title") : rel.text());
    }
    Element itemprop = doc.selectFirst("[itemprop=author]");
    if (itemprop != null) {
      Element name = itemprop.selectFirst("[itemprop=name]");
      candidates.add(itemprop.hasAttr("content") ? itemprop.attr("content") : name != null ? name.text() : itemprop.text());
    }
    if (anchor != null) {
      candidates.add(visibleByline(doc, anchor));
    }
    List<String> siteNames = new ArrayList<>();
    siteNames.add(siteName);
    siteNames.add(meta.tags.get("og:site_name"));
    siteNames.add(jsonLdText(meta, "publisher", "name"));
    siteNames.add(meta.tags.get("application-name"));
    for (String c : candidates) {
      Optional<String> b = BYLINES.clean(c, siteNames);
      if (b.isPresent()) {
        return b.get();
      }
    }
    return null;
  }

  private static PublicationDate publicationDate(String item, Document doc, Meta meta, List<Element> roots,
      Element headline, List<Diagnostic> diagnostics) {
    List<String[]> candidates = new ArrayList<>();
    addCandidate(candidates, "article:published_time", meta.tags.get("article:published_time"));
    addCandidate(candidates, "json-ld datePublished", jsonLdText(meta, "datePublished", null));
    for (Element el : doc.select("[itemprop=datePublished]")) {
      addCandidate(candidates, "itemprop=datePublished",
          firstNonBlank(el.attr("content"), el.attr("datetime"), el.text()));
    }
    for (String key : DATE_META) {
      addCandidate(candidates, key, meta.tags.get(key));
    }
    for (Element time : doc.select("time[datetime]")) {
      String cls = time.className().toLowerCase(Locale.ROOT);
      if (time.hasAttr("pubdate") || cls.contains("publish") || cls.contains("pubdate")) {
        addCandidate(candidates, "<time pubdate>", time.attr("datetime"));
      }
    }
    for (Element root : roots) {
      Element time = root.selectFirst("time[datetime]");
      if (time != null) {
        addCandidate(candidates, "<time datetime> in the article", time.attr("datetime"));
        break;
      }
    }
    boolean monthFirst = isAmericanEnglish(doc);
    for (String[] c : candidates) {
      Optional<PublicationDate> date = PublishedDates.fromMetadata("html " + c[0], c[1])
          .or(() -> DATES.first(c[1], monthFirst).map(f -> metadataDate("html " + c[0], c[1], f.date())));
      if (date.isPresent()) {
        return date.get();
      }
      diagnostics.add(IngestCode.UNPARSEABLE_DATE.at(item, "cannot read date in " + c[0] + ": '" + abbreviate(c[1]) + "'"));
    }
    Element anchor = headline != null ? headline : roots.isEmpty() ? null : roots.get(0);
    return anchor == null ? PublicationDate.unknown() : pageDate(doc, anchor, monthFirst).orElse(PublicationDate.unknown());
  }

  /**
   * {@return the text of the byline nearest to the headline, or null} A byline is an element whose
   * class, id, itemprop or rel names an author ({@code ingest/bylines.v1.txt}) with at most 100 chars
   * of text (the outermost such element), or a line of at most 80 chars that opens with a byline
   * label ("Von Jane Doe", "Text: Jane Doe"), outside comments and teaser lists and at most {@value
   * #DATE_MAX_DISTANCE} elements from the headline.
   */
  private static String visibleByline(Document doc, Element anchor) {
    return nearestToAnchor(doc, anchor, el -> {
      String text = el.text().strip();
      boolean cue = text.length() <= 100 && !text.isEmpty() && isBylineElement(el)
          && (el.parent() == null || !isBylineElement(el.parent()) || el.parent().text().length() > 100);
      boolean labelled = !cue && text.length() <= 80 && !el.ownText().isBlank() && BYLINES.startsWithLabel(text);
      return (cue || labelled) && !isOutsideArticle(el, anchor, false) ? text : null;
    }).orElse(null);
  }

  /**
   * {@return what {@code read} gives for the element nearest the anchor, at most
   * {@value #DATE_MAX_DISTANCE} elements away in document order (on a tie, the earlier one), among
   * the elements it gives something for (non-null)}
   */
  private static <T> Optional<T> nearestToAnchor(Document doc, Element anchor, Function<Element, T> read) {
    List<Element> all = doc.getAllElements();
    int anchorIndex = indexOf(all, anchor);
    if (anchorIndex < 0) {
      return Optional.empty();
    }
    T best = null;
    int bestDistance = DATE_MAX_DISTANCE + 1;
    for (int i = Math.max(0, anchorIndex - DATE_MAX_DISTANCE); i < Math.min(all.size(), anchorIndex + DATE_MAX_DISTANCE + 1); i++) {
      int distance = Math.abs(i - anchorIndex);
      if (distance >= bestDistance) {
        continue;
      }
      T value = read.apply(all.get(i));
      if (value != null) {
        best = value;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean isBylineElement(Element el) {
    for (String attr : new String[] {el.className(), el.id(), el.attr("itemprop"), el.attr("rel")}) {
      for (String name : attr.split("\\s+")) {
        if (!name.isEmpty() && BYLINES.isCue(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int indexOf(List<Element> all, Element el) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == el) {
        return i;
      }
    }
    return -1;
  }

  private static PublicationDate metadataDate(String field, String value, LocalDate date) {
    return PublicationDate.exact(date, DateBasis.METADATA,
        List.of(new Evidence("metadata " + field + "=" + value.strip(), new Span(0, 0), "")));
  }

  /** {@return whether the page declares American English, where 03/04/2025 is March 4} */
  private static boolean isAmericanEnglish(Document doc) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").toLowerCase(Locale.ROOT);
    return lang.equals("en-us") || lang.equals("en_us");
  }

  /**
   * {@return the date shown in a date element of the page nearest to the headline} Date elements
   * are {@code <time>} and elements whose class, id or itemprop names a date, a byline or meta
   * information ({@code ingest/dates.v1.txt}), with at most 200 chars of text holding a full date,
   * outside navigation, footers, comments and teaser lists, at most {@value #DATE_MAX_DISTANCE}
   * elements away from the headline in document order.
   */
  private static Optional<PublicationDate> pageDate(Document doc, Element anchor, boolean monthFirst) {
    return nearestToAnchor(doc, anchor, el -> {
      String text = el.text();
      boolean cue = isDateElement(el) && text.length() <= 200;
      // a short line that is mostly a date ("Pressemitteilung vom 20.01.2022", "Stand 27.01.2022")
      boolean shortDate = !cue && text.length() <= SHORT_DATE_TEXT && el.ownText().length() >= 8;
      if ((!cue && !shortDate) || isOutsideArticle(el, anchor, true)) {
        return null;
      }
      Optional<LocalDate> date = "time".equals(el.normalName()) && el.hasAttr("datetime")
          ? PublishedDates.parse(el.attr("datetime")) : Optional.empty();
      if (date.isEmpty()) {
        date = DATES.first(text, monthFirst).map(DateGrammar.Found::date);
      }
      return date.map(d -> metadataDate("html date element <" + el.normalName()
          + (el.className().isEmpty() ? "" : " class=" + abbreviate(el.className())) + ">", abbreviate(text.strip()), d))
          .orElse(null);
    });
  }

  private static boolean isDateElement(Element el) {
    if ("time".equals(el.normalName())) {
      return true;
    }
    for (String attr : new String[] {el.className(), el.id(), el.attr("itemprop")}) {
      for (String name : attr.split("\\s+")) {
        if (!name.isEmpty() && DATES.isCue(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@return whether the element sits in navigation, a footer, comments or a teaser list, or (for
   * dates, whose "today" line sits there) in the page header outside the article} Only the
   * containers below the common ancestor with the headline count: an article marked
   * "sticky-sidebar-parent" holds its own date.
   */
  private static boolean isOutsideArticle(Element el, Element anchor, boolean pageHeaderCounts) {
    Set<Element> anchorAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
    anchorAncestors.addAll(anchor.parents());
    for (Element a = el; a != null && !anchorAncestors.contains(a); a = a.parent()) {
      String tag = a.normalName();
      // a page header below the common ancestor holds the site's "today", not the article's date
      if ("nav".equals(tag) || "footer".equals(tag) || "banner".equals(a.attr("role"))
          || (pageHeaderCounts && "header".equals(tag) && a.closest("article, main, [role=main]") == null)) {
        return true;
      }
      String attr = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
      for (String word : OUTSIDE_ARTICLE) {
        if (attr.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }



  private static void addCandidate(List<String[]> candidates, String field, String value) {
    if (value != null && !value.isBlank()) {
      candidates.add(new String[] {field, value.strip()});
    }
  }

  private static String canonicalUrl(Document doc, Meta meta) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    String href = link == null ? null : link.attr("href").strip();
    if (href != null && (href.startsWith("http://") || href.startsWith("https://"))) {
      return href;
    }
    String og = meta.tags.get("og:url");
    return og != null && (og.startsWith("http://") || og.startsWith("https://")) ? og : null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
