package nl.dossier.bake;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import nl.dossier.model.Messages;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code messages} variable of every template: {@code ${messages.search_title}} is the text
 * of that key in the site's messages file. A key the file does not have is an error that names
 * the file; Freemarker adds the template and line that asked for it. Only text comes out of it,
 * so a template still calls no code.
 */
final class MessagesModel implements TemplateHashModel {
    private final Messages messages;
    private final Map<String, TemplateModel> texts = new HashMap<>();

    MessagesModel(Messages messages) {
        this.messages = messages;
        messages.texts().forEach((k, v) -> texts.put(k, new SimpleScalar(v)));
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        TemplateModel text = texts.get(key);
        if (text == null) {
            throw new TemplateModelException("the messages file " + messages.file() + " has no message '" + key
                    + "'; add '" + key + ": …' there (and to the other languages' files)");
        }
        return text;
    }

    @Override
    public boolean isEmpty() {
        return texts.isEmpty();
    }
}
