package nl.spoorzoeker.rapportage.privacy;

/** What a checked field holds, which decides whether a care organisation's name is a hit. */
public enum Veldsoort {
    /** Running text written by the coach: a hospital or a GGZ institution there says where the werknemer was treated. */
    TEKST,
    /**
     * The name of an organisation (an employer, where an application or a werkervaringsplek is):
     * a care organisation as such is fine there ("Ziekenhuis Rivierenland", "Apotheek De Linde",
     * "GGZ Centraal"); diagnoses, symptoms, medication, pregnancy and BSNs still count.
     */
    ORGANISATIE
}
