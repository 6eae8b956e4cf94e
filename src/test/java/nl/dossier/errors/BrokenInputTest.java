package nl.dossier.errors;

import nl.dossier.Listener;
import nl.dossier.StrictXml;
import nl.dossier.TestFiles;
import nl.dossier.build.OutputGuard;
import nl.dossier.errors.Fixture.Run;
import nl.dossier.model.ProblemCatalog;
import nl.dossier.model.UrlPolicy;
import nl.dossier.render.MarkdownProcessor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
 * project and of that built site.
 */
class BrokenInputTest {
    static final String DRUGS = "content/bestrijding-drugssmokkel.md";
    static final String SUPPORT = "content/ondersteuning-beleid.md";
    static final String REFS = "content/references.yaml";
    static final String GLOSSARY = "content/glossary.yaml";
    static final String SYNONYMS = "content/synonyms.yaml";
    static final String SITE = "content/site.yaml";
    static final String PAGE_TEMPLATE = "templates/page.ftl";
    static final String MESSAGES = "templates/messages/nl.yaml";
    static final String IDS = "templates/ids.yaml";
    static final String LAYOUT = "templates/layout.ftl";

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
                        atMarker(DRUGS, ": tegen"), "de opmaak van de gegevens klopt hier niet"),
                bad("tab in YAML",
                        p -> replaceLine(p, DRUGS, 4, "order:\t3"),
                        atMarker(DRUGS, "\t3"), "tab-teken in de gegevens (spring in met spaties, niet met tabs)"),
                bad("wrong type: order is text",
                        p -> replaceLine(p, DRUGS, 4, "order: drie"),
                        atMarker(DRUGS, "drie"), "'order' moet een geheel getal zijn, niet 'drie'"),
                bad("wrong type: updated is not a date",
                        p -> replaceLine(p, DRUGS, 6, "updated: gisteren"),
                        atMarker(DRUGS, "gisteren"), "'updated' moet een datum zijn"),
                bad("wrong type: title is a list",
                        p -> replaceLine(p, DRUGS, 2, "title: [Bestrijding, drugssmokkel]"),
                        atMarker(DRUGS, "[Bestrijding"), "'title' moet tekst zijn"),
                bad("order below zero",
                        p -> replaceLine(p, DRUGS, 4, "order: -1"),
                        atMarker(DRUGS, "-1"), "'order' moet minstens 0 zijn, niet -1"),
                bad("wrong type: number is not a section number",
                        p -> replaceLine(p, DRUGS, 3, "number: twee"),
                        atMarker(DRUGS, "twee"), "'number' moet een paragraafnummer zijn"),
                bad("unknown front-matter key, with did-you-mean",
                        p -> replace(p, DRUGS, "title:", "titel:"),
                        atMarker(DRUGS, "titel:"), "onbekende sleutel 'titel' in de gegevens bovenaan de pagina (bedoel je 'title'?)"),
                bad("front matter nested thousands of levels deep",
                        p -> replaceLine(p, DRUGS, 4, "order: 3\nx: " + "[".repeat(20_000) + "]".repeat(20_000)),
                        at(DRUGS, 2, 1), "de gegevens zijn te diep genest om te lezen"),
                bad("missing required front-matter key",
                        p -> deleteLine(p, DRUGS, 5),
                        at(DRUGS, 2, 1), "de verplichte sleutel 'summary' ontbreekt"),
                bad("front matter is a list, not keys",
                        p -> {
                            deleteLine(p, DRUGS, 2);
                            replaceLine(p, DRUGS, 2, "- Bestrijding drugssmokkel");
                            replaceLine(p, DRUGS, 3, "- 3");
                            replaceLine(p, DRUGS, 4, "- samenvatting");
                            replaceLine(p, DRUGS, 5, "- 2026-11-27");
                        },
                        at(DRUGS, 2, 1), "het blok met gegevens bovenaan de pagina moet bestaan uit regels 'sleutel: waarde'"),

                // ---- bytes and file shapes ----
                bad("invalid UTF-8 bytes in a page",
                        p -> writeBytes(p, DRUGS, "bloemenveilingen", new byte[] {(byte) 0xE9, 'n'}),
                        atMarker(DRUGS, "\uFFFD"), "het bestand is niet als UTF-8 opgeslagen"),
                bad("UTF-8 byte-order mark",
                        p -> write(p, DRUGS, "\uFEFF" + read(p, DRUGS)),
                        at(DRUGS, 1, 1), "BOM-teken"),
                bad("NUL byte in a page",
                        p -> replace(p, DRUGS, "bloemenveilingen", "bloemen\0veilingen"),
                        atMarkerLine(DRUGS, "bloemen\0"), "NUL-teken"),
                bad("front matter with only a comment (found by the fuzzer)",
                        p -> write(p, DRUGS, "---\n# titel volgt\n---\n\nTekst.\n"),
                        at(DRUGS, 2, 1), "de gegevens bovenaan de pagina (tussen de regels ---) zijn leeg"),
                bad("empty page file",
                        p -> write(p, DRUGS, ""),
                        at(DRUGS, 1, 1), "het bestand is leeg"),
                bad("a 5 MB page",
                        p -> write(p, DRUGS, read(p, DRUGS) + ("Lange tekst zonder einde. ".repeat(40) + "\n\n").repeat(5 * 1024 * 1024 / 1042)),
                        whole(DRUGS), "meer dan de grens van 2048 KB"),
                bad("page without front matter",
                        p -> write(p, DRUGS, read(p, DRUGS).lines().skip(8).map(l -> l + "\n").reduce("", String::concat)),
                        at(DRUGS, 1, 1), "de pagina begint niet met haar gegevens"),
                bad("front matter not closed",
                        p -> deleteLine(p, DRUGS, 7),
                        at(DRUGS, 1, 1), "de gegevens bovenaan de pagina zijn niet afgesloten"),
                bad("front matter but no body",
                        p -> keepLines(p, DRUGS, 7),
                        at(DRUGS, 8, 1), "de pagina heeft geen tekst onder de gegevens bovenaan"),

                // ---- invisible characters: not allowed in XML (feed.xml) and parse errors in HTML ----
                bad("control character typed into a title",
                        p -> replaceLine(p, DRUGS, 2, "title: \"Bestrijding\u0007drugssmokkel\""),
                        atMarker(DRUGS, "\u0007"), "de tekst bevat het stuurteken U+0007 (BEL) ("
                                + "haal het onzichtbare teken U+0007 weg"),
                bad("control character written as a YAML escape in a title",
                        p -> replaceLine(p, DRUGS, 2, "title: \"Bestrijding\\adrugssmokkel\""),
                        atMarker(DRUGS, "\"Bestrijding\\a"), "deze waarde bevat het stuurteken U+0007 (BEL), geschreven als code"),
                bad("lone surrogate written as a YAML escape in a summary",
                        p -> replaceLine(p, DRUGS, 5, "summary: \"Maatregelen \\uD800 tegen smokkel\""),
                        atMarker(DRUGS, "\"Maatregelen"), "een half teken (het losse surrogaat U+D800)"),
                bad("C1 control character (NEL) in a page's text, several times",
                        p -> replace(p, DRUGS, "bloemenveilingen", "bloemen\u0085veilingen\u0085"),
                        atMarker(DRUGS, "\u0085"), "de tekst bevat het stuurteken U+0085 (NEXT LINE (NEL)) (en nog 1 in dit bestand)"),
                bad("character reference to a control character in a page's text",
                        p -> append(p, DRUGS, "Zie de &#x1B;[31mrode&#27;[0m tekst.\n"),
                        atMarker(DRUGS, "&#x1B;"), "de tekencode '&#x1B;' staat voor het stuurteken U+001B (ESCAPE)"),
                bad("character reference to a noncharacter in a page's text",
                        p -> append(p, DRUGS, "Een &#65535; teken.\n"),
                        atMarker(DRUGS, "&#65535;"), "de tekencode '&#65535;' staat voor het niet-teken U+FFFF"),
                bad("DEL typed into a reference",
                        p -> replace(p, REFS, "  place: Den Haag\n", "  place: Den\u007FHaag\n"),
                        atMarker(REFS, "\u007F"), "de tekst bevat het stuurteken U+007F (DELETE)"),
                bad("control character written as a YAML escape in a reference",
                        p -> replace(p, REFS, "  place: Den Haag\n", "  place: \"Den\\x1FHaag\"\n"),
                        atMarker(REFS, "\"Den\\x1F"), "deze waarde bevat het stuurteken U+001F (INFORMATION SEPARATOR ONE)"),
                bad("backspace typed into a glossary definition",
                        p -> replace(p, GLOSSARY, "description: Zwaar beveiligde", "description: Zwaar\bbeveiligde"),
                        atMarker(GLOSSARY, "\b"), "de tekst bevat het stuurteken U+0008 (BACKSPACE)"),
                bad("noncharacter written as a YAML escape in a glossary definition",
                        p -> replace(p, GLOSSARY, "description: Zwaar beveiligde", "description: \"Zwaar\\uFFFE\" # beveiligde"),
                        atMarker(GLOSSARY, "\"Zwaar"), "deze waarde bevat het niet-teken U+FFFE, geschreven als code"),
                bad("noncharacter typed into site.yaml",
                        p -> replace(p, SITE, "edition: editie 2024", "edition: editie\uFDD0 2024"),
                        atMarker(SITE, "\uFDD0"), "de tekst bevat het niet-teken U+FDD0"),
                bad("control character written as a YAML escape in site.yaml",
                        p -> replace(p, SITE, "edition: editie 2024", "edition: \"editie\\e2024\""),
                        atMarker(SITE, "\"editie"), "deze waarde bevat het stuurteken U+001B (ESCAPE), geschreven als code"),

                // ---- the set of pages ----
                bad("two pages with the same number",
                        p -> replace(p, SUPPORT, "number: 2.1.7.4", "number: 2.1.7.3"),
                        atLine(SUPPORT, 3), "nummer 2.1.7.3 wordt ook gebruikt door " + DRUGS),
                bad("two pages with the same order",
                        p -> replace(p, SUPPORT, "order: 4", "order: 3"),
                        atLine(SUPPORT, 4), "plaats 3 in de volgorde wordt ook gebruikt door " + DRUGS),
                bad("file name that is not a valid slug",
                        p -> write(p, "content/Nieuwe Pagina.md", read(p, DRUGS)
                                .replace("number: 2.1.7.3", "number: 2.1.7.9").replace("order: 3", "order: 9")),
                        whole("content/Nieuwe Pagina.md"), "kan geen webadres worden (gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld 'nieuwe-pagina.md')"),
                bad("chapter page index.md missing",
                        p -> Files.delete(p.resolve("content/index.md")),
                        whole("content/index.md"), "de hoofdstukpagina ontbreekt"),
                bad("onverwacht bestand in content/",
                        p -> write(p, "content/notes.txt", "nog uitzoeken\n"),
                        whole("content/notes.txt"), "onverwacht bestand in content/"),
                bad("onverwachte map in content/",
                        p -> Files.createDirectories(p.resolve("content/img")),
                        whole("content/img"), "onverwachte map in content/"),
                bad("symlink in content/ pointing outside the project",
                        p -> {
                            Path outside = p.getParent().resolve("elders.md");
                            write(p.getParent(), "elders.md", read(p, DRUGS).replace("2.1.7.3", "2.1.7.9").replace("order: 3", "order: 9"));
                            Files.createSymbolicLink(p.resolve("content/buiten.md"), outside);
                        },
                        whole("content/buiten.md"), "buiten het project"),
                bad("symlink in assets/ pointing outside the project",
                        p -> {
                            Path outside = p.getParent().resolve("geheim.txt");
                            Files.writeString(outside, "niet publiceren\n");
                            Files.createSymbolicLink(p.resolve("assets/geheim.txt"), outside);
                        },
                        whole("assets/geheim.txt"), "link naar een bestand buiten het project"),
                bad("symlink in assets/ to .git/config, where CI keeps its token",
                        p -> {
                            gitConfig(p);
                            Files.createSymbolicLink(p.resolve("assets/config.txt"), Path.of("../.git/config"));
                        },
                        whole("assets/config.txt"), "dit bestand is een link naar .git/config, een verborgen bestand of map, die nooit wordt gepubliceerd"),
                bad("symlink in content/ to .git/config",
                        p -> {
                            gitConfig(p);
                            Files.createSymbolicLink(p.resolve("content/config.md"), Path.of("../.git/config"));
                        },
                        whole("content/config.md"), "dit bestand is een link naar .git/config, een verborgen bestand of map"),
                bad("symlink in assets/ to a file elsewhere in the project",
                        p -> Files.createSymbolicLink(p.resolve("assets/pagina.txt"), Path.of("../content/index.md")),
                        whole("assets/pagina.txt"), "dit bestand is een link naar content/index.md, buiten assets/"),
                bad("symlink in assets/ to a folder",
                        p -> Files.createSymbolicLink(p.resolve("assets/plaatjes"), Path.of("img")),
                        whole("assets/plaatjes"), "dit is een link naar een map; alleen bestanden worden gepubliceerd"),
                bad("symlink in assets/ to nothing",
                        p -> Files.createSymbolicLink(p.resolve("assets/weg.svg"), Path.of("img/bestaat-niet.svg")),
                        whole("assets/weg.svg"), "dit bestand is een link naar een bestand dat niet bestaat"),
                bad("unreadable file (chmod 000)",
                        p -> {
                            Path file = p.resolve(DRUGS);
                            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
                            // Tests often run as root in containers, and root reads a file whatever its mode:
                            // then there is no unreadable file to test with, and the case is skipped.
                            assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not stop root from reading");
                        },
                        whole(DRUGS), "het bestand kan niet worden gelezen: je hebt geen leesrechten (maak het leesbaar"),

                // ---- citations ----
                bad("citation to a missing reference [99]",
                        p -> replace(p, DRUGS, "[28]", "[99]"),
                        atMarker(DRUGS, "[99]"), "verwijst naar bron 99, die niet in content/references.yaml staat"),
                bad("reversed citation range [14–12]",
                        p -> replace(p, DRUGS, "[28]", "[14–12]"),
                        atMarker(DRUGS, "[14–12]"), "de reeks [14–12] loopt achteruit (schrijf het laagste nummer eerst: [12–14])"),
                bad("citation range far too wide [1-54]",
                        p -> replace(p, DRUGS, "[28]", "[1-54]"),
                        atMarker(DRUGS, "[1-54]"), "omvat 54 bronnen"),
                bad("citation number too large for any list [99999999999]",
                        p -> replace(p, DRUGS, "[28]", "[99999999999]"),
                        atMarker(DRUGS, "[99999999999]"), "heeft een nummer dat veel groter is dan elke bron"),

                // ---- links, cross-references, images ----
                bad("link to a missing page",
                        p -> append(p, DRUGS, "Zie [x](bestaat-niet.md).\n"),
                        atMarker(DRUGS, "[x](bestaat-niet.md)"), "link naar de pagina 'bestaat-niet.md', die niet bestaat"),
                bad("link to a missing page, typo gets a did-you-mean",
                        p -> append(p, DRUGS, "Zie [post](drugsbestelingen-via-internet.md).\n"),
                        atMarker(DRUGS, "[post]"), "bedoel je 'drugsbestellingen-via-internet.md'?"),
                bad("link to a missing anchor",
                        p -> append(p, DRUGS, "Zie [post](drugsbestellingen-via-internet.md#bestaat-niet).\n"),
                        atMarker(DRUGS, "[post]"), "link naar het anker '#bestaat-niet', dat niet bestaat op drugsbestellingen-via-internet.md"),
                bad("link with .. in the path",
                        p -> append(p, DRUGS, "Zie [wachtwoorden](../../etc/passwd).\n"),
                        atMarker(DRUGS, "[wachtwoorden]"), "is geen pagina van deze site"),
                bad("javascript: link",
                        p -> append(p, DRUGS, "Zie [klik hier](javascript:alert(1)).\n"),
                        atMarker(DRUGS, "[klik hier]"), "links met javascript: zijn niet toegestaan"),
                bad("absolute link to the site's own address (would leave the offline copy)",
                        p -> append(p, DRUGS, "Zie [de bronnen](https://Drugscriminaliteit.netlify.app/bronnen/index.html).\n"),
                        atMarker(DRUGS, "[de bronnen]"), "link naar het eigen adres van deze site"),
                bad("reference-style link",
                        p -> append(p, DRUGS, "Zie [de post][post].\n\n[post]: drugsbestellingen-via-internet.md\n"),
                        atMarker(DRUGS, "[de post]"), "links in de vorm [tekst][naam] worden niet ondersteund"),
                bad("unknown section reference § 9.9.9",
                        p -> append(p, DRUGS, "Zie ook § 9.9.9.\n"),
                        atMarker(DRUGS, "§ 9.9.9"), "§ 9.9.9 is geen paragraaf van deze site"),
                bad("image without alt text",
                        p -> append(p, DRUGS, "![](../assets/img/favicon.svg)\n"),
                        atMarker(DRUGS, "![]"), "afbeelding zonder beschrijving"),
                bad("afbeelding van een andere site",
                        p -> append(p, DRUGS, "![Een kaart](https://example.org/kaart.png)\n"),
                        atMarker(DRUGS, "![Een kaart]"), "afbeelding van een andere site"),

                // A line opening more than 100 quotes or lists is refused before parsing, at the 101st.
                bad("quotes nested thousands of levels deep",
                        p -> append(p, DRUGS, "> ".repeat(20_000) + "diep\n"),
                        atMarker(DRUGS, "> > > ", 200), "de tekst is meer dan 100 niveaus diep genest"),
                bad("lists nested thousands of levels deep",
                        p -> append(p, DRUGS, "- ".repeat(5_000) + "diep\n"),
                        atMarker(DRUGS, "- - - ", 200), "de tekst is meer dan 100 niveaus diep genest"),
                bad("quotes nested hundreds of thousands of levels deep on one line",
                        p -> append(p, DRUGS, ">".repeat(900_000) + "diep\n"),
                        atMarker(DRUGS, ">>>>>>", 100), "de tekst is meer dan 100 niveaus diep genest"),
                // Nesting the parser only meets inside a line: it runs out of stack, reported on that line.
                bad("emphasis nested tens of thousands of levels deep",
                        p -> append(p, DRUGS, "*a ".repeat(30_000) + "diep" + " a*".repeat(30_000) + "\n"),
                        p -> DRUGS + ":" + Fixture.lineOf(p, DRUGS, "*a *a *a ") + ":", "de tekst is te diep genest"),
                bad("quotes nested a hundred and one levels deep",
                        p -> append(p, DRUGS, "> ".repeat(101) + "diep\n"),
                        atMarker(DRUGS, "> diep"), "de tekst is meer dan 100 niveaus diep genest"),

                // ---- raw HTML ----
                bad("raw <script>",
                        p -> append(p, DRUGS, "<script>alert(1)</script>\n"),
                        atMarker(DRUGS, "<script>"), "het HTML-element <script> is niet toegestaan"),
                bad("an <iframe>",
                        p -> append(p, DRUGS, "<iframe src=\"https://example.org/\"></iframe>\n"),
                        atMarker(DRUGS, "<iframe"), "het HTML-element <iframe> is niet toegestaan"),
                bad("onclick attribute on allowed HTML",
                        p -> append(p, DRUGS, "Tekst met <span onclick=\"alert(1)\">nadruk</span>.\n"),
                        atMarker(DRUGS, "onclick"), "het attribuut 'onclick' op <span> is niet toegestaan"),

                // ---- raw HTML a browser reads differently from Markdown ----
                bad("a comment closed by --!> hides an <iframe>",
                        p -> append(p, DRUGS, "\n<!-- x --!> <iframe src=\"https://example.org/\"></iframe> -->\n"),
                        atMarker(DRUGS, "<iframe"), "het HTML-element <iframe> is niet toegestaan"),
                bad("the comment <!---> hides a <script src>",
                        p -> append(p, DRUGS, "\n<!---> <script src=\"https://example.org/x.js\"></script> -->\n"),
                        atMarker(DRUGS, "<script"), "het HTML-element <script> is niet toegestaan"),
                bad("the comment <!--> hides a form",
                        p -> append(p, DRUGS, "\n<!--> <form action=\"https://example.org/\"><input name=\"wachtwoord\"></form> -->\n"),
                        atMarker(DRUGS, "<form"), "het HTML-element <form> is niet toegestaan"),
                bad("a comment inside an HTML block hides a meta refresh",
                        p -> append(p, DRUGS, "\n<table><!--> <meta http-equiv=\"refresh\" content=\"0;url=https://example.org/\"> --></table>\n"),
                        atMarker(DRUGS, "<meta"), "het HTML-element <meta> is niet toegestaan"),
                bad("a comment left open hides the rest of the page",
                        p -> append(p, DRUGS, "\n<!-- nog uitwerken\n"),
                        atMarker(DRUGS, "<!-- nog"), "het HTML-commentaar eindigt niet met '-->' vóór de Markdown die erop volgt"),
                bad("a tag left open at a blank line takes the next paragraph's link as attributes",
                        p -> append(p, DRUGS, "\n<table><tr><td title=\"\n\nZie [de site](https://example.org/x/onmouseover=alert(1)//).\n"),
                        atMarker(DRUGS, "<td"), "de HTML-tag <td …> eindigt niet met '>' vóór de Markdown die erop volgt"),

                // ---- addresses: one policy for Markdown, site.yaml and references.yaml ----
                bad("autolink with javascript: in another case",
                        p -> append(p, DRUGS, "Zie <JaVaScRiPt:alert(1)>.\n"),
                        atMarker(DRUGS, "<JaVaScRiPt"), "links met javascript: zijn niet toegestaan"),
                bad("autolink with vbscript:",
                        p -> append(p, DRUGS, "Zie <vbscript:msgbox(1)>.\n"),
                        atMarker(DRUGS, "<vbscript"), "links met vbscript: zijn niet toegestaan"),
                bad("autolink with livescript:",
                        p -> append(p, DRUGS, "Zie <livescript:alert(1)>.\n"),
                        atMarker(DRUGS, "<livescript"), "links met livescript: zijn niet toegestaan"),
                bad("autolink to a file: address",
                        p -> append(p, DRUGS, "Zie <file:///etc/passwd>.\n"),
                        atMarker(DRUGS, "<file:"), "links met file: zijn niet toegestaan"),
                bad("link to javascript: with a tab entity inside the scheme",
                        p -> append(p, DRUGS, "Zie [klik](java&#x09;script:alert(1)).\n"),
                        atMarker(DRUGS, "[klik]"), "links met javascript: zijn niet toegestaan"),
                bad("attributes in braces that replace a link's address",
                        p -> append(p, DRUGS, "Zie [de site](https://example.org/){href=javascript:alert(1)}.\n"),
                        atMarker(DRUGS, "{href"), "accolades {…} geven alleen een anker, zoals {#anker}"),
                bad("paragraph anchor that is not a valid anchor",
                        p -> append(p, DRUGS, "\nNog een alinea. {#Mijn_Anker}\n"),
                        atMarker(DRUGS, "{#Mijn"), "het anker 'Mijn_Anker' is niet geldig (gebruik kleine letters, cijfers en streepjes, bijvoorbeeld {#mijn-anker})"),
                bad("reference-style image",
                        p -> append(p, DRUGS, "![Een kaart][kaart]\n\n[kaart]: vbscript:msgbox(1)\n"),
                        atMarker(DRUGS, "![Een kaart]"), "afbeeldingen in de vorm ![tekst][naam] worden niet ondersteund"),
                bad("link to http:// without a host (was an internal error)",
                        p -> append(p, DRUGS, "Zie [de site](http://).\n"),
                        atMarker(DRUGS, "[de site]"), "het adres 'http://' heeft geen domeinnaam"),
                bad("link to an IPv6 host without ']' (was an internal error)",
                        p -> append(p, DRUGS, "Zie [de site](https://[::1/).\n"),
                        atMarker(DRUGS, "[de site]"), "de domeinnaam '[::1' in 'https://[::1/' is geen geldig IPv6-adres"),
                bad("site.yaml parent url with javascript: (on every page's breadcrumbs)",
                        p -> replace(p, SITE, "  url: https://www.nationaledrugmonitor.nl/", "  url: javascript:alert(document.cookie)"),
                        atMarker(SITE, "javascript:"), "links met javascript: zijn niet toegestaan"),
                bad("site.yaml repository with javascript:",
                        p -> replace(p, SITE, "repository: https://github.com/dossier-nl/dossier", "repository: \"javascript:alert(1)//\""),
                        atMarker(SITE, "\"javascript:"), "links met javascript: zijn niet toegestaan"),
                bad("site.yaml external section url with a scheme hidden by case and a space",
                        p -> replace(p, SITE, "    url: https://www.nationaledrugmonitor.nl/", "    url: \" JaVaScRiPt:alert(1)\""),
                        atMarker(SITE, "\" JaVaScRiPt"), "links met javascript: zijn niet toegestaan"),
                bad("site.yaml base_url with braces in the host (was an internal error)",
                        p -> replace(p, SITE, "base_url: https://drugscriminaliteit.netlify.app", "base_url: https://drugs{x}.netlify.app"),
                        atMarker(SITE, "https://drugs{x}"), "bevat een teken dat in een domeinnaam niet kan"),
                bad("reference url with javascript:",
                        p -> replace(p, REFS, "url: \"https://www.rijksoverheid.nl/ministeries", "url: \"javascript:alert(1)//"),
                        atMarker(REFS, "\"javascript:"), "links met javascript: zijn niet toegestaan"),
                bad("reference url with braces in the host (was a broken link in the built page)",
                        p -> replace(p, REFS, "url: \"https://www.rijksoverheid.nl/ministeries", "url: \"https://www.rijksoverheid{}.nl/ministeries"),
                        atMarker(REFS, "\"https://www.rijksoverheid{}"), "bevat een teken dat in een domeinnaam niet kan"),

                // ---- headings ----
                bad("# (h1) heading in a body",
                        p -> insertBeforeLine(p, DRUGS, 9, "# Een tweede titel\n"),
                        atMarker(DRUGS, "# Een tweede titel"), "een kop met één '#' in de pagina"),
                bad("heading level jump ## then ####",
                        p -> insertBeforeLine(p, DRUGS, 19, "#### Diep genest\n\nTekst.\n"),
                        atMarker(DRUGS, "#### Diep genest"), "het kopniveau springt van 2 naar 4"),
                bad("duplicate heading anchor",
                        p -> append(p, DRUGS, "## Nog meer douane {#douane}\n\nTekst.\n"),
                        atMarker(DRUGS, "## Nog meer douane"), "het anker 'douane' komt twee keer voor op deze pagina"),
                bad("heading takes an id the templates put on every page",
                        p -> append(p, DRUGS, "## Snel naar\n\nTekst.\n"),
                        atMarker(DRUGS, "## Snel naar"), "het anker 'snel-naar' komt twee keer voor op deze pagina"),
                bad("heading takes an id that templates/ids.yaml reserves",
                        p -> append(p, IDS, "  - douane\n"),
                        atMarker(DRUGS, "## Douane"), "het anker 'douane' komt twee keer voor op deze pagina"),

                // ---- references.yaml ----
                bad("reference with a malformed kamerstuk id",
                        p -> replace(p, REFS, "kamerstuk: \"29911-79\"", "kamerstuk: \"29911/79\""),
                        atMarker(REFS, "\"29911/79\""), "'29911/79' is geen kamerstuknummer"),
                bad("duplicate reference id",
                        p -> replace(p, REFS, "- id: 2\n", "- id: 1 \n"),
                        atMarker(REFS, "- id: 1 \n", 6), "bron 1 staat er twee keer in (ook op regel 5)"),
                bad("reference of an unknown kind, with did-you-mean",
                        p -> replace(p, REFS, "kind: rapport\n", "kind: raport\n"),
                        atMarker(REFS, "raport"), "onbekende soort 'raport' (bedoel je 'rapport'?)"),
                bad("references.yaml is missing",
                        p -> Files.delete(p.resolve(REFS)),
                        whole(REFS), "dit verplichte bestand ontbreekt"),

                // ---- glossary.yaml ----
                bad("glossary term defined twice",
                        p -> replace(p, GLOSSARY, "- term: ATO\n", "- term: AIT\n"),
                        atMarker(GLOSSARY, "- term: AIT\n  name: Aanjaag", 8), "het begrip 'AIT' staat er twee keer in"),
                bad("glossary term longer than 100 characters",
                        p -> replace(p, GLOSSARY, "- term: ATO\n", "- term: " + "ATO ".repeat(30) + "\n"),
                        atMarker(GLOSSARY, "ATO ATO ATO"), "het begrip is 119 tekens lang, meer dan 100"),
                bad("glossary 'related' pointing at an unknown term",
                        p -> replace(p, GLOSSARY, "related: [EBI, Pbw]", "related: [EBI, Pbx]"),
                        atMarker(GLOSSARY, "Pbx"), "verwijst naar 'Pbx', dat niet in de begrippenlijst staat (bedoel je 'Pbw'?)"),
                bad("glossary 'related' with two letters swapped: the hint is the term meant, not one as far by other edits",
                        p -> replace(p, GLOSSARY, "related: [JenV, MIT, NSOC]", "related: [JenV, MIT, NSCO]"),
                        atMarker(GLOSSARY, "NSCO"), "verwijst naar 'NSCO', dat niet in de begrippenlijst staat (bedoel je 'NSOC'?)"),
                bad("glossary 'related' with an item that is not text",
                        p -> replace(p, GLOSSARY, "related: [EBI, Pbw]", "related: [EBI, {Pbw: x}]"),
                        atMarker(GLOSSARY, "{Pbw"), "elk item van 'related' moet een stuk tekst zijn"),
                // ---- synonyms.yaml ----
                bad("synonym word listed in two entries",
                        p -> replace(p, SYNONYMS, "- words: [gevangene, gevangenen]", "- words: [gevangene, cellen]"),
                        atMarker(SYNONYMS, "gevangene, cellen", 11), "het synoniem 'cellen' staat er twee keer in (ook op regel"),
                bad("synonym meaning that no page uses",
                        p -> replace(p, SYNONYMS, "means: [openen]", "means: [opennen]"),
                        atMarker(SYNONYMS, "opennen"), "'opennen' staat op geen enkele pagina"),
                bad("synonyms that go round in a circle",
                        p -> append(p, SYNONYMS, "\n- words: [gevangenis]\n  means: [cel]\n"),
                        atMarker(SYNONYMS, "means: [cel]", 8), "de synoniemen gaan in een kringetje rond: cel → gevangenis → cel"),
                bad("synonym word of two words",
                        p -> replace(p, SYNONYMS, "words: [openmaken]", "words: [open maken]"),
                        atMarker(SYNONYMS, "open maken"), "'open maken' is niet één woord"),
                bad("synonym word that search leaves out (a stop word)",
                        p -> replace(p, SYNONYMS, "words: [deal]", "words: [deal, het]"),
                        atMarker(SYNONYMS, "het]"), "het synoniem 'het' is geen woord waar de zoekfunctie naar zoekt"),
                bad("glossary.yaml is empty",
                        p -> write(p, GLOSSARY, ""),
                        at(GLOSSARY, 1, 1), "het bestand is leeg"),
                bad("glossary.yaml holds only comments",
                        p -> write(p, GLOSSARY, "# nog aanvullen\n"),
                        at(GLOSSARY, 1, 1), "het bestand is leeg"),
                bad("site.yaml holds only comments",
                        p -> write(p, SITE, "# leeg\n"),
                        at(SITE, 1, 1), "site.yaml is leeg"),

                // ---- site.yaml ----
                bad("site.yaml unknown key",
                        p -> append(p, SITE, "thema: donker\n"),
                        atMarker(SITE, "thema:"), "onbekende sleutel 'thema' in site.yaml"),
                bad("site.yaml base_url not https",
                        p -> replace(p, SITE, "base_url: https://", "base_url: http://"),
                        atMarker(SITE, "http://"), "base_url moet een https://-adres zijn"),
                bad("site.yaml language that is not a language code",
                        p -> replace(p, SITE, "language: nl", "language: Nederlands"),
                        atMarker(SITE, "Nederlands"), "language moet een taalcode zijn zoals nl of en, niet 'Nederlands'"),
                bad("site.yaml language without a messages file",
                        p -> replace(p, SITE, "language: nl", "language: de"),
                        atMarker(SITE, "language: de", 10), "er is geen bestand templates/messages/de.yaml met de woorden voor de taal 'de'"),

                // ---- messages and ids beside the templates ----
                bad("messages file without a message the engine needs",
                        p -> replace(p, MESSAGES, "\nhow_to_cite:", "\nhoe_te_citeren:"),
                        at(MESSAGES, 1, 1), "het woord 'how_to_cite' ontbreekt; de engine zet het op de pagina's"),
                bad("messages file with a list instead of a text",
                        p -> replace(p, MESSAGES, "menu_home: Home", "menu_home: [Home]"),
                        atMarker(MESSAGES, "[Home]"), "'menu_home' moet tekst zijn, geen lijst of groep"),
                bad("messages file with a date format that is not one",
                        p -> replace(p, MESSAGES, "date_format: d MMMM yyyy", "date_format: d MMMM yyyy {"),
                        atMarker(MESSAGES, "d MMMM yyyy {"), "date_format 'd MMMM yyyy {' is geen datumpatroon"),
                bad("template uses a message the messages file does not have",
                        p -> insertBeforeLine(p, PAGE_TEMPLATE, 8, "  <p>${messages.bestaat_niet}</p>"),
                        atMarker(PAGE_TEMPLATE, "${messages.bestaat_niet}"), "fout in het template bij het maken van "
                                + DRUGS + " en 6 andere pagina's: "
                                + "the messages file templates/messages/nl.yaml has no message 'bestaat_niet'"),
                bad("ids.yaml id that no heading could take",
                        p -> append(p, IDS, "  - Snel Naar\n"),
                        atMarker(IDS, "Snel Naar"), "'Snel Naar' kan geen anker van een kop zijn"),
                bad("missing ids.yaml",
                        p -> Files.delete(p.resolve(IDS)),
                        whole(IDS), "dit verplichte bestand ontbreekt"),

                // ---- HTML the output check rejects, reported at the Markdown line it was written on ----
                bad("raw HTML table cell outside a table",
                        p -> append(p, DRUGS, "\nLos <td>cel</td> in de tekst.\n"),
                        atMarkerLine(DRUGS, "Los <td>"), "ongeldige HTML (de HTML-lezer meldt: Unexpected StartTag token [<td>]"),
                bad("raw HTML element left open, in the third item of a list",
                        p -> append(p, DRUGS, "\n- een\n- twee\n- drie met <sup>hoog\n  en verder\n- vier\n"),
                        atMarkerLine(DRUGS, "  en verder"), "ongeldige HTML (de HTML-lezer meldt: Unexpected EndTag token [</li>]"),
                bad("heading anchor that the page template uses too",
                        p -> append(p, DRUGS, "\n## Zoekterm {#kop-zoekterm}\n\nTekst.\n"),
                        atMarkerLine(DRUGS, "## Zoekterm"), "het id 'kop-zoekterm' komt twee keer voor (elk id mag maar één keer op een pagina staan: het template van de pagina"),
                bad("paragraph anchor that a heading of the page has",
                        p -> append(p, DRUGS, "\nNog een alinea. {#douane}\n"),
                        atMarkerLine(DRUGS, "Nog een alinea."), "het id 'douane' komt twee keer voor"),
                // Braces that set anything but an anchor are refused by the link stage, at their column.
                bad("style attribute on a paragraph",
                        p -> append(p, DRUGS, "\nRode tekst. {style=\"color: red\"}\n"),
                        atMarker(DRUGS, "{style"), "'{style=\"color: red\"}': accolades {…} geven alleen een anker, zoals {#anker}"),
                bad("event handler attribute on a paragraph",
                        p -> append(p, DRUGS, "\nKlik hier. {onclick=\"alert(1)\"}\n"),
                        atMarker(DRUGS, "{onclick"), "'{onclick=\"alert(1)\"}': accolades {…} geven alleen een anker, zoals {#anker}"),

                // ---- templates ----
                bad("template syntax error",
                        p -> insertBeforeLine(p, PAGE_TEMPLATE, 8, "  <#assign broken = >"),
                        atMarker(PAGE_TEMPLATE, "= >", 2), "fout in de opbouw van het template: Encountered \">\""),
                bad("template refers to a value that does not exist",
                        p -> insertBeforeLine(p, PAGE_TEMPLATE, 8, "  <p>${content.bestaatNiet}</p>"),
                        atMarker(PAGE_TEMPLATE, "content.bestaatNiet"), "fout in het template bij het maken van "
                                + DRUGS + " en 6 andere pagina's: "
                                + "The following has evaluated to null or missing: content.bestaatNiet"),
                bad("template writes a style attribute, in a macro of the layout",
                        p -> replace(p, LAYOUT, "</footer>", "<p style=\"color: red\">rood</p>\n</footer>"),
                        atMarkerLine(LAYOUT, "<p style="), "style-attribuut op <p> in offline/"),
                bad("template closes an element it did not open",
                        p -> replace(p, PAGE_TEMPLATE, "  <div class=\"tekst\">", "  <div class=\"tekst\"></span>"),
                        atMarkerLine(PAGE_TEMPLATE, "tekst\"></span>"), "ongeldige HTML (de HTML-lezer meldt: Unexpected EndTag token [</span>] when in state [InBody]) in offline/"),
                bad("template includes a template that does not exist",
                        p -> insertBeforeLine(p, PAGE_TEMPLATE, 8, "  <#include \"bestaat-niet.ftl\">"),
                        atMarker(PAGE_TEMPLATE, "<#include"), "Template not found for name \"bestaat-niet.ftl\". ("),
                bad("unreadable template (chmod 000)",
                        p -> {
                            Path file = p.resolve("templates/layout.ftl");
                            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
                            assumeFalse(Files.isReadable(file), "running as root: chmod 000 does not stop root from reading");
                        },
                        whole("templates/layout.ftl"), "het template kan niet worden gelezen: je hebt geen leesrechten"),
                bad("missing template",
                        p -> Files.delete(p.resolve("templates/glossary.ftl")),
                        whole("templates/glossary.ftl"), "het template ontbreekt"));
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
        Languages.assertOnly(ProblemCatalog.DUTCH, run.printed());
        assertNoStackTrace(run);
        assertEquals(lines.size(), lines.stream().distinct().count(), "each problem is reported once\n" + run.printed());
        assertEquals(builtFingerprint, Fixture.fingerprint(output), "the previous site must be byte-identical");
        assertNoLeftovers(output);
    }

    /** A git configuration with a token in it, as CI leaves it in the checkout. */
    static void gitConfig(Path project) throws IOException {
        Files.createDirectories(project.resolve(".git"));
        write(project, ".git/config", "[http]\n\textraheader = AUTHORIZATION: basic R0VIRUlNLTQ3MTE=\n");
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
                + ":(\\d+):(\\d+): deze pagina is te ingewikkeld om te bouwen \\(het lezen duurde langer dan 0 ms\\) \\(verdeel de pagina.*\\)$").matcher(line);
        assertTrue(m.matches(), line);
        assertTrue(Integer.parseInt(m.group(1)) >= 8 && Integer.parseInt(m.group(1)) <= lines, "a line of the page's text: " + line);
        assertNoStackTrace(run);
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()), "the previous site must be byte-identical");
        assertNoLeftovers(s.output());
    }

    @Test
    void oddButValidAddressesAreBuiltAndWrittenEscaped(@TempDir Path dir) throws IOException {
        // Each of these ended in "internal error" or a "malformed link" in a built page.
        Setup s = setUp(dir);
        String longUrl = "https://example.org/" + "lang/".repeat(20_000);
        append(s.project(), DRUGS, "Zie [a](https://example.org/{x}|y), [b](https://example.org/a\"b), [c](mailto:info@example.org?subject=<hoi>),"
                + " [d](https://bücher.example/straße), <https://example.org/{y}>, [e](https://example.org/%zz#a#b),"
                + " [f](https://example.org/a\\\\b) en [g](" + longUrl + ").\n");
        replace(s.project(), SITE, "repository: https://github.com/dossier-nl/dossier", "repository: https://github.com/dossier-nl/{dossier}");

        Run run = Fixture.build(s.project(), s.output(), "--quiet");

        assertEquals(0, run.exitCode(), run.printed());
        List<String> expected = List.of("https://example.org/{x}|y", "https://example.org/a\"b", "mailto:info@example.org?subject=<hoi>",
                "https://bücher.example/straße", "https://example.org/{y}", "https://example.org/%zz#a#b", "https://example.org/a\\b", longUrl);
        for (String page : List.of("bestrijding-drugssmokkel/index.html", "volledig/index.html")) {
            List<String> hrefs = Jsoup.parse(s.output().resolve(page).toFile(), "UTF-8").select("a[href]").eachAttr("href");
            for (String url : expected) assertTrue(hrefs.contains(url), page + " links to " + UrlPolicy.shown(url));
        }
        String html = Files.readString(s.output().resolve("bestrijding-drugssmokkel/index.html"));
        assertTrue(html.contains("href=\"https://example.org/a&quot;b\""), "a quote in an address is escaped");
        assertTrue(html.contains("href=\"mailto:info@example.org?subject=&lt;hoi&gt;\""), "a '<' in an address is escaped");
        assertTrue(html.contains("href=\"https://github.com/dossier-nl/{dossier}/edit/main/content/bestrijding-drugssmokkel.md\""), "site.yaml's address as written");
    }

    @Test
    void crlfLineEndingsDoNotShiftLineAndColumnInMessages(@TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        replace(s.project(), DRUGS, "[28]", "[99]");
        String where = Fixture.positionOf(s.project(), DRUGS, "[99]");
        write(s.project(), DRUGS, read(s.project(), DRUGS).replace("\n", "\r\n"));

        Run run = Fixture.build(s.project(), s.output(), "--quiet");

        assertEquals(1, run.exitCode(), run.printed());
        assertTrue(run.err().startsWith(DRUGS + ":" + where + ": de bronvermelding [99]"), run.printed());
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
        assertTrue(lines.get(0).startsWith(DRUGS + ":" + Fixture.positionOf(s.project(), DRUGS, "[99]") + ": de bronvermelding [99]"), run.printed());
        assertTrue(lines.get(1).startsWith(DRUGS + ":" + Fixture.positionOf(s.project(), DRUGS, "§ 9.9.9") + ": § 9.9.9"), run.printed());
        assertTrue(lines.get(2).startsWith(first + ":" + Fixture.positionOf(s.project(), first, "[x]") + ": link naar de pagina"), run.printed());
        assertEquals("3 problemen; er is niets gepubliceerd.", lines.get(3));
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
        assertEquals("2 problemen; er is niets gepubliceerd.", lines.get(2));
        assertNoStackTrace(run);
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()));
        assertNoLeftovers(s.output());
    }

    @Test
    void aPageAmongTheAssetsIsCheckedInTheOfflineCopyToo(@TempDir Path dir) throws IOException {
        // Published as it is, not rendered: the offline copy checks it from memory and reads it
        // again from assets/ to report the place, in the file the writer edits.
        Setup s = setUp(dir);
        Files.writeString(s.project().resolve("assets/uitleg.html"),
                "<!DOCTYPE html>\n<html lang=\"nl\"><head><title>Uitleg</title></head>\n<body>\n<h1>Uitleg</h1>\n"
                        + "<p><a href=\"bestaat-niet.html\">weg</a></p>\n</body></html>\n");

        Run run = Fixture.build(s.project(), s.output(), "--quiet");

        assertEquals(1, run.exitCode(), run.printed());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("assets/uitleg.html:5:4: kapotte link 'bestaat-niet.html'")),
                run.printed());
        assertNoStackTrace(run);
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()));
    }

    /**
     * A JBake project's own setting files are refused, and nothing in them is looked up: JBake's
     * commons-configuration would fetch {@code ${url:…}}, resolve {@code ${dns:…}} and run
     * {@code ${script:…}} in a value it reads (CVE-2022-33980).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jbake.properties", "custom.properties"})
    void jbakeSettingFilesAreRefusedAndNothingInThemIsLookedUp(String name, @TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        Path ran = dir.resolve("script-ran");
        try (Listener listener = new Listener()) {
            String url = listener.url("/" + name);
            // Keys JBake reads while baking (the version and time zone for every template), and
            // keys Dossier sets itself, which a project file could override.
            write(s.project(), name, String.join("\n",
                    "version=${url:UTF-8:" + url + "}",
                    "freemarker.timezone=${url:UTF-8:" + url + "}",
                    "render.encoding=${dns:address|localhost}",
                    "template.encoding=${script:javascript:java.nio.file.Files.createFile(java.nio.file.Path.of('"
                            + ran.toString().replace("\\", "/") + "'))}",
                    "date.format=${file:UTF-8:" + s.project().resolve("content/site.yaml") + "}",
                    "destination.folder=${env:HOME}",
                    ""));

            Run run = Fixture.build(s.project(), s.output(), "--quiet");

            assertEquals(1, run.exitCode(), run.printed());
            assertTrue(run.err().lines().anyMatch(l -> l.startsWith(name + ": Dossier leest " + name + " niet")
                    && l.endsWith("(haal " + name + " weg; instellingen van de site horen in content/site.yaml (docs/content-schema.md))")), run.printed());
            assertNoStackTrace(run);
            assertEquals(List.of(), listener.requests(), "no lookup fetched anything");
        }
        assertFalse(Files.exists(ran), "no lookup ran a script");
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()));
        assertNoLeftovers(s.output());
    }

    /** The characters either side of each forbidden range are allowed, and give a feed that is still XML. */
    @Test
    void charactersNextToTheForbiddenOnesBuildIntoAFeedThatIsXml(@TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        String edges = "\u0020\u007E\u00A0\u00FF\u0100\uD7FF\uE000\uFDCF\uFDF0\uFFFD\uD800\uDC00\uDBFF\uDFFD & <b> ]]>";
        replaceLine(s.project(), DRUGS, 2, "title: \"Grens\\x20\\x7E\\xA0\\xFF\\u0100\\uD7FF\\uE000\\uFDCF\\uFDF0\\uFFFD"
                + "\\U00010000\\U0010FFFD & <b> ]]>\"");
        replaceLine(s.project(), DRUGS, 5, "summary: \"Tab\\tregel\\nen \\u2028 einde\"");

        Run run = Fixture.build(s.project(), s.output(), "--quiet");

        assertEquals(0, run.exitCode(), run.printed());
        org.w3c.dom.Document feed = StrictXml.parse(s.output().resolve("feed.xml"));
        StrictXml.parse(s.output().resolve("sitemap.xml"));
        List<String> titles = new java.util.ArrayList<>();
        var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        for (int i = 0; i < entries.getLength(); i++) titles.add(entries.item(i).getTextContent());
        assertTrue(titles.contains("Grens" + edges), titles.toString());
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
        assertTrue(lines.get(0).contains("'order' moet een geheel getal zijn"), run.printed());
        assertTrue(lines.get(1).contains("'updated' moet een datum zijn"), run.printed());
        assertTrue(run.err().contains("onbekende sleutel 'titel'"), run.printed());
        assertTrue(run.err().contains("de verplichte sleutel 'title' ontbreekt"), run.printed());
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()));
    }

    @Test
    void verboseAddsNoStackTraceToContentErrors(@TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        replace(s.project(), DRUGS, "[28]", "[99]");

        Run run = Fixture.build(s.project(), s.output(), "--quiet", "--verbose");

        assertEquals(1, run.exitCode(), run.printed());
        assertTrue(run.err().contains("de bronvermelding [99]"), run.printed());
        assertNoStackTrace(run);
    }

    @Test
    void leftoversOfAKilledBuildAreRemovedEvenWhenTheNextBuildFails(@TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        Path stale = s.output().resolveSibling(".dossier-tmp-4242");
        Files.createDirectories(stale.resolve("half"));
        write(stale, "half/index.html", "<p>half geschreven</p>");
        write(stale, OutputGuard.MARKER, ""); // a build marks its temporary folders first
        replace(s.project(), DRUGS, "[28]", "[99]");

        Run run = Fixture.build(s.project(), s.output(), "--quiet");

        assertEquals(1, run.exitCode(), run.printed());
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()));
        assertNoLeftovers(s.output());
    }

    @Test
    void hiddenFilesAndEditorBackupsAreLeftOutOfTheSiteSilently(@TempDir Path dir) throws IOException {
        Setup s = setUp(dir);
        Path p = s.project();
        for (String file : List.of("assets/.env", "assets/.htaccess", "assets/.DS_Store", "assets/css/site.css~", "content/.DS_Store",
                "content/index.md~")) {
            write(p, file, "GEHEIM-4711\n");
        }
        Files.createDirectories(p.resolve("assets/.git"));
        write(p, "assets/.git/config", "GEHEIM-4711\n");
        write(p, "content/.concept.md", read(p, DRUGS) + "\nGEHEIM-4711\n");

        Run run = Fixture.build(p, s.output(), "--quiet");

        assertEquals(0, run.exitCode(), run.printed());
        assertEquals(builtFingerprint, Fixture.fingerprint(s.output()), "the site is the one built without them");
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
