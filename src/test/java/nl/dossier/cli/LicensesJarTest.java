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

    /**
     * A library class patched in src/main/java keeps its licence header, and the jar carries that
     * licence (with its copyright lines) for the class it holds in place of the library's own.
     */
    @Test
    void patchedLibrarySourcesKeepTheirLicenceAndTheJarCarriesIt() throws IOException {
        Path patched = TestSites.projectRoot().resolve("src/main/java/com/vladsch");
        List<Path> sources;
        try (var files = java.nio.file.Files.walk(patched)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertTrue(!sources.isEmpty(), "the patched flexmark class is found");
        try (JarFile shaded = new JarFile(JAR.toFile())) {
            String licences = shaded.stream().map(JarEntry::getName).filter(n -> LEGAL.matcher(n).matches())
                    .map(n -> {
                        try {
                            return text(shaded, n);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).collect(Collectors.joining("\n"));
            for (Path source : sources) {
                String header = java.nio.file.Files.readString(source);
                header = header.substring(0, header.indexOf("*/"));
                assertTrue(header.contains("Redistribution and use in source and binary forms") && header.contains("DISCLAIMED"),
                        source + " keeps its BSD licence header");
                for (String line : header.lines().map(l -> l.replaceFirst("^\\s*\\*\\s?", "").strip()).filter(l -> l.startsWith("Copyright")).toList()) {
                    assertTrue(licences.contains(line), "the jar's licence files carry '" + line + "' for " + source.getFileName());
                }
                String clazz = TestSites.projectRoot().resolve("src/main/java").relativize(source).toString().replace(".java", ".class");
                assertTrue(shaded.getEntry(clazz) != null, clazz + " is in the jar");
            }
            assertTrue(licences.contains("Redistributions in binary form must reproduce the above copyright notice"), "the BSD licence text");
        }
    }

    /**
     * The Dutch hyphenation patterns (OpenTaal, BSD-2-clause) are data shipped in the jar, not a
     * library: the jar carries them unchanged with their copyright lines and licence text.
     */
    @Test
    void theHyphenationPatternsShipWithTheirCopyrightAndLicence() throws IOException {
        String patterns = "nl/dossier/hyphenation/hyph_nl_NL.dic";
        try (JarFile shaded = new JarFile(JAR.toFile())) {
            JarEntry entry = shaded.getJarEntry(patterns);
            assertTrue(entry != null, patterns + " is in the jar");
            byte[] source = java.nio.file.Files.readAllBytes(TestSites.projectRoot().resolve("src/main/resources/" + patterns));
            assertTrue(java.util.Arrays.equals(source, shaded.getInputStream(entry).readAllBytes()), "the patterns are shipped unchanged");
            String licence = text(shaded, "META-INF/LICENSE-hyphen-nl.txt");
            for (String line : List.of("1996 Nederlandstalige Tex Gebruikersgroep", "2001-2005 Simon Brouwer e.a.", "2006-2010 OpenTaal",
                    "Redistributions in binary form must reproduce the above copyright notice", "DISCLAIMED")) {
                assertTrue(licence.contains(line), "META-INF/LICENSE-hyphen-nl.txt carries '" + line + "'");
            }
        }
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
