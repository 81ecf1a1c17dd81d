package nl.spoorzoeker.dossier.ui;

import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.Contact;

/** An address or a contact person as the detail grids show them: one line per part, empty parts left out. */
public final class Adrestekst {

    private Adrestekst() {
    }

    public static String adres(Adres a) {
        String postcodePlaats = String.join(" ", java.util.stream.Stream.of(a.postcode(), a.plaats())
                .filter(s -> s != null && !s.isBlank()).toList());
        return String.join("\n", java.util.stream.Stream.of(a.straat(), postcodePlaats)
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    public static String contact(Contact c) {
        return String.join("\n", java.util.stream.Stream.of(c.naam(), c.telefoon(), c.email())
                .filter(s -> s != null && !s.isBlank()).toList());
    }
}
