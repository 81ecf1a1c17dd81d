package nl.spoorzoeker.bewaartermijn;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.spoorzoeker.store.Bestanden;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.store.Tweedelocatie;
import nl.spoorzoeker.crypto.Kluissessie;

/**
 * Retention of ended trajecten (domain.md §5.4): the review list, the coach's choices per traject
 * (own date, bewaarplicht, corrected end date), the practice's default terms, and deletion for
 * good. Synchronous and free of JavaFX: the screens call it from a background task.
 */
public final class BewaartermijnService {

    private static final Logger LOG = LoggerFactory.getLogger(BewaartermijnService.class);

    private final Database db;
    private final Clock clock;
    private final AuditService audit;
    private final Backupbereik bereik;

    /**
     * Where a deletion must also reach (issue 23 item 3): the backup folders, the private temp
     * folder for the plain copy while a generation is rewritten, and the session's keys.
     */
    public record Backupbereik(java.nio.file.Path backups, java.util.function.Supplier<Optional<java.nio.file.Path>> tweede,
                               java.nio.file.Path tijdelijk, Kluissessie sessie) {
        /**
         * The deletions whose pass over the backups has not finished (traject id, werkgever too,
         * reason; no names), beside the backups folder: written with the deletion, removed when the
         * pass ends, so a pass a kill or a lock stopped is run again at the next unlock.
         */
        java.nio.file.Path wachtrij() {
            return backups.toAbsolutePath().resolveSibling("backup-schoning");
        }
    }

    public BewaartermijnService(Database db, Clock clock) {
        this(db, clock, null);
    }

    public BewaartermijnService(Database db, Clock clock, Backupbereik bereik) {
        this.db = db;
        this.clock = clock;
        this.audit = new AuditService(db, clock);
        this.bereik = bereik;
    }

    /**
     * The pass that takes a deleted traject out of every backup generation ({@link BackupSchoning}),
     * run after {@link #verwijder}; empty when this service has no backups to reach or the keys are
     * not there (a locked app: the deletion is only offered unlocked).
     */
    public Optional<BackupSchoning> backupSchoning(Verwijdering verwijdering, boolean ookWerkgever) {
        return backupSchoning(verwijdering, ookWerkgever, false);
    }

    /** Marks a pending line whose backups/ are done and whose second location is still to be reached. */
    static final String ALLEEN_TWEEDE = "tweede";

    /**
     * As {@link #backupSchoning(Verwijdering, boolean)}; with {@code alleenTweede} over the second
     * location only (backups/ were done while it was not connected). A second location that is
     * chosen but not connected — its folder missing, or there without the marker written when it was
     * chosen (the empty mount point of an unplugged stick) — is left out, and the pending line stays
     * with {@link #ALLEEN_TWEEDE} so the pass reaches it once it is back.
     */
    Optional<BackupSchoning> backupSchoning(Verwijdering verwijdering, boolean ookWerkgever, boolean alleenTweede) {
        if (bereik == null) {
            return Optional.empty();
        }
        var sleutels = bereik.sessie().sleutels();
        if (sleutels.isEmpty()) {
            LOG.warn("Traject {} deleted while locked: its backups are not rewritten", verwijdering.trajectId());
            return Optional.empty();
        }
        Optional<java.nio.file.Path> tweede = bereik.tweede().get();
        boolean aangesloten = tweede.filter(Tweedelocatie::aangesloten).isPresent();
        List<java.nio.file.Path> mappen = new java.util.ArrayList<>(alleenTweede ? List.of() : List.of(bereik.backups()));
        if (aangesloten) {
            mappen.add(tweede.get());
        }
        java.nio.file.Path later = tweede.isPresent() && !aangesloten ? tweede.get() : null;
        int id = verwijdering.trajectId();
        Runnable afgerond = later == null ? () -> wachtrij(id, null)
                : () -> wachtrij(id, id + " " + ookWerkgever + " " + verwijdering.reden().name() + " " + ALLEEN_TWEEDE);
        return Optional.of(new BackupSchoning(db, mappen, bereik.tijdelijk(), sleutels.get().ring(),
                sleutels.get().dataSleutel(), sleutels.get()::wis, afgerond, verwijdering, ookWerkgever, clock, later));
    }

