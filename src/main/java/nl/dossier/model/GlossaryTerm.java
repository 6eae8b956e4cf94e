package nl.dossier.model;

import java.util.List;

/** One abbreviation from {@code content/glossary.yaml}. */
public record GlossaryTerm(String term, String name, String description, List<String> related, String file, int line) {

    public String anchor() {
        return "term-" + Slugs.slugify(term);
    }
}
