package nl.spoorzoeker.rapportage.privacy;

/**
 * A place in a text that may not go to the employer: characters [begin, einde) of the text, what
 * stands there, and the lexicon entry it matched (for a BSN: the number).
 */
public record Treffer(int begin, int einde, String gevonden, Categorie categorie, String term) {
}
