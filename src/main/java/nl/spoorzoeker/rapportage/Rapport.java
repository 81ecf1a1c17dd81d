package nl.spoorzoeker.rapportage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored report: which, for which period, its version and state. A final one has its PDF's
 * SHA-256 and the moment it became final; {@code vervangtId} names the version it corrects.
 */
public record Rapport(int id, int dossierId, RapportSoort soort, LocalDate van, LocalDate tot, int versie,
                      Integer vervangtId, Status status, String sha256, Instant definitiefOp) {

    public enum Status {
        CONCEPT, DEFINITIEF
    }

    public enum Kanaal {
        EMAIL, POST, PERSOONLIJK, PORTAAL
    }

    /** Who got a final report, when and how (C16). */
    public record Verzending(RapportModel.OntvangerSoort soort, String naam, LocalDate datum, Kanaal kanaal) {
    }
}
