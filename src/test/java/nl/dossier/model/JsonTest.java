package nl.dossier.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSON of the search files and the pages' schema.org data: valid JSON that is also safe inside a script. */
class JsonTest {

    @Test
    void escapesWhatJsonAndAScriptElementNeedAndCopiesTheRest() {
        assertEquals("\"\"", Json.write(""));
        assertEquals("\"drugscriminaliteit é ü ‘quote’\"", Json.write("drugscriminaliteit é ü ‘quote’"));
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\"", Json.write("a\"b\\c\nd\re\tf"));
        assertEquals("\"\\u0001\\u001f x \\u003c/script\\u003e \\u0026amp; \\u2028\\u2029\"",
                Json.write("\u0001\u001f x </script> &amp; \u2028\u2029"));
        // Escapes at the start and the end, and next to each other.
        assertEquals("\"\\u003c\\u003ctekst\\u003e\\n\"", Json.write("<<tekst>\n"));
    }

    @Test
    void halfACharacterIsEscapedAndAWholeOneCopied() {
        // A word's first two UTF-16 units, as the search files key it, can end inside a character.
        String cut = "a\uD835\uDC00b".substring(0, 2);
        assertEquals("\"a\\ud835\"", Json.write(cut));
        assertEquals("\"\\udc00b\"", Json.write("\uDC00b"));
        assertEquals("\"a\uD835\uDC00b \uD83D\uDE00\"", Json.write("a\uD835\uDC00b \uD83D\uDE00"));
        assertEquals("\"\\udc00\\ud835\"", Json.write("\uDC00\uD835"));
    }

    @Test
    void everyCharacterBelowSpaceIsEscaped() {
        for (char c = 0; c < 0x20; c++) {
            String json = Json.write(String.valueOf(c));
            assertEquals(c == '\n' || c == '\r' || c == '\t' ? 4 : 8, json.length(), Integer.toHexString(c) + ": " + json);
        }
    }

    @Test
    void writesNumbersListsMapsAndNull() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", 3);
        map.put("f", 1.5f);
        map.put("nan", Float.NaN);
        map.put("l", Arrays.asList("x", null, true));
        map.put("m", Map.of("k<", List.of()));
        assertEquals("{\"n\":3,\"f\":1.5,\"nan\":0,\"l\":[\"x\",null,true],\"m\":{\"k\\u003c\":[]}}", Json.write(map));
    }
}
