package nl.spoorzoeker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.uitkomst.Praktijkcijfers;
import nl.spoorzoeker.uitkomst.PraktijkcijfersService;
import nl.spoorzoeker.uitkomst.Suppressie;
import nl.spoorzoeker.uitkomst.Uitkomst;

/**
 * What suppressing the year and programme tables together costs, against each family on its own:
 * the time (medians of {@code runs}) and how many published count cells end up hidden. First on
 * the generated figures practice ({@link Cijferpraktijk}, made in {@code <folder>} when empty), then
 * on a large made-up one held in memory (2,000 trajecten over ten years in 40 programmes).
 * {@code java -cp … nl.spoorzoeker.bench.SuppressieMeting <folder> [runs]}
 */
public final class SuppressieMeting {

    private SuppressieMeting() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        Path map = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        if (!Files.exists(map.resolve("spoorzoeker.db"))) {
            Files.createDirectories(map);
            Cijferpraktijk.maak(map, 400, clock);
        }
        try (Database db = Database.open(map.resolve("spoorzoeker.db"))) {
            var overzicht = new PraktijkcijfersService(db, new TijdlijnService(db, clock, KlokInstellingen.STANDAARD),
                    new ContactService(db, clock)).overzicht();
            Map<Integer, List<Praktijkcijfers.Afgesloten>> per = new LinkedHashMap<>();
            overzicht.programmas().programmas().forEach(p -> per.put(p.id(), p.afgesloten()));
            meet("figures practice", overzicht.afgesloten(), per, runs);
        }
        Random random = new Random(5);
        List<Praktijkcijfers.Afgesloten> groot = new ArrayList<>();
        Map<Integer, List<Praktijkcijfers.Afgesloten>> perGroot = new LinkedHashMap<>();
        Uitkomst.Soort[] soorten = Uitkomst.Soort.values();
        for (int i = 0; i < 2000; i++) {
            LocalDate einde = LocalDate.of(2016 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
            var a = new Praktijkcijfers.Afgesloten(soorten[random.nextInt(soorten.length)], einde.minusDays(200 + random.nextInt(300)),
                    einde, 600 + random.nextInt(3000), random.nextBoolean(), random.nextInt(30), random.nextDouble() * 4 - 1);
            groot.add(a);
            if (random.nextInt(3) > 0) {
                perGroot.computeIfAbsent(1 + random.nextInt(40), k -> new ArrayList<>()).add(a);
            }
        }
        meet("2,000 in memory", groot, perGroot, runs);
    }

    private static void meet(String naam, List<Praktijkcijfers.Afgesloten> lijst,
                             Map<Integer, List<Praktijkcijfers.Afgesloten>> per, int runs) {
        Suppressie.pasSamen(lijst, per);
        Suppressie.pasPerJaar(lijst);
        Suppressie.pasPerProgramma(per);
        List<Double> samen = new ArrayList<>();
        List<Double> apart = new ArrayList<>();
        Suppressie.Samen<Integer> s = null;
        Suppressie.Tabellen j = null;
        Suppressie.Programmatabellen<Integer> p = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            s = Suppressie.pasSamen(lijst, per);
            samen.add((System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            j = Suppressie.pasPerJaar(lijst);
            p = Suppressie.pasPerProgramma(per);
            apart.add((System.nanoTime() - t0) / 1e6);
        }
        List<Integer> jaren = Praktijkcijfers.jaren(lijst);
        System.out.printf("%s: %d trajecten, %d years, %d programmes%n", naam, lijst.size(), jaren.size(), per.size());
        System.out.printf("  together: %.1f ms median %s; hidden count cells %d of %d%n", mediaan(samen), samen,
                verborgen(s.jaren(), s.programmas(), jaren), cellen(s.jaren(), s.programmas(), jaren));
        System.out.printf("  apart:    %.1f ms median %s; hidden count cells %d%n", mediaan(apart), apart,
                verborgen(j, p, jaren));
    }

    private static List<Suppressie.Tabel> tabellen(Suppressie.Tabellen j, Suppressie.Programmatabellen<Integer> p,
                                                   List<Integer> jaren) {
        List<Suppressie.Tabel> uit = new ArrayList<>();
        uit.add(j.alle());
        jaren.forEach(x -> uit.add(j.van(x)));
        uit.add(p.alle());
        uit.addAll(p.perProgramma().values());
        return uit;
    }

    private static long verborgen(Suppressie.Tabellen j, Suppressie.Programmatabellen<Integer> p, List<Integer> jaren) {
        return tabellen(j, p, jaren).stream().mapToLong(t -> t.rijen().stream().filter(Suppressie.Rij::verborgen).count()
                + (t.totaal().verborgen() ? 1 : 0)).sum();
    }

    private static long cellen(Suppressie.Tabellen j, Suppressie.Programmatabellen<Integer> p, List<Integer> jaren) {
        return tabellen(j, p, jaren).stream().mapToLong(t -> t.rijen().size() + 1L).sum();
    }

    private static double mediaan(List<Double> waarden) {
        List<Double> s = waarden.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
