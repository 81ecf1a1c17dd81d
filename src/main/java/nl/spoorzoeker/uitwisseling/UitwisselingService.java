package nl.spoorzoeker.uitwisseling;

import static nl.spoorzoeker.store.schema.Tables.AFSPRAAK;
import static nl.spoorzoeker.store.schema.Tables.BIJEENKOMST;
import static nl.spoorzoeker.store.schema.Tables.GROEPSPROGRAMMA;
import static nl.spoorzoeker.store.schema.Tables.GROEPSSESSIE;
import static nl.spoorzoeker.store.schema.Tables.STAP;
import static nl.spoorzoeker.store.schema.Tables.TRAJECT;
import static nl.spoorzoeker.store.schema.Tables.WERKGEVER;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.crypto.OngeldigBestand;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.crypto.VerkeerdeSleutel;
import nl.spoorzoeker.crypto.Versleuteling;
import nl.spoorzoeker.store.Bestanden;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.Doelfout;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.store.Breekpunt;
import nl.spoorzoeker.taak.Telstroom;
import nl.spoorzoeker.taak.Voortgang;
import nl.spoorzoeker.taal.Teksten;

/**
 * Export, import and inzage (issue 6; docs/archief-formaat.md).
 * <ul>
 *   <li><b>Export</b>: one dossier or the whole practice as one file, encrypted with the practice's
 *       data key and carrying its key ring (it opens on a new laptop with the passphrase or the
 *       recovery code). Written under a temporary name, forced, renamed in one step, then decrypted
 *       again and compared before it counts.</li>
 *   <li><b>Import</b>: decrypted into the private temporary folder and checked in full
 *       ({@link Uitwisselingcontrole}) before anything is written; then the caller's backup runs, then
 *       everything is written in one transaction. A whole practice only goes into a practice without
 *       dossiers; one dossier goes into any practice with new numbers for its rows, its employer
 *       matched by KvK number or name, its werknemer new.</li>
 *   <li><b>Inzage</b> (AVG art. 15): everything about one werknemer as a readable PDF plus the same
 *       JSON as an archive, unencrypted, because it is for the person themselves.</li>
 * </ul>
 * Each is written to the audit log with ids, counts and file names only.
 */
public final class UitwisselingService {

    /** Spoorzoeker eXport. */
    public static final String EXTENSIE = ".szx";
    private static final String TIJDELIJK = ".archief-";

    public record Export(Path bestand, Reikwijdte reikwijdte, int tabellen, long rijen, int bijlagen, long bytes) {
    }

    /** What an import did; {@code alAanwezig} when the practice already held exactly this data (nothing written). */
    public record Import(Reikwijdte reikwijdte, boolean alAanwezig, List<Integer> trajecten, long rijen, int bijlagen) {
    }

    public record Inzage(Path bestand, List<Integer> trajecten, long rijen, int bijlagen) {
    }

    /** Runs after the archive passed every check and before anything is written: the verified backup. */
    @FunctionalInterface
    public interface Vooraf {
        void voorHetSchrijven() throws Exception;
    }

    private final Database db;
    private final Path tijdelijk;
    private final Clock clock;
    private final String appversie;

    /** @param tijdelijk the private folder (owner only) for the plain archive while it is made or checked */
    public UitwisselingService(Database db, Path tijdelijk, Clock clock, String appversie) {
        this.db = db;
        this.tijdelijk = tijdelijk;
        this.clock = clock;
        this.appversie = appversie;
    }

    // ---------------------------------------------------------------------------------------------
    // Export

    /** Exports one dossier ({@code trajectId}) or, with null, the whole practice. */
    public Export exporteer(Integer trajectId, Path doel, Sleutelring ring, byte[] dataSleutel) throws IOException {
        return exporteer(trajectId, doel, ring, dataSleutel, Voortgang.GEEN);
    }

