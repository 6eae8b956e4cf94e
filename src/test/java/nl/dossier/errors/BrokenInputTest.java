package nl.dossier.errors;

import nl.dossier.TestFiles;
import nl.dossier.errors.Fixture.Run;
import nl.dossier.render.MarkdownProcessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static nl.dossier.errors.Fixture.append;
import static nl.dossier.errors.Fixture.deleteLine;
import static nl.dossier.errors.Fixture.insertBeforeLine;
import static nl.dossier.errors.Fixture.keepLines;
import static nl.dossier.errors.Fixture.read;
import static nl.dossier.errors.Fixture.replace;
import static nl.dossier.errors.Fixture.replaceLine;
import static nl.dossier.errors.Fixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Every kind of bad input, applied one at a time to a copy of the real project whose site was
 * built before: the build must exit with 1, name the file and line (and column where there is
 * one) with a hint, print no stack trace, and leave the previous site byte for byte as it was.
 *
 * <p>The real project is built once for the whole class; each case starts from a copy of that
 * project and of that built site (issue 2, "Command line and errors"; issue 8, "Bad input, caught").
 */
class BrokenInputTest {
    static final String DRUGS = "content/bestrijding-drugssmokkel.md";
    static final String SUPPORT = "content/ondersteuning-beleid.md";
    static final String REFS = "content/references.yaml";
    static final String GLOSSARY = "content/glossary.yaml";
    static final String SITE = "content/site.yaml";
    static final String PAGE_TEMPLATE = "templates/page.ftl";

    @TempDir
    static Path shared;
    static Path pristine;
    static Path builtSite;
    static Map<String, String> builtFingerprint;

    @BeforeAll
    static void buildTheRealProjectOnce() throws IOException {
        pristine = shared.resolve("project");
        Fixture.copyProject(pristine);
        builtSite = shared.resolve("built/site");
        Run run = Fixture.build(pristine, builtSite, "--quiet");
        assertEquals(0, run.exitCode(), "the unchanged project must build\n" + run.printed());
        builtFingerprint = Fixture.fingerprint(builtSite);
        assertTrue(builtFingerprint.containsKey("index.html"), "baseline site has a home page");
    }

    // ---------------------------------------------------------------------------------------
    // The cases
    // ---------------------------------------------------------------------------------------

    /** One small mutation of the project. */
    @FunctionalInterface
    interface Mutation {
        void apply(Path project) throws IOException;
    }

    /** The expected start of the problem line, e.g. {@code content/x.md:12:5: }, worked out on the mutated project. */
    @FunctionalInterface
    interface Where {
        String prefix(Path project);
    }

