package nl.dossier.link;

/** A {@code ##} section of a page: its anchor, heading text, number and level. */
public record Section(String id, String title, String number, int level) {
}
