package nl.dossier.bake;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The offline copy's links to folders: only the attribute values a browser reads as such links change. */
class FolderLinksTest {

    @Test
    void aRelativeLinkToAFolderGetsItsIndexFile() {
        assertEquals("../begrippen/index.html#term-om", FolderLinks.withIndexFile("../begrippen/#term-om"));
        assertEquals("./index.html", FolderLinks.withIndexFile("./"));
        assertEquals("../index.html?q=a/b#x", FolderLinks.withIndexFile("../?q=a/b#x"));
        for (String same : new String[] {"#inhoud", "", "../feed.xml", "/begrippen/", "//host/x/",
                "https://example.org/x/", "mailto:a@b.nl", "../x.html#y/", "?q=x/"}) {
            assertEquals(same, FolderLinks.withIndexFile(same), same);
        }
    }

    @Test
    void onlyTheLinksValuesChangeTheRestStaysByteForByte() {
        String html = "<p>Zie <a href=\"../a/#x\">a</a>, <a class=x href='../b/'>b</a> en <a href=../c/ >c</a>.</p>\n"
                + "<!-- <a href=\"../d/\"> --><pre>&lt;a href=\"../e/\"&gt; href=\"../f/\"</pre>\n"
                + "<a href=\"../g/?a=1&amp;b=2\">g</a><form action=\"../zoeken/\"></form><img src=\"../h/\" alt=\"\">\n"
                + "<a href=\"https://example.org/i/\">i</a><a href=\"#j\">j</a>";
        assertEquals("<p>Zie <a href=\"../a/index.html#x\">a</a>, <a class=x href='../b/index.html'>b</a> en <a href=../c/index.html >c</a>.</p>\n"
                + "<!-- <a href=\"../d/\"> --><pre>&lt;a href=\"../e/\"&gt; href=\"../f/\"</pre>\n"
                + "<a href=\"../g/index.html?a=1&amp;b=2\">g</a><form action=\"../zoeken/index.html\"></form><img src=\"../h/\" alt=\"\">\n"
                + "<a href=\"https://example.org/i/\">i</a><a href=\"#j\">j</a>", FolderLinks.withIndexFiles(html));
        String none = "<p>Geen <a href=\"#x\">map</a>.</p>";
        assertSame(none, FolderLinks.withIndexFiles(none));
    }
}