    record Case(String name, Mutation mutation, Where where, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case bad(String name, Mutation mutation, Where where, String message) {
        return new Case(name, mutation, where, message);
    }

    /** A problem about the file as a whole (no line exists: the file is missing, too big, wrongly named …). */
    static Where whole(String file) {
        return p -> file + ": ";
    }

    static Where at(String file, int line, int column) {
        return p -> file + ":" + line + ":" + column + ": ";
    }

    /** Line only: the problem concerns a whole line (or, for templates, any column). */
    static Where atLine(String file, int line) {
        return p -> file + ":" + line + ": ";
    }

    /** Line and column of {@code marker} in the mutated file, moved right by {@code skip} characters. */
    static Where atMarker(String file, String marker, int skip) {
        return p -> {
            String[] lc = Fixture.positionOf(p, file, marker).split(":");
            return file + ":" + lc[0] + ":" + (Integer.parseInt(lc[1]) + skip) + ": ";
        };
    }

    static Where atMarker(String file, String marker) {
        return atMarker(file, marker, 0);
    }

    /** The line of {@code marker}, without a column. */
    static Where atMarkerLine(String file, String marker) {
        return p -> file + ":" + Fixture.lineOf(p, file, marker) + ": ";
    }

    static Stream<Case> cases() {
        return Stream.of(
                // ---- YAML front matter ----
                bad("malformed YAML: unquoted colon in a value",
                        p -> replaceLine(p, DRUGS, 5, "summary: Maatregelen: tegen smokkel"),
                        atMarker(DRUGS, ": tegen"), "invalid YAML"),
                bad("tab in YAML",
                        p -> replaceLine(p, DRUGS, 4, "order:\t3"),
                        atMarker(DRUGS, "\t3"), "tab character in YAML"),
                bad("wrong type: order is text",
                        p -> replaceLine(p, DRUGS, 4, "order: drie"),
                        atMarker(DRUGS, "drie"), "'order' must be a whole number, not 'drie'"),
                bad("wrong type: updated is not a date",
                        p -> replaceLine(p, DRUGS, 6, "updated: gisteren"),
                        atMarker(DRUGS, "gisteren"), "'updated' must be a date"),
                bad("wrong type: title is a list",
                        p -> replaceLine(p, DRUGS, 2, "title: [Bestrijding, drugssmokkel]"),
                        atMarker(DRUGS, "[Bestrijding"), "'title' must be text"),
                bad("order below zero",
                        p -> replaceLine(p, DRUGS, 4, "order: -1"),
                        atMarker(DRUGS, "-1"), "'order' must be at least 0, not -1"),
                bad("wrong type: number is not a section number",
                        p -> replaceLine(p, DRUGS, 3, "number: twee"),
                        atMarker(DRUGS, "twee"), "'number' must be a section number"),
                bad("unknown front-matter key, with did-you-mean",
                        p -> replace(p, DRUGS, "title:", "titel:"),
                        atMarker(DRUGS, "titel:"), "unknown key 'titel' in front matter (did you mean 'title'?)"),
                bad("front matter nested thousands of levels deep",
                        p -> replaceLine(p, DRUGS, 4, "order: 3\nx: " + "[".repeat(20_000) + "]".repeat(20_000)),
                        at(DRUGS, 2, 1), "YAML is nested too deeply to read"),
                bad("missing required front-matter key",
                        p -> deleteLine(p, DRUGS, 5),
                        at(DRUGS, 2, 1), "missing required key 'summary'"),
                bad("front matter is a list, not keys",
                        p -> {
                            deleteLine(p, DRUGS, 2);
                            replaceLine(p, DRUGS, 2, "- Bestrijding drugssmokkel");
                            replaceLine(p, DRUGS, 3, "- 3");
                            replaceLine(p, DRUGS, 4, "- samenvatting");
                            replaceLine(p, DRUGS, 5, "- 2026-11-27");
                        },
                        at(DRUGS, 2, 1), "front matter must be a set of 'key: value' lines"),

                // ---- bytes and file shapes ----
                bad("invalid UTF-8 bytes in a page",
                        p -> writeBytes(p, DRUGS, "bloemenveilingen", new byte[] {(byte) 0xE9, 'n'}),
                        atMarker(DRUGS, "\uFFFD"), "file is not valid UTF-8"),
                bad("UTF-8 byte-order mark",
                        p -> write(p, DRUGS, "\uFEFF" + read(p, DRUGS)),
                        at(DRUGS, 1, 1), "byte-order mark"),
                bad("NUL byte in a page",
                        p -> replace(p, DRUGS, "bloemenveilingen", "bloemen\0veilingen"),
                        atMarkerLine(DRUGS, "bloemen\0"), "NUL character"),
                bad("front matter with only a comment (found by the fuzzer)",
                        p -> write(p, DRUGS, "---\n# titel volgt\n---\n\nTekst.\n"),
                        at(DRUGS, 2, 1), "front matter is empty"),
                bad("empty page file",
                        p -> write(p, DRUGS, ""),
                        at(DRUGS, 1, 1), "file is empty"),
                bad("a 5 MB page",
                        p -> write(p, DRUGS, read(p, DRUGS) + ("Lange tekst zonder einde. ".repeat(40) + "\n\n").repeat(5 * 1024 * 1024 / 1042)),
                        whole(DRUGS), "more than the limit of 2048 KB"),
                bad("page without front matter",
                        p -> write(p, DRUGS, read(p, DRUGS).lines().skip(8).map(l -> l + "\n").reduce("", String::concat)),
                        at(DRUGS, 1, 1), "page has no front matter"),
                bad("front matter not closed",
                        p -> deleteLine(p, DRUGS, 7),
                        at(DRUGS, 1, 1), "front matter is not closed"),
                bad("front matter but no body",
                        p -> keepLines(p, DRUGS, 7),
                        at(DRUGS, 8, 1), "page has no text after the front matter"),

                // ---- the set of pages ----
                bad("two pages with the same number",
                        p -> replace(p, SUPPORT, "number: 2.1.7.4", "number: 2.1.7.3"),
                        atLine(SUPPORT, 3), "number 2.1.7.3 is also used by " + DRUGS),
                bad("two pages with the same order",
                        p -> replace(p, SUPPORT, "order: 4", "order: 3"),
                        atLine(SUPPORT, 4), "order 3 is also used by " + DRUGS),
                bad("file name that is not a valid slug",
                        p -> write(p, "content/Nieuwe Pagina.md", read(p, DRUGS)
                                .replace("number: 2.1.7.3", "number: 2.1.7.9").replace("order: 3", "order: 9")),
                        whole("content/Nieuwe Pagina.md"), "cannot be used as a web address (use lower-case letters, digits and hyphens, e.g. 'nieuwe-pagina.md')"),
                bad("chapter page index.md missing",
                        p -> Files.delete(p.resolve("content/index.md")),
                        whole("content/index.md"), "the chapter page is missing"),
                bad("unexpected file in content/",
                        p -> write(p, "content/notes.txt", "nog uitzoeken\n"),
                        whole("content/notes.txt"), "unexpected file in content/"),
                bad("unexpected folder in content/",
                        p -> Files.createDirectories(p.resolve("content/img")),
                        whole("content/img"), "unexpected folder in content/"),
                bad("symlink in content/ pointing outside the project",
                        p -> {
                            Path outside = p.getParent().resolve("elders.md");
                            write(p.getParent(), "elders.md", read(p, DRUGS).replace("2.1.7.3", "2.1.7.9").replace("order: 3", "order: 9"));
                            Files.createSymbolicLink(p.resolve("content/buiten.md"), outside);
                        },
                        whole("content/buiten.md"), "outside the project"),
                bad("symlink in assets/ pointing outside the project",
                        p -> {
                            Path outside = p.getParent().resolve("geheim.txt");
                            Files.writeString(outside, "niet publiceren\n");
                            Files.createSymbolicLink(p.resolve("assets/geheim.txt"), outside);
                        },
                        whole("assets/geheim.txt"), "link to a file outside the project"),
                bad("unreadable file (chmod 000)",
                        p -> {
                            Path file = p.resolve(DRUGS);
                            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
                            // Tests often run as root in containers, and root reads a file whatever its mode:
                            // then there is no unreadable file to test with, and the case is skipped.
                            assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not stop root from reading");
                        },
                        whole(DRUGS), "cannot read file: no permission to read it (make it readable"),

                // ---- citations ----
                bad("citation to a missing reference [99]",
                        p -> replace(p, DRUGS, "[28]", "[99]"),
                        atMarker(DRUGS, "[99]"), "refers to reference 99, which is not in content/references.yaml"),
                bad("reversed citation range [14–12]",
                        p -> replace(p, DRUGS, "[28]", "[14–12]"),
                        atMarker(DRUGS, "[14–12]"), "citation range [14–12] runs backwards (write the lower number first: [12–14])"),
                bad("citation range far too wide [1-54]",
                        p -> replace(p, DRUGS, "[28]", "[1-54]"),
                        atMarker(DRUGS, "[1-54]"), "spans 54 references"),
                bad("citation number too large for any list [99999999999]",
                        p -> replace(p, DRUGS, "[28]", "[99999999999]"),
                        atMarker(DRUGS, "[99999999999]"), "has a number far larger than any reference"),

                // ---- links, cross-references, images ----
                bad("link to a missing page",
                        p -> append(p, DRUGS, "Zie [x](bestaat-niet.md).\n"),
                        atMarker(DRUGS, "[x](bestaat-niet.md)"), "link to missing page 'bestaat-niet.md'"),
                bad("link to a missing page, typo gets a did-you-mean",
                        p -> append(p, DRUGS, "Zie [post](drugsbestelingen-via-internet.md).\n"),
                        atMarker(DRUGS, "[post]"), "did you mean 'drugsbestellingen-via-internet.md'?"),
                bad("link to a missing anchor",
                        p -> append(p, DRUGS, "Zie [post](drugsbestellingen-via-internet.md#bestaat-niet).\n"),
                        atMarker(DRUGS, "[post]"), "link to missing anchor '#bestaat-niet' on drugsbestellingen-via-internet.md"),
                bad("link with .. in the path",
                        p -> append(p, DRUGS, "Zie [wachtwoorden](../../etc/passwd).\n"),
                        atMarker(DRUGS, "[wachtwoorden]"), "is not a page of this site"),
                bad("javascript: link",
                        p -> append(p, DRUGS, "Zie [klik hier](javascript:alert(1)).\n"),
                        atMarker(DRUGS, "[klik hier]"), "links with javascript: are not allowed"),
                bad("absolute link to the site's own address (would leave the offline copy)",
                        p -> append(p, DRUGS, "Zie [de bronnen](https://Drugscriminaliteit.netlify.app/bronnen/index.html).\n"),
                        atMarker(DRUGS, "[de bronnen]"), "link to this site's own address"),
                bad("reference-style link",
                        p -> append(p, DRUGS, "Zie [de post][post].\n\n[post]: drugsbestellingen-via-internet.md\n"),
                        atMarker(DRUGS, "[de post]"), "reference-style links"),
                bad("unknown section reference § 9.9.9",
                        p -> append(p, DRUGS, "Zie ook § 9.9.9.\n"),
                        atMarker(DRUGS, "§ 9.9.9"), "§ 9.9.9 is not a section of this site"),
                bad("image without alt text",
                        p -> append(p, DRUGS, "![](../assets/img/favicon.svg)\n"),
                        atMarker(DRUGS, "![]"), "image without alternative text"),
                bad("image from another site",
                        p -> append(p, DRUGS, "![Een kaart](https://example.org/kaart.png)\n"),
                        atMarker(DRUGS, "![Een kaart]"), "image from another site"),

                // A line opening more than 100 quotes or lists is refused before parsing, at the 101st.
                bad("quotes nested thousands of levels deep",
                        p -> append(p, DRUGS, "> ".repeat(20_000) + "diep\n"),
                        atMarker(DRUGS, "> > > ", 200), "the text is nested more than 100 levels deep"),
                bad("lists nested thousands of levels deep",
                        p -> append(p, DRUGS, "- ".repeat(5_000) + "diep\n"),
                        atMarker(DRUGS, "- - - ", 200), "the text is nested more than 100 levels deep"),
                bad("quotes nested hundreds of thousands of levels deep on one line",
                        p -> append(p, DRUGS, ">".repeat(900_000) + "diep\n"),
                        atMarker(DRUGS, ">>>>>>", 100), "the text is nested more than 100 levels deep"),
                // Nesting the parser only meets inside a line: it runs out of stack, reported on that line.
                bad("emphasis nested tens of thousands of levels deep",
                        p -> append(p, DRUGS, "*a ".repeat(30_000) + "diep" + " a*".repeat(30_000) + "\n"),
                        p -> DRUGS + ":" + Fixture.lineOf(p, DRUGS, "*a *a *a ") + ":", "the text is nested"),
                bad("quotes nested a hundred and one levels deep",
                        p -> append(p, DRUGS, "> ".repeat(101) + "diep\n"),
                        atMarker(DRUGS, "> diep"), "the text is nested more than 100 levels deep"),

                // ---- raw HTML ----
                bad("raw <script>",
                        p -> append(p, DRUGS, "<script>alert(1)</script>\n"),
                        atMarker(DRUGS, "<script>"), "the HTML element <script> is not allowed"),
                bad("an <iframe>",
                        p -> append(p, DRUGS, "<iframe src=\"https://example.org/\"></iframe>\n"),
                        atMarker(DRUGS, "<iframe"), "the HTML element <iframe> is not allowed"),
                bad("onclick attribute on allowed HTML",
                        p -> append(p, DRUGS, "Tekst met <span onclick=\"alert(1)\">nadruk</span>.\n"),
                        atMarker(DRUGS, "<span"), "the attribute 'onclick' on <span> is not allowed"),

                // ---- headings ----
                bad("# (h1) heading in a body",
                        p -> insertBeforeLine(p, DRUGS, 9, "# Een tweede titel\n"),
                        atMarker(DRUGS, "# Een tweede titel"), "a '#' heading inside the page"),
                bad("heading level jump ## then ####",
                        p -> insertBeforeLine(p, DRUGS, 19, "#### Diep genest\n\nTekst.\n"),
                        atMarker(DRUGS, "#### Diep genest"), "heading level jumps from 2 to 4"),
                bad("duplicate heading anchor",
                        p -> append(p, DRUGS, "## Nog meer douane {#douane}\n\nTekst.\n"),
                        atMarker(DRUGS, "## Nog meer douane"), "anchor 'douane' is used twice on this page"),

                // ---- references.yaml ----
                bad("reference with a malformed kamerstuk id",
                        p -> replace(p, REFS, "kamerstuk: \"29911-79\"", "kamerstuk: \"29911/79\""),
                        atMarker(REFS, "\"29911/79\""), "'29911/79' is not a kamerstuk number"),
                bad("duplicate reference id",
                        p -> replace(p, REFS, "- id: 2\n", "- id: 1 \n"),
                        atMarker(REFS, "- id: 1 \n", 6), "reference 1 is defined twice (also on line 5)"),
                bad("reference of an unknown kind, with did-you-mean",
                        p -> replace(p, REFS, "kind: rapport\n", "kind: raport\n"),
                        atMarker(REFS, "raport"), "unknown kind 'raport' (did you mean 'rapport'?)"),
                bad("references.yaml is missing",
                        p -> Files.delete(p.resolve(REFS)),
                        whole(REFS), "required file is missing"),

                // ---- glossary.yaml ----
                bad("glossary term defined twice",
                        p -> replace(p, GLOSSARY, "- term: ATO\n", "- term: AIT\n"),
                        atMarker(GLOSSARY, "- term: AIT\n  name: Aanjaag", 8), "term 'AIT' is defined twice"),
                bad("glossary term longer than 100 characters",
                        p -> replace(p, GLOSSARY, "- term: ATO\n", "- term: " + "ATO ".repeat(30) + "\n"),
                        atMarker(GLOSSARY, "ATO ATO ATO"), "term is 119 characters long, more than 100"),
                bad("glossary 'related' pointing at an unknown term",
                        p -> replace(p, GLOSSARY, "related: [EBI, Pbw]", "related: [EBI, Pbx]"),
                        atMarker(GLOSSARY, "Pbx"), "refers to unknown glossary term 'Pbx' (did you mean 'Pbw'?)"),
                bad("glossary 'related' with an item that is not text",
                        p -> replace(p, GLOSSARY, "related: [EBI, Pbw]", "related: [EBI, {Pbw: x}]"),
                        atMarker(GLOSSARY, "{Pbw"), "every item of 'related' must be a piece of text"),
                bad("glossary.yaml is empty",
                        p -> write(p, GLOSSARY, ""),
                        at(GLOSSARY, 1, 1), "file is empty"),
                bad("glossary.yaml holds only comments",
                        p -> write(p, GLOSSARY, "# nog aanvullen\n"),
                        at(GLOSSARY, 1, 1), "file is empty"),
                bad("site.yaml holds only comments",
                        p -> write(p, SITE, "# leeg\n"),
                        at(SITE, 1, 1), "site.yaml is empty"),

                // ---- site.yaml ----
                bad("site.yaml unknown key",
                        p -> append(p, SITE, "thema: donker\n"),
                        atMarker(SITE, "thema:"), "unknown key 'thema' in site.yaml"),
                bad("site.yaml base_url not https",
                        p -> replace(p, SITE, "base_url: https://", "base_url: http://"),
                        atMarker(SITE, "http://"), "base_url must be an https:// address"),

                // ---- templates ----
                bad("template syntax error",
                        p -> insertBeforeLine(p, PAGE_TEMPLATE, 8, "  <#assign broken = >"),
                        atMarker(PAGE_TEMPLATE, "= >", 2), "template syntax error: Encountered \">\" (fix the Freemarker syntax"),
                bad("template refers to a value that does not exist",
                        p -> insertBeforeLine(p, PAGE_TEMPLATE, 8, "  <p>${content.bestaatNiet}</p>"),
                        atMarker(PAGE_TEMPLATE, "content.bestaatNiet"), "template error while rendering "
                                + "bestrijding-drugssmokkel/index.html and 6 other pages: "
                                + "The following has evaluated to null or missing: content.bestaatNiet"),
                bad("template includes a template that does not exist",
                        p -> insertBeforeLine(p, PAGE_TEMPLATE, 8, "  <#include \"bestaat-niet.ftl\">"),
                        atMarker(PAGE_TEMPLATE, "<#include"), "Template not found for name \"bestaat-niet.ftl\". ("),
                bad("unreadable template (chmod 000)",
                        p -> {
                            Path file = p.resolve("templates/layout.ftl");
                            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
                            assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not stop root from reading");
                        },
                        whole("templates/layout.ftl"), "cannot read template: no permission to read it"),
                bad("missing template",
                        p -> Files.delete(p.resolve("templates/glossary.ftl")),
                        whole("templates/glossary.ftl"), "template is missing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsReportedAndTheSiteStaysAsItWas(Case c, @TempDir Path dir) throws IOException {
        Path project = dir.resolve("project");
        TestFiles.copyTree(pristine, project);
        Path output = dir.resolve("target/site");
        TestFiles.copyTree(builtSite, output);

        c.mutation().apply(project);
        Run run = Fixture.build(project, output, "--quiet");

        assertEquals(1, run.exitCode(), "exit code\n" + run.printed());
        String expected = c.where().prefix(project);
        List<String> lines = run.err().lines().toList();
        String line = lines.stream().filter(l -> l.startsWith(expected) && l.contains(c.message())).findFirst()
                .orElseGet(() -> fail("expected a line starting with '" + expected + "' and containing '" + c.message()
                        + "'\n" + run.printed()));
        assertTrue(line.matches(".*\\S \\(.*\\S.*\\)$"), "the problem ends with a hint in parentheses: " + line);
        assertNoStackTrace(run);
        assertEquals(lines.size(), lines.stream().distinct().count(), "each problem is reported once\n" + run.printed());
        assertEquals(builtFingerprint, Fixture.fingerprint(output), "the previous site must be byte-identical");
        assertNoLeftovers(output);
    }

    static void assertNoStackTrace(Run run) {
        String all = run.out() + run.err();
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("internal error"),
                "no stack trace, no exception names, no internal error\n" + run.printed());
    }

    static void assertNoLeftovers(Path output) throws IOException {
        try (Stream<Path> list = Files.list(output.getParent())) {
            // The offline zip, the index and the PDF cache are build products beside the site; anything else would be a leftover.
            List<String> names = list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith("-offline.zip") && !n.endsWith("-search-index") && !n.equals("dossier-cache")).sorted().toList();
            assertEquals(List.of(output.getFileName().toString()), names, "nothing but the site, its index and zip next to it (no .dossier-tmp-*)");
        }
    }

    /** Inserts raw bytes after {@code marker}, for encodings a Java string cannot express. */
    static void writeBytes(Path project, String file, String marker, byte[] bytes) throws IOException {
        byte[] text = Files.readAllBytes(project.resolve(file));
        byte[] m = marker.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(text, m);
        if (at < 0) throw new AssertionError("fixture out of date: '" + marker + "' not found in " + file);
        int cut = at + m.length;
        byte[] out = new byte[text.length + bytes.length];
        System.arraycopy(text, 0, out, 0, cut);
        System.arraycopy(bytes, 0, out, cut, bytes.length);
        System.arraycopy(text, cut, out, cut + bytes.length, text.length - cut);
        Files.write(project.resolve(file), out);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    @Test
    void casesAreAtLeastThirty() {
        assertTrue(cases().count() >= 30);
    }

    // ---------------------------------------------------------------------------------------
    // Beyond one mistake at a time
    // ---------------------------------------------------------------------------------------

    /** A fresh project and a copy of the built site, for the tests below. */
    private record Setup(Path project, Path output) {
    }

    private static Setup setUp(Path dir) throws IOException {
        Path project = dir.resolve("project");
        TestFiles.copyTree(pristine, project);
        Path output = dir.resolve("target/site");
        TestFiles.copyTree(builtSite, output);
        return new Setup(project, output);
    }

    @Test
    void crlfLineEndingsWorkAndBuildTheSameSiteByteForByte(@TempDir Path dir) throws IOException {
        Path project = dir.resolve("project");
        TestFiles.copyTree(pristine, project);
        int converted = 0;
        try (Stream<Path> files = Files.list(project.resolve("content"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertFalse(text.contains("\r"), "the real content uses LF: " + f);
                Files.writeString(f, text.replace("\n", "\r\n"), StandardCharsets.UTF_8);
                converted++;
            }
        }
        assertTrue(converted >= 10, "every content file converted, got " + converted);

        Path output = dir.resolve("target/site");
        Run run = Fixture.build(project, output, "--quiet");

        assertEquals(0, run.exitCode(), run.printed());
        assertEquals(builtFingerprint, Fixture.fingerprint(output), "CRLF sources give the same site as LF sources");
    }

    /**
     * A page that takes longer to read than its budget stops the build with a content error at
     * the place the parser had reached, instead of a hang (the budget is made tiny here; the
     * default is seconds, far above what a page of the size limit needs).
     */
    @Test
    void aPageOverItsTimeBudgetIsAContentErrorWhereTheParserWas(@TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        String before = System.getProperty(MarkdownProcessor.BUDGET_PROPERTY);
        System.setProperty(MarkdownProcessor.BUDGET_PROPERTY, "0");
        Run run;
        try {
            run = Fixture.build(s.project(), s.output(), "--quiet");
        } finally {
            if (before == null) System.clearProperty(MarkdownProcessor.BUDGET_PROPERTY);
            else System.setProperty(MarkdownProcessor.BUDGET_PROPERTY, before);
        }

        assertEquals(1, run.exitCode(), run.printed());
        int lines = read(s.project(), DRUGS).split("\n", -1).length;
        String line = run.err().lines().filter(l -> l.startsWith(DRUGS + ":")).findFirst().orElseGet(() -> fail(run.printed()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(DRUGS)
                + ":(\\d+):(\\d+): this page is too complex to build \\(reading it took more than 0 ms\\) \\(split the page.*\\)$").matcher(line);
        assertTrue(m.matches(), line);
        assertTrue(Integer.parseInt(m.group(1)) >= 8 && Integer.parseInt(m.group(1)) <= lines, "a line of the page's text: " + line);
        assertNoStackTrace(run);
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()), "the previous site must be byte-identical");
        assertNoLeftovers(s.output());
    }

    @Test
    void crlfLineEndingsDoNotShiftLineAndColumnInMessages(@TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        replace(s.project(), DRUGS, "[28]", "[99]");
        String where = Fixture.positionOf(s.project(), DRUGS, "[99]");
        write(s.project(), DRUGS, read(s.project(), DRUGS).replace("\n", "\r\n"));

        Run run = Fixture.build(s.project(), s.output(), "--quiet");

        assertEquals(1, run.exitCode(), run.printed());
        assertTrue(run.err().startsWith(DRUGS + ":" + where + ": citation [99]"), run.printed());
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()));
    }

