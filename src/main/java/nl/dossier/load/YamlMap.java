package nl.dossier.load;

import nl.dossier.model.LineIndex;
import nl.dossier.model.Problem;
import nl.dossier.model.SourceFile;
import nl.dossier.model.Phrase;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A typed, position-aware view of one YAML mapping. Every accessor reports a {@link Problem}
 * with the exact line and column of the offending value instead of throwing, so one pass finds
 * every mistake in a file.
 */
final class YamlMap {
    private final SourceFile source;
    private final int lineOffset;
    private final Consumer<Problem> report;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Node node;

    private YamlMap(Node node, SourceFile source, int lineOffset, Consumer<Problem> report) {
        this.node = node;
        this.source = source;
        this.lineOffset = lineOffset;
        this.report = report;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                if (entries.containsKey(key)) {
                    problem(t.getKeyNode(), Phrase.of("yaml.key_twice", "key", key));
                } else {
                    entries.put(key, t);
                }
            }
        }
    }

    /**
     * Parses YAML text. Every way of returning empty is reported: a syntax error with its
     * position, and a document with nothing in it (blank, or comments only) as
     * {@code empty}, so no file is ever rejected without saying why.
     */
    static Optional<Node> parse(String yaml, SourceFile source, int lineOffset, Consumer<Problem> report, Phrase empty) {
        boolean[] reported = {false};
        Optional<Node> node = parse(yaml, source, lineOffset, p -> {
            reported[0] = true;
            report.accept(p);
        });
        if (node.isEmpty() && !reported[0]) {
            report.accept(Problem.at(source, lineOffset + 1, 1, empty));
        }
        node.ifPresent(n -> InvisibleCharacters.inYaml(n, source, lineOffset, report));
        return node;
    }

    private static Optional<Node> parse(String yaml, SourceFile source, int lineOffset, Consumer<Problem> report) {
        int tab = yaml.indexOf('\t');
        if (tab >= 0) {
            LineIndex lines = new LineIndex(yaml);
            int line = lines.line(tab);
            report.accept(Problem.at(source, line + 1 + lineOffset, tab - lines.start(line) + 1, Phrase.of("yaml.tab")));
            return Optional.empty();
        }
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(source.displayPath())
                    .setAllowDuplicateKeys(true).build();
            return new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
            int col = mark == null ? 0 : mark.getColumn() + 1;
            report.accept(Problem.at(source, line, col, Phrase.of("yaml.invalid", "detail", e.getProblem())));
            return Optional.empty();
        } catch (YamlEngineException e) {
            report.accept(Problem.at(source, lineOffset + 1, 0, Phrase.of("yaml.invalid", "detail", e.getMessage())));
            return Optional.empty();
        } catch (RuntimeException e) {
            // snakeyaml-engine 2.9 can fail with an unchecked exception of its own on some inputs
            // (found by the fuzzer: IndexOutOfBoundsException in its StreamReader). The file is
            // still unreadable YAML, and the writer gets a message, not a crash.
            report.accept(Problem.at(source, lineOffset + 1, 1, Phrase.of("yaml.unreadable", "error", e.getClass().getSimpleName())));
            return Optional.empty();
        } catch (StackOverflowError e) {
            // The YAML parser recurses once per level of nesting and has no depth limit of its own.
            report.accept(Problem.at(source, lineOffset + 1, 1, Phrase.of("yaml.too_deep")));
            return Optional.empty();
        }
    }

    /** Wraps a node that must be a mapping; reports and returns empty otherwise. */
    static Optional<YamlMap> of(Node node, SourceFile source, int lineOffset, Consumer<Problem> report, Phrase what) {
        if (!(node instanceof MappingNode)) {
            YamlMap tmp = new YamlMap(node, source, lineOffset, report);
            tmp.problem(node, Phrase.of("yaml.not_a_map", "what", what));
            return Optional.empty();
        }
        return Optional.of(new YamlMap(node, source, lineOffset, report));
    }

    int line() {
        return line(node);
    }

    int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1 + lineOffset).orElse(0);
    }

    int column(Node n) {
        return n.getStartMark().map(m -> m.getColumn() + 1).orElse(0);
    }

    int lineOf(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? line() : line(t.getKeyNode());
    }

    /** The keys in the order written. */
    Set<String> keys() {
        return entries.keySet();
    }

    /** The value node of {@code key}, for where it is written. */
    Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    void problem(Node at, Phrase message) {
        problem(at, message, message.hint());
    }

    void problem(Node at, Phrase message, Phrase hint) {
        report.accept(Problem.at(source, line(at), column(at), message, hint));
    }

    void problemAtKey(String key, Phrase message) {
        problemAtKey(key, message, message.hint());
    }

    void problemAtKey(String key, Phrase message, Phrase hint) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            report.accept(Problem.at(source, line(), column(node), message, hint));
        } else {
            problem(t.getValueNode(), message, hint);
        }
    }

    /** Reports a problem at the item of list {@code key} that reads {@code item}, or at the key when it is not found. */
    void problemAtItem(String key, String item, Phrase message, Phrase hint) {
        NodeTuple t = entries.get(key);
        if (t != null && t.getValueNode() instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s && s.getValue().strip().equals(item)) {
                    problem(n, message, hint);
                    return;
                }
            }
        }
        problemAtKey(key, message, hint);
    }


    /** Reports every key not in {@code known}, with the closest known key as a hint. */
    void rejectUnknownKeys(Set<String> known, Phrase where) {
        for (var e : entries.entrySet()) {
            if (known.contains(e.getKey())) continue;
            String near = Suggest.closest(e.getKey(), known);
            Phrase hint = near != null ? Phrase.of("did_you_mean", "name", near)
                    : Phrase.of("yaml.allowed_keys", "keys", String.join(", ", known.stream().sorted().toList()));
            problem(e.getValue().getKeyNode(), Phrase.of("yaml.unknown_key", "key", e.getKey(), "where", where), hint);
        }
    }

    private Node value(String key, boolean required, Object expected) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            if (required) {
                report.accept(Problem.at(source, line(), column(node), Phrase.of("yaml.missing_key", "key", key, "expected", expected)));
            }
            return null;
        }
        return t.getValueNode();
    }

    String text(String key, boolean required) {
        Node v = value(key, required, "…");
        if (v == null) return null;
        if (!(v instanceof ScalarNode s)) {
            problem(v, Phrase.of("yaml.not_text", "key", key));
            return null;
        }
        String value = s.getValue().strip();
        if (value.isEmpty() && required) {
            problem(v, Phrase.of("yaml.empty_value", "key", key));
            return null;
        }
        return value;
    }

    /** A yes/no setting: YAML's true or false; absent gives the default. */
    boolean flag(String key, boolean fallback) {
        Node v = value(key, false, "true or false");
        if (v == null) return fallback;
        if (v instanceof ScalarNode s) {
            String value = s.getValue().strip();
            if (value.equals("true")) return true;
            if (value.equals("false")) return false;
        }
        problem(v, Phrase.of("yaml.not_flag", "key", key, "value", describe(v)));
        return fallback;
    }

    Integer integer(String key, boolean required, int min) {
        Node v = value(key, required, Phrase.of("yaml.expected_number"));
        if (v == null) return null;
        if (v instanceof ScalarNode s) {
            try {
                int n = Integer.parseInt(s.getValue().strip());
                if (n < min) {
                    problem(v, Phrase.of("yaml.too_small", "key", key, "min", min, "value", n));
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        problem(v, Phrase.of("yaml.not_number", "key", key, "value", describe(v)));
        return null;
    }

    LocalDate date(String key, boolean required) {
        Node v = value(key, required, Phrase.of("yaml.expected_date"));
        if (v == null) return null;
        if (v instanceof ScalarNode s) {
            try {
                return LocalDate.parse(s.getValue().strip());
            } catch (DateTimeParseException e) {
                // fall through
            }
        }
        problem(v, Phrase.of("yaml.not_date", "key", key, "value", describe(v)));
        return null;
    }

    List<String> textList(String key) {
        Node v = value(key, false, "[…]");
        if (v == null) return List.of();
        if (!(v instanceof SequenceNode seq)) {
            problem(v, Phrase.of("yaml.not_list", "key", key));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                out.add(s.getValue().strip());
            } else {
                problem(item, Phrase.of("yaml.item_not_text", "key", key));
            }
        }
        return out;
    }

    Optional<YamlMap> map(String key, boolean required, Phrase what) {
        Node v = value(key, required, Phrase.of("yaml.expected_map"));
        if (v == null) return Optional.empty();
        return of(v, source, lineOffset, report, what);
    }

    /** @param what the name of one entry, with a placeholder {@code {name}} for its key */
    Map<String, YamlMap> entriesAsMaps(String what) {
        Map<String, YamlMap> out = new LinkedHashMap<>();
        for (var e : entries.entrySet()) {
            of(e.getValue().getValueNode(), source, lineOffset, report, Phrase.of(what, "name", e.getKey()))
                    .ifPresent(m -> out.put(e.getKey(), m));
        }
        return out;
    }

    private static Object describe(Node v) {
        return v instanceof ScalarNode s ? s.getValue() : v instanceof SequenceNode ? Phrase.of("yaml.a_list") : Phrase.of("yaml.a_map");
    }
}
