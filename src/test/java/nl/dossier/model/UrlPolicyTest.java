package nl.dossier.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The address policy read the way a browser reads an address: schemes hidden by case, controls,
 * tabs, line breaks or entities are found; odd addresses a browser takes are accepted; typos in
 * the host are refused with a hint, never left to crash a later stage.
 */
class UrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\u0001\u001Fjavascript:x",
            "java\tscript:alert(1)", "java\nscript:alert(1)", "java\r\nscript:x", "javascript:x\u0000 ", "\tjavascript:x"})
    void aSchemeIsFoundAsABrowserFindsIt(String url) {
        assertEquals("javascript", UrlPolicy.scheme(url));
        assertEquals("links with javascript: are not allowed", UrlPolicy.check(url).orElseThrow().message().toString());
    }

    @Test
    void entitiesAreDecodedAsInAnAttributeBeforeDeciding() {
        assertEquals("javascript", UrlPolicy.scheme(UrlPolicy.inAttribute("javascript&colon;alert(1)")));
        assertEquals("javascript", UrlPolicy.scheme(UrlPolicy.inAttribute("&#x6A;avascript:alert(1)")));
        assertEquals("javascript", UrlPolicy.scheme(UrlPolicy.inAttribute("java&#x09;script:alert(1)")));
        assertEquals("javascript", UrlPolicy.scheme(UrlPolicy.inAttribute("java&Tab;script:alert(1)")));
        assertEquals("https://e.org/?a=1&b=2", UrlPolicy.inAttribute("https://e.org/?a=1&amp;b=2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vbscript:msgbox(1)", "livescript:x", "data:text/html,<script>x</script>", "file:///etc/passwd",
            "jar:file:x!/y", "view-source:https://e.org", "intent://x", "ms-settings:", "blob:https://e.org/1", "filesystem:x", "tel:112"})
    void everyOtherSchemeIsRefused(String url) {
        Optional<UrlPolicy.Refusal> r = UrlPolicy.check(url);
        assertTrue(r.isPresent(), url);
        assertTrue(r.get().message().toString().startsWith("links with " + UrlPolicy.scheme(url) + ":"), r.get().message().toString());
        assertTrue(r.get().hint().toString().contains("https://"), r.get().hint().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1javascript:x", "-javascript:x", "página.md", "../a/index.html#x", "#anker",
            "?q=1", "//example.org/x"})
    void whatHasNoSchemeIsRelative(String url) {
        assertNull(UrlPolicy.scheme(url), url);
        assertEquals(Optional.empty(), UrlPolicy.check(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/{x}|y", "https://example.org/a\"b", "https://example.org/a'b", "https://example.org/%zz",
            "https://example.org/#a#b", "https://example.org/a\\b", "mailto:x@example.org?subject=<hoi>&body=\"x\"",
            "https://bücher.example/straße", "HTTPS://EXAMPLE.ORG:8443/", "https:example.org", "http://user@example.org/",
            "https://192.168.0.1/", "https://[2001:db8::1]:8080/x", "https://example.org./", "https://a_b.example.org/",
            "https://example.org/?q=<script>", "mailto:a@b.c"})
    void oddAddressesABrowserTakesAreAccepted(String url) {
        assertEquals(Optional.empty(), UrlPolicy.check(url), url);
        assertEquals(Optional.empty(), UrlPolicy.checkWebAddress(url.startsWith("mailto:") ? "https://e.org/" : url), url);
    }

    @Test
    void aVeryLongAddressIsAcceptedInLinearTime() {
        String url = "https://example.org/" + "a/".repeat(500_000);
        long start = System.nanoTime();
        assertEquals(Optional.empty(), UrlPolicy.check(url));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "a million characters checked in well under two seconds");
        assertTrue(UrlPolicy.check("javascript:" + "x".repeat(500_000)).orElseThrow().message().toString().length() < 100, "a long address is cut short in messages");
    }

    @Test
    void typosInTheHostAreRefusedWithAHint() {
        assertEquals("the address 'http://' has no host name", UrlPolicy.check("http://").orElseThrow().message().toString());
        assertEquals("pad", UrlPolicy.host("https:///pad"), "as in a browser, slashes after a special scheme are skipped");
        assertNull(UrlPolicy.scheme("java script:alert(1)"), "a space ends the scheme: a relative path, refused for its space");
        assertEquals("the address 'https://exa mple.org' has a space or control character in it",
                UrlPolicy.check("https://exa mple.org").orElseThrow().message().toString());
        assertEquals("the host name 'e{x}.org' in 'https://e{x}.org/' has a character a host name cannot have",
                UrlPolicy.check("https://e{x}.org/").orElseThrow().message().toString());
        assertEquals("the host name '[::1' in 'https://[::1/' is not a valid IPv6 address", UrlPolicy.check("https://[::1/").orElseThrow().message().toString());
        assertEquals("the host name 'a..b' in 'https://a..b/' is not a valid host name", UrlPolicy.check("https://a..b/").orElseThrow().message().toString());
        assertEquals("the port '99999' in 'https://example.org:99999/' is not a number from 0 to 65535",
                UrlPolicy.check("https://example.org:99999/").orElseThrow().message().toString());
        assertEquals("the address 'mailto:' has no e-mail address", UrlPolicy.check("mailto:").orElseThrow().message().toString());
        for (String bad : List.of("http://", "https://exa mple.org", "https://e{x}.org/", "https://example.org:x/")) {
            assertTrue(!UrlPolicy.check(bad).orElseThrow().hint().toString().isBlank(), bad);
        }
    }

    @Test
    void aWebAddressMustBeFullHttpOrHttps() {
        assertEquals("'mailto:a@b.c' is not a full web address", UrlPolicy.checkWebAddress("mailto:a@b.c").orElseThrow().message().toString());
        assertEquals("'www.example.org' is not a full web address", UrlPolicy.checkWebAddress("www.example.org").orElseThrow().message().toString());
        assertEquals("links with javascript: are not allowed", UrlPolicy.checkWebAddress(" JaVaScRiPt:alert(1)").orElseThrow().message().toString());
        assertTrue(UrlPolicy.checkWebAddress("javascript:x").orElseThrow().hint().toString().startsWith("write a web address that starts with https://"));
        assertEquals(Optional.empty(), UrlPolicy.checkWebAddress("https://www.nationaledrugmonitor.nl/"));
    }

    @Test
    void theHostIsTheOneABrowserConnectsTo() {
        assertEquals("example.org", UrlPolicy.host("HTTPS://User:pw@Example.ORG:8443/pad?q#f"));
        assertEquals("example.org", UrlPolicy.host("https:\\\\example.org\\pad"));
        assertEquals("example.org", UrlPolicy.host("https://example.org\\@evil.example/"));
        assertEquals("evil.example", UrlPolicy.host("https://example.org@evil.example/"));
        assertEquals("xn--bcher-kva.example", UrlPolicy.host("https://bücher.example/"));
        assertEquals("example.org", UrlPolicy.host("ht\ttps://exam\nple.org/"));
        assertNull(UrlPolicy.host("mailto:a@example.org"));
        assertNull(UrlPolicy.host("http://"));
    }

    @Test
    void eachAddressOfAListAttributeIsChecked() {
        assertEquals(List.of("a.png", "javascript:x", "c.png"), UrlPolicy.addresses("srcset", "a.png 1x, javascript:x 2x,c.png"));
        assertEquals(List.of("https://a.example/", "javascript:x"), UrlPolicy.addresses("ping", " https://a.example/\tjavascript:x "));
        assertEquals(List.of("x, y"), UrlPolicy.addresses("href", "x, y"));
    }

    @Test
    void cleaningStripsControlsAtTheEndsAndTabsAndBreaksInside() {
        assertEquals("https://e.org/ab", UrlPolicy.clean(" \u0000https://e.o\trg/a\nb\r\u001F "));
        assertEquals("a b", UrlPolicy.clean("a b"));
    }
}