    @Test
    void mistakesInTwoFilesAreReportedInOneRunSortedByFileAndLine(@TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        String first = "content/strafrechtelijke-en-bestuurlijke-aanpak.md"; // read first: order 1
        // The linker reads pages in reading order (strafrechtelijke… before bestrijding…) and a
        // page top to bottom; the report must still be sorted by file, then line.
        append(s.project(), first, "Zie [x](bestaat-niet.md).\n");
        append(s.project(), DRUGS, "Zie § 9.9.9.\n");
        replace(s.project(), DRUGS, "[28]", "[99]");

        Run run = Fixture.build(s.project(), s.output(), "--quiet");

        assertEquals(1, run.exitCode(), run.printed());
        List<String> lines = run.err().lines().toList();
        assertEquals(4, lines.size(), run.printed());
        assertTrue(lines.get(0).startsWith(DRUGS + ":" + Fixture.positionOf(s.project(), DRUGS, "[99]") + ": citation [99]"), run.printed());
        assertTrue(lines.get(1).startsWith(DRUGS + ":" + Fixture.positionOf(s.project(), DRUGS, "§ 9.9.9") + ": § 9.9.9"), run.printed());
        assertTrue(lines.get(2).startsWith(first + ":" + Fixture.positionOf(s.project(), first, "[x]") + ": link to missing page"), run.printed());
        assertEquals("3 problems; nothing was published.", lines.get(3));
        assertNoStackTrace(run);
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()));
        assertNoLeftovers(s.output());
    }

    @Test
    void mistakesInAPageTemplateAndASiteWideTemplateAreReportedTogether(@TempDir Path dir) throws IOException {
        // The offline copy renders the chapter's pages first and the site-wide documents (here the
        // glossary) after the search index: a mistake in each is still one run's report.
        Setup s = setUp(dir);
        insertBeforeLine(s.project(), PAGE_TEMPLATE, 8, "  <p>${content.bestaatNiet}</p>");
        insertBeforeLine(s.project(), "templates/glossary.ftl", 8, "  <p>${content.ookNiet}</p>");

        Run run = Fixture.build(s.project(), s.output(), "--quiet");

        assertEquals(1, run.exitCode(), run.printed());
        List<String> lines = run.err().lines().toList();
        assertEquals(3, lines.size(), run.printed());
        assertTrue(lines.get(0).startsWith("templates/glossary.ftl:8:") && lines.get(0).contains("content.ookNiet"), run.printed());
        assertTrue(lines.get(1).startsWith(PAGE_TEMPLATE + ":8:") && lines.get(1).contains("content.bestaatNiet"), run.printed());
        assertEquals("2 problems; nothing was published.", lines.get(2));
        assertNoStackTrace(run);
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()));
        assertNoLeftovers(s.output());
    }

    @Test
    void aPageAmongTheAssetsIsCheckedInTheOfflineCopyToo(@TempDir Path dir) throws IOException {
        // Published as it is, not rendered: the offline copy checks it from memory and reads it
        // again from assets/ to report the place.
        Setup s = setUp(dir);
        Files.writeString(s.project().resolve("assets/uitleg.html"),
                "<!DOCTYPE html>\n<html lang=\"nl\"><head><title>Uitleg</title></head>\n<body>\n<h1>Uitleg</h1>\n"
                        + "<p><a href=\"bestaat-niet.html\">weg</a></p>\n</body></html>\n");

        Run run = Fixture.build(s.project(), s.output(), "--quiet");

        assertEquals(1, run.exitCode(), run.printed());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("offline/assets/uitleg.html:5:4: broken link 'bestaat-niet.html'")),
                run.printed());
        assertNoStackTrace(run);
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()));
    }

    @Test
    void frontMatterMistakesInTwoFilesAreReportedTogether(@TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        replace(s.project(), SUPPORT, "title:", "titel:");
        replaceLine(s.project(), DRUGS, 6, "updated: gisteren");
        replaceLine(s.project(), DRUGS, 4, "order: drie");

        Run run = Fixture.build(s.project(), s.output(), "--quiet");

        assertEquals(1, run.exitCode(), run.printed());
        List<String> lines = run.err().lines().toList();
        // The unknown key also leaves 'title' missing: both are reported for ondersteuning-beleid.md.
        assertEquals(List.of(DRUGS + ":4:8", DRUGS + ":6:10", SUPPORT + ":2:1", SUPPORT + ":2:1"),
                lines.subList(0, lines.size() - 1).stream().map(l -> l.substring(0, l.indexOf(": "))).toList(), run.printed());
        assertTrue(lines.get(0).contains("'order' must be a whole number"), run.printed());
        assertTrue(lines.get(1).contains("'updated' must be a date"), run.printed());
        assertTrue(run.err().contains("unknown key 'titel'"), run.printed());
        assertTrue(run.err().contains("missing required key 'title'"), run.printed());
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()));
    }

    @Test
    void verboseAddsNoStackTraceToContentErrors(@TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        replace(s.project(), DRUGS, "[28]", "[99]");

        Run run = Fixture.build(s.project(), s.output(), "--quiet", "--verbose");

        assertEquals(1, run.exitCode(), run.printed());
        assertTrue(run.err().contains("citation [99]"), run.printed());
        assertNoStackTrace(run);
    }

    @Test
    void leftoversOfAKilledBuildAreRemovedEvenWhenTheNextBuildFails(@TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        Path stale = s.output().resolveSibling(".dossier-tmp-4242");
        Files.createDirectories(stale.resolve("half"));
        write(stale, "half/index.html", "<p>half geschreven</p>");
        replace(s.project(), DRUGS, "[28]", "[99]");

        Run run = Fixture.build(s.project(), s.output(), "--quiet");

        assertEquals(1, run.exitCode(), run.printed());
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()));
        assertNoLeftovers(s.output());
    }

    @Test
    void theProjectStillBuildsAfterAFailedBuild(@TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        String original = read(s.project(), DRUGS);
        replace(s.project(), DRUGS, "[28]", "[99]");
        assertEquals(1, Fixture.build(s.project(), s.output(), "--quiet").exitCode());

        write(s.project(), DRUGS, original);
        Run run = Fixture.build(s.project(), s.output(), "--quiet");

        assertEquals(0, run.exitCode(), run.printed());
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()), "the same sources build the same site again");
        assertNoLeftovers(s.output());
    }
}
