package nl.dossier.cli;

/**
 * One option a command accepts: a flag ({@code --quiet}) when {@code label} is null, otherwise a
 * name that takes a value ({@code --output DIR} or {@code --output=DIR}).
 */
record Option(String name, String label, String description) {

    static Option flag(String name, String description) {
        return new Option(name, null, description);
    }

    static Option value(String name, String label, String description) {
        return new Option(name, label, description);
    }

    boolean takesValue() {
        return label != null;
    }

    /** How the option looks in help: {@code --output=DIR}. */
    String synopsis() {
        return takesValue() ? name + "=" + label : name;
    }
}
