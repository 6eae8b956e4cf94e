package nl.dossier.cli;

/** A command line that cannot be run as written: the message says what is wrong, for exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
