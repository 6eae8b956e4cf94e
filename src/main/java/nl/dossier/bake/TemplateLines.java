package nl.dossier.bake;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import freemarker.core.TemplateProcessingTracer.TracedElement;

import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A document rendered once more with Freemarker's tracer on: for every stretch of the output, the
 * template and line that wrote it (the innermost instruction running when it was written, such
 * as a line of layout.ftl inside a macro called from page.ftl). Used only to report a problem
 * the output check found, so the cost does not matter.
 */
final class TemplateLines {
    /** A stretch of output from {@code offset} on, written by the instruction on lines {@code first} to {@code last} of {@code template}. */
    private record Part(int offset, String template, int first, int last) {
    }

    /** A line of a template. */
    record Line(String template, int line) {
    }

    private final StringBuilder out = new StringBuilder();
    private final List<Part> parts = new ArrayList<>();
    private final Deque<TracedElement> running = new ArrayDeque<>();
    /** The instruction that wrote last. */
    private TracedElement writing;

    TemplateProcessingTracer tracer() {
        return new TemplateProcessingTracer() {
            @Override
            public void enterElement(Environment env, TracedElement element) {
                running.push(element);
            }

            @Override
            public void exitElement(Environment env, TracedElement element) {
                running.pop();
            }
        };
    }

    Writer writer() {
        return new Writer() {
            @Override
            public void write(char[] chars, int off, int len) {
                if (len == 0) return;
                TracedElement e = running.peek();
                if (e != null && e != writing) {
                    parts.add(new Part(out.length(), e.getTemplate().getSourceName(), e.getBeginLine(), e.getEndLine()));
                    writing = e;
                }
                out.append(chars, off, len);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** The document as rendered. */
    String text() {
        return out.toString();
    }

    /**
     * The template line that wrote the character at {@code offset}, or null: in a stretch of
     * static text that spans lines, the line as far down as the text has gone.
     */
    Line at(int offset) {
        Part found = null;
        for (Part p : parts) {
            if (p.offset() > offset) break;
            found = p;
        }
        if (found == null) return null;
        int line = found.first();
        for (int i = found.offset(); i < offset && i < out.length() && line < found.last(); i++) if (out.charAt(i) == '\n') line++;
        return new Line(found.template(), line);
    }
}
