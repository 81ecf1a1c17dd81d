package nl.spoorzoeker.bewaartermijn;

import java.time.LocalDate;

/**
 * One ended traject on the review list. {@code eigenDatum}, {@code vervaldatum} and
 * {@code bewaarplicht} are null when absent.
 */
public record Bewaarregel(int trajectId, String werknemer, String werkgever, boolean eigenrisicodrager,
                          LocalDate einddatum, LocalDate eigenDatum, LocalDate vervaldatum, Bewaarplicht bewaarplicht,
                          Bewaarstaat staat, boolean herzienNodig) {
}