    /**
     * As above, telling {@code voortgang} how far it is: the tables written are the first nine tenths,
     * the encryption the last (the verification after the rename is not a stopping point: the archive is
     * whole then). A cancel stops it between tables or before the encryption; the plain archive in the
     * private folder and the temporary file beside the target are removed (finally below), the target is
     * not touched.
     */
    public Export exporteer(Integer trajectId, Path doel, Sleutelring ring, byte[] dataSleutel, Voortgang voortgang)
            throws IOException {
        Reikwijdte reikwijdte = trajectId == null ? Reikwijdte.PRAKTIJK : Reikwijdte.DOSSIER;
        if (trajectId != null && !db.read(ctx -> new UitwisselingRepository(ctx).trajectBestaat(trajectId))) {
            throw new UitwisselingFout("archief.fout.geenDossier", trajectId);
        }
        Bestanden.maakPriveMap(tijdelijk);
        Path plat = tijdelijk.resolve(TIJDELIJK + UUID.randomUUID() + ".zip");
        Path map = doel.toAbsolutePath().getParent();
        try {
            Files.createDirectories(map);
        } catch (IOException e) {
            throw new Doelfout(doel.toAbsolutePath(), e);
        }
        Path versleuteld = map.resolve(".szx-tmp-" + UUID.randomUUID());
        try {
            Manifest m;
            try {
                m = schrijfPlat(plat, reikwijdte, trajectId == null ? List.of() : List.of((long) trajectId),
                        deel -> voortgang.stap(0.9 * deel));
            } catch (IOException e) {
                throw Bestanden.benoem(e, tijdelijk); // the plain archive in the data folder
            }
            String shaPlat = sha256(plat);
            try (InputStream in = Files.newInputStream(plat);
                 FileChannel kanaal = FileChannel.open(versleuteld, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream uit = Channels.newOutputStream(kanaal);
                Versleuteling.versleutel(in, uit, ring, dataSleutel);
                uit.flush();
                kanaal.force(true);
            } catch (IOException e) {
                // The place the coach chose (reading the plain archive beside it does not fail for
                // want of room or rights): told as that place, with another place as the way out.
                throw new Doelfout(doel.toAbsolutePath(), Bestanden.benoem(e, map));
            }
            voortgang.stap(1.0); // the last stopping point: after the rename the archive is the coach's
            try {
                Files.move(versleuteld, doel, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new Doelfout(doel.toAbsolutePath(), Bestanden.benoem(e, map));
            }
            if (!shaPlat.equals(ontsleuteldeSha(doel, dataSleutel))) {
                Files.deleteIfExists(doel);
                throw new UitwisselingFout("archief.fout.controle");
            }
            long rijen = m.tabellen().stream().mapToLong(Manifest.TabelInhoud::rijen).sum();
            int bijlagen = (int) m.bestanden().stream().filter(b -> b.naam().startsWith(Manifest.BIJLAGEN)).count();
            // Never the file name: a coach may name it after the werknemer, and audit entries outlive a deletion.
            new AuditService(db, clock).log(Handeling.EXPORT, trajectId, "archief (" + reikwijdte.name().toLowerCase(java.util.Locale.ROOT) + "): " + m.tabellen().size() + " tabellen, "
                    + rijen + " rijen, " + bijlagen + " bijlagen, versleuteld en gecontroleerd");
            return new Export(doel, reikwijdte, m.tabellen().size(), rijen, bijlagen, Files.size(doel));
        } finally {
            Files.deleteIfExists(plat);
            Files.deleteIfExists(versleuteld);
        }
    }

    /** Writes the plain archive (package-private: tests forge archives from it). */
    Manifest schrijfPlat(Path plat, Reikwijdte reikwijdte, List<Long> trajecten) throws IOException {
        return schrijfPlat(plat, reikwijdte, trajecten, Voortgang.GEEN);
    }

    private Manifest schrijfPlat(Path plat, Reikwijdte reikwijdte, List<Long> trajecten, Voortgang voortgang)
            throws IOException {
        try (OutputStream uit = Files.newOutputStream(plat, StandardOpenOption.CREATE_NEW);
             UitwisselingSchrijver.Uitvoer zip = UitwisselingSchrijver.Uitvoer.zip(uit)) {
            // A long read on its own read-only connection: one snapshot, and nobody waits for it.
            return db.leesLang(ctx -> {
                UitwisselingRepository repo = new UitwisselingRepository(ctx);
                try {
                    return UitwisselingSchrijver.schrijf(repo, repo.schema(), reikwijdte, trajecten, zip, appversie,
                            db.schemaVersion(), clock.instant(), t -> true, null, voortgang);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Decrypts the file as written, into a digest only: the export counts when it gives back what was encrypted. */
    private static String ontsleuteldeSha(Path bestand, byte[] dataSleutel) throws IOException {
        MessageDigest sha = UitwisselingSchrijver.sha256();
        try (InputStream in = Files.newInputStream(bestand);
             OutputStream uit = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            Versleuteling.ontsleutel(in, uit, ring -> dataSleutel.clone());
        } catch (OngeldigBestand | VerkeerdeSleutel e) {
            // No digest, so the comparison after it fails and the export is refused; the cause is logged here.
            org.slf4j.LoggerFactory.getLogger(UitwisselingService.class).warn("The archive as written did not decrypt", e);
            return "";
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    // ---------------------------------------------------------------------------------------------
    // Import

    /**
     * Imports an encrypted archive. Nothing is written unless the whole archive passed every check;
     * then {@code vooraf} (the backup) runs, then all rows are written in one transaction.
     */
    public Import importeer(Path bestand, Versleuteling.Ontgrendeling ontgrendeling, Vooraf vooraf)
            throws IOException, OngeldigBestand, VerkeerdeSleutel {
        return importeer(bestand, ontgrendeling, vooraf, Voortgang.GEEN);
    }

    /**
     * As above, telling {@code voortgang} how far the check is (issue 20: the bar stood still over the long part):
     * decrypting the archive is the first four fifths, by bytes read; the check of every table and attachment the
     * rest, reported done just before {@code vooraf}. Every step is a safe stopping point (nothing is written
     * until {@code vooraf} has run; the decrypted copy is removed in {@code finally}).
     */
    public Import importeer(Path bestand, Versleuteling.Ontgrendeling ontgrendeling, Vooraf vooraf, Voortgang voortgang)
            throws IOException, OngeldigBestand, VerkeerdeSleutel {
        Bestanden.maakPriveMap(tijdelijk);
        Path plat = tijdelijk.resolve(TIJDELIJK + UUID.randomUUID() + ".zip");
        try {
            long totaal = Math.max(1, Files.size(bestand));
            try (InputStream in = new Telstroom(Files.newInputStream(bestand), Math.max(1024, totaal / 40),
                    n -> voortgang.stap(0.8 * n / totaal), true);
                 OutputStream uit = Files.newOutputStream(plat, StandardOpenOption.CREATE_NEW)) {
                Versleuteling.ontsleutel(in, uit, ontgrendeling);
            }
            voortgang.stap(0.8);
            Breekpunt.na("import.plat-geschreven");
            return importeerPlat(plat, bestand.getFileName().toString(), () -> {
                voortgang.stap(1.0); // checked in full: the last step before the backup and the writing
                vooraf.voorHetSchrijven();
            });
        } finally {
            Files.deleteIfExists(plat);
            Breekpunt.na("import.plat-weg");
        }
    }

    /** Imports a decrypted archive (checked in full first). Package-private: tests feed it forged archives. */
    Import importeerPlat(Path plat, String naam, Vooraf vooraf) throws IOException {
        try (Uitwisselingcontrole.Gecontroleerd g = controle().controleer(plat)) {
            Manifest m = g.manifest();
            if (m.reikwijdte() == Reikwijdte.PRAKTIJK && !db.read(ctx -> leeg(new UitwisselingRepository(ctx), g.schema()))) {
                if (zelfdeGegevens(g)) {
                    return new Import(m.reikwijdte(), true, List.of(), 0, 0);
                }
                throw new UitwisselingFout("archief.fout.nietLeeg");
            }
            if (m.reikwijdte() == Reikwijdte.DOSSIER) {
                Optional<Long> bestaand = bestaandDossier(g);
                if (bestaand.isPresent()) {
                    throw new UitwisselingFout("archief.fout.alAanwezig", bestaand.get());
                }
            }
            try {
                vooraf.voorHetSchrijven();
            } catch (RuntimeException | IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
            AuditService audit = new AuditService(db, clock);
            String omschrijving = "archief (" + m.reikwijdte().name().toLowerCase(java.util.Locale.ROOT)
                    + ", gemaakt " + m.gemaaktOp() + ", schema " + m.schemaversie() + "): ";
            // The entry is written in the rows' own transaction (issue 20): an import is never in the
            // practice without the audit line that says where it came from, nor the line without it.
            java.util.function.BiConsumer<org.jooq.Configuration, Import> vastleggen = (cfg, u) -> audit.log(cfg, Handeling.IMPORT,
                    m.reikwijdte() == Reikwijdte.DOSSIER ? u.trajecten().getFirst() : null,
                    omschrijving + u.rijen() + " rijen, " + u.bijlagen() + " bijlagen; "
                            + (m.reikwijdte() == Reikwijdte.DOSSIER
                            ? "was dossier " + m.trajecten().getFirst() + " in de bronpraktijk"
                            : u.trajecten().size() + " dossiers"));
            Import uitslag = m.reikwijdte() == Reikwijdte.PRAKTIJK ? schrijfPraktijk(g, vastleggen)
                    : schrijfDossier(g, vastleggen);
            Breekpunt.na("import.rijen-geschreven");
            return uitslag;
        }
    }

    /**
     * Checks a decrypted archive without importing it (the export's own test, the fuzzing of I6).
     * Package-private.
     */
    Manifest controleerPlat(Path plat) throws IOException {
        try (Uitwisselingcontrole.Gecontroleerd g = controle().controleer(plat)) {
            return g.manifest();
        }
    }

    private Uitwisselingcontrole controle() {
        return new Uitwisselingcontrole(db, tijdelijk, clock);
    }

    /** No dossier and nothing of one: no row in a dossier table or a shared table other than templates. */
    private static boolean leeg(UitwisselingRepository repo, Tabelschema schema) {
        return schema.alle().stream().filter(t -> t.rol() == Tabelschema.Rol.DOSSIER
                        || (t.rol() == Tabelschema.Rol.GEDEELD && !Tabelschema.SJABLONEN.contains(t.naam())))
                .allMatch(t -> repo.aantal(t) == 0);
    }

    /** The practice holds exactly the archive's dossiers (same rows, same attachments): importing again changes nothing. */
    private boolean zelfdeGegevens(Uitwisselingcontrole.Gecontroleerd g) {
        Manifest m = g.manifest();
        java.util.function.Predicate<Tabelschema.Tabel> dossierdata = t -> t.rol() == Tabelschema.Rol.DOSSIER
                || t.rol() == Tabelschema.Rol.GEDEELD;
        List<Manifest.Bestand> hier = db.read(ctx -> {
            UitwisselingRepository repo = new UitwisselingRepository(ctx);
            try (UitwisselingSchrijver.Uitvoer digests = UitwisselingSchrijver.Uitvoer.alleenDigests()) {
                UitwisselingSchrijver.schrijf(repo, g.schema(), Reikwijdte.PRAKTIJK, List.of(), digests, appversie,
                        db.schemaVersion(), clock.instant(), dossierdata, null);
                return digests.bestanden();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        java.util.Set<String> dossierbestanden = new java.util.HashSet<>();
        g.schema().alle().stream().filter(dossierdata).forEach(t -> {
            dossierbestanden.add(Manifest.tabelBestand(t.naam()));
        });
        List<Manifest.Bestand> daar = m.bestanden().stream().filter(b -> dossierbestanden.contains(b.naam())
                || g.schema().alle().stream().filter(dossierdata)
                        .anyMatch(t -> b.naam().startsWith(Manifest.BIJLAGEN + t.naam() + "/"))).toList();
        return new java.util.HashSet<>(hier).equals(new java.util.HashSet<>(daar));
    }

    private Optional<Long> bestaandDossier(Uitwisselingcontrole.Gecontroleerd g) {
        UitwisselingRepository.Persoon p = g.kladblok().read(ctx -> new UitwisselingRepository(ctx).enigDossier());
        return db.read(ctx -> new UitwisselingRepository(ctx).zelfdeDossier(p.naam(), p.geboortedatum(), p.eersteZiektedag()));
    }

    /** A whole practice into one without dossiers: every row with its own number, and its audit entry, in one transaction. */
    private Import schrijfPraktijk(Uitwisselingcontrole.Gecontroleerd g,
                                  java.util.function.BiConsumer<org.jooq.Configuration, Import> vastleggen) {
        Tabelschema schema = g.schema();
        Manifest m = g.manifest();
        java.util.Set<String> inArchief = new java.util.HashSet<>();
        m.tabellen().forEach(t -> inArchief.add(t.naam()));
        long[] rijen = {0};
        List<Integer> trajecten = new ArrayList<>();
        return db.write(cfg -> {
            UitwisselingRepository repo = new UitwisselingRepository(cfg.dsl());
            if (!leeg(repo, schema)) {
                throw new UitwisselingFout("archief.fout.nietLeeg");
            }
            repo.stelForeignKeysUit();
            List<Tabelschema.Tabel> omgekeerd = new ArrayList<>(schema.alle());
            java.util.Collections.reverse(omgekeerd);
            for (Tabelschema.Tabel t : omgekeerd) {
                if (Tabelschema.vervangbaar(t) && inArchief.contains(t.naam())) {
                    repo.verwijderAlles(t);
                }
            }
            for (Tabelschema.Tabel t : schema.alle()) {
                if (!inArchief.contains(t.naam())) {
                    continue;
                }
                boolean logboek = t.naam().equals(Tabelschema.LOGBOEK);
                // Audit entries keep their text and time but are numbered after the entries already here.
                List<Tabelschema.Kolom> kolommen = logboek
                        ? t.kolommen().stream().filter(k -> k.pk() == 0).toList() : t.kolommen();
                kopieer(g, t, rij -> {
                    Object[] waarden = logboek ? zonderSleutel(t, rij) : rij;
                    repo.voegIn(t, kolommen, waarden);
                    rijen[0]++;
                    if (t.naam().equals(Tabelschema.STAM)) {
                        trajecten.add(((Number) rij[index(t, TRAJECT.ID.getName())]).intValue());
                    }
                });
            }
            m.sequenties().forEach((tabel, seq) -> {
                if (!tabel.equals(Tabelschema.LOGBOEK)) {
                    repo.verhoogSequentie(tabel, seq);
                }
            });
            weesVrij(repo);
            Import uitslag = new Import(Reikwijdte.PRAKTIJK, false, List.copyOf(trajecten), rijen[0], bijlagen(m));
            vastleggen.accept(cfg, uitslag);
            return uitslag;
        });
    }

    /**
     * One dossier into this practice: every row gets a new number and every reference follows; the
     * employer is the one here with the same KvK number (else the same name) or new, a guided step the
     * one with the same key (else phase and title) or new and inactive, a group session the same
     * session (moment, kind, title, duration) or new; the werknemer is always new.
     */
    private Import schrijfDossier(Uitwisselingcontrole.Gecontroleerd g,
                                  java.util.function.BiConsumer<org.jooq.Configuration, Import> vastleggen) {
        Tabelschema schema = g.schema();
        Map<String, Map<Long, Long>> nummers = new HashMap<>();
        long[] rijen = {0};
        return db.write(cfg -> {
            UitwisselingRepository repo = new UitwisselingRepository(cfg.dsl());
            Optional<Long> bestaand = bestaandDossier(g);
            if (bestaand.isPresent()) {
                throw new UitwisselingFout("archief.fout.alAanwezig", bestaand.get());
            }
            repo.stelForeignKeysUit();
            for (Tabelschema.Tabel t : schema.voor(Reikwijdte.DOSSIER)) {
                Map<Long, Long> eigen = nummers.computeIfAbsent(t.naam(), k -> new HashMap<>());
                List<Object[]> rijenVanTabel = new ArrayList<>();
                kopieer(g, t, rij -> rijenVanTabel.add(rij));
                for (Object[] rij : opVolgorde(t, rijenVanTabel)) {
                    Object[] waarden = vernummer(t, rij, nummers);
                    Optional<String> nummer = t.eigenNummer();
                    Long oud = nummer.map(n -> ((Number) rij[index(t, n)]).longValue()).orElse(null);
                    Optional<Long> gevonden = t.rol() == Tabelschema.Rol.GEDEELD ? zoek(repo, t, waarden) : Optional.empty();
                    if (gevonden.isPresent()) {
                        eigen.put(oud, gevonden.get());
                        continue;
                    }
                    pasAan(repo, t, waarden);
                    if (nummer.isPresent()) {
                        List<Tabelschema.Kolom> kolommen = t.kolommen().stream().filter(k -> !k.naam().equals(nummer.get()))
                                .toList();
                        eigen.put(oud, repo.voegInNummer(t, kolommen, zonderSleutel(t, waarden)));
                    } else {
                        repo.voegIn(t, t.kolommen(), waarden);
                    }
                    rijen[0]++;
                }
            }
            weesVrij(repo);
            int traject = nummers.get(Tabelschema.STAM).values().iterator().next().intValue();
            Import uitslag = new Import(Reikwijdte.DOSSIER, false, List.of(traject), rijen[0], bijlagen(g.manifest()));
            vastleggen.accept(cfg, uitslag);
            return uitslag;
        });
    }

    /** Rows that name another row of their own table come after it (a correction after the report it replaces). */
    private static List<Object[]> opVolgorde(Tabelschema.Tabel t, List<Object[]> rijen) {
        Optional<Tabelschema.Verwijzing> zelf = t.verwijzingen().stream().filter(v -> v.naar().equals(t.naam())).findFirst();
        if (zelf.isEmpty() || t.eigenNummer().isEmpty()) {
            return rijen;
        }
        int nummer = index(t, t.eigenNummer().get());
        int verwijzing = index(t, zelf.get().kolom());
        List<Object[]> uit = new ArrayList<>();
        java.util.Set<Object> geplaatst = new java.util.HashSet<>();
        List<Object[]> over = new ArrayList<>(rijen);
        while (!over.isEmpty()) {
            int voor = over.size();
            for (var it = over.iterator(); it.hasNext();) {
                Object[] rij = it.next();
                if (rij[verwijzing] == null || geplaatst.contains(rij[verwijzing])) {
                    uit.add(rij);
                    geplaatst.add(rij[nummer]);
                    it.remove();
                }
            }
            if (over.size() == voor) {
                throw new UitwisselingFout("archief.fout.kring", t.naam(), over.getFirst()[nummer]);
            }
        }
        return uit;
    }

    /** The row with every reference replaced by the new number of the row it names. */
    private static Object[] vernummer(Tabelschema.Tabel t, Object[] rij, Map<String, Map<Long, Long>> nummers) {
        Object[] uit = rij.clone();
        for (Tabelschema.Verwijzing v : t.verwijzingen()) {
            int i = index(t, v.kolom());
            if (uit[i] != null) {
                Long nieuw = nummers.getOrDefault(v.naar(), Map.of()).get(((Number) uit[i]).longValue());
                if (nieuw == null) {
                    throw new IllegalStateException("checked archive names a missing " + v.naar());
                }
                uit[i] = nieuw;
            }
        }
        return uit;
    }

    /**
     * The same employer, guided step, group session, programme or programme meeting already in this
     * practice. A meeting is the same by its calendar UID and a programme by its uid: when two
     * participants of one programme come in one after the other, the second joins the programme and
     * the held meetings the first brought (the UID is UNIQUE, a copy would be refused), while another
     * group of the same name and start stays another. A programme from an archive written before
     * programmes had a uid is matched on name and start date; a programme such an archive brought
     * (it has no uid here) is joined the same way by a later archive of it, and takes its uid.
     */
    private static Optional<Long> zoek(UitwisselingRepository repo, Tabelschema.Tabel t, Object[] rij) {
        if (t.naam().equals(WERKGEVER.getName())) {
            String kvk = (String) rij[index(t, WERKGEVER.KVK_NUMMER.getName())];
            Optional<Long> opKvk = kvk == null ? Optional.empty() : repo.werkgeverMetKvk(kvk);
            return opKvk.isPresent() ? opKvk : repo.werkgeverMetNaam((String) rij[index(t, WERKGEVER.NAAM.getName())]);
        }
        if (t.naam().equals(STAP.getName())) {
            String sleutel = (String) rij[index(t, STAP.SLEUTEL.getName())];
            Optional<Long> opSleutel = sleutel == null ? Optional.empty() : repo.stapMetSleutel(sleutel);
            return opSleutel.isPresent() ? opSleutel
                    : repo.stapMetTitel((String) rij[index(t, STAP.FASE.getName())], (String) rij[index(t, STAP.TITEL.getName())]);
        }
        if (t.naam().equals(GROEPSSESSIE.getName())) {
            return repo.groepssessie((String) rij[index(t, GROEPSSESSIE.MOMENT.getName())],
                    (String) rij[index(t, GROEPSSESSIE.SOORT.getName())], (String) rij[index(t, GROEPSSESSIE.TITEL.getName())],
                    ((Number) rij[index(t, GROEPSSESSIE.DUUR_MINUTEN.getName())]).longValue());
        }
        if (t.naam().equals(GROEPSPROGRAMMA.getName())) {
            String uid = (String) rij[index(t, GROEPSPROGRAMMA.UID.getName())];
            String naam = (String) rij[index(t, GROEPSPROGRAMMA.NAAM.getName())];
            String start = (String) rij[index(t, GROEPSPROGRAMMA.STARTDATUM.getName())];
            if (uid == null) {
                return repo.groepsprogramma(naam, start, false);
            }
            Optional<Long> opUid = repo.groepsprogrammaMetUid(uid);
            if (opUid.isPresent()) {
                return opUid;
            }
            Optional<Long> zonder = repo.groepsprogramma(naam, start, true);
            zonder.ifPresent(id -> repo.geefProgrammaUid(id, uid));
            return zonder;
        }
        if (t.naam().equals(BIJEENKOMST.getName())) {
            return repo.bijeenkomstMetUid((String) rij[index(t, BIJEENKOMST.UID.getName())]);
        }
        return Optional.empty();
    }

    /**
     * What a new row needs to fit this practice: a guided step of another practice comes in inactive
     * (its answers keep their question, the coach's own step list stays as it was); an appointment
     * whose calendar uid is taken here gets a new one (it is a copy, not the same event).
     */
    private static void pasAan(UitwisselingRepository repo, Tabelschema.Tabel t, Object[] rij) {
        if (t.naam().equals(STAP.getName())) {
            rij[index(t, STAP.IS_ACTIEF.getName())] = 0L;
        }
        if (t.naam().equals(AFSPRAAK.getName())) {
            int i = index(t, AFSPRAAK.UID.getName());
            if (repo.afspraakUidBestaat((String) rij[i])) {
                rij[i] = UUID.randomUUID() + "@spoorzoeker";
            }
        }
    }

    private static Object[] zonderSleutel(Tabelschema.Tabel t, Object[] rij) {
        List<Object> uit = new ArrayList<>();
        for (int i = 0; i < rij.length; i++) {
            if (t.kolommen().get(i).pk() == 0 || t.eigenNummer().isEmpty()) {
                uit.add(rij[i]);
            }
        }
        return uit.toArray();
    }

    private static int index(Tabelschema.Tabel t, String kolom) {
        for (int i = 0; i < t.kolommen().size(); i++) {
            if (t.kolommen().get(i).naam().equals(kolom)) {
                return i;
            }
        }
        throw new IllegalStateException("no column " + kolom + " in " + t.naam());
    }

    /** Streams the checked rows of one table out of the scratch database. */
    private static void kopieer(Uitwisselingcontrole.Gecontroleerd g, Tabelschema.Tabel t, java.util.function.Consumer<Object[]> per) {
        g.kladblok().read(ctx -> {
            try {
                new UitwisselingRepository(ctx).alleRijen(t, per::accept);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private static void weesVrij(UitwisselingRepository repo) {
        List<UitwisselingRepository.Wees> wezen = repo.foreignKeyCheck();
        if (!wezen.isEmpty()) {
            UitwisselingRepository.Wees w = wezen.getFirst();
            throw new UitwisselingFout("archief.fout.verwijzing", w.tabel(), w.rowid(), w.naar());
        }
    }

    private static int bijlagen(Manifest m) {
        return (int) m.bestanden().stream().filter(b -> b.naam().startsWith(Manifest.BIJLAGEN)).count();
    }

    // ---------------------------------------------------------------------------------------------
    // Inzage

    /** The inzage of the werknemer of a dossier (the dossier screen's action), its texts in {@code taal}. */
    public Inzage inzageVoorDossier(int trajectId, Path doel, Teksten taal) throws IOException {
        return inzageVoorDossier(trajectId, doel, taal, Voortgang.GEEN);
    }

    /** As above, telling {@code voortgang} how far it is; see {@link #inzage(int, Path, Teksten, Voortgang)}. */
    public Inzage inzageVoorDossier(int trajectId, Path doel, Teksten taal, Voortgang voortgang) throws IOException {
        int werknemer = db.read(ctx -> new UitwisselingRepository(ctx).werknemerVan(trajectId))
                .orElseThrow(() -> new UitwisselingFout("archief.fout.geenDossier", trajectId));
        return inzage(werknemer, doel, taal, voortgang);
    }

    /**
     * Everything stored about one werknemer, for the werknemer: {@code inzage.pdf} (readable, in the
     * caller's language {@code taal}, as is its read-me) and the same JSON and attachments as an
     * archive, in one unencrypted ZIP at {@code doel}.
     */
    public Inzage inzage(int werknemerId, Path doel, Teksten taal) throws IOException {
        return inzage(werknemerId, doel, taal, Voortgang.GEEN);
    }

    /**
     * As above, telling {@code voortgang} how far it is: the tables are the first four fifths, the PDF
     * the rest. A cancel stops it between tables or before the ZIP leaves the private folder; the
     * half ZIP there is removed (finally below), nothing reaches the target.
     */
    public Inzage inzage(int werknemerId, Path doel, Teksten taal, Voortgang voortgang) throws IOException {
        List<Long> trajecten = db.read(ctx -> new UitwisselingRepository(ctx).trajectenVan(werknemerId));
        if (trajecten.isEmpty()) {
            throw new UitwisselingFout("archief.fout.geenWerknemer", werknemerId);
        }
        Map<String, List<Map<String, Object>>> gezien = new LinkedHashMap<>();
        try {
            Files.createDirectories(doel.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new Doelfout(doel.toAbsolutePath(), e); // a file where the folder should be, a read-only stick
        }
        // Written in the private temp folder (emptied at every start), not beside the coach's file:
        // a kill mid-write must not leave a plaintext copy where the next start cannot find it.
        Bestanden.maakPriveMap(tijdelijk);
        Path tmp = tijdelijk.resolve("inzage-" + UUID.randomUUID() + ".zip");
        Manifest m;
        try {
            try (OutputStream uit = Files.newOutputStream(tmp);
                 UitwisselingSchrijver.Uitvoer zip = UitwisselingSchrijver.Uitvoer.zip(uit)) {
                m = db.leesLang(ctx -> { // as the export: one snapshot, nobody waits for it
                    UitwisselingRepository repo = new UitwisselingRepository(ctx);
                    try {
                        return UitwisselingSchrijver.schrijf(repo, repo.schema(), Reikwijdte.WERKNEMER, trajecten, zip, appversie,
                                db.schemaVersion(), clock.instant(), t -> true,
                                (tabel, rij) -> gezien.computeIfAbsent(tabel, k -> new ArrayList<>()).add(rij),
                                deel -> voortgang.stap(0.8 * deel));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                String praktijk = new PraktijkService(db, clock).get()
                        .map(Praktijk::praktijknaam).orElse("");
                byte[] pdf = InzagePdf.render(gezien, praktijk, clock.instant(), taal);
                zip.entry(InzagePdf.BESTAND, s -> s.write(pdf));
                zip.entry(InzagePdf.LEESMIJ, s -> s.write(InzagePdf.leesmij(taal).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            try (FileChannel kanaal = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                kanaal.force(true);
            }
            Breekpunt.na("inzage.zip-geschreven");
            voortgang.stap(1.0); // the last stopping point: the ZIP is still only in the private folder
            try {
                Bestanden.plaatsBuiten(tmp, doel.toAbsolutePath(), tijdelijk.toAbsolutePath().resolveSibling(Bestanden.ONDERWEG));
            } catch (IOException e) {
                // The chosen place refused it (as the export's): that place's sentence, another place the way out.
                throw new Doelfout(doel.toAbsolutePath(), e);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        long rijen = m.tabellen().stream().mapToLong(Manifest.TabelInhoud::rijen).sum();
        int bijlagen = bijlagen(m);
        AuditService audit = new AuditService(db, clock);
        for (long t : trajecten) {
            audit.log(Handeling.INZAGE, (int) t, "inzage werknemer " + werknemerId + ": "
                    + trajecten.size() + " traject(en), " + rijen + " rijen, " + bijlagen + " bijlagen, onversleuteld");
        }
        return new Inzage(doel, trajecten.stream().map(Long::intValue).toList(), rijen, bijlagen);
    }

    private static String sha256(Path bestand) throws IOException {
        MessageDigest sha = UitwisselingSchrijver.sha256();
        try (InputStream in = Files.newInputStream(bestand)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
