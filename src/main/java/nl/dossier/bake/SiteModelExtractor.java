package nl.dossier.bake;

import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

import java.util.List;
import java.util.Map;

/**
 * JBake's model extractor for Dossier's global lists ({@code areas}, {@code bibliography},
 * {@code terms}, {@code updates}), registered for those keys in
 * META-INF/org.jbake.template.ModelExtractors.properties. JBake wraps every extractor result as
 * a sequence, so each is a list.
 */
public final class SiteModelExtractor implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        TemplateData data = ((MemoryContentStore) db).data();
        return switch (key) {
            case "areas" -> data.areas();
            case "bibliography" -> data.bibliography();
            case "terms" -> data.terms();
            case "updates" -> data.updates();
            default -> throw new IllegalArgumentException("no global list " + key);
        };
    }
}
