package nl.dossier.bake;

import freemarker.template.TemplateScalarModel;
import nl.dossier.link.LinkedPage;

/**
 * A page's HTML in its template model, decoded only while a template prints it. Every page's
 * model is made before the first is rendered (JBake crawls, then renders), so a decoded String
 * in each model would hold every page's HTML a second time, at two bytes a character: at
 * 10,000 pages the build ran out of its heap. Equal when the HTML is, so the live preview still
 * sees an unchanged page as unchanged.
 */
final class PageBody implements TemplateScalarModel {
    private final LinkedPage page;

    PageBody(LinkedPage page) {
        this.page = page;
    }

    @Override
    public String getAsString() {
        return page.html();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageBody other && (other.page == page || page.sameHtml(other.page));
    }

    @Override
    public int hashCode() {
        return page.htmlHash();
    }

    @Override
    public String toString() {
        return getAsString();
    }
}
