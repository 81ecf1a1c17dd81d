package nl.spoorzoeker.logboek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The group-session rule: shares add up exactly and never exceed attendance. */
class GroepsverdelingProperties {

    static Groepssessie sessie(int duur, Groepssessie.Verdeling verdeling, boolean declarabel, List<Integer> aanwezig) {
        List<Groepssessie.Deelname> deelnames = new ArrayList<>();
        for (int i = 0; i < aanwezig.size(); i++) {
            deelnames.add(new Groepssessie.Deelname(100 + i, "D" + i, Math.min(aanwezig.get(i), duur)));
        }
        return new Groepssessie(1, LocalDateTime.of(2026, 11, 3, 13, 0), duur, Groepssessie.Soort.INTERVISIE, "t", null,
                null, verdeling, declarabel, deelnames);
    }

    @Property
    void sharedTimeAddsUpToTheSessionOrTheAttendanceAndNoOneIsChargedMoreThanAttended(
            @ForAll @IntRange(min = 1, max = 1440) int duur,
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 1440) Integer> aanwezig) {
        Groepssessie s = sessie(duur, Groepssessie.Verdeling.GEDEELD, true, aanwezig);
        Map<Integer, Integer> delen = Groepsverdeling.declarabeleMinuten(s);
        int totaalAanwezig = s.deelnames().stream().mapToInt(Groepssessie.Deelname::aanwezigMinuten).sum();
        assertEquals(Math.min(duur, totaalAanwezig), delen.values().stream().mapToInt(Integer::intValue).sum());
        for (Groepssessie.Deelname d : s.deelnames()) {
            int deel = delen.get(d.dossierId());
            assertTrue(deel >= 0 && deel <= d.aanwezigMinuten(), d + " charged " + deel);
        }
    }

    @Property
    void fullDurationChargesEachTheirAttendanceAndNotDeclarableChargesNothing(
            @ForAll @IntRange(min = 1, max = 1440) int duur,
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 1440) Integer> aanwezig) {
        Groepssessie vol = sessie(duur, Groepssessie.Verdeling.VOLLEDIG, true, aanwezig);
        Map<Integer, Integer> delen = Groepsverdeling.declarabeleMinuten(vol);
        vol.deelnames().forEach(d -> assertEquals(d.aanwezigMinuten(), delen.get(d.dossierId())));
        Groepsverdeling.declarabeleMinuten(sessie(duur, Groepssessie.Verdeling.GEDEELD, false, aanwezig)).values()
                .forEach(v -> assertEquals(0, v));
    }

    @Test
    void examples() {
        assertEquals(List.of(40, 40, 40), List.copyOf(Groepsverdeling.declarabeleMinuten(
                sessie(120, Groepssessie.Verdeling.GEDEELD, true, List.of(120, 120, 120))).values()));
        // 100 minutes over three: the spare minute goes to the first by largest remainder, ties by dossier.
        assertEquals(List.of(34, 33, 33), List.copyOf(Groepsverdeling.declarabeleMinuten(
                sessie(100, Groepssessie.Verdeling.GEDEELD, true, List.of(100, 100, 100))).values()));
        // Alone for 30 minutes of a two-hour session: charged 30, not 120.
        assertEquals(List.of(30), List.copyOf(Groepsverdeling.declarabeleMinuten(
                sessie(120, Groepssessie.Verdeling.GEDEELD, true, List.of(30))).values()));
        assertEquals(List.of(0, 0), List.copyOf(Groepsverdeling.declarabeleMinuten(
                sessie(120, Groepssessie.Verdeling.GEDEELD, true, List.of(0, 0))).values()));
    }
}
