package nl.spoorzoeker.uitkomst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import nl.spoorzoeker.uitkomst.Praktijkcijfers.Afgesloten;
import nl.spoorzoeker.uitkomst.Suppressie.Kolom;
import nl.spoorzoeker.uitkomst.Suppressie.Stand;
import nl.spoorzoeker.uitkomst.Uitkomst.Soort;

/**
 * The practice figures of every year and of all years, as a reader who has all of them side by side
 * would attack them: by subtracting what is shown from the sums it belongs to (the rows of a table
 * from its total, the years of a row from the same row over all years), again and again as long as
 * a sum has exactly one figure not shown. No figure that is hidden may come back that way.
 */
class SuppressieJarenProperties {

    private static final LocalDate S = LocalDate.of(2023, 1, 2);

    @Example
    void aYearsHiddenFigureDoesNotComeBackFromAllYears() {
        // 2024: 3 placed (hidden), 7 recovered, 7 stopped. 2025: 6 placed, 9 recovered.
        // Each table on its own is safe, but all years show 9 placed, so 2024's would be 9 − 6 = 3.
        List<Afgesloten> lijst = new ArrayList<>();
        lijst.addAll(n(Soort.GEPLAATST_EXTERN, 3, 2024));
        lijst.addAll(n(Soort.HERSTELD, 7, 2024));
        lijst.addAll(n(Soort.GESTOPT, 7, 2024));
        lijst.addAll(n(Soort.GEPLAATST_EXTERN, 6, 2025));
        lijst.addAll(n(Soort.HERSTELD, 9, 2025));
        Suppressie.Tabellen t = Suppressie.pasPerJaar(lijst);
        assertEquals(Stand.VERBORGEN, stand(t.van(2024), Soort.GEPLAATST_EXTERN, Kolom.AANTAL));
        assertEquals(Stand.TONEN, stand(t.van(null), Soort.GEPLAATST_EXTERN, Kolom.AANTAL));
        assertEquals(Stand.VERBORGEN, stand(t.van(2025), Soort.GEPLAATST_EXTERN, Kolom.AANTAL),
                "6 in 2025 hidden too, or all years minus 2025 gives 2024's 3");
        assertEquals(Stand.VERBORGEN, stand(t.van(2025), Soort.HERSTELD, Kolom.AANTAL),
                "and then 2025's other row, or 2025's total gives the 6 back");
        assertTrue(geenTerugrekening(lijst, t).isEmpty());
        // The one-table rule alone (what the screen did before) leaves 2025's placements shown.
        assertEquals(Stand.TONEN, stand(Suppressie.pas(Praktijkcijfers.bereken(lijst, 2025)),
                Soort.GEPLAATST_EXTERN, Kolom.AANTAL));
    }