    /** The passes over the backups that a kill, a crash or a lock stopped: run again at the unlock. */
    public List<BackupSchoning> openstaandeSchoningen() {
        if (bereik == null || !java.nio.file.Files.exists(bereik.wachtrij())) {
            return List.of();
        }
        List<BackupSchoning> taken = new java.util.ArrayList<>();
        try {
            for (String regel : java.nio.file.Files.readAllLines(bereik.wachtrij())) {
                String[] d = regel.strip().split(" ");
                if (d.length != 3 && !(d.length == 4 && d[3].equals(ALLEEN_TWEEDE))) {
                    continue;
                }
                int id = Integer.parseInt(d[0]);
                boolean alleenTweede = d.length == 4;
                Optional<java.nio.file.Path> tweede = bereik.tweede().get();
                if (db.read(ctx -> new BewaringRepository(ctx).find(id)).isPresent()) {
                    // Marked before a commit that a kill or a failure never let happen: not deleted.
                    wachtrij(id, null);
                } else if (alleenTweede && tweede.isEmpty()) {
                    // The coach no longer has a second location: nothing this app writes to is left to reach.
                    LOG.warn("Traject {}: the second location is no longer chosen; its pass there is dropped", id);
                    wachtrij(id, null);
                } else if (alleenTweede && !Tweedelocatie.aangesloten(tweede.get())) {
                    LOG.info("Traject {}: the second location is still not connected; its pass there stays pending", id);
                } else {
                    backupSchoning(new Verwijdering(id, Map.of(), false, false, Verwijdering.Reden.valueOf(d[2]), true),
                            Boolean.parseBoolean(d[1]), alleenTweede).ifPresent(taken::add);
                }
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("The list of unfinished passes over the backups could not be read: {}", e.toString());
        }
        return taken;
    }

    /**
     * Runs every pending pass now (the window's unlock, the {@code backup} command, removing the demo
     * dossiers: each moment the keys are there). A pass that fails stays pending for the next one.
     *
     * @return how many passes finished (one that left an unplugged second location for later is not
     *         finished: the backup command would otherwise say the traject is out of the backups)
     */
    public int voltooiOpenstaande() {
        int klaar = 0;
        for (BackupSchoning taak : openstaandeSchoningen()) {
            try {
                if (taak.voerUit(stand -> { }).tweedeLater() == null) {
                    klaar++;
                }
            } catch (Exception e) {
                LOG.warn("An unfinished pass over the backups failed again; it stays pending: {}", e.toString());
            }
        }
        return klaar;
    }

    /**
     * One writer of the pending list at a time in this process: the unlock's service and the deletion
     * screen's are different instances, and a read-change-write of the file by both at once would
     * drop a line (a pass forgotten) or bring one back.
     */
    private static final Object WACHTRIJ = new Object();

    /** Adds a deletion to the pending passes ({@code regel} non-null) or removes the traject's line. */
    private boolean wachtrij(int trajectId, String regel) {
        if (bereik == null) {
            return false;
        }
        synchronized (WACHTRIJ) {
            return wachtrijBijwerken(trajectId, regel);
        }
    }

    private boolean wachtrijBijwerken(int trajectId, String regel) {
        try {
            List<String> regels = new java.util.ArrayList<>(java.nio.file.Files.exists(bereik.wachtrij())
                    ? java.nio.file.Files.readAllLines(bereik.wachtrij()) : List.of());
            regels.removeIf(r -> r.startsWith(trajectId + " "));
            if (regel != null) {
                regels.add(regel);
            }
            if (regels.isEmpty()) {
                java.nio.file.Files.deleteIfExists(bereik.wachtrij());
            } else {
                Bestanden.schrijfAtomisch(bereik.wachtrij(),
                        (String.join("\n", regels) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return true;
        } catch (java.io.IOException e) {
            if (regel != null) {
                // Without the mark a kill after the commit would leave the backups holding the traject
                // unnoticed: the deletion is refused rather than done unmarked.
                throw new java.io.UncheckedIOException(e);
            }
            LOG.warn("The list of unfinished passes over the backups could not be updated: {}", e.toString());
            return false;
        }
    }

    public Bewaarregels.Termijnen termijnen() {
        return db.read(ctx -> termijnen(new BewaringRepository(ctx)));
    }

    private static Bewaarregels.Termijnen termijnen(BewaringRepository repo) {
        Bewaarregels.Termijnen standaard = Bewaarregels.Termijnen.STANDAARD;
        return new Bewaarregels.Termijnen(
                repo.instelling(BewaringRepository.JAREN).orElse(standaard.standaardJaren()),
                repo.instelling(BewaringRepository.JAREN_ERD).orElse(standaard.eigenrisicodragerJaren()));
    }

    public void bewaarTermijnen(Bewaarregels.Termijnen termijnen) {
        db.write(cfg -> {
            BewaringRepository repo = new BewaringRepository(cfg.dsl());
            repo.zetInstelling(BewaringRepository.JAREN, termijnen.standaardJaren());
            repo.zetInstelling(BewaringRepository.JAREN_ERD, termijnen.eigenrisicodragerJaren());
            return null;
        });
    }

    /**
     * The review list: ended trajecten whose term has passed or passes within three months, and
     * those held by a bewaarplicht that would be due by then or needs review. With {@code alle}
     * every ended traject, e.g. to delete one early at the werknemer's request.
     */
    public List<Bewaarregel> overzicht(boolean alle) {
        LocalDate vandaag = LocalDate.now(clock);
        return db.read(ctx -> {
            BewaringRepository repo = new BewaringRepository(ctx);
            Bewaarregels.Termijnen termijnen = termijnen(repo);
            return repo.beeindigd().stream().map(g -> regel(g, termijnen, vandaag))
                    .filter(r -> alle || Bewaarregels.teBeoordelen(Optional.ofNullable(r.vervaldatum()),
                            r.bewaarplicht() == null ? null : r.bewaarplicht().sinds(), vandaag))
                    .toList();
        });
    }

    public Optional<Bewaarregel> regel(int trajectId) {
        LocalDate vandaag = LocalDate.now(clock);
        return db.read(ctx -> {
            BewaringRepository repo = new BewaringRepository(ctx);
            return repo.find(trajectId).map(g -> regel(g, termijnen(repo), vandaag));
        });
    }

    private static Bewaarregel regel(BewaringRepository.Gegevens g, Bewaarregels.Termijnen termijnen, LocalDate vandaag) {
        Optional<LocalDate> vervalt = Bewaarregels.vervaldatum(g.einddatum(), g.eigenrisicodrager(), g.eigenDatum(),
                termijnen);
        Bewaarplicht plicht = g.bewaarplicht();
        return new Bewaarregel(g.trajectId(), g.werknemer(), g.werkgever(), g.eigenrisicodrager(), g.einddatum(),
                g.eigenDatum(), vervalt.orElse(null), plicht, Bewaarregels.staat(vervalt, plicht != null, vandaag),
                plicht != null && Bewaarregels.herzienNodig(plicht.sinds(), vandaag));
    }

    /** Sets a bewaarplicht from today; ANDERS needs an explanation. */
    public void zetBewaarplicht(int trajectId, Bewaarplicht.Reden reden, String toelichting) {
        String tekst = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        if (reden == null) {
            throw new Weigering("bewaren.fout.reden");
        }
        if (reden == Bewaarplicht.Reden.ANDERS && tekst == null) {
            throw new Weigering("bewaren.fout.toelichting");
        }
        if (tekst != null && tekst.length() > Bewaarplicht.MAX_TOELICHTING) {
            throw new Weigering("input.tooLong");
        }
        Bewaarplicht plicht = new Bewaarplicht(reden, tekst, LocalDate.now(clock));
        wijzig(trajectId, repo -> repo.zetBewaarplicht(trajectId, plicht, clock.instant()));
    }

    public void hefBewaarplichtOp(int trajectId) {
        wijzig(trajectId, repo -> repo.zetBewaarplicht(trajectId, null, clock.instant()));
    }

    /** The coach's own date instead of the default term; null returns to the default. */
    public void zetEigenDatum(int trajectId, LocalDate datum) {
        Instant nu = clock.instant();
        wijzig(trajectId, repo -> {
            BewaringRepository.Gegevens g = repo.find(trajectId).orElseThrow();
            if (datum != null && g.einddatum() != null && datum.isBefore(g.einddatum())) {
                throw new Weigering("bewaren.fout.voorEinde");
            }
            repo.zetEigenDatum(trajectId, datum, nu);
        });
    }

    /** Corrects the day the traject ended (the migration could only guess it for older trajecten). */
    public void zetEinddatum(int trajectId, LocalDate einddatum) {
        if (einddatum == null) {
            throw new Weigering("input.required");
        }
        if (einddatum.isAfter(LocalDate.now(clock))) {
            throw new Weigering("bewaren.fout.eindeInToekomst");
        }
        wijzig(trajectId, repo -> {
            if (!repo.zetEinddatum(trajectId, einddatum)) {
                throw new Weigering("bewaren.fout.actief");
            }
        });
    }

    private void wijzig(int trajectId, java.util.function.Consumer<BewaringRepository> wijziging) {
        db.write(cfg -> {
            BewaringRepository repo = new BewaringRepository(cfg.dsl());
            BewaringRepository.Gegevens g = repo.find(trajectId).orElseThrow(() -> new Weigering("bewaren.fout.bestaatNiet"));
            if ("ACTIEF".equals(g.status())) {
                throw new Weigering("bewaren.fout.actief");
            }
            wijziging.accept(repo);
            return null;
        });
    }

    /** What deleting the traject would remove, for the confirmation. */
    public Omvang omvang(int trajectId) {
        LocalDate vandaag = LocalDate.now(clock);
        return db.read(ctx -> {
            BewaringRepository repo = new BewaringRepository(ctx);
            BewaringRepository.Gegevens g = repo.find(trajectId).orElseThrow(() -> new Weigering("bewaren.fout.bestaatNiet"));
            return new VerwijderingRepository(ctx).omvang(g, regel(g, termijnen(repo), vandaag).staat());
        });
    }

    /** True when what the coach typed is the werknemer's name (case, spacing and Unicode form aside). */
    public static boolean bevestigd(String getypt, String naam) {
        return getypt != null && vergelijkbaar(getypt).equals(vergelijkbaar(naam));
    }

    private static String vergelijkbaar(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Deletes the traject for good with everything that is only its own: its record, reports (final
     * ones included), attachments, drafts, index entries, and the werknemer when no other traject
     * needs them; the werkgever only when asked and no other traject names it. Refused for an
     * active traject, under a bewaarplicht, or when {@code bevestiging} is not the werknemer's name.
     * The audit log gets the traject id and counts, the anonymous count goes up by one; then the
     * file is vacuumed and its -wal emptied so the removed content is gone from disk.
     */
    public Verwijdering verwijder(int trajectId, String bevestiging, boolean ookWerkgever) {
        LocalDate vandaag = LocalDate.now(clock);
        boolean[] gemerkt = {false};
        Database.Purged<Verwijdering> uitkomst;
        try {
            uitkomst = db.writeAndPurge(cfg -> {
            BewaringRepository repo = new BewaringRepository(cfg.dsl());
            BewaringRepository.Gegevens g = repo.find(trajectId).orElseThrow(() -> new Weigering("bewaren.fout.bestaatNiet"));
            Bewaarregel regel = regel(g, termijnen(repo), vandaag);
            if ("ACTIEF".equals(g.status())) {
                throw new Weigering("bewaren.fout.actief");
            }
            if (regel.bewaarplicht() != null) {
                throw new Weigering("bewaren.fout.bewaarplicht");
            }
            if (!bevestigd(bevestiging, g.werknemer())) {
                throw new Weigering("bewaren.fout.bevestiging");
            }
            Verwijdering.Reden reden = regel.staat() == Bewaarstaat.VERLOPEN
                    ? Verwijdering.Reden.TERMIJN_VERSTREKEN : Verwijdering.Reden.VOORTIJDIG;
            // The pass over the backups is marked pending before the commit, forced to disk: a kill
            // after the commit must find it. A kill before the commit leaves a mark for a traject
            // that is still there; openstaandeSchoningen drops such a mark (ids are AUTOINCREMENT,
            // so a traject with that id can only be the one whose deletion did not commit).
            if (wachtrij(trajectId, trajectId + " " + ookWerkgever + " " + reden.name())) {
                gemerkt[0] = true;
            }
            Breekpunt.na("verwijdering.merk-geschreven");
            Map<String, Integer> rijen = new VerwijderingRepository(cfg.dsl()).verwijder(trajectId, ookWerkgever);
            int eindJaar = g.einddatum() == null ? vandaag.getYear() : g.einddatum().getYear();
            repo.telVerwijderd(vandaag.getYear(), eindJaar, reden);
            audit.log(cfg, Handeling.VERWIJDERING, trajectId, omschrijving(trajectId, rijen, reden));
            return new Verwijdering(trajectId, rijen, rijen.containsKey("werknemer"), rijen.containsKey("werkgever"),
                    reden, false);
            });
        } catch (RuntimeException e) {
            if (gemerkt[0]) {
                wachtrij(trajectId, null); // rolled back: nothing to take out of the backups
            }
            throw e;
        }
        Verwijdering v = uitkomst.result();
        Breekpunt.na("verwijdering.na-commit");
        int kopieen = verwijderVeiligheidskopieen(db);
        if (kopieen > 0) {
            LOG.info("Retention deletion: {} plaintext safety cop{} beside the database removed as well", kopieen,
                    kopieen == 1 ? "y" : "ies");
        }
        if (!uitkomst.vacuumed() || !uitkomst.walEmptied()) {
            LOG.warn("Traject {} deleted; cleaning the file afterwards did not complete (vacuum {}, wal emptied {})",
                    trajectId, uitkomst.vacuumed(), uitkomst.walEmptied());
        }
        return new Verwijdering(v.trajectId(), v.rijen(), v.werknemerVerwijderd(), v.werkgeverVerwijderd(), v.reden(),
                uitkomst.vacuumed() && uitkomst.walEmptied());
    }

    /**
     * Removes the demo dossiers (issue 21 item 9), active or not, with everything that hangs off
     * them and their employers when no other traject names them — the same thorough path as a
     * deletion, but not counted among deleted trajecten: they were never anyone's. One transaction;
     * then the file is vacuumed and its -wal emptied, and any pending pass over the backups is run.
     *
     * @param demoTrajecten the ids the demo set was loaded with (see {@code DemoDossiers.ids})
     * @return how many trajecten were removed
     */
    public int verwijderDemo(java.util.Collection<Integer> demoTrajecten) {
        Database.Purged<Integer> uitkomst = db.writeAndPurge(cfg -> {
            VerwijderingRepository repo = new VerwijderingRepository(cfg.dsl());
            BewaringRepository bewaring = new BewaringRepository(cfg.dsl());
            int aantal = 0;
            for (int id : demoTrajecten) {
                if (bewaring.find(id).isEmpty()) {
                    continue;
                }
                repo.sluitVoorDemoVerwijdering(id);
                Map<String, Integer> rijen = repo.verwijder(id, true);
                audit.log(cfg, Handeling.VERWIJDERING, id, "demodossier verwijderd: " + rijen.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
                aantal++;
            }
            return aantal;
        });
        if (!uitkomst.vacuumed() || !uitkomst.walEmptied()) {
            LOG.warn("Demo dossiers removed; cleaning the file afterwards did not complete (vacuum {}, wal emptied {})",
                    uitkomst.vacuumed(), uitkomst.walEmptied());
        }
        // The window is unlocked here: a retention deletion's pass a kill or a lock stopped is finished now.
        voltooiOpenstaande();
        return uitkomst.result();
    }

    /**
     * Removes the plaintext safety copies beside the database (what a restore or a migration kept,
     * -wal files set aside): each may hold the traject just deleted, and a deletion the law requires
     * must reach every copy on this computer. The encrypted backups are not touched: they expire by
     * their own schedule (docs/betrouwbaarheid.md). Returns how many were removed.
     */
    static int verwijderVeiligheidskopieen(Database db) {
        int weg = 0;
        try {
            for (java.nio.file.Path p : Database.veiligheidskopieen(db.file())) {
                if (java.nio.file.Files.isDirectory(p)) {
                    try (var boom = java.nio.file.Files.walk(p)) {
                        for (java.nio.file.Path q : boom.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            java.nio.file.Files.deleteIfExists(q);
                        }
                    }
                } else {
                    java.nio.file.Files.deleteIfExists(p);
                }
                weg++;
            }
            Bestanden.forceerMap(db.file().getParent());
        } catch (java.io.IOException e) {
            LOG.warn("Not every safety copy beside the database could be removed: {}", e.toString());
        }
        return weg;
    }

    /** Ids and counts only: the entry outlives the traject and must not name anyone. */
    static String omschrijving(int trajectId, Map<String, Integer> rijen, Verwijdering.Reden reden) {
        String details = rijen.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        int totaal = rijen.values().stream().mapToInt(Integer::intValue).sum();
        return "traject " + trajectId + " verwijderd (" + reden.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "), " + totaal
                + " rijen: " + details;
    }

    /** The anonymous counts of deleted trajecten, newest year first. */
    public List<VerwijderdAantal> verwijderdeAantallen() {
        return db.read(ctx -> new BewaringRepository(ctx).verwijderdeAantallen());
    }
}
