package nl.dossier.link;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import nl.dossier.load.Suggest;
import nl.dossier.model.Content;
import nl.dossier.model.ContentException;
import nl.dossier.model.GlossaryTerm;
import nl.dossier.model.LineIndex;
import nl.dossier.model.PageSource;
import nl.dossier.model.Parallel;
import nl.dossier.model.Problem;
import nl.dossier.model.Problems;
import nl.dossier.model.Reference;
import nl.dossier.model.SiteSettings;
import nl.dossier.model.Slugs;
import nl.dossier.model.Phrase;
import nl.dossier.model.UrlPolicy;
import nl.dossier.render.Citation;
import nl.dossier.render.HeadingIds;
import nl.dossier.render.MarkdownProcessor;
import nl.dossier.render.PageText;
import nl.dossier.render.SectionRef;
import nl.dossier.render.TermUse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stage 2, link: parses every page and builds the site graph: section anchors and numbers,
 * citations to references, § cross-references, links between pages and glossary terms.
 * Anything that does not resolve is a content error with file, line and column.
 */
public final class SiteLinker {
    /** A range wider than this is almost certainly a typo such as [12–142]. */
    static final int MAX_RANGE = 25;
    /** Far deeper than any real text (the seed content nests about 8 levels), far below a stack overflow. */
    static final int MAX_DEPTH = 100;
    private static final Phrase NESTING_HINT = Phrase.of("page.nesting.hint");
    private final Content content;
    private final MarkdownProcessor markdown;
    private final Path projectRoot;
    private final Problems problems = new Problems();
    private final Map<Integer, Reference> references = new HashMap<>();
    /** "Did you mean" answers already worked out (the walk over the pages runs on one thread). */
    private final Suggest guesses = Suggest.limited();
    private final Map<String, java.util.Optional<String>> slugGuesses = new HashMap<>();
    private final Map<String, Phrase> anchorHints = new HashMap<>();
    private final Map<LinkedPage, Set<String>> sectionIds = new IdentityHashMap<>();
    /** Anchors named in the hint for a missing one, at most. */
    static final int HINT_ANCHORS = 20;

    public SiteLinker(Content content, MarkdownProcessor markdown, Path projectRoot) {
        this.content = content;
        this.markdown = markdown;
        this.projectRoot = projectRoot;
        for (Reference r : content.references()) references.put(r.id(), r);
    }

    public SiteGraph link() throws ContentException {
        return link(null);
    }

    /**
     * Links the content, reusing the linked pages of {@code previous} (a graph of an earlier,
     * successful build of the same project) whose result cannot have changed: the page's source is
     * the same, the references, glossary and site settings are the same, and no page it links to
     * or § number it refers to changed its number, anchors or existence. Reused pages keep their
     * AST and HTML; every other page is parsed and linked afresh. With {@code previous == null}
     * every page is parsed.
     */
    public SiteGraph link(SiteGraph previous) throws ContentException {
        Reuse reuse = reusablePages(previous);
        List<PageSource> sources = content.pages();
        LinkedPage[] linked = new LinkedPage[sources.size()];
        List<Integer> toParse = new ArrayList<>();
        for (int i = 0; i < linked.length; i++) {
            linked[i] = reuse.forNew()[i];
            if (linked[i] == null) toParse.add(i);
        }
        Parallel.forEach(toParse, i -> linked[i] = parse(sources.get(i)));
        // A page that cannot be parsed, or is nested too deeply to walk and render safely, stops
        // the build here: without it every link to it would be reported as broken too.
        problems.throwIfAny();
        List<LinkedPage> pages = java.util.Arrays.asList(linked);
        Map<String, LinkedPage> bySlug = new LinkedHashMap<>();
        for (LinkedPage p : pages) bySlug.put(p.source().slug(), p);

        for (LinkedPage p : pages) if (!p.linked) collectSections(p);
        boolean incremental = toParse.size() < linked.length;
        Map<String, String> numbers;
        if (incremental) {
            // Only pages parsed afresh, and old pages not reused, can have moved anything: compare
            // just their slugs and section numbers with the old graph, not the whole site.
            List<LinkedPage> gone = new ArrayList<>();
            for (int i = 0; i < previous.pages().size(); i++) if (!reuse.oldReused()[i]) gone.add(previous.pages().get(i));
            List<LinkedPage> parsed = new ArrayList<>();
            for (int i : toParse) parsed.add(linked[i]);
            Set<String> changedNumbers = Set.of();
            if (sameTargets(gone, parsed)) {
                // The usual edit: a page's text changed, not its number or headings. The map is
                // never changed once built, so the new graph can share it.
                numbers = previous.numberTargets();
            } else {
                numbers = new HashMap<>(previous.numberTargets());
                changedNumbers = updateNumberTargets(numbers, pages, gone, parsed);
            }
            Set<String> changedSlugs = changedSlugs(previous.bySlug(), bySlug, gone, parsed);
            if (!changedSlugs.isEmpty() || !changedNumbers.isEmpty()) {
                List<LinkedPage> redone = new ArrayList<>(pages.size());
                for (LinkedPage p : pages) {
                    boolean stale = p.linked && (p.linkedSlugs.stream().anyMatch(changedSlugs::contains)
                            || p.sectionRefs.stream().anyMatch(changedNumbers::contains));
                    if (stale) {
                        LinkedPage fresh = parse(p.source());
                        collectSections(fresh);
                        bySlug.put(fresh.source().slug(), fresh);
                        redone.add(fresh);
                    } else {
                        redone.add(p);
                    }
                }
                pages = redone;
            }
        } else {
            numbers = numberTargets(pages);
        }

        for (LinkedPage p : pages) {
            if (p.linked) continue;
            try {
                markdown.link(p.document(), () -> new PageWalker(p, bySlug, numbers).walkPage());
            } catch (PageText.TooComplex e) {
                problems.add(tooComplex(p.source(), e));
            }
        }
        problems.throwIfAny();
        for (LinkedPage p : pages) p.linked = true;
        return new SiteGraph(content.withoutPages(), pages, java.util.Collections.unmodifiableMap(bySlug), numbers);
    }

