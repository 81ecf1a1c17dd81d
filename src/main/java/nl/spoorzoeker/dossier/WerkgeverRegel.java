package nl.spoorzoeker.dossier;

/** One row of the employer list. */
public record WerkgeverRegel(int id, String naam, String kvkNummer, String plaats, int aantalDossiers) {
}
