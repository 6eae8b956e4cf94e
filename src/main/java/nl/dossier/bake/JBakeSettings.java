package nl.dossier.bake;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
        // The factory loads JBake's defaults (and a jbake.properties, if a project has one); ours override them.
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(projectRoot.toFile(), destination.toFile(), false);
        props.forEach(config::setProperty);
        config.setTemplateFolder(projectRoot.resolve("templates").toFile());
        config.setDestinationFolder(new File(destination.toString()));
        return config;
    }
}
