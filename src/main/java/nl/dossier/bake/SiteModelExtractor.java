package nl.dossier.bake;

import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

import java.util.List;
import java.util.Map;

/**
 * JBake model extractors for Dossier's global lists ({@code areas}, {@code bibliography},
 * {@code terms}, {@code updates}); registered in META-INF/org.jbake.template.ModelExtractors.properties.
 * JBake wraps every extractor result as a sequence, so each returns a list.
 */
public abstract class SiteModelExtractor implements ModelExtractor<List<Map<String, Object>>> {

    @Override
    public List<Map<String, Object>> get(ContentStore db, Map model, String key) {
        return from(((MemoryContentStore) db).data());
    }

    abstract List<Map<String, Object>> from(TemplateData data);

    public static final class Areas extends SiteModelExtractor {
        @Override
        List<Map<String, Object>> from(TemplateData data) {
            return data.areas();
        }
    }

    public static final class Bibliography extends SiteModelExtractor {
        @Override
        List<Map<String, Object>> from(TemplateData data) {
            return data.bibliography();
        }
    }

    public static final class Terms extends SiteModelExtractor {
        @Override
        List<Map<String, Object>> from(TemplateData data) {
            return data.terms();
        }
    }

    public static final class Updates extends SiteModelExtractor {
        @Override
        List<Map<String, Object>> from(TemplateData data) {
            return data.updates();
        }
    }
}
