package nl.spoorzoeker.rapportage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Any text: no exception, and every hit points at exactly what it reports, in order. */
class PrivacytoetsProperties {

    static final Privacytoets TOETS = Privacytoets.standaard();

    @Property(tries = 500)
    void hitsPointAtWhatTheyReport(@ForAll String tekst) {
        check(tekst);
    }

    @Property(tries = 300)
    void alsoWhenMedicalWordsAreMixedIn(@ForAll String voor, @ForAll String na) {
        String tekst = voor + " rugpijn " + na;
        List<Treffer> treffers = check(tekst);
        assertTrue(treffers.stream().anyMatch(t -> t.gevonden().equalsIgnoreCase("rugpijn")
                || t.gevonden().toLowerCase(java.util.Locale.ROOT).contains("rugpijn")), tekst);
    }

    /** Issue 17: invisible characters anywhere inside a medical word neither hide it nor move the hit off it. */
    @Property(tries = 300)
    void invisibleCharactersAnywhereInsideAWord(@ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 6) int plek,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 4) int soort, @ForAll String na) {
        String teken = List.of("\u00AD", "\u200B", "\u200D", "\u2066", "\uFEFF").get(soort);
        String woord = "rugpijn".substring(0, plek) + teken + "rugpijn".substring(plek);
        String tekst = "Werknemer meldt " + woord + " " + na;
        List<Treffer> treffers = check(tekst);
        assertTrue(treffers.stream().anyMatch(t -> t.begin() == 16 && t.gevonden().equals(woord)), tekst);
    }

    private static List<Treffer> check(String tekst) {
        List<Treffer> treffers = TOETS.toets(tekst);
        int vorige = -1;
        for (Treffer t : treffers) {
            assertTrue(t.begin() >= 0 && t.einde() <= tekst.length() && t.begin() < t.einde());
            assertEquals(tekst.substring(t.begin(), t.einde()), t.gevonden());
            assertTrue(t.begin() >= vorige, "in text order");
            vorige = t.begin();
        }
        return treffers;
    }
}
