package nl.spoorzoeker.praktijk;

import java.util.Arrays;
import java.util.Objects;
import nl.spoorzoeker.dossier.Adres;

/**
 * The coach's own practice, as it appears on every report. Optional parts are null.
 *
 * @param logo image bytes (PNG or JPEG), or null
 * @param logoMime media type of the logo, or null
 */
public record Praktijk(
        String naam,
        String praktijknaam,
        String kvkNummer,
        Adres adres,
        String telefoon,
        String email,
        byte[] logo,
        String logoMime) {

    // Records compare arrays by identity; a practice with the same logo bytes is the same practice.
    @Override
    public boolean equals(Object o) {
        return o instanceof Praktijk p
                && Objects.equals(naam, p.naam) && Objects.equals(praktijknaam, p.praktijknaam)
                && Objects.equals(kvkNummer, p.kvkNummer) && Objects.equals(adres, p.adres)
                && Objects.equals(telefoon, p.telefoon) && Objects.equals(email, p.email)
                && Arrays.equals(logo, p.logo) && Objects.equals(logoMime, p.logoMime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(naam, praktijknaam, kvkNummer, adres, telefoon, email, Arrays.hashCode(logo), logoMime);
    }

    @Override
    public String toString() {
        return "Praktijk[" + praktijknaam + ", logo=" + (logo == null ? 0 : logo.length) + " bytes]";
    }
}
