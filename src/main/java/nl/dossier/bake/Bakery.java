package nl.dossier.bake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import nl.dossier.link.SiteGraph;
import nl.dossier.model.ContentException;
import nl.dossier.model.Problem;
import nl.dossier.model.Problems;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Stage 4, bake: renders every document of the site with JBake's {@link Renderer} and its
 * Freemarker engine and model extractors.
 *
 * <p>This takes the place of {@code Oven.bake()}: that method calls the final
 * {@code ContentStore.updateSchema()}, which dereferences the OrientDB session, so it cannot
 * run with an in-memory store. Everything else of JBake's baking path is used as is, assembled
 * in JBake's {@link Utensils}.
 */
public final class Bakery {
    private final Path projectRoot;

    public Bakery(Path projectRoot) {
        this.projectRoot = projectRoot;
    }

    /** @return the number of files written */
    public int bake(SiteGraph graph, Path destination) throws ContentException {
        JBakeConfiguration config = JBakeSettings.create(projectRoot, destination);
        checkTemplatesExist(projectRoot);
        Path assets = projectRoot.resolve("assets");
        Map<String, String> manifest;
        try {
            manifest = AssetCopier.manifest(assets, true);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile("assets", "cannot read assets: " + e.getMessage(), null));
        }
        TemplateData data = new TemplateData(graph, manifest);
        MemoryContentStore store = new MemoryContentStore(data);
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new SiteCrawler(store, config, graph, data));
        utensils.setRenderer(new Renderer(store, config));

        registerTypes();
        utensils.getCrawler().crawl();
        Problems problems = new Problems();
        List<DocumentModel> docs = store.getUnrenderedContent();
        docs.parallelStream().forEach(doc -> {
            try {
                utensils.getRenderer().render(doc);
                store.markContentAsRendered(doc);
            } catch (Exception e) {
                problems.add(templateProblem(e, doc));
            }
        });
        problems.throwIfAny();
        try {
            AssetCopier.copy(assets, destination, manifest);
        } catch (IOException e) {
            throw new ContentException(Problem.inFile("assets", "cannot copy assets: " + e.getMessage(), null));
        }
        return docs.size();
    }

    static void checkTemplatesExist(Path projectRoot) throws ContentException {
        Problems problems = new Problems();
        JBakeSettings.TEMPLATES.forEach((type, file) -> {
            if (!Files.isRegularFile(projectRoot.resolve("templates").resolve(file))) {
                problems.add(Problem.inFile("templates/" + file, "template is missing",
                        "every document type (" + type + ") needs its template in templates/"));
            }
        });
        problems.throwIfAny();
    }

    /** JBake keeps document types and extractors in static registries; set them for this bake. */
    static synchronized void registerTypes() {
        DocumentTypes.resetDocumentTypes();
        for (String type : JBakeSettings.TEMPLATES.keySet()) DocumentTypes.addDocumentType(type);
        ModelExtractors.getInstance().reset();
    }

    /** Finds the Freemarker error under JBake's wrapping and names the template and line. */
    static Problem templateProblem(Throwable e, DocumentModel doc) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException pe) {
                return new Problem("templates/" + pe.getTemplateName(), pe.getLineNumber(), pe.getColumnNumber(),
                        "template syntax error: " + firstLine(pe.getEditorMessage()), "fix the Freemarker syntax at this place");
            }
            if (t instanceof TemplateNotFoundException nf) {
                return Problem.inFile("templates/" + nf.getTemplateName(), "template not found",
                        "create it, or correct the name in #import/#include");
            }
            if (t instanceof TemplateException te) {
                String name = te.getTemplateSourceName() == null ? "templates" : "templates/" + te.getTemplateSourceName();
                return new Problem(name, te.getLineNumber() == null ? 0 : te.getLineNumber(),
                        te.getColumnNumber() == null ? 0 : te.getColumnNumber(),
                        "template error while rendering " + doc.getUri() + ": " + firstLine(te.getMessageWithoutStackTop()),
                        "check the value names against docs/templates.md");
            }
        }
        return Problem.inFile(doc.getUri(), "cannot render: " + e.getMessage(), null);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
