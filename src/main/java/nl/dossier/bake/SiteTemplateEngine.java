package nl.dossier.bake;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import nl.dossier.render.Hyphenator;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.RenderingException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * JBake's template engine for the site's Freemarker templates, with one change: a variable that
 * is in the document's model is read from it directly.
 *
 * <p>JBake's {@link FreemarkerTemplateEngine} offers every variable a template reads to the model
 * extractors first, with a copy of the model; for a name no extractor knows, such as
 * {@code content}, that throws an exception, which it then catches. The templates read
 * {@code content} many times per page, each read paying for that exception. Names the
 * extractors know, and JBake's special {@code db} and {@code data}, still go to JBake's own model.
 * The Freemarker configuration is JBake's, made the same way. Besides JBake's variables, every
 * template has {@code messages}: the words of the site's language ({@link MessagesModel}).
 */
final class SiteTemplateEngine extends DelegatingTemplateEngine {
    /** The template variable with the words of the site's language (docs/templates.md). */
    static final String MESSAGES = "messages";
    /** The template function that puts Dutch soft hyphens into a title shown on the page. */
    static final String HYPHENATE = "hyphenate";
    /** The template function that gives a link to a folder its index.html, as the offline copy needs. */
    static final String INDEX_FILE = "indexFile";
    private final ContentStore store;
    private final JBakeConfiguration config;
    private final Configuration freemarker;
    /** JBake computes this for every document; the settings do not change during a bake. */
    private final Map<String, Object> settings;

    /** @param freemarker a configuration made by {@link #freemarker}, shared to parse each template once for several bakes */
    SiteTemplateEngine(ContentStore store, JBakeConfiguration config, Configuration freemarker) {
        super(store, config);
        this.store = store;
        this.config = config;
        this.settings = config.asHashMap();
        this.freemarker = freemarker;
    }

    /** Freemarker set up as JBake's own engine sets it up, with its cache of parsed templates. */
    static Configuration freemarker(JBakeConfiguration config) {
        Configuration freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            freemarker.setTimeZone(config.getFreemarkerTimeZone());
            freemarker.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        freemarker.setSharedVariable(HYPHENATE, (TemplateMethodModelEx) SiteTemplateEngine::hyphenate);
        freemarker.setSharedVariable(INDEX_FILE, (TemplateMethodModelEx) SiteTemplateEngine::indexFile);
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates folder", e);
        }
        return freemarker;
    }

    /**
     * {@code hyphenate(text, language)}: the text with soft hyphens when the language has patterns
     * ({@link Hyphenator}), for titles in headings, cards and lists; never for the head, ids or feeds.
     */
    private static TemplateModel hyphenate(List<?> args) throws TemplateModelException {
        if (args.size() != 2) throw new TemplateModelException("hyphenate takes a text and the site's language, e.g. hyphenate(t, content.site.language)");
        String text = ((TemplateScalarModel) args.get(0)).getAsString();
        String language = ((TemplateScalarModel) args.get(1)).getAsString();
        return new SimpleScalar(Hyphenator.hyphenates(language) ? Hyphenator.soft(text) : text);
    }

    /** {@code indexFile(url)}: {@link FolderLinks#withIndexFile}, the one rule for the templates' links and the page text's. */
    private static TemplateModel indexFile(List<?> args) throws TemplateModelException {
        if (args.size() != 1) throw new TemplateModelException("indexFile takes one address, e.g. indexFile(path)");
        return new SimpleScalar(FolderLinks.withIndexFile(((TemplateScalarModel) args.get(0)).getAsString()));
    }

    @Override
    public void renderDocument(org.jbake.template.model.TemplateModel model, String templateName, Writer writer)
            throws RenderingException {
        if (!templateName.endsWith(".ftl")) {
            super.renderDocument(model, templateName, writer);
            return;
        }
        process(model, templateName, writer, null);
    }

    private void process(org.jbake.template.model.TemplateModel model, String templateName, Writer writer, TemplateProcessingTracer tracer)
            throws RenderingException {
        model.setVersion(config.getVersion());
        model.setConfig(settings);
        try {
            Template template = freemarker.getTemplate(templateName);
            Environment env = template.createProcessingEnvironment(new ModelFirst(model), writer);
            if (tracer != null) env.setTemplateProcessingTracer(tracer);
            env.process();
        } catch (IOException | freemarker.template.TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /** Renders a document into a String, as JBake's {@code Renderer} renders it into its file. */
    String render(DocumentModel doc) throws RenderingException {
        StringWriter out = new StringWriter(16384);
        renderDocument(model(doc), JBakeSettings.TEMPLATES.get(doc.getType()), out);
        return out.toString();
    }

    /** Renders a document again, noting which template line wrote each part of it. */
    TemplateLines trace(DocumentModel doc) throws RenderingException {
        TemplateLines lines = new TemplateLines();
        process(model(doc), JBakeSettings.TEMPLATES.get(doc.getType()), lines.writer(), lines.tracer());
        return lines;
    }

    private org.jbake.template.model.TemplateModel model(DocumentModel doc) {
        org.jbake.template.model.TemplateModel model = new org.jbake.template.model.TemplateModel();
        model.setContent(doc);
        model.setRenderer(this);
        return model;
    }

    /** The document's model, falling back to JBake's lazy model for the names only it can answer. */
    private final class ModelFirst implements TemplateHashModel {
        private final SimpleHash eager;
        private final org.jbake.template.model.TemplateModel model;
        private TemplateHashModel jbake;

        ModelFirst(org.jbake.template.model.TemplateModel model) {
            this.model = model;
            this.eager = new SimpleHash(model, freemarker.getObjectWrapper());
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            if (key.equals(MESSAGES)) return ((MemoryContentStore) store).data().messagesModel();
            if (ModelExtractors.getInstance().containsKey(key) || key.equals("db") || key.equals("data")) {
                if (jbake == null) {
                    jbake = new FreemarkerTemplateEngine.LazyLoadingModel(freemarker.getObjectWrapper(), model, store, config);
                }
                return jbake.get(key);
            }
            return eager.get(key);
        }

        @Override
        public boolean isEmpty() {
            return eager.isEmpty();
        }
    }
}
