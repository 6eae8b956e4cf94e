package nl.dossier.render;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.regex.Pattern;

/** A cross-reference to a numbered section, {@code § 2.1.7.3}; the linker sets its target. */
public final class SectionRef extends Node implements DoNotDecorate {
    static final Pattern SYNTAX = Pattern.compile("§\\s?(\\d+(?:\\.\\d+)*)");

    private final String number;
    private String href;
    private boolean external;

    SectionRef(BasedSequence chars, String number) {
        super(chars);
        this.number = number;
    }

    public String number() {
        return number;
    }

    public String href() {
        return href;
    }

    public boolean external() {
        return external;
    }

    public void resolve(String href, boolean external) {
        this.href = href;
        this.external = external;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
