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
 * a sum has exactly one figure not shown. No figure that is hidden may come back that way. The
 * same attack on the programme tables (each programme's and all programmes'), on the participant
 * counts per programme, and on the year and programme tables published together: they meet in the
 * all-years table, which is the all-programmes table plus what no programme holds.
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
        List<Suppressie.Tabel> jaren = Praktijkcijfers.jaren(lijst).stream().map(t::van).toList();
        return aanval(t.alle(), jaren);
    }

    /**
     * The attack on a family of tables whose parts add up to {@code alle} row by row (years, or
     * programmes): every figure a reader sees (shown, "—" for a known zero, or a row a table lacks)
     * is known, a hidden one not; any sum with one unknown gives it; repeat. Sums are the rows of a
     * table to its total, and the parts of a row to the same row in {@code alle}. Returns what came back.
     */
    static List<String> aanval(Suppressie.Tabel alle, List<Suppressie.Tabel> delen) {
        List<Suppressie.Tabel> tabellen = new ArrayList<>();
        tabellen.add(alle);
        tabellen.addAll(delen);
        List<String> terug = new ArrayList<>();
        for (Kolom k : Kolom.values()) {
            if (!k.optelbaar) {
                continue;
            }
            // cel "tabel|soort" (soort "TOTAAL" for the total; tabel 0 is alle) -> known?
            Map<String, Boolean> bekend = new HashMap<>();
            java.util.Set<String> beschermd = new java.util.HashSet<>();
            List<String> rijen = new ArrayList<>();
            for (Soort s : Soort.values()) {
                rijen.add(s.name());
            }
            rijen.add("TOTAAL");
            for (int tab = 0; tab < tabellen.size(); tab++) {
                Suppressie.Tabel tabel = tabellen.get(tab);
                for (String rij : rijen) {
                    Suppressie.Rij r = rij.equals("TOTAAL") ? tabel.totaal() : tabel.rijen().stream()
                            .filter(x -> x.regel().soort().name().equals(rij)).findFirst().orElse(null);
                    boolean verborgen = r != null && r.stand(k) == Stand.VERBORGEN;
                    bekend.put(tab + "|" + rij, !verborgen);
                    if (verborgen && klein(r.regel(), k)) {
                        beschermd.add(tab + "|" + rij);
                    }
                }
            }
            List<List<String>> sommen = new ArrayList<>();
            for (int tab = 0; tab < tabellen.size(); tab++) {
                List<String> som = new ArrayList<>();
                for (String rij : rijen) {
                    som.add(tab + "|" + rij);
                }
                sommen.add(som);
            }
            for (String rij : rijen) {
                List<String> som = new ArrayList<>();
                for (int tab = 0; tab < tabellen.size(); tab++) {
                    som.add(tab + "|" + rij);
                }
                sommen.add(som);
            }
            boolean verder = true;
            while (verder) {
                verder = false;
                for (List<String> som : sommen) {
                    List<String> onbekend = som.stream().filter(c -> !bekend.get(c)).toList();
                    if (onbekend.size() == 1) {
                        bekend.put(onbekend.getFirst(), true);
                        if (beschermd.contains(onbekend.getFirst())) {
                            terug.add(k + " " + onbekend.getFirst());
                        }
                        verder = true;
                    }
                }
            }
        }
        return terug;
    }

    @Example
    void aProgrammesHiddenFigureDoesNotComeBackFromAllProgrammes() {
        // Groep A: 3 placed (hidden), 7 recovered. Groep B: 6 placed, 9 recovered. All programmes
        // show 9 placed, so A's would be 9 − 6 = 3 unless B's 6 is hidden too.
        Map<Integer, List<Afgesloten>> per = new java.util.LinkedHashMap<>();
        List<Afgesloten> a = new ArrayList<>(n(Soort.GEPLAATST_EXTERN, 3, 2025));
        a.addAll(n(Soort.HERSTELD, 7, 2025));
        List<Afgesloten> b = new ArrayList<>(n(Soort.GEPLAATST_EXTERN, 6, 2024));
        b.addAll(n(Soort.HERSTELD, 9, 2024));
        per.put(1, a);
        per.put(2, b);
        Suppressie.Programmatabellen<Integer> t = Suppressie.pasPerProgramma(per);
        assertEquals(Stand.VERBORGEN, stand(t.perProgramma().get(1), Soort.GEPLAATST_EXTERN, Kolom.AANTAL));
        assertEquals(Stand.TONEN, stand(t.alle(), Soort.GEPLAATST_EXTERN, Kolom.AANTAL));
        assertEquals(Stand.VERBORGEN, stand(t.perProgramma().get(2), Soort.GEPLAATST_EXTERN, Kolom.AANTAL),
                "6 in B hidden too, or all programmes minus B gives A's 3");
        assertTrue(aanval(t.alle(), List.copyOf(t.perProgramma().values())).isEmpty());
    }

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void noHiddenProgrammeFigureComesBackBySubtraction(@ForAll("programmaPraktijken") Map<Integer, List<Afgesloten>> per) {
        Suppressie.Programmatabellen<Integer> t = Suppressie.pasPerProgramma(per);
        List<String> terug = aanval(t.alle(), List.copyOf(t.perProgramma().values()));
        assertTrue(terug.isEmpty(), "recovered by subtraction over " + per.size() + " programmes: " + terug);
        List<Suppressie.Tabel> alle = new ArrayList<>(t.perProgramma().values());
        alle.add(t.alle());
        for (Suppressie.Tabel tabel : alle) {
            List<Suppressie.Rij> rijen = new ArrayList<>(tabel.rijen());
            rijen.add(tabel.totaal());
            for (Suppressie.Rij r : rijen) {
                for (Kolom k : Kolom.values()) {
                    if (r.stand(k) == Stand.TONEN) {
                        assertTrue(Suppressie.basis(r.regel(), k) >= Suppressie.K, r.regel().soort() + " " + k);
                    }
                }
            }
        }
    }

    /** Participant counts per programme and their total: no hidden count is the total minus the shown ones. */
    @Property(tries = 500)
    void noHiddenParticipantCountComesBackFromTheTotal(
            @ForAll("aantallen") List<Integer> aantallen) {
        boolean[] weg = Suppressie.verbergAantallen(aantallen);
        int n = aantallen.size();
        long onbekend = java.util.stream.IntStream.rangeClosed(0, n)
                .filter(i -> weg[i] && (i == n ? aantallen.stream().mapToInt(Integer::intValue).sum() : aantallen.get(i)) > 0)
                .count();
        assertTrue(onbekend != 1, "one hidden count among " + aantallen + ": " + java.util.Arrays.toString(weg));
        for (int i = 0; i < n; i++) {
            assertTrue(weg[i] || aantallen.get(i) == 0 || aantallen.get(i) >= Suppressie.K, aantallen.toString());
        }
    }

    @Provide
    Arbitrary<List<Integer>> aantallen() {
        return Arbitraries.integers().between(0, 12).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Map<Integer, List<Afgesloten>>> programmaPraktijken() {
        // Each traject in one programme, sometimes in a second one too (then it counts in both).
        Arbitrary<Afgesloten> een = praktijken().map(List::getFirst);
        return Combinators.combine(een, Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 6))
                .as((a, p, tweede) -> java.util.Map.entry(a, List.of(p, tweede)))
                .list().ofMinSize(1).ofMaxSize(80).map(deelnames -> {
                    Map<Integer, List<Afgesloten>> per = new java.util.TreeMap<>();
                    for (var d : deelnames) {
                        per.computeIfAbsent(d.getValue().get(0), k -> new ArrayList<>()).add(d.getKey());
                        int tweede = d.getValue().get(1);
                        if (tweede >= 1 && tweede <= 4 && tweede != d.getValue().get(0)) {
                            per.computeIfAbsent(tweede, k -> new ArrayList<>()).add(d.getKey());
                        }
                    }
                    return per;
                });
    }

    @Example
    void aYearsHiddenFigureDoesNotComeBackFromTheProgrammeTables() {
        // A practice that runs only groups, all in one programme: the all-programmes table is the
        // all-years table. 2024: 3 placed, 5 stopped; 2025: 5 placed, 6 recovered. The years hide
        // 2024's 3 and (as its complement) 2024's 5 stopped, which no other year has, so all years
        // hide their 5 stopped too. Suppressed on their own, the programme tables show it: 5 stopped
        // over all years is 2024's 5, and 2024's total 8 minus 5 gives the 3 placed.
        List<Afgesloten> lijst = new ArrayList<>();
        lijst.addAll(n(Soort.GEPLAATST_EXTERN, 3, 2024));
        lijst.addAll(n(Soort.GESTOPT, 5, 2024));
        lijst.addAll(n(Soort.GEPLAATST_EXTERN, 5, 2025));
        lijst.addAll(n(Soort.HERSTELD, 6, 2025));
        Map<Integer, List<Afgesloten>> per = Map.of(1, lijst);
        List<String> apart = aanvalSamen(lijst, per, Suppressie.pasPerJaar(lijst), Suppressie.pasPerProgramma(per));
        assertTrue(apart.contains("AANTAL 2024|GEPLAATST_EXTERN"), "suppressed apart: " + apart);
        Suppressie.Samen<Integer> samen = Suppressie.pasSamen(lijst, per);
        assertEquals(List.of(), aanvalSamen(lijst, per, samen.jaren(), samen.programmas()));
        assertEquals(Stand.VERBORGEN, stand(samen.programmas().perProgramma().get(1), Soort.GESTOPT, Kolom.AANTAL));
    }

    @Example
    void aFigureHiddenOnlyWithItsRowMayComeBackWhenItIsNotSmall() {
        // Found by the property below on CI (shrunk): 2022–2024 each 5 or 6 placed, all but one with a
        // known start; 2025 one placed, start unknown. The one in 2025 is hidden; so is all years'
        // count (17 − 16 gives it back), and with it the rest of that row. Its share of late starts is
        // over 15 trajecten, 2025 adds none, and 2022–2024 show theirs (as every earlier release did):
        // anyone can add them up. That is no leak; the one placement in 2025 stays hidden.
        List<Afgesloten> lijst = new ArrayList<>();
        lijst.addAll(n(Soort.GEPLAATST_EXTERN, 6, 2022));
        lijst.set(5, zonderLaat(lijst.get(5)));
        lijst.addAll(n(Soort.GEPLAATST_EXTERN, 5, 2023));
        lijst.addAll(n(Soort.GEPLAATST_EXTERN, 5, 2024));
        lijst.add(zonderLaat(n(Soort.GEPLAATST_EXTERN, 1, 2025).getFirst()));
        Suppressie.Samen<Integer> samen = Suppressie.pasSamen(lijst, Map.of());
        for (Suppressie.Tabellen t : List.of(samen.jaren(), Suppressie.pasPerJaar(lijst))) {
            assertEquals(Stand.VERBORGEN, stand(t.van(2025), Soort.GEPLAATST_EXTERN, Kolom.AANTAL));
            assertEquals(Stand.VERBORGEN, stand(t.alle(), Soort.GEPLAATST_EXTERN, Kolom.AANTAL));
            assertEquals(Stand.VERBORGEN, stand(t.alle(), Soort.GEPLAATST_EXTERN, Kolom.LAAT));
            assertEquals(Stand.TONEN, stand(t.van(2023), Soort.GEPLAATST_EXTERN, Kolom.LAAT));
            assertEquals(List.of(), geenTerugrekening(lijst, t));
        }
        assertEquals(List.of(), aanvalSamen(lijst, Map.of(), samen.jaren(), samen.programmas()));
        Suppressie.Rij alle = samen.jaren().alle().rijen().getFirst();
        assertEquals(15, Suppressie.basis(alle.regel(), Kolom.LAAT));
        assertTrue(!klein(alle.regel(), Kolom.LAAT) && !klein(alle.regel(), Kolom.AANTAL));
    }

    private static Afgesloten zonderLaat(Afgesloten a) {
        return new Afgesloten(a.soort(), a.start(), a.einde(), a.minuten(), null, a.sollicitaties(), a.zachtVerandering());
    }

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void noHiddenFigureComesBackAcrossYearsAndProgrammes(@ForAll("jarenEnProgrammas") Map<Integer, List<Afgesloten>> per) {
        // Programme 0 is "in no programme": those trajecten count among all years only.
        List<Afgesloten> lijst = new ArrayList<>();
        java.util.Set<Afgesloten> gezien = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        per.values().forEach(l -> l.stream().filter(gezien::add).forEach(lijst::add));
        Map<Integer, List<Afgesloten>> programmas = new java.util.TreeMap<>(per);
        programmas.remove(0);
        Suppressie.Samen<Integer> t = Suppressie.pasSamen(lijst, programmas);
        List<String> terug = aanvalSamen(lijst, programmas, t.jaren(), t.programmas());
        assertTrue(terug.isEmpty(), "recovered from " + lijst.size() + " trajecten in " + programmas.size()
                + " programmes: " + terug);
        List<Suppressie.Tabel> alle = new ArrayList<>(t.programmas().perProgramma().values());
        alle.add(t.programmas().alle());
        jaren(lijst).forEach(j -> alle.add(t.jaren().van(j)));
        for (Suppressie.Tabel tabel : alle) {
            List<Suppressie.Rij> rijen = new ArrayList<>(tabel.rijen());
            rijen.add(tabel.totaal());
            for (Suppressie.Rij r : rijen) {
                for (Kolom k : Kolom.values()) {
                    if (r.stand(k) == Stand.TONEN) {
                        assertTrue(Suppressie.basis(r.regel(), k) >= Suppressie.K, r.regel().soort() + " " + k);
                    }
                }
            }
        }
    }

    /** Trajecten over 2022–2025, each in no programme (0), one, or two of four. */
    @Provide
    Arbitrary<Map<Integer, List<Afgesloten>>> jarenEnProgrammas() {
        Arbitrary<Afgesloten> een = praktijken().map(List::getFirst);
        return Combinators.combine(een, Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 8))
                .as((a, p, tweede) -> java.util.Map.entry(a, List.of(p, tweede)))
                .list().ofMinSize(1).ofMaxSize(90).map(deelnames -> {
                    Map<Integer, List<Afgesloten>> per = new java.util.TreeMap<>();
                    for (var d : deelnames) {
                        int eerste = d.getValue().get(0);
                        per.computeIfAbsent(eerste, k -> new ArrayList<>()).add(d.getKey());
                        int tweede = d.getValue().get(1);
                        if (eerste != 0 && tweede >= 1 && tweede <= 4 && tweede != eerste) {
                            per.computeIfAbsent(tweede, k -> new ArrayList<>()).add(d.getKey());
                        }
                    }
                    return per;
                });
    }

    /**
     * The attack on everything the screen and the PDF publish: each year's table, all years, each
     * programme's, all programmes. Sums: the rows of each table to its total, the years of a row to
     * all years, the programmes of a row to all programmes, and all years to all programmes plus the
     * unpublished rest (the trajecten in no programme, less the extra participations of those in
     * two). The rest is unknown to the reader except where it is zero (a reader may know the practice
     * runs only groups); it must not give back a hidden figure, nor come out itself where it is
     * computed over fewer than five. Returns "COLUMN table|row" of what came back.
     */
    static List<String> aanvalSamen(List<Afgesloten> lijst, Map<Integer, List<Afgesloten>> per, Suppressie.Tabellen jaren,
                                   Suppressie.Programmatabellen<Integer> programmas) {
        Map<Afgesloten, Integer> keer = new java.util.IdentityHashMap<>();
        per.values().forEach(l -> l.forEach(a -> keer.merge(a, 1, Integer::sum)));
        List<Afgesloten> rest = new ArrayList<>();
        for (Afgesloten a : lijst) {
            int k = keer.getOrDefault(a, 0);
            for (int i = 0; i < (k == 0 ? 1 : k - 1); i++) {
                rest.add(a);
            }
        }
        Praktijkcijfers.Cijfers restCijfers = Praktijkcijfers.bereken(rest);
        Map<String, Suppressie.Tabel> tabellen = new java.util.LinkedHashMap<>();
        tabellen.put("alle", jaren.alle());
        for (Integer j : Praktijkcijfers.jaren(lijst)) {
            tabellen.put(Integer.toString(j), jaren.van(j));
        }
        tabellen.put("programmas", programmas.alle());
        programmas.perProgramma().forEach((p, tabel) -> tabellen.put("p" + p, tabel));
        List<String> rijen = new ArrayList<>();
        for (Soort s : Soort.values()) {
            rijen.add(s.name());
        }
        rijen.add("TOTAAL");
        List<String> terug = new ArrayList<>();
        for (Kolom k : Kolom.values()) {
            if (!k.optelbaar) {
                continue;
            }
            Map<String, Boolean> bekend = new HashMap<>();
            java.util.Set<String> beschermd = new java.util.HashSet<>();
            tabellen.forEach((naam, tabel) -> {
                for (String rij : rijen) {
                    Suppressie.Rij r = rij.equals("TOTAAL") ? tabel.totaal() : tabel.rijen().stream()
                            .filter(x -> x.regel().soort().name().equals(rij)).findFirst().orElse(null);
                    boolean verborgen = r != null && r.stand(k) == Stand.VERBORGEN && Suppressie.basis(r.regel(), k) > 0;
                    bekend.put(naam + "|" + rij, !verborgen);
                    if (verborgen && klein(r.regel(), k)) {
                        beschermd.add(naam + "|" + rij);
                    }
                }
            });
            for (String rij : rijen) {
                Praktijkcijfers.Regel r = rij.equals("TOTAAL") ? restCijfers.totaal() : restCijfers.perUitkomst().stream()
                        .filter(x -> x.soort().name().equals(rij)).findFirst().orElse(null);
                int b = r == null ? 0 : Suppressie.basis(r, k);
                bekend.put("rest|" + rij, b == 0);
                if (b > 0 && klein(r, k)) {
                    beschermd.add("rest|" + rij);
                }
            }
            List<List<String>> sommen = new ArrayList<>();
            List<String> namen = new ArrayList<>(tabellen.keySet());
            namen.add("rest");
            for (String naam : namen) {
                sommen.add(rijen.stream().map(rij -> naam + "|" + rij).toList());
            }
            for (String rij : rijen) {
                List<String> jaarsom = new ArrayList<>(List.of("alle|" + rij));
                List<String> programmasom = new ArrayList<>(List.of("programmas|" + rij));
                for (String naam : tabellen.keySet()) {
                    if (naam.matches("[0-9]+")) {
                        jaarsom.add(naam + "|" + rij);
                    } else if (naam.startsWith("p") && !naam.equals("programmas")) {
                        programmasom.add(naam + "|" + rij);
                    }
                }
                sommen.add(jaarsom);
                sommen.add(programmasom);
                sommen.add(List.of("alle|" + rij, "programmas|" + rij, "rest|" + rij));
            }
            boolean verder = true;
            while (verder) {
                verder = false;
                for (List<String> som : sommen) {
                    List<String> onbekend = som.stream().filter(c -> !bekend.get(c)).toList();
                    if (onbekend.size() == 1) {
                        bekend.put(onbekend.getFirst(), true);
                        if (beschermd.contains(onbekend.getFirst())) {
                            terug.add(k + " " + onbekend.getFirst());
                        }
                        verder = true;
                    }
                }
            }
        }
        return terug;
    }

    /**
     * What the rule protects: a figure computed over fewer than five, or in a row of fewer than five.
     * A figure hidden only to keep such a one in (a complement, or the other figures of a row whose
     * count is a complement) is unknown to the attacker at first, but its coming back is a leak only
     * when it gives a small one back, and that one is then counted.
     */
    static boolean klein(Praktijkcijfers.Regel r, Kolom k) {
        int b = Suppressie.basis(r, k);
        return b > 0 && (b < Suppressie.K || r.aantal() < Suppressie.K);
    }

    private static List<Integer> jaren(List<Afgesloten> lijst) {
        List<Integer> jaren = new ArrayList<>();
        jaren.add(null);
        jaren.addAll(Praktijkcijfers.jaren(lijst));
        return jaren;
    }

    static Stand stand(Suppressie.Tabel t, Soort soort, Kolom k) {
        return t.rijen().stream().filter(r -> r.regel().soort() == soort).findFirst().orElseThrow().stand(k);
    }

    static List<Afgesloten> n(Soort soort, int aantal, int jaar) {
        List<Afgesloten> lijst = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            lijst.add(new Afgesloten(soort, S.withYear(jaar).minusDays(300), S.withYear(jaar).plusDays(i), 600,
                    true, 3, 2.0));
        }
        return lijst;
    }
}
