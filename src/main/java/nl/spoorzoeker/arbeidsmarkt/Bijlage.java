package nl.spoorzoeker.arbeidsmarkt;

/** An attached file as stored: its name, media type, SHA-256 (hex) and bytes. */
public record Bijlage(String bestandsnaam, String mediatype, String sha256, byte[] inhoud) {
}
