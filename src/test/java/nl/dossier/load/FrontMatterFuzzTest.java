package nl.dossier.load;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.dossier.model.PageSource;
import nl.dossier.model.Problem;
import nl.dossier.model.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the front-matter loader and the list files: whatever a writer types, the result is a
 * page or a reported problem with a position, never an exception. Seeds (in
 * src/test/resources/…/FrontMatterFuzzTestInputs) are copies of real content files.
 * Runs the seeds in every test run; {@code JAZZER_FUZZ=1} fuzzes (see pom.xml, docs/security.md).
 */
class FrontMatterFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void pageFrontMatter(FuzzedDataProvider data) {
        SourceFile src = source("content/fuzz-pagina.md", data.consumeRemainingAsString());
        List<Problem> problems = new ArrayList<>();
        Optional<PageSource> page = new PageReader(src, problems::add).read();
        assertTrue(page.isPresent() || !problems.isEmpty(), "a rejected page must say why");
        assertWellFormed(problems);
    }

    @FuzzTest(maxDuration = "10s")
    void referenceAndGlossaryFiles(FuzzedDataProvider data) {
        SourceFile src = source("content/references.yaml", data.consumeRemainingAsString());
        List<Problem> problems = new ArrayList<>();
        new ReferenceReader(src, problems::add).read();
        new GlossaryReader(src, problems::add).read();
        assertWellFormed(problems);
    }

    static SourceFile source(String name, String text) {
        return new SourceFile(Path.of(name), name, text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    static void assertWellFormed(List<Problem> problems) {
        for (Problem p : problems) {
            assertTrue(p.line() >= 0 && p.column() >= 0, p.toString());
            assertTrue(p.message() != null && !p.message().toString().isBlank() && !p.message().toString().startsWith(p.message().key()), p.toString());
            assertTrue(p.toString().startsWith(p.file()), p.toString());
        }
    }
}
