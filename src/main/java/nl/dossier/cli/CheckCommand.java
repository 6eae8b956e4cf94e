package nl.dossier.cli;

import nl.dossier.build.OutputGuard;
import nl.dossier.build.Progress;
import nl.dossier.build.Pipeline;
import nl.dossier.load.SiteLanguage;
import nl.dossier.model.Phrase;
import nl.dossier.model.ProblemCatalog;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Runs every check of the build (content schema, citations, cross-references, links, glossary,
 * templates, and the checks on the output) without publishing anything: the site is built in a
 * temporary folder that is deleted afterwards.
 */
@Command(name = "check", description = "Checks the content, templates and output like a build does, but publishes nothing.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, github }

    @Option(names = "--source", paramLabel = "DIR", description = CommonOptions.SOURCE)
    private Path source;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (file:line:col: message) or github (GitHub Actions annotations); default: text.")
    private Format format = Format.text;

    @Option(names = "--verbose", description = CommonOptions.VERBOSE)
    private boolean verbose;

    @Override
    public Integer call() throws UsageException {
        Path root = CommonOptions.source(source);
        PrintStream out = System.out;
        Path temp = null;
        try {
            temp = Files.createTempDirectory("dossier-check-");
            Pipeline.Result result = Pipeline.once(root).build(temp.resolve("site"), Progress.quiet());
            out.println(SiteLanguage.catalog(root).text(Phrase.of("cli.check_passed", "pages", result.graph().pages().size(),
                    "files", result.files())));
            return Main.OK;
        } catch (ContentException e) {
            ProblemCatalog words = SiteLanguage.catalog(root);
            List<Problem> problems = e.problems();
            for (Problem p : problems) out.println(format == Format.github ? github(p, words) : words.line(p));
            out.println(words.text(problems.size() == 1 ? Phrase.of("cli.check_failed_one")
                    : Phrase.of("cli.check_failed", "count", problems.size())));
            return Main.CONTENT_ERROR;
        } catch (IOException e) {
            out.println("cannot create a temporary folder: " + e.getMessage());
            return Main.CONTENT_ERROR;
        } catch (OutputGuard.Refused e) {
            System.err.println(ErrorReport.refused(e));
            return Main.USAGE_ERROR;
        } catch (RuntimeException | Error e) {
            out.println("internal error: " + e);
            if (verbose) e.printStackTrace();
            return Main.CONTENT_ERROR;
        } finally {
            if (temp != null) delete(temp);
        }
    }

    /** One GitHub Actions workflow command: {@code ::error file=…,line=…,col=…::message (hint)}. */
    static String github(Problem p, ProblemCatalog words) {
        StringBuilder b = new StringBuilder("::error file=").append(property(p.file()));
        if (p.line() > 0) {
            b.append(",line=").append(p.line());
            if (p.column() > 0) b.append(",col=").append(p.column());
        }
        String hint = words.hint(p);
        String message = words.message(p) + (hint == null || hint.isBlank() ? "" : " (" + hint + ")");
        return b.append("::").append(data(message)).toString();
    }

    /** Escaping as in GitHub's toolkit (@actions/core command.ts). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            // a leftover in the system temp folder is harmless
        }
    }
}
