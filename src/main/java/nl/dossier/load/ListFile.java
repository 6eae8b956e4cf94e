package nl.dossier.load;

import nl.dossier.model.Problem;
import nl.dossier.model.SourceFile;
import nl.dossier.model.Phrase;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A YAML file whose top level is a list of entries, such as references.yaml and glossary.yaml. */
final class ListFile {
    private ListFile() {
    }

    static List<YamlMap> entries(SourceFile source, Consumer<Problem> report, Phrase empty, Phrase notList, Phrase each) {
        var root = YamlMap.parse(source.text(), source, 0, report, empty);
        if (root.isEmpty()) return List.of();
        if (!(root.get() instanceof SequenceNode seq)) {
            Node n = root.get();
            report.accept(Problem.at(source, n.getStartMark().map(m -> m.getLine() + 1).orElse(1), 1, notList));
            return List.of();
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            YamlMap.of(item, source, 0, report, each).ifPresent(out::add);
        }
        return out;
    }
}