    /**
     * Parses one page. The parser, the walks below and the HTML renderer all recurse once per
     * level of nesting, so a page with thousands of nested quotes or lists (an accident or a
     * hostile edit) would overflow the stack: it is refused with a content error instead, as is
     * a page that takes longer than its budget to read.
     */
    private LinkedPage parse(PageSource p) {
        int deep = lineOpeningTooMany(p.body());
        if (deep >= 0) {
            problems.add(position(p, deep, Phrase.of("page.nested", "max", MAX_DEPTH), NESTING_HINT));
            return null;
        }
        Document doc;
        try {
            doc = markdown.parse(p.body());
        } catch (PageText.TooComplex e) {
            problems.add(tooComplex(p, e));
            return null;
        }
        LinkedPage page = new LinkedPage(p, doc);
        for (Node n : doc.getDescendants()) {
            int depth = 0;
            for (Node up = n.getParent(); up != null; up = up.getParent()) depth++;
            if (depth > MAX_DEPTH) {
                problem(page, n, Phrase.of("page.nested", "max", MAX_DEPTH), NESTING_HINT);
                break;
            }
        }
        return page;
    }

    /**
     * Where a line starts its {@value #MAX_DEPTH}+1st quote or list inside each other ({@code > > >}
     * or {@code - - - a}), or -1. Such a line is refused before parsing: the parser would work
     * through hundreds of thousands of levels only to run out of stack. A line of list
     * markers alone is a thematic break, not lists, and passes.
     */
    static int lineOpeningTooMany(String body) {
        int n = body.length();
        for (int line = 0; line < n; ) {
            int end = body.indexOf('\n', line);
            if (end < 0) end = n;
            int i = line;
            int opened = 0;
            boolean list = false;
            while (true) {
                int at = i;
                while (i < end && i - at < 3 && body.charAt(i) == ' ') i++;
                if (i >= end) break;
                char c = body.charAt(i);
                int marker = i;
                if (c == '>') {
                    i++;
                } else if (c == '-' || c == '+' || c == '*') {
                    i++;
                    if (i < end && body.charAt(i) != ' ' && body.charAt(i) != '\t') break;
                    list = true;
                } else if (c >= '0' && c <= '9') {
                    while (i < end && i - marker < 9 && body.charAt(i) >= '0' && body.charAt(i) <= '9') i++;
                    if (i >= end || (body.charAt(i) != '.' && body.charAt(i) != ')')) break;
                    i++;
                    if (i < end && body.charAt(i) != ' ' && body.charAt(i) != '\t') break;
                    list = true;
                } else {
                    break;
                }
                if (++opened > MAX_DEPTH && !(list && thematicBreak(body, line, end))) return marker;
                if (i < end && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) i++;
            }
            line = end + 1;
        }
        return -1;
    }

