package nl.dossier.bundle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The one timestamp every zip entry gets, so the same input gives the same bytes: the
 * reproducible-builds SOURCE_DATE_EPOCH if set, else the edition's date (its newest page), not
 * the clock. Zip (DOS) times cannot go before 1980.
 */
final class BundleTime {
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private BundleTime() {
    }

    static LocalDateTime of(String sourceDateEpoch, LocalDate editionDate) {
        LocalDateTime t;
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d+")) {
            t = LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())), ZoneOffset.UTC);
        } else {
            t = editionDate.atStartOfDay();
        }
        return t.isBefore(DOS_EPOCH) ? DOS_EPOCH : t;
    }
}
