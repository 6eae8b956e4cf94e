package nl.dossier.model;

import java.util.List;

/** Thrown when a stage found problems in the content; carries all of them, not just the first. */
public class ContentException extends Exception {
    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the content, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public ContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