    /** Whether the line is three or more of one of {@code - * _} with spaces between: a thematic break. */
    private static boolean thematicBreak(String body, int from, int to) {
        char mark = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c == ' ' || c == '\t') continue;
            if (mark == 0 && (c == '-' || c == '*' || c == '_')) mark = c;
            if (c != mark) return false;
            count++;
        }
        return count >= 3;
    }

    /** A page that a stage could not read within its budget, or at all, at the place it was reading. */
    public static Problem tooComplex(PageSource page, PageText.TooComplex e) {
        if (e.tooDeep()) {
            return position(page, e.offset(), Phrase.of("page.too_deep_to_read"), NESTING_HINT);
        }
        Phrase tooComplex = Phrase.of("page.too_complex", "reason", e.text());
        return position(page, e.offset(), tooComplex, tooComplex.hint());
    }

    /**
     * Pages of the previous graph that may be reused as they are.
     *
     * @param forNew per page of the content, in its order, the old page to reuse, or null to parse it
     * @param oldReused per page of the previous graph, whether it is reused
     */
    private record Reuse(LinkedPage[] forNew, boolean[] oldReused) {
    }

    /**
     * The old pages whose source file is unchanged. Pages keep their place in the reading order
     * unless one is added, removed or reordered, so each is first compared with the old page at
     * its own place; only when that is another file are the old pages looked up by file.
     */
    private Reuse reusablePages(SiteGraph previous) {
        List<PageSource> now = content.pages();
        LinkedPage[] forNew = new LinkedPage[now.size()];
        if (previous == null) return new Reuse(forNew, new boolean[0]);
        List<LinkedPage> old = previous.pages();
        boolean[] oldReused = new boolean[old.size()];
        Content before = previous.content();
        if (!java.util.Objects.equals(before.references(), content.references())
                || !java.util.Objects.equals(before.glossary(), content.glossary())
                || !java.util.Objects.equals(before.site(), content.site())
                || !java.util.Objects.equals(before.messages(), content.messages())
                || !java.util.Objects.equals(before.reservedIds(), content.reservedIds())) {
            return new Reuse(forNew, oldReused);
        }
        Map<String, Integer> oldByFile = null;
        for (int i = 0; i < now.size(); i++) {
            PageSource p = now.get(i);
            String file = p.source().displayPath();
            int at = i < old.size() && old.get(i).source().source().displayPath().equals(file) ? i : -1;
            if (at < 0) {
                if (oldByFile == null) {
                    oldByFile = new HashMap<>();
                    for (int j = 0; j < old.size(); j++) oldByFile.put(old.get(j).source().source().displayPath(), j);
                }
                at = oldByFile.getOrDefault(file, -1);
            }
            if (at < 0) continue;
            LinkedPage o = old.get(at);
            if (o.linked && (o.source() == p || o.source().equals(p))) {
                forNew[i] = o;
                oldReused[at] = true;
            }
        }
        return new Reuse(forNew, oldReused);
    }

    /**
     * Slugs that appeared, disappeared, or whose number, address or sections changed. Only the
     * slugs of pages parsed afresh ({@code parsed}) and of old pages not reused ({@code gone}) can
     * be among them: a reused page is the very same object in both graphs.
     */
    private static Set<String> changedSlugs(Map<String, LinkedPage> before, Map<String, LinkedPage> after,
            List<LinkedPage> gone, List<LinkedPage> parsed) {
        Set<String> out = new java.util.HashSet<>();
        for (List<LinkedPage> list : List.of(gone, parsed)) {
            for (LinkedPage p : list) {
                String slug = p.source().slug();
                LinkedPage a = after.get(slug);
                LinkedPage b = before.get(slug);
                if (a == null || b == null || !b.source().number().equals(a.source().number()) || !b.uri().equals(a.uri())
                        || !b.sections().equals(a.sections())) {
                    out.add(slug);
                }
            }
        }
        return out;
    }

    /**
     * Brings the previous build's {@link #numberTargets} up to date for the pages that changed,
     * with the same outcome as building them afresh: for each number a page that changed defines
     * or defined, the target is taken from the last page in reading order that defines it now. A
     * number can only be defined by the page with that number or by the page one or two levels up
     * (its h2 and h3 sections), so those are the only candidates to look at.
     *
     * @return the numbers whose target changed, appeared or disappeared
     */
    private static Set<String> updateNumberTargets(Map<String, String> numbers, List<LinkedPage> pages,
            List<LinkedPage> gone, List<LinkedPage> parsed) {
        Set<String> affected = new java.util.HashSet<>();
        for (List<LinkedPage> list : List.of(gone, parsed)) for (LinkedPage p : list) affected.addAll(targetsOf(p).keySet());
        if (affected.isEmpty()) return affected;
        Map<String, LinkedPage> byNumber = new HashMap<>();
        for (LinkedPage p : pages) byNumber.put(p.source().number(), p);
        Set<String> changed = new java.util.HashSet<>();
        for (String number : affected) {
            String target = null;
            int order = Integer.MIN_VALUE;
            String candidate = number;
            for (int levelsUp = 0; levelsUp <= 2 && candidate != null; levelsUp++) {
                LinkedPage p = byNumber.get(candidate);
                String t = p == null ? null : targetsOf(p).get(number);
                if (t != null && p.source().order() > order) {
                    target = t;
                    order = p.source().order();
                }
                int dot = candidate.lastIndexOf('.');
                candidate = dot < 0 ? null : candidate.substring(0, dot);
            }
            String old = target == null ? numbers.remove(number) : numbers.put(number, target);
            if (!java.util.Objects.equals(old, target)) changed.add(number);
        }
        return changed;
    }

    /** Whether the pages parsed afresh define the same numbers with the same targets, at the same places in the reading order, as the ones they replace. */
    private static boolean sameTargets(List<LinkedPage> gone, List<LinkedPage> parsed) {
        if (gone.size() != parsed.size()) return false;
        for (int i = 0; i < gone.size(); i++) {
            if (gone.get(i).source().order() != parsed.get(i).source().order() || !targetsOf(gone.get(i)).equals(targetsOf(parsed.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** The numbers one page defines, and where each leads, in the order {@link #numberTargets} puts them. */
    private static Map<String, String> targetsOf(LinkedPage p) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(p.source().number(), p.url());
        for (Section s : p.sections) if (s.number() != null) out.put(s.number(), p.url() + "#" + s.id());
        return out;
    }

    /** Headings: one h1 is the template's, levels may not skip, anchors are unique per page. */
    private void collectSections(LinkedPage page) {
        Map<Heading, String> ids = new IdentityHashMap<>();
        Map<Heading, String> numbers = new IdentityHashMap<>();
        int previousLevel = 1;
        int h2 = 0;
        String h2Number = null;
        int h3 = 0;
        for (Heading h : headings(page.document())) {
            String title = headingText(h);
            if (h.getLevel() == 1) {
                problem(page, h, Phrase.of("markdown.h1"));
                continue;
            }
            if (h.getLevel() > previousLevel + 1) {
                problem(page, h, Phrase.of("markdown.heading_jump", "from", previousLevel, "to", h.getLevel(),
                        "marks", "#".repeat(previousLevel + 1)));
            }
            previousLevel = h.getLevel();
            String id = explicitId(h);
            if (id == null) id = Slugs.slugify(title);
            else if (!Slugs.VALID.matcher(id).matches()) {
                problem(page, h, Phrase.of("markdown.bad_anchor", "anchor", id, "slug", Slugs.slugify(id)));
            }
            if (reserved(id) || !page.anchors.add(id)) {
                problem(page, h, Phrase.of("markdown.anchor_twice", "anchor", id));
                continue;
            }
            String number = null;
            if (h.getLevel() == 2) {
                h2++;
                h3 = 0;
                h2Number = page.source().number() + "." + h2;
                number = h2Number;
            } else if (h.getLevel() == 3 && h2Number != null) {
                number = h2Number + "." + (++h3);
            }
            ids.put(h, id);
            if (number != null) numbers.put(h, number);
            page.sections.add(new Section(id, title, number, h.getLevel()));
        }
        page.document().set(HeadingIds.IDS, ids);
        page.document().set(HeadingIds.NUMBERS, numbers);
        for (Reference r : content.references()) page.anchors.add(r.anchor());
        page.anchors.addAll(content.reservedIds());
    }

    /** Ids of references, citations and terms, and those the templates put on every page (templates/ids.yaml). */
    private boolean reserved(String id) {
        return id.startsWith("bron-") || id.startsWith("cite-") || id.startsWith("term-") || content.reservedIds().contains(id);
    }

    /** Section number → page-relative target ("slug/#anchor"), for § references. */
    private static Map<String, String> numberTargets(List<LinkedPage> pages) {
        Map<String, String> out = new HashMap<>();
        for (LinkedPage p : pages) out.putAll(targetsOf(p));
        return out;
    }

    private static List<Heading> headings(Node root) {
        List<Heading> out = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) out.add(h);
            else out.addAll(headings(n));
        }
        return out;
    }

    static String headingText(Heading h) {
        StringBuilder b = new StringBuilder();
        appendText(h, b);
        return b.toString().strip();
    }

    private static void appendText(Node node, StringBuilder b) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof AttributesNode) continue;
            if (c instanceof Text || c.getFirstChild() == null) b.append(c.getChars());
            else appendText(c, b);
        }
    }

    private static String explicitId(Heading h) {
        for (Node c = h.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof AttributesNode attrs) {
                for (Node a = attrs.getFirstChild(); a != null; a = a.getNext()) {
                    if (a instanceof AttributeNode an && (an.isId() || an.getName().toString().equals("id"))) {
                        return an.getValue().toString();
                    }
                }
            }
        }
        return null;
    }

    private void problem(LinkedPage page, Node node, Phrase message) {
        problem(page, node, message, message.hint());
    }

    private void problem(LinkedPage page, Node node, Phrase message, Phrase hint) {
        problems.add(position(page, node.getStartOffset(), message, hint));
    }

    /**
     * The address a browser reads from a URL flexmark writes into an attribute: flexmark escapes
     * only what is not already an entity, so entities left in the URL (after its own unescaping)
     * reach the browser, which decodes them: {@code &#x26;#106;avascript:} is javascript:.
     */
    static String browserView(String flexmarkUrl) {
        return UrlPolicy.inAttribute(Escaping.escapeHtml(flexmarkUrl, true));
    }

    static Problem position(LinkedPage page, int offset, Phrase message, Phrase hint) {
        return position(page.source(), page.bodyLines(), offset, message, hint);
    }

    private static Problem position(PageSource page, int offset, Phrase message, Phrase hint) {
        return position(page, new LineIndex(page.body()), offset, message, hint);
    }

    /** A problem at {@code offset} in the body (clamped to it), with the file's line and column. */
    private static Problem position(PageSource page, LineIndex lines, int offset, Phrase message, Phrase hint) {
        int at = Math.max(0, Math.min(offset, page.body().length()));
        int line = lines.line(at);
        return new Problem(page.source().displayPath(), page.bodyLine() + line, at - lines.start(line) + 1, message, hint);
    }

    /** The page a missing page's name is closest to, or null; guessed once per name. */
    private String closestSlug(String slug, Set<String> slugs) {
        return slugGuesses.computeIfAbsent(slug, s -> java.util.Optional.ofNullable(guesses.guess(s, slugs))).orElse(null);
    }

    /** The hint for a missing anchor: the closest section anchor of the page, or the first few of them. */
    private Phrase anchorHint(LinkedPage target, String anchor) {
        return anchorHints.computeIfAbsent(target.source().slug() + "#" + anchor, k -> {
            Set<String> ids = sectionIds.computeIfAbsent(target, t -> t.sections.stream().map(Section::id)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
            String near = guesses.guess(anchor, ids);
            if (near != null) return Phrase.of("did_you_mean", "name", "#" + near);
            return Phrase.of("markdown.anchors_there", "anchors", String.join(", ", ids.stream().limit(HINT_ANCHORS).toList())
                    + (ids.size() > HINT_ANCHORS ? ", …" : ""));
        });
    }

    /** Resolves the inline nodes of one page. */
    private final class PageWalker {
        private final LinkedPage page;
        private final Map<String, LinkedPage> bySlug;
        private final Map<String, String> numbers;
        private final List<Node> rawHtml = new ArrayList<>();
        private int citationCount;
        /** The number of the section the walk is in, for the bibliography's "Geciteerd in". */
        private String section;

        PageWalker(LinkedPage page, Map<String, LinkedPage> bySlug, Map<String, String> numbers) {
            this.page = page;
            this.bySlug = bySlug;
            this.numbers = numbers;
        }

        /** Resolves the page, then checks its raw HTML, if any, in the page as rendered. */
        void walkPage() {
            section = page.source().number();
            walk(page.document());
            if (rawHtml.isEmpty()) return;
            String html = markdown.render(page.document());
            for (HtmlPolicy.Finding f : HtmlPolicy.check(rawHtml, html)) {
                problems.add(position(page, f.offset(), f.message(), f.hint()));
            }
        }

        void walk(Node node) {
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Heading h) {
                    String number = HeadingIds.NUMBERS.get(page.document()).get(h);
                    if (number != null) section = number;
                }
                if (c instanceof Citation cit) citation(cit);
                else if (c instanceof SectionRef ref) sectionRef(ref);
                else if (c instanceof TermUse use) term(use);
                else if (c instanceof Image img) image(img);
                else if (c instanceof Link link) link(link);
                else if (c instanceof AutoLink auto) autoLink(auto);
                else if (c instanceof LinkRef ref && ref.isDefined()) {
                    problem(page, ref, Phrase.of("markdown.reference_link"));
                } else if (c instanceof ImageRef ref && ref.isDefined()) {
                    problem(page, ref, Phrase.of("markdown.reference_image"));
                } else if (c instanceof AttributesNode attrs) attributes(attrs);
                else if (HtmlPolicy.isRaw(c)) rawHtml.add(c);
                walk(c);
            }
        }

        /**
         * Attributes in braces give an anchor ({#anker}) and nothing else: any other would set
         * that attribute on the element before them ({onclick=…}, {href=javascript:…}) or
         * swallow text such as {zie bijlage} without a trace.
         */
        private void attributes(AttributesNode attrs) {
            for (Node a = attrs.getFirstChild(); a != null; a = a.getNext()) {
                if (!(a instanceof AttributeNode an && (an.isId() || an.getName().toString().equals("id")))) {
                    problem(page, attrs, Phrase.of("markdown.braces", "text", UrlPolicy.shown(attrs.getChars().toString())));
                    return;
                }
                // A heading's anchor is checked with the heading (collectSections).
                String id = an.getValue().toString();
                if (!(attrs.getParent() instanceof Heading) && !Slugs.VALID.matcher(id).matches()) {
                    problem(page, attrs, Phrase.of("markdown.bad_anchor", "anchor", UrlPolicy.shown(id), "slug", Slugs.slugify(id)));
                    return;
                }
            }
        }

        private void citation(Citation cit) {
            cit.setAnchor("cite-" + (++citationCount));
            boolean any = false;
            for (Citation.Part part : cit.parts()) {
                if (part.first() == Citation.TOO_LARGE || part.last() == Citation.TOO_LARGE) {
                    problem(page, cit, Phrase.of("citation.too_large", "citation", cit.getChars()));
                    continue;
                }
                if (part.last() < part.first()) {
                    problem(page, cit, Phrase.of("citation.backwards", "citation", cit.getChars(),
                            "fixed", "[" + part.last() + part.dash() + part.first() + "]"));
                    continue;
                }
                if (part.last() - part.first() > MAX_RANGE) {
                    problem(page, cit, Phrase.of("citation.wide", "citation", cit.getChars(), "count", part.last() - part.first() + 1));
                    continue;
                }
                for (int id = part.first(); id <= part.last(); id++) {
                    if (!references.containsKey(id)) {
                        problem(page, cit, Phrase.of("citation.unknown", "citation", cit.getChars(), "id", id));
                        continue;
                    }
                    page.cited.add(id);
                    page.citations.add(new CitationUse(id, page, cit.anchor(), section));
                    any = true;
                }
            }
            if (!any) cit.setAnchor(null);
        }

        private void sectionRef(SectionRef ref) {
            page.sectionRefs.add(ref.number());
            String target = numbers.get(ref.number());
            if (target != null) {
                ref.resolve(relative(target), false);
                return;
            }
            SiteSettings.ExternalSection ext = content.site() == null ? null : content.site().externalSections().get(ref.number());
            if (ext != null) {
                ref.resolveExternal(ext.url(), ext.title());
                return;
            }
            problem(page, ref, Phrase.of("markdown.unknown_section", "number", ref.number()));
        }

        private void term(TermUse use) {
            if (page.terms.add(use.term())) {
                use.markFirstUse(page.root() + "begrippen/#" + use.term().anchor());
            }
        }

        private void link(Link link) {
            String url = link.getUrl().toString();
            resolve(url, browserView(link.getUrl().unescape()), link).ifPresent(resolved -> link.setUrl(BasedSequence.of(resolved)));
        }

        /** {@code <https://…>}: flexmark writes the text between the brackets as the address. */
        private void autoLink(AutoLink link) {
            String view = browserView(link.getText().toString());
            if (UrlPolicy.scheme(view) == null) {
                problem(page, link, Phrase.of("markdown.autolink_not_web", "url", UrlPolicy.shown(view)));
                return;
            }
            resolve(view, view, link);
        }

        private void image(Image img) {
            String url = img.getUrl().toString();
            if (img.getText().isBlank()) {
                problem(page, img, Phrase.of("markdown.image_no_alt"));
            }
            String view = browserView(img.getUrl().unescape());
            String scheme = UrlPolicy.scheme(view);
            if (scheme != null) {
                Phrase message = UrlPolicy.SCHEMES.contains(scheme) ? Phrase.of("markdown.image_elsewhere", "url", UrlPolicy.shown(url))
                        : UrlPolicy.check(view).orElseThrow().message();
                problem(page, img, message, Phrase.of("markdown.image_elsewhere.hint"));
                return;
            }
            Path file = projectRoot.resolve("content").resolve(url).normalize();
            Path assets = projectRoot.resolve("assets").normalize();
            if (!file.startsWith(assets) || !Files.isRegularFile(file)) {
                problem(page, img, Phrase.of("markdown.image_missing", "url", url));
                return;
            }
            img.setUrl(BasedSequence.of(page.root() + projectRoot.relativize(file).toString().replace('\\', '/')));
        }

        /**
         * Returns the rewritten URL for links to pages; external and in-page links stay as written.
         *
         * @param url  the link as written in the Markdown
         * @param view the address a browser reads from the page ({@link #browserView})
         */
        private java.util.Optional<String> resolve(String url, String view, Node at) {
            String scheme = UrlPolicy.scheme(view);
            if (scheme != null) {
                UrlPolicy.check(view).ifPresentOrElse(
                        r -> problem(page, at, r.message(), UrlPolicy.SCHEMES.contains(scheme) ? r.hint()
                                : Phrase.of("markdown.link_scheme.hint")),
                        () -> {
                            if (isOwnAddress(view)) {
                                problem(page, at, Phrase.of("markdown.own_address", "url", UrlPolicy.shown(url)));
                            }
                        });
                return java.util.Optional.empty();
            }
            if (url.isEmpty()) {
                problem(page, at, Phrase.of("markdown.no_target"));
                return java.util.Optional.empty();
            }
            String path = url;
            String anchor = null;
            int hash = url.indexOf('#');
            if (hash >= 0) {
                path = url.substring(0, hash);
                anchor = url.substring(hash + 1);
            }
            LinkedPage target;
            if (path.isEmpty()) {
                target = page;
            } else {
                if (path.contains("..") || path.contains("/") || !path.endsWith(".md")) {
                    problem(page, at, Phrase.of("markdown.not_a_page", "url", url));
                    return java.util.Optional.empty();
                }
                String slug = path.substring(0, path.length() - 3);
                page.linkedSlugs.add(slug);
                target = bySlug.get(slug);
                if (target == null) {
                    String near = closestSlug(slug, bySlug.keySet());
                    problem(page, at, Phrase.of("markdown.missing_page", "page", path),
                            near != null ? Phrase.of("did_you_mean", "name", near + ".md") : Phrase.of("markdown.missing_page.hint"));
                    return java.util.Optional.empty();
                }
            }
            if (anchor != null && !target.anchors.contains(anchor)) {
                problem(page, at, Phrase.of("markdown.missing_anchor", "anchor", anchor, "page", target.source().slug() + ".md"), anchorHint(target, anchor));
                return java.util.Optional.empty();
            }
            if (path.isEmpty()) return java.util.Optional.empty();
            return java.util.Optional.of(relative(target.url()) + (anchor == null ? "" : "#" + anchor));
        }

        /** An http(s) address on the host of site.yaml's base_url. */
        private boolean isOwnAddress(String url) {
            String base = content.site() == null ? null : content.site().baseUrl();
            String host = base == null ? null : UrlPolicy.host(base);
            return host != null && host.equals(UrlPolicy.host(url));
        }

        private String relative(String siteRelative) {
            if (siteRelative.startsWith(page.url() + "#")) return siteRelative.substring(page.url().length());
            String relative = page.root() + (siteRelative.startsWith("./") ? siteRelative.substring(2) : siteRelative);
            return relative.isEmpty() ? "./" : relative;
        }
    }
}
