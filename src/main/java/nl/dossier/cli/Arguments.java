package nl.dossier.cli;

import nl.dossier.load.Suggest;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words after a subcommand, parsed against the options that command accepts. Options come
 * as {@code --name value} or {@code --name=value}; everything else, and everything after
 * {@code --}, is a parameter. An option the command does not know (with the closest one it
 * does), one without its value, or one given twice is a {@link UsageException}.
 */
final class Arguments {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> parameters = new ArrayList<>();

    private Arguments() {
    }

    static Arguments parse(List<Option> options, List<String> words) throws UsageException {
        Map<String, Option> known = new HashMap<>();
        for (Option o : options) known.put(o.name(), o);
        Arguments parsed = new Arguments();
        boolean onlyParameters = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (onlyParameters || !word.startsWith("-") || word.equals("-")) {
                parsed.parameters.add(word);
                continue;
            }
            if (word.equals("--")) {
                onlyParameters = true;
                continue;
            }
            int eq = word.indexOf('=');
            String name = eq < 0 ? word : word.substring(0, eq);
            Option option = known.get(name);
            if (option == null) {
                List<String> names = new ArrayList<>(known.keySet());
                names.addAll(List.of("--help", "--version"));
                throw new UsageException("unknown option '" + name + "'" + didYouMean(name, names));
            }
            if (parsed.flags.contains(name) || parsed.values.containsKey(name)) {
                throw new UsageException("option '" + name + "' is given more than once");
            }
            if (!option.takesValue()) {
                if (eq >= 0) throw new UsageException("option '" + name + "' takes no value");
                parsed.flags.add(name);
            } else if (eq >= 0) {
                parsed.values.put(name, word.substring(eq + 1));
            } else if (i + 1 < words.size()) {
                parsed.values.put(name, words.get(++i));
            } else {
                throw new UsageException("option '" + name + "' needs a value: " + option.synopsis());
            }
        }
        return parsed;
    }

    /** " (did you mean 'build'?)" for a mistyped word, or nothing when no candidate is close. */
    static String didYouMean(String word, Collection<String> candidates) {
        String near = Suggest.closest(word, candidates);
        return near == null ? "" : " (did you mean '" + near + "'?)";
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** The option's value as given, or null when it was not given. */
    String value(String name) {
        return values.get(name);
    }

    Path path(String name, Path otherwise) throws UsageException {
        String v = values.get(name);
        if (v == null) return otherwise;
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new UsageException("option '" + name + "' needs a path, not '" + v + "'");
        }
    }

    int number(String name, int otherwise) throws UsageException {
        String v = values.get(name);
        if (v == null) return otherwise;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("option '" + name + "' needs a whole number, not '" + v + "'");
        }
    }

    List<String> parameters() {
        return parameters;
    }
}
