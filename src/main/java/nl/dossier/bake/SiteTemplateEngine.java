package nl.dossier.bake;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
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
import java.util.Map;

/**
 * JBake's template engine for the site's Freemarker templates, with one change: a variable that
 * is in the document's model is read from it directly.
 *
 * <p>JBake's {@link FreemarkerTemplateEngine} offers every variable a template reads to the model
 * extractors first, with a copy of the model; for a name no extractor knows, such as
 * {@code content}, that throws an exception, which it then catches. The templates read
 * {@code content} about a hundred times per page: it was 4 % of a 1,000-page build's CPU. Names the
 * extractors know, and JBake's special {@code db} and {@code data}, still go to JBake's own model.
 * The Freemarker configuration is JBake's, made the same way, plus the directive
 * {@code <@offlineOnly>} ({@link OfflineOnly}).
 *
 * <p>An engine renders for one edition of the site. The offline copy's engine can also give the
 * hosted site's page from the same rendering ({@link #renderEditions}, {@link EditionTrace}).
 */
final class SiteTemplateEngine extends DelegatingTemplateEngine {
    private final ContentStore store;
    private final JBakeConfiguration config;
    private final Configuration freemarker;
    private final boolean offline;
    /** JBake computes this for every document; the settings do not change during a bake. */
    private final Map<String, Object> settings;

    /** An engine for the hosted site. */
    SiteTemplateEngine(ContentStore store, JBakeConfiguration config) {
        this(store, config, freemarker(config), false);
    }

    /**
     * @param freemarker a configuration made by {@link #freemarker}, shared to parse each template once for several bakes
     * @param offline    whether it renders the offline copy
     */
    SiteTemplateEngine(ContentStore store, JBakeConfiguration config, Configuration freemarker, boolean offline) {
        super(store, config);
        this.store = store;
        this.config = config;
        this.settings = config.asHashMap();
        this.freemarker = freemarker;
        this.offline = offline;
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
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates folder", e);
        }
        freemarker.setSharedVariable(OfflineOnly.NAME, new OfflineOnly());
        return freemarker;
    }

    @Override
    public void renderDocument(org.jbake.template.model.TemplateModel model, String templateName, Writer writer)
            throws RenderingException {
        if (!templateName.endsWith(".ftl")) {
            super.renderDocument(model, templateName, writer);
            return;
        }
        render(model, templateName, writer, new EditionTrace(offline, null));
    }

    private void render(org.jbake.template.model.TemplateModel model, String templateName, Writer writer, EditionTrace trace)
            throws RenderingException {
        model.setVersion(config.getVersion());
        model.setConfig(settings);
        try {
            Template template = freemarker.getTemplate(templateName);
            Environment env = template.createProcessingEnvironment(new ModelFirst(model, trace), writer);
            env.setCustomState(EditionTrace.KEY, trace);
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

    /**
     * A document rendered once for both editions.
     *
     * @param copy   the offline copy's page
     * @param hosted the hosted site's page as pieces of {@code copy}, start and end offsets in turn
     *               ({@link EditionTrace#hostedPieces}); null when the rendering read the edition,
     *               and the hosted site must render the document itself
     */
    record Editions(String copy, int[] hosted) {
    }

    /** Renders a document for the offline copy, and gives the hosted page from it where it can ({@link EditionTrace}). */
    Editions renderEditions(DocumentModel doc) throws RenderingException {
        if (!offline) throw new IllegalStateException("the hosted site's engine renders one edition");
        StringWriter out = new StringWriter(16384);
        EditionTrace trace = new EditionTrace(true, out);
        render(model(doc), JBakeSettings.TEMPLATES.get(doc.getType()), out, trace);
        String copy = out.toString();
        return new Editions(copy, trace.hostedPieces(copy.length()));
    }

    private org.jbake.template.model.TemplateModel model(DocumentModel doc) {
        org.jbake.template.model.TemplateModel model = new org.jbake.template.model.TemplateModel();
        model.setContent(doc);
        model.setRenderer(this);
        return model;
    }

    /**
     * The document's model, falling back to JBake's lazy model for the names only it can answer.
     * Every name a template reads passes here, so this is where a read of the edition is noted.
     */
    private final class ModelFirst implements TemplateHashModel {
        private final SimpleHash eager;
        private final org.jbake.template.model.TemplateModel model;
        private final EditionTrace trace;
        private TemplateHashModel jbake;
        private TemplateModel content;

        ModelFirst(org.jbake.template.model.TemplateModel model, EditionTrace trace) {
            this.model = model;
            this.trace = trace;
            this.eager = new SimpleHash(model, freemarker.getObjectWrapper());
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            boolean extractor = ModelExtractors.getInstance().containsKey(key);
            if (EditionTrace.editionSpecific(key, extractor)) trace.dependsOnEdition();
            if (extractor || key.equals("db") || key.equals("data")) {
                if (jbake == null) {
                    jbake = new FreemarkerTemplateEngine.LazyLoadingModel(freemarker.getObjectWrapper(), model, store, config);
                }
                return jbake.get(key);
            }
            if (key.equals("content")) {
                if (content == null) {
                    TemplateModel c = eager.get(key);
                    // Always a hash of DefaultObjectWrapper's; anything else cannot be watched, so counts as read.
                    if (c instanceof TemplateHashModelEx2 hash) content = trace.watch(hash);
                    else {
                        trace.dependsOnEdition();
                        content = c;
                    }
                }
                return content;
            }
            return eager.get(key);
        }

        @Override
        public boolean isEmpty() {
            return eager.isEmpty();
        }
    }
}
