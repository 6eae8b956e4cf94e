package nl.dossier.model;

import java.util.List;

/**
 * One entry of {@code content/synonyms.yaml}: words readers type (each form they type, such as
 * singular and plural), and the words or phrases the pages use for them. A section that uses one
 * of {@code means} is also found under each of {@code words}.
 *
 * @param words the readers' words, one word each
 * @param means the pages' words or phrases, each with where it is written
 */
public record SiteSynonym(List<Place> words, List<Place> means) {
    /** A piece of text and where it stands in the file, for problems found after loading. */
    public record Place(String text, String file, int line, int column) {
        public Problem problem(Phrase message) {
            return new Problem(file, line, column, message, message.hint());
        }
    }
}
