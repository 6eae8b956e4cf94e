package nl.dossier.bake;

import nl.dossier.model.Problem;
import nl.dossier.model.Phrase;
import nl.dossier.model.Problems;
import org.apache.commons.configuration2.AbstractConfiguration;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JBake's configuration for a Dossier site: our templates per document type, nothing else of JBake's. */
final class JBakeSettings {
    /** Document type → template file in templates/. */
    static final Map<String, String> TEMPLATES = Map.ofEntries(
            Map.entry("home", "home.ftl"),
            Map.entry("page", "page.ftl"),
            Map.entry("glossary", "glossary.ftl"),
            Map.entry("bibliography", "bibliography.ftl"),
            Map.entry("complete", "complete.ftl"),
            Map.entry("notfound", "404.ftl"),
            Map.entry("accessibility", "toegankelijkheid.ftl"),
            Map.entry("privacy", "privacy.ftl"),
            Map.entry("sitemap", "sitemap.ftl"),
            Map.entry("feed", "feed.ftl"),
            Map.entry("search", "search.ftl"));

    private JBakeSettings() {
    }

    static JBakeConfiguration create(Path projectRoot, Path destination) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("template.folder", "templates");
        props.put("content.folder", "content");
        props.put("asset.folder", "assets");
        props.put("render.encoding", "UTF-8");
        props.put("template.encoding", "UTF-8");
        props.put("freemarker.outputencoding", "UTF-8");
        props.put("output.extension", ".html");
        for (String flag : new String[] {"render.index", "render.feed", "render.archive", "render.tags",
                "render.tagsindex", "render.sitemap", "render.error404"}) {
            props.put(flag, false);
        }
        TEMPLATES.forEach((type, file) -> props.put("template." + type + ".file", file));
        props.put("template.sitemap.extension", ".xml");
        props.put("template.feed.extension", ".xml");
        DefaultJBakeConfiguration config = new DefaultJBakeConfiguration(projectRoot.toFile(), jbakeDefaults());
        config.setClearCache(false);
        props.forEach(config::setProperty);
        config.setTemplateFolder(projectRoot.resolve("templates").toFile());
        config.setDestinationFolder(new File(destination.toString()));
        return config;
    }

    /**
     * The JBake setting files a JBake project has in its folder. Dossier does not read them: it
     * sets everything JBake needs itself, the templates read nothing of JBake's settings, and
     * site settings live in content/site.yaml. A project's properties were also a way in: JBake's
     * commons-configuration resolves {@code ${url:…}}, {@code ${dns:…}} and {@code ${script:…}} in
     * values it reads (CVE-2022-33980), so a pull request could make the build fetch or run things.
     */
    static final List<String> PROJECT_FILES = List.of("custom.properties", "jbake.properties");

    /** A project with JBake's own setting files is refused rather than half-configured by them. */
    static void rejectProjectFiles(Path projectRoot, Problems problems) {
        for (String name : PROJECT_FILES) {
            if (Files.exists(projectRoot.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.inFile(name, Phrase.of("jbake.settings_file", "name", name)));
            }
        }
    }

    /**
     * JBake's own default.properties and nothing else: no project files (see {@link #PROJECT_FILES}),
     * no system properties, and no interpolation of {@code ${…}} in any value. Read directly rather
     * than through commons-configuration's builders, whose set-up (proxies and bean introspection)
     * is slow and lies on the build's critical path.
     */
    private static CompositeConfiguration jbakeDefaults() {
        CompositeConfiguration all = new CompositeConfiguration();
        all.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        all.setInterpolator(null);
        ((AbstractConfiguration) all.getInMemoryConfiguration()).setInterpolator(null);
        try (InputStream in = DefaultJBakeConfiguration.class.getClassLoader().getResourceAsStream("default.properties")) {
            if (in == null) throw new IllegalStateException("JBake's default.properties is missing from the classpath");
            all.addConfiguration(properties(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JBake's settings", e);
        }
        return all;
    }

    /** One properties file as JBake's ConfigUtil reads it: comma-separated lists, no includes, values as written. */
    private static PropertiesConfiguration properties(Reader in) throws IOException {
        PropertiesConfiguration c = new PropertiesConfiguration();
        c.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        c.setThrowExceptionOnMissing(true);
        c.setInterpolator(null);
        try {
            c.read(in);
        } catch (ConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        return c;
    }
}
