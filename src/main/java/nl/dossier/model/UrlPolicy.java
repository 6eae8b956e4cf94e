package nl.dossier.model;

import java.net.IDN;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for every address the site publishes, wherever it was written: Markdown links,
 * autolinks and images, raw HTML, {@code site.yaml}, {@code references.yaml}, and the built pages
 * read back by the output check. Allowed are {@code http:}, {@code https:}, {@code mailto:} and
 * relative addresses; anything else (javascript:, vbscript:, data:, file:, …) is refused.
 *
 * <p>An address is read the way a browser reads it (the WHATWG URL standard's basic URL parser,
 * as far as the scheme and host go): leading and trailing C0 controls and spaces are stripped,
 * tabs and line breaks anywhere are removed, and the scheme is the run of letters, digits,
 * {@code + - .} that starts with a letter and ends at the first {@code :}. So
 * {@code " JaVa\tScRiPt:…"} is javascript:, while {@code "java script:…"} has no scheme (a
 * relative path). {@code java.net.URI} is not used: it rejects addresses browsers accept (braces,
 * spaces, {@code %zz}) and knows nothing of the stripping. Entities are the caller's business:
 * pass the value as the browser has it after decoding the attribute (jsoup does that when it
 * parses; {@link #inAttribute} for text that will be written into an attribute unchanged).
 *
 * <p>Paths, queries and fragments are accepted as written (a browser percent-encodes what needs
 * it; every writer of HTML here escapes attribute values). The host of an http(s) address must be
 * a real host name, so a typo such as {@code http://} or {@code https://exa mple.org} is a
 * content error with a hint rather than a broken link or a crash later on.
 */
public final class UrlPolicy {
    /** The schemes a published address may have; lower case. */
    public static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    /**
     * Attributes whose value is an address (or a list of them) in some element of HTML, SVG or
     * MathML, or in an obsolete one a browser still knows.
     */
    public static final Set<String> ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "poster", "srcset",
            "imagesrcset", "data", "codebase", "cite", "background", "longdesc", "manifest", "icon", "ping", "lowsrc", "dynsrc",
            "archive", "classid", "profile", "usemap", "itemtype", "itemid");
    /** Longest address shown in a message; longer ones are cut with an ellipsis. */
    private static final int SHOWN = 80;
    private static final Phrase WEB_HINT = Phrase.of("url.web_address.hint");

    private UrlPolicy() {
    }

    /** Why an address is refused, for a {@link Problem}. */
    public record Refusal(Phrase message, Phrase hint) {
    }

    /**
     * Checks any address a page may link to: relative, or with an allowed scheme and (for
     * http and https) a valid host.
     *
     * @param url the address as the browser has it (attribute already decoded)
     * @return why it is refused, or empty when it is allowed
     */
    public static Optional<Refusal> check(String url) {
        String clean = clean(url);
        Optional<Refusal> space = space(clean);
        if (space.isPresent()) return space;
        String scheme = scheme(clean);
        if (scheme == null) return Optional.empty();
        if (!SCHEMES.contains(scheme)) {
            return Optional.of(new Refusal(Phrase.of("url.scheme", "scheme", scheme), Phrase.of("url.scheme.hint", "scheme", scheme)));
        }
        if (scheme.equals("mailto")) {
            return clean.length() > "mailto:".length() ? Optional.empty()
                    : Optional.of(new Refusal(Phrase.of("url.empty_mailto"), Phrase.of("url.empty_mailto.hint")));
        }
        return checkHost(clean, scheme);
    }

    /**
     * Checks an address that must be a full web address (http or https with a host), such as the
     * site.yaml addresses and a reference's url.
     */
    public static Optional<Refusal> checkWebAddress(String url) {
        String clean = clean(url);
        String scheme = scheme(clean);
        if (scheme == null || scheme.equals("mailto")) {
            return Optional.of(new Refusal(Phrase.of("url.not_full", "url", shown(url)), WEB_HINT));
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(new Refusal(Phrase.of("url.scheme", "scheme", scheme), WEB_HINT));
        }
        Optional<Refusal> space = space(clean);
        return space.isPresent() ? space : checkHost(clean, scheme);
    }

    /**
     * A space or control character inside an address: a browser would percent-encode it, but
     * written by hand it is nearly always two things run together or a typo.
     */
    private static Optional<Refusal> space(String clean) {
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c <= ' ' || c == 0x7F) {
                return Optional.of(new Refusal(Phrase.of("url.space", "url", shown(clean)), Phrase.of("url.space.hint")));
            }
        }
        return Optional.empty();
    }

    /**
     * The scheme as a browser finds it, in lower case, or null for a relative address.
     */
    public static String scheme(String url) {
        String clean = clean(url);
        if (clean.isEmpty() || !isAsciiLetter(clean.charAt(0))) return null;
        for (int i = 1; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == ':') return clean.substring(0, i).toLowerCase(Locale.ROOT);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return null;
        }
        return null;
    }

    /**
     * The host of an http or https address in lower case, internationalised names in their
     * ASCII form ({@code xn--…}), or null when the address has no valid host or another scheme.
     */
    public static String host(String url) {
        String clean = clean(url);
        String scheme = scheme(clean);
        if (!"http".equals(scheme) && !"https".equals(scheme)) return null;
        Authority a = authority(clean, scheme);
        return a.host().isEmpty() || hostProblem(a.host()) != null ? null : asciiHost(a.host());
    }

    /**
     * The address as the browser reads it: C0 controls and spaces stripped from both ends, tabs
     * and line breaks removed everywhere.
     */
    public static String clean(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') start++;
        while (end > start && url.charAt(end - 1) <= ' ') end--;
        StringBuilder b = null;
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (b == null) b = new StringBuilder(end - start).append(url, start, i);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? url.substring(start, end) : b.toString();
    }

    /**
     * The addresses in the value of an attribute of {@link #ATTRIBUTES}: one, or for
     * {@code srcset} each candidate's address and for {@code ping}, {@code archive} and
     * {@code itemtype} each address of the space-separated list. Cutting a srcset at every comma
     * may cut an address that has one; each piece is then checked on its own, which can only refuse more.
     */
    public static List<String> addresses(String attribute, String value) {
        switch (attribute) {
            case "srcset", "imagesrcset" -> {
                List<String> out = new ArrayList<>();
                for (String candidate : value.split(",")) {
                    String c = candidate.strip();
                    int space = 0;
                    while (space < c.length() && c.charAt(space) > ' ') space++;
                    if (space > 0) out.add(c.substring(0, space));
                }
                return out;
            }
            case "ping", "archive", "itemtype" -> {
                return Arrays.stream(value.split("[\\t\\n\\f\\r ]+")).filter(s -> !s.isEmpty()).toList();
            }
            default -> {
                return List.of(value);
            }
        }
    }

    /**
     * What a browser reads from {@code value} written into an attribute as it is, entities and
     * all, by a writer that escapes only what is not already an entity (flexmark does that):
     * the entities are decoded.
     */
    public static String inAttribute(String value) {
        return value.indexOf('&') < 0 ? value : org.jsoup.parser.Parser.unescapeEntities(value, true);
    }

    /** The address for a message: long ones cut short. */
    public static String shown(String url) {
        return url.length() <= SHOWN ? url : url.substring(0, SHOWN) + "…";
    }

    private record Authority(String host, String port) {
    }

    /**
     * The host and port of a special (http, https) address. As in a browser, any run of slashes
     * and backslashes after the scheme is skipped and the authority ends at the next slash,
     * backslash, '?' or '#'; user information before the last '@' is left out.
     */
    private static Authority authority(String clean, String scheme) {
        int i = scheme.length() + 1;
        while (i < clean.length() && (clean.charAt(i) == '/' || clean.charAt(i) == '\\')) i++;
        int end = i;
        while (end < clean.length() && "/\\?#".indexOf(clean.charAt(end)) < 0) end++;
        String authority = clean.substring(i, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) return new Authority(authority, "");
            String rest = authority.substring(close + 1);
            return new Authority(authority.substring(0, close + 1), rest.startsWith(":") ? rest.substring(1) : rest);
        }
        int colon = authority.lastIndexOf(':');
        return colon < 0 ? new Authority(authority, "") : new Authority(authority.substring(0, colon), authority.substring(colon + 1));
    }

    private static Optional<Refusal> checkHost(String clean, String scheme) {
        Authority a = authority(clean, scheme);
        if (a.host().isEmpty()) {
            return Optional.of(new Refusal(Phrase.of("url.no_host", "url", shown(clean)), WEB_HINT));
        }
        String why = hostProblem(a.host());
        if (why != null) {
            return Optional.of(new Refusal(Phrase.of(why, "host", shown(a.host()), "url", shown(clean)), Phrase.of("url.host.hint")));
        }
        if (!a.port().isEmpty() && !validPort(a.port())) {
            return Optional.of(new Refusal(Phrase.of("url.port", "port", shown(a.port()), "url", shown(clean)), Phrase.of("url.port.hint")));
        }
        return Optional.empty();
    }

    /** Why a host cannot be used (a catalog key), or null when it is a host name, an IPv4 or a bracketed IPv6 address. */
    private static String hostProblem(String host) {
        if (host.startsWith("[")) {
            if (!host.endsWith("]") || host.length() < 4) return "url.host_ipv6";
            for (int i = 1; i < host.length() - 1; i++) {
                char c = host.charAt(i);
                if (!(c == ':' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                    return "url.host_ipv6";
                }
            }
            return null;
        }
        String ascii = asciiHost(host);
        if (ascii == null) return "url.host_idn";
        String name = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        if (name.isEmpty() || name.length() > 253) return "url.host_invalid";
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) return "url.host_invalid";
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) return "url.host_character";
            }
        }
        return null;
    }

    /** The host in lower-case ASCII (internationalised labels as xn--…), or null when it cannot be converted. */
    private static String asciiHost(String host) {
        if (host.chars().allMatch(c -> c < 0x80)) return host.toLowerCase(Locale.ROOT);
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean validPort(String port) {
        if (port.length() > 5) return false;
        for (int i = 0; i < port.length(); i++) if (port.charAt(i) < '0' || port.charAt(i) > '9') return false;
        return Integer.parseInt(port) <= 65535;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
