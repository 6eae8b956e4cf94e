package nl.dossier.cli;

import nl.dossier.TestSites;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar keeps the licence and notice texts of every library bundled in it: the shade
 * plugin merges the files that several libraries ship under one name (pom.xml), and a merge
 * that dropped one would go unnoticed otherwise. Runs after the package phase (see pom.xml).
 */
class LicensesJarTest {
    private static final Path JAR = TestSites.projectRoot().resolve("target/dossier.jar");
    private static final Pattern LEGAL = Pattern.compile("META-INF/(LICENSE|NOTICE|DEPENDENCIES)[^/]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTICE = Pattern.compile("META-INF/NOTICE(\\.txt|\\.md)?", Pattern.CASE_INSENSITIVE);

    @Test
    void everyBundledLibrarysLicenceAndNoticeTextIsInTheJar() throws IOException {
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (JarFile shaded = new JarFile(JAR.toFile())) {
            Set<String> noticeLines = lines(text(shaded, "META-INF/NOTICE"));
            for (String path : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (!path.endsWith(".jar")) continue;
                try (JarFile library = new JarFile(path)) {
                    if (!bundled(library, shaded)) continue;
                    for (JarEntry e : Collections.list(library.entries())) {
                        if (!LEGAL.matcher(e.getName()).matches()) continue;
                        String text = normalised(new String(library.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                        String where = Path.of(path).getFileName() + "!" + e.getName();
                        checked.add(where);
                        if (NOTICE.matcher(e.getName()).matches()) {
                            // Merged paragraph by paragraph, each once: every line must be there.
                            for (String line : lines(text)) if (!noticeLines.contains(line)) missing.add(where + ": " + line);
                        } else if (!text(shaded, e.getName()).contains(text)) {
                            missing.add(where);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "licence texts missing from " + JAR);
        // Lucene, PDFBox, openhtmltopdf, Freemarker and the Apache Commons libraries bring their own.
        assertTrue(checked.size() >= 25, "the libraries' licence files were found: " + checked);
    }

    /** Whether the shaded jar holds the library's classes. */
    private static boolean bundled(JarFile library, JarFile shaded) {
        return library.stream().map(JarEntry::getName)
                .filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class") && !n.startsWith("META-INF/"))
                .findFirst().map(n -> shaded.getEntry(n) != null).orElse(false);
    }

    private static String text(JarFile jar, String name) throws IOException {
        JarEntry e = jar.getJarEntry(name);
        return e == null ? "" : normalised(new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String normalised(String s) {
        return s.replace("\r\n", "\n");
    }

    private static Set<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//")).collect(Collectors.toSet());
    }
}
