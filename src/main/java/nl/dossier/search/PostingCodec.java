package nl.dossier.search;

/**
 * Whole numbers as text for the browser files: 5 bits per character, low bits first, with a
 * continuation bit, over an alphabet that needs no escaping in a JavaScript string.
 * search.js decodes it in a dozen lines.
 */
final class PostingCodec {
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private PostingCodec() {
    }

    static void append(StringBuilder out, int n) {
        if (n < 0) throw new IllegalArgumentException("negative: " + n);
        while (n >= 32) {
            out.append(ALPHABET.charAt((n & 31) | 32));
            n >>>= 5;
        }
        out.append(ALPHABET.charAt(n));
    }

    static int[] decode(String s) {
        int[] tmp = new int[s.length()];
        int count = 0, value = 0, shift = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = ALPHABET.indexOf(s.charAt(i));
            value |= (v & 31) << shift;
            if (v < 32) {
                tmp[count++] = value;
                value = 0;
                shift = 0;
            } else {
                shift += 5;
            }
        }
        return java.util.Arrays.copyOf(tmp, count);
    }
}