    @Example
    void oneYearIsTheSameTableTwice() {
        List<Afgesloten> lijst = new ArrayList<>(n(Soort.HERSTELD, 8, 2025));
        lijst.addAll(n(Soort.GESTOPT, 2, 2025));
        Suppressie.Tabellen t = Suppressie.pasPerJaar(lijst);
        assertEquals(t.van(null), t.van(2025));
        assertTrue(geenTerugrekening(lijst, t).isEmpty());
    }

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void noHiddenFigureComesBackBySubtraction(@ForAll("praktijken") List<Afgesloten> lijst) {
        Suppressie.Tabellen t = Suppressie.pasPerJaar(lijst);
        List<String> terug = geenTerugrekening(lijst, t);
        assertTrue(terug.isEmpty(), "recovered by subtraction from " + lijst.size() + " trajecten: " + terug);
        // And the primary rule: nothing shown is computed over fewer than five.
        for (Integer jaar : jaren(lijst)) {
            Suppressie.Tabel tabel = t.van(jaar);
            List<Suppressie.Rij> rijen = new ArrayList<>(tabel.rijen());
            rijen.add(tabel.totaal());
            for (Suppressie.Rij r : rijen) {
                for (Kolom k : Kolom.values()) {
                    int b = Suppressie.basis(r.regel(), k);
                    if (r.stand(k) == Stand.TONEN) {
                        assertTrue(b >= Suppressie.K, jaar + " " + r.regel().soort() + " " + k + " over " + b);
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Afgesloten>> praktijken() {
        Arbitrary<Afgesloten> een = Combinators.combine(
                Arbitraries.of(Soort.GEPLAATST_EXTERN, Soort.GEPLAATST_INTERN, Soort.HERSTELD, Soort.GESTOPT,
                        Soort.WIA_WGA),
                Arbitraries.integers().between(2022, 2025),
                Arbitraries.integers().between(0, 1200),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE, null),
                Arbitraries.integers().between(0, 12),
                Arbitraries.of(1.0, -1.0, 2.5, null)).as((soort, jaar, minuten, laat, soll, zacht) ->
                new Afgesloten(soort, S.withYear(jaar).minusDays(200), S.withYear(jaar).plusDays(minuten % 300),
                        minuten, laat, soll, zacht));
        // At least one: with none there is nothing to protect (SuppressieTest covers the empty table).
        return een.list().ofMinSize(1).ofMaxSize(70);
    }

    /**
     * The attack: every figure a reader sees (shown, or "—" for a known zero, or absent: a year
     * without that outcome) is known; a hidden one is not. Any sum with one unknown gives it; repeat.
     * Returns the hidden figures recovered.
     */
    static List<String> geenTerugrekening(List<Afgesloten> lijst, Suppressie.Tabellen t) {
        List<Integer> jaren = Praktijkcijfers.jaren(lijst);
        List<String> terug = new ArrayList<>();
        for (Kolom k : Kolom.values()) {
            if (!k.optelbaar) {
                continue;
            }
            // cel "jaar|soort" (soort "TOTAAL" for the total; jaar "ALLE" for all years) -> known?
            Map<String, Boolean> bekend = new HashMap<>();
            List<String> tabellen = new ArrayList<>();
            tabellen.add("ALLE");
            jaren.forEach(j -> tabellen.add(String.valueOf(j)));
            List<String> rijen = new ArrayList<>();
            for (Soort s : Soort.values()) {
                rijen.add(s.name());
            }
            rijen.add("TOTAAL");
            for (String tab : tabellen) {
                Suppressie.Tabel tabel = t.van(tab.equals("ALLE") ? null : Integer.valueOf(tab));
                for (String rij : rijen) {
                    Suppressie.Rij r = rij.equals("TOTAAL") ? tabel.totaal() : tabel.rijen().stream()
                            .filter(x -> x.regel().soort().name().equals(rij)).findFirst().orElse(null);
                    bekend.put(tab + "|" + rij, r == null || r.stand(k) != Stand.VERBORGEN);
                }
            }
            List<List<String>> sommen = new ArrayList<>();
            for (String tab : tabellen) {
                List<String> som = new ArrayList<>();
                for (Soort s : Soort.values()) {
                    som.add(tab + "|" + s.name());
                }
                som.add(tab + "|TOTAAL");
                sommen.add(som);
            }
            for (String rij : rijen) {
                List<String> som = new ArrayList<>();
                for (int j = 1; j < tabellen.size(); j++) {
                    som.add(tabellen.get(j) + "|" + rij);
                }
                som.add("ALLE|" + rij);
                sommen.add(som);
            }
            boolean verder = true;
            while (verder) {
                verder = false;
                for (List<String> som : sommen) {
                    List<String> onbekend = som.stream().filter(c -> !bekend.get(c)).toList();
                    if (onbekend.size() == 1) {
                        bekend.put(onbekend.getFirst(), true);
                        terug.add(k + " " + onbekend.getFirst());
                        verder = true;
                    }
                }
            }
        }
        return terug;
    }

    private static List<Integer> jaren(List<Afgesloten> lijst) {
        List<Integer> jaren = new ArrayList<>();
        jaren.add(null);
        jaren.addAll(Praktijkcijfers.jaren(lijst));
        return jaren;
    }

    private static Stand stand(Suppressie.Tabel t, Soort soort, Kolom k) {
        return t.rijen().stream().filter(r -> r.regel().soort() == soort).findFirst().orElseThrow().stand(k);
    }

    private static List<Afgesloten> n(Soort soort, int aantal, int jaar) {
        List<Afgesloten> lijst = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            lijst.add(new Afgesloten(soort, S.withYear(jaar).minusDays(300), S.withYear(jaar).plusDays(i), 600,
                    true, 3, 2.0));
        }
        return lijst;
    }
}
