package nl.dossier.load;

import nl.dossier.model.ProblemCatalog;
import nl.dossier.model.SiteSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The language a site's problems are shown in: {@code language} in {@code content/site.yaml},
 * read on its own when a command reports problems, because the problems may be in site.yaml
 * itself. The file is read under the same rules as a build ({@link SourceReader}); when it does
 * not parse as a whole, its top-level {@code language:} line is read alone, so a typo elsewhere
 * in site.yaml still gets messages in the site's language. When even that fails, or the language
 * is one the site cannot be built in (not a language code, or without its
 * {@code templates/messages/<language>.yaml}: what site.yaml's own problem then is), the
 * language is unknown and {@link ProblemCatalog#forLanguage} gives the default, Dutch.
 */
public final class SiteLanguage {
    private SiteLanguage() {
    }

    /** The catalog for the site in {@code projectRoot}. */
    public static ProblemCatalog catalog(Path projectRoot) {
        return ProblemCatalog.forLanguage(of(projectRoot));
    }

    /** The site's language code, {@code nl} when site.yaml has no {@code language}, or null when it cannot be read or used. */
    static String of(Path projectRoot) {
        String language = written(projectRoot);
        if (language == null || !language.matches("[a-z]{2,3}")) return null;
        return Files.isRegularFile(new ContentLoader(projectRoot).messagesFile(language)) ? language : null;
    }

    private static String written(Path projectRoot) {
        Path file = projectRoot.resolve("content").resolve(ContentLoader.SITE_FILE);
        String text;
        try {
            text = new SourceReader(projectRoot).read(file, p -> { }).map(s -> s.text()).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
        if (text == null) return null;
        Optional<Node> whole = compose(text);
        if (whole.isPresent()) {
            if (!(whole.get() instanceof MappingNode map)) return null;
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("language")) {
                    return t.getValueNode() instanceof ScalarNode v ? v.getValue().strip() : null;
                }
            }
            return SiteSettings.DEFAULT_LANGUAGE;
        }
        for (String line : text.split("\n")) {
            if (!line.startsWith("language:")) continue;
            Optional<Node> alone = compose(line);
            if (alone.isPresent() && alone.get() instanceof MappingNode map && map.getValue().size() == 1
                    && map.getValue().get(0).getValueNode() instanceof ScalarNode v) {
                return v.getValue().strip();
            }
        }
        return null;
    }

    private static Optional<Node> compose(String yaml) {
        try {
            return new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build()).composeString(yaml);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
