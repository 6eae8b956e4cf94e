package nl.dossier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dossier init [--language nl|en] DIR}: a small working site to start from. */
@Command(name = "init", description = "Writes a small working site into a new or empty folder DIR: two pages, a source, "
        + "an abbreviation, the templates and the assets.")
final class InitCommand implements Callable<Integer> {
    @Option(names = "--language", paramLabel = "LANG", description = "The language of the pages: nl or en (default: nl).")
    private String language = "nl";

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "The new or empty folder.")
    private List<String> params = List.of();

    @Override
    public Integer call() throws UsageException {
        if (params.size() != 1) throw new UsageException("give one folder to write the new site into: init DIR");
        if (!StarterSite.LANGUAGES.contains(language)) {
            throw new UsageException("--language must be " + String.join(" or ", StarterSite.LANGUAGES) + ", not '" + language + "'");
        }
        Path dir;
        try {
            dir = Path.of(params.get(0)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("init needs a folder, not '" + params.get(0) + "'");
        }
        List<String> written;
        try {
            written = StarterSite.write(language, dir);
        } catch (StarterSite.Refused e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            System.err.println("init: cannot write the site into " + dir + ": " + e.getMessage());
            return Main.CONTENT_ERROR;
        }
        String source = quoted(dir.toString());
        System.out.println("Wrote a new site (" + language + ", " + written.size() + " files) into " + dir + ".");
        System.out.println("Next:");
        System.out.println("  java -jar target/dossier.jar build --source " + source);
        System.out.println("  java -jar target/dossier.jar serve --source " + source);
        System.out.println("Edit the pages in " + dir.resolve("content") + "; the site goes to " + dir.resolve("target/site") + ".");
        return Main.OK;
    }

    /** A path as a shell reads it back: in single quotes when it holds anything but plain characters. */
    private static String quoted(String path) {
        return path.matches("[A-Za-z0-9_./:@%+=,-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
