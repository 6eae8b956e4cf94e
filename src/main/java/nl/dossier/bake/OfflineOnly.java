package nl.dossier.bake;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.io.IOException;
import java.util.Map;

/**
 * The directive {@code <@offlineOnly>…</@offlineOnly>}: markup that only the offline copy shows,
 * such as the banner "U leest een offline kopie". Its body runs in both editions (whatever it
 * assigns is the same in both); only the copy keeps what it writes. This lets a page be rendered
 * once for both editions ({@link EditionTrace}), where {@code <#if content.offline>} makes it
 * rendered twice.
 */
final class OfflineOnly implements TemplateDirectiveModel {
    /** The name templates call it by (a shared variable of the Freemarker configuration). */
    static final String NAME = "offlineOnly";

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (!params.isEmpty()) throw new TemplateModelException("<@" + NAME + "> takes no parameters");
        if (loopVars.length > 0) throw new TemplateModelException("<@" + NAME + "> has no loop variables");
        if (body == null) return;
        EditionTrace trace = (EditionTrace) env.getCustomState(EditionTrace.KEY);
        if (trace == null) throw new TemplateModelException("<@" + NAME + "> used outside a bake of the site");
        trace.offlineOnly(env.getOut(), body);
    }
}
