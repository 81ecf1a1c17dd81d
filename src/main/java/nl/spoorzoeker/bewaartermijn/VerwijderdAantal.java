package nl.spoorzoeker.bewaartermijn;

/** How many trajecten ending in {@code eindJaar} were deleted in {@code verwijderdJaar}, and why. No names, no ids. */
public record VerwijderdAantal(int verwijderdJaar, int eindJaar, Verwijdering.Reden reden, int aantal) {
}
