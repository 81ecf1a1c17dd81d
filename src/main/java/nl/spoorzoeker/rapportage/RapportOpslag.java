package nl.spoorzoeker.rapportage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.rapportage.pdf.RapportPdf;
import nl.spoorzoeker.rapportage.pdf.Rapportkop;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.dossier.Opdrachtgever;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import nl.spoorzoeker.store.Uitvoer;
import nl.spoorzoeker.taak.Geannuleerd;
import nl.spoorzoeker.rapportage.pdf.WerknemerplanPdf;
import nl.spoorzoeker.tijdlijn.Tijdzone;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.rapportage.privacy.AndereDeelnemers;

/**
 * Reports kept in the database: a concept the coach writes in, the checks on it, acknowledged
 * warnings with their reasons, finalising (the exact PDF bytes with a SHA-256, immutable from then
 * on), corrections as new versions, and the distribution list.
 *
 * <p>Every method that writes report text (a draft, a PDF) or checks it takes the report's language
 * ({@link Teksten}) from its caller: the window passes the coach's choice, the command line its
 * {@code --language}. Nothing here reads the screen's global, so a language switch half-way cannot
 * change a PDF, and two reports in two languages can be made at once (ADR 0008).
 */
public final class RapportOpslag {

    private final Database db;
    private final Clock clock;
    private final RapportService modellen;
    private final DossierService dossiers;
    private final PraktijkService praktijk;
    private final Uwvtoets toets;

    public RapportOpslag(Database db, Clock clock, RapportService modellen, DossierService dossiers,
                         PraktijkService praktijk, Uwvtoets toets) {
        this.db = db;
        this.clock = clock;
        this.modellen = modellen;
        this.dossiers = dossiers;
        this.praktijk = praktijk;
        this.toets = toets;
    }

    /** The findings of the same checks the editor and finalising use, for a model made elsewhere (the CLI). */
    public List<Bevinding> controleer(RapportModel model, Teksten taal) {
        return toets.controleer(model, taal.taal());
    }

    /** The checks on a report now, and which warnings still wait for an acknowledgement. */
    public record Controle(RapportModel model, List<Bevinding> bevindingen, List<Bevinding> openWaarschuwingen) {

        public boolean magDefinitief() {
            return Uwvtoets.magDefinitief(bevindingen) && openWaarschuwingen.isEmpty();
        }
    }

    /** A new concept with its first drafts written in {@code taal}. */
    public int nieuw(int dossierId, RapportSoort soort, LocalDate van, LocalDate tot, Teksten taal) {
        if (tot.isBefore(van)) {
            throw new Weigering("rapport.fout.periode");
        }
        Instant now = clock.instant();
        int id = db.write(cfg -> new RapportRepository(cfg.dsl()).insert(dossierId, soort, van, tot, 1, null, now));
        // A first draft from the data; its marked gaps keep it from going out unread.
        RapportModel model = modellen.model(dossierId, soort, van, tot, Rapportinvoer.LEEG);
        bewaar(id, new Rapportinvoer(Voorinvulling.voor(model, taal), null, null, List.of(), List.of(), null, null));
        return id;
    }

    public List<Rapport> vanDossier(int dossierId) {
        return db.read(ctx -> new RapportRepository(ctx).vanDossier(dossierId));
    }

    public Rapport rapport(int id) {
        return db.read(ctx -> new RapportRepository(ctx).find(id)).orElseThrow(() -> new NoSuchElementException("rapport " + id));
    }

    public Rapportinvoer invoer(int id) {
        return db.read(ctx -> new RapportRepository(ctx).invoer(id));
    }

    /** Keeps what the coach wrote; a final report is refused (a correction is a new version). */
    public void bewaar(int id, Rapportinvoer invoer) {
        if (rapport(id).status() == Rapport.Status.DEFINITIEF) {
            throw new Weigering("rapport.fout.definitief");
        }
        Instant now = clock.instant();
        db.write(cfg -> {
            new RapportRepository(cfg.dsl()).bewaar(id, invoer, now);
            return null;
        });
    }

    /** Keeps the werknemer's signature drawn on the laptop (PNG, at most 2 MB); null removes it. */
    public void zetHandtekening(int id, byte[] png) {
        if (rapport(id).status() == Rapport.Status.DEFINITIEF) {
            throw new Weigering("rapport.fout.definitief");
        }
        if (png != null && png.length > 2 * 1024 * 1024) {
            throw new Weigering("rapport.fout.handtekening");
        }
        Instant now = clock.instant();
        db.write(cfg -> {
            new RapportRepository(cfg.dsl()).zetHandtekening(id, png, now);
            return null;
        });
    }

    public Controle controleer(int id, Teksten taal) {
        return gecontroleerd(id, taal).controle();
    }

    /**
     * The checks with the gate they used (one list of the practice's werknemers per call, not one per
     * use), and the doubtful passages the coach confirmed (their text), which the gate prints as typed.
     */
    private record Gecontroleerd(Controle controle, Privacypoort poort, Privacypoort.Getoetst getoetst,
                                 java.util.Set<String> bevestigd) {

        /** The report as the renderer may print it, from what the checks read (each string read once). */
        Privacypoort.Bewaakt bewaakt(Privacypoort.Modus modus) {
            return poort.bewaak(getoetst, modus, bevestigd);
        }
    }

    /** The check of a doubtful passage (fifth round): a warning the coach confirms per passage. */
    static final String TWIJFEL = "C18T";
    /** Its message; with the passage as argument it is what is stored when the coach confirms (RapportRepository.passage). */
    static final String TWIJFEL_BERICHT = "uwv.c18.twijfel";

    private Gecontroleerd gecontroleerd(int id, Teksten taal) {
        Rapport r = rapport(id);
        Privacypoort poort = poort(r.dossierId(), taal);
        RapportModel model = modellen.model(r.dossierId(), r.soort(), r.van(), r.tot(), invoer(id), nummer(r));
        // Every printed string read once, here: the checklist, the checks below and the PDF take it from this.
        Privacypoort.Getoetst getoetst = poort.toets(model);
        List<Bevinding> bevindingen = new java.util.ArrayList<>(toets.controleer(getoetst, taal.taal()));
        praktijkOntbreekt().ifPresent(bevindingen::add);
        // A group session's summary naming another werknemer of the practice (it lands in every participant's report).
        getoetst.vondsten().stream()
                .filter(v -> v.treffer().categorie() == Categorie.ANDERE_DEELNEMER)
                .forEach(v -> bevindingen.add(new Bevinding("C18", Bevinding.Ernst.BLOKKADE, "uwv.c18.andereDeelnemer",
                        List.of(v.treffer().gevonden()), Bevinding.Herstel.LOGBOEK, null)));
        // A sentence about the person's state that names nothing medical: the coach confirms it passage by
        // passage (an acknowledged warning, its reason kept with the report) or rewrites it.
        getoetst.vondsten().stream().filter(Privacypoort.Vondst::twijfel).map(v -> v.treffer().gevonden()).distinct()
                .forEach(passage -> bevindingen.add(new Bevinding(TWIJFEL, Bevinding.Ernst.WAARSCHUWING, TWIJFEL_BERICHT,
                        List.of(passage), Bevinding.Herstel.RAPPORT, null)));
        // Every report goes to the employer: its free text is read through once by the coach before it is final, the
        // confirmation tied to this very text (eleventh round, docs/privacy-toets.md).
        List<Privacypoort.Passage> vrij = getoetst.vrijeTekst();
        if (!vrij.isEmpty()) {
            bevindingen.add(Doorlezing.bevinding(vrij));
        }
        Map<String, String> erkend = db.read(ctx -> new RapportRepository(ctx).erkenningen(id));
        List<Bevinding> open = bevindingen.stream().filter(b -> b.ernst() == Bevinding.Ernst.WAARSCHUWING
                && !erkend.containsKey(b.controle() + "|" + RapportRepository.sleutel(b))).toList();
        java.util.Set<String> bevestigd = bevindingen.stream().filter(b -> b.controle().equals(TWIJFEL) && !open.contains(b))
                .map(b -> String.valueOf(b.args().getFirst())).collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new Gecontroleerd(new Controle(model, bevindingen, open), poort, getoetst, bevestigd);
    }

    /**
     * The report's number among the dossier's reports of its type ("Voortgangsrapportage 6"): one
     * more than the number of earlier periods; a corrected version keeps the number of its period.
     */
    private int nummer(Rapport r) {
        return 1 + (int) vanDossier(r.dossierId()).stream().filter(x -> x.soort() == r.soort() && x.van().isBefore(r.van()))
                .map(Rapport::van).distinct().count();
    }

    /**
     * A final report carries the coach's name and practice (letterhead, data block, signature): without
     * them it would be signed by "Spoorzoeker". A blocker until they are filled in under Instellingen.
     */
    private java.util.Optional<Bevinding> praktijkOntbreekt() {
        Praktijk p = praktijk.get().orElse(null);
        boolean zonder = p == null || p.naam() == null || p.naam().isBlank()
                || p.praktijknaam() == null || p.praktijknaam().isBlank();
        return zonder ? java.util.Optional.of(new Bevinding("PRAKTIJK", Bevinding.Ernst.BLOKKADE,
                "rapport.fout.geenPraktijk", List.of(), Bevinding.Herstel.INSTELLINGEN, null)) : java.util.Optional.empty();
    }

    /**
     * The gate every printed string passes, with the privacy guard as it stands now, the practice's
     * other werknemers, the werknemer's fellow participants in a group (also by first name: issue 18),
     * and who may be named in a group text: the coach, the practice, trainers and employers.
     */
    private Privacypoort poort(int dossierId, Teksten taal) {
        Dossier d = dossiers.find(dossierId).orElseThrow(() -> new NoSuchElementException("dossier " + dossierId));
        List<String> anderen = dossiers.werknemerNamen().stream()
                .filter(n -> n != null && !n.equals(d.werknemer().naam())).distinct().toList();
        record Groep(List<String> mede, List<String> vrij) {
        }
        Groep groep = db.read(ctx -> {
            GroepsnamenRepository r = new GroepsnamenRepository(ctx);
            return new Groep(r.medeDeelnemers(d.id()), r.nietDeelnemers());
        });
        List<String> vrij = new java.util.ArrayList<>(groep.vrij());
        praktijk.get().ifPresent(p -> {
            vrij.add(p.naam());
            vrij.add(p.praktijknaam());
        });
        return new Privacypoort(toets.privacy(), taal.taal(),
                new AndereDeelnemers.Namen(anderen, groep.mede(), vrij));
    }

    /**
     * What the coach reads through before the report is final: every passage of free text as it will be printed, in
     * the report's order and in {@code taal}'s labels, the sentences to read with extra care marked; and whether this
     * very text was confirmed already.
     */
    public Doorlezing doorlezing(int id, Teksten taal) {
        Gecontroleerd g = gecontroleerd(id, taal);
        Bevinding b = g.controle().bevindingen().stream().filter(x -> x.controle().equals(Doorlezing.CONTROLE)).findFirst()
                .orElse(null);
        List<Doorlezing.Passage> passages = g.getoetst().vrijeTekst().stream()
                .map(p -> Doorlezing.passage(p, g.controle().model(), g.getoetst().aandacht(p.tekst()))).toList();
        return new Doorlezing(b, b != null && !g.controle().openWaarschuwingen().contains(b), passages);
    }

    /** The coach read the report's free text through (the {@link Doorlezing}'s warning): kept with the report. */
    public void bevestigDoorgelezen(int id, Bevinding doorlezing, Teksten taal) {
        if (!Doorlezing.CONTROLE.equals(doorlezing.controle())) {
            throw new IllegalArgumentException("not a read-through");
        }
        erken(id, doorlezing, taal.t("rapport.doorlezen.reden"));
    }

    /** Acknowledges a warning with the reason the coach gives; the reason is kept with the report. */
    public void erken(int id, Bevinding waarschuwing, String reden) {
        if (waarschuwing.ernst() != Bevinding.Ernst.WAARSCHUWING) {
            throw new IllegalArgumentException("only warnings can be acknowledged");
        }
        if (reden == null || reden.isBlank()) {
            throw new Weigering("rapport.fout.redenNodig");
        }
        db.write(cfg -> {
            new RapportRepository(cfg.dsl()).erken(id, waarschuwing, reden.strip());
            return null;
        });
    }

    /** The report as it would be now, in {@code taal}, without storing anything. */
    public byte[] concept(int id, Teksten taal) {
        Rapport r = rapport(id);
        Gecontroleerd g = gecontroleerd(id, taal);
        return RapportPdf.render(g.bewaakt(Privacypoort.Modus.CONCEPT), kop(r.dossierId()), clock.instant(), taal);
    }

    /**
     * The concept as {@link #concept} makes it, for the preview: laid out for the screen and never
     * saved, page 1 handed to {@code eerstePagina} (on this thread) as soon as page 2 begins, in the
     * fonts of the saved PDF but still without its footer; the pages with their footers follow from
     * the {@link Voorbeeld} returned (issue 21 item 10: the whole PDF was laid out, subset, saved and
     * read back before page 1 could be drawn).
     */
    public Voorbeeld voorbeeld(int id, Teksten taal, float dpi, java.util.function.Consumer<java.awt.image.BufferedImage> eerstePagina) {
        Rapport r = rapport(id);
        Gecontroleerd g = gecontroleerd(id, taal);
        return new Voorbeeld(RapportPdf.voorHetScherm(
                g.bewaakt(Privacypoort.Modus.CONCEPT),
                kop(r.dossierId()), clock.instant(), taal, dpi, eerstePagina), dpi);
    }

    /**
     * Makes a concept final: refused while blockers remain or warnings are not acknowledged;
     * otherwise the PDF is rendered once and its bytes and SHA-256 are stored for good.
     */
    public Rapport maakDefinitief(int id, Teksten taal) {
        try {
            return maakDefinitief(id, taal, new Stappen() { });
        } catch (Geannuleerd e) {
            throw new IllegalStateException("no cancel without a task", e);
        }
    }

    /** The steps of making a report final, for {@link DefinitiefTaak}'s progress and cancel. */
    public interface Stappen {
        default void fase(String faseKey, double deel) {
        }

        /** The last point to stop: the PDF is rendered, nothing is stored yet. */
        default void voorHetOpslaan() throws Geannuleerd {
        }
    }

    /** Makes a concept final in {@code taal}: the PDF stored for good is written in that language. */
    public Rapport maakDefinitief(int id, Teksten taal, Stappen stappen) throws Geannuleerd {
        stappen.fase("rapport.fase.controleren", 0.1);
        Rapport r = rapport(id);
        if (r.status() == Rapport.Status.DEFINITIEF) {
            throw new Weigering("rapport.fout.definitief");
        }
        Gecontroleerd g = gecontroleerd(id, taal);
        Controle c = g.controle();
        if (!Uwvtoets.magDefinitief(c.bevindingen())) {
            throw new Weigering("rapport.fout.blokkades");
        }
        if (!c.openWaarschuwingen().isEmpty()) {
            throw new Weigering("rapport.fout.waarschuwingen");
        }
        Instant now = clock.instant();
        stappen.fase("rapport.fase.pdf", 0.3);
        byte[] pdf = RapportPdf.render(g.bewaakt(Privacypoort.Modus.DEFINITIEF),
                kop(r.dossierId()).alsConcept(false), now, taal);
        String sha = sha256(pdf);
        stappen.voorHetOpslaan();
        stappen.fase("rapport.fase.opslaan", 0.9);
        // The final state and its audit entry in one transaction: neither is there without the other.
        AuditService audit = new AuditService(db, clock);
        db.write(cfg -> {
            new RapportRepository(cfg.dsl()).maakDefinitief(id, pdf, sha, now);
            audit.log(cfg, Handeling.RAPPORT_DEFINITIEF, r.dossierId(),
                    "rapport " + id + " " + r.soort().name() + " versie " + r.versie() + ", sha256 " + sha.substring(0, 12)
                            + bevestigingen(g.bevestigd()) + doorgelezen(c));
            return null;
        });
        return rapport(id);
    }

    /**
     * The doubtful passages the coach confirmed, for the audit entry of a final: how many, and a short
     * hash of each — never the text (audit entries outlive a deletion, and the text may be personal).
     */
    static String bevestigingen(java.util.Set<String> bevestigd) {
        if (bevestigd.isEmpty()) {
            return "";
        }
        return ", " + bevestigd.size() + " privacytwijfel(s) door de coach bevestigd: " + String.join(" ",
                bevestigd.stream().map(p -> "#" + sha256(p.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8))
                        .sorted().toList());
    }

    /** For the audit entry of a final: the free text the coach read through, by its fingerprint — never the text. */
    static String doorgelezen(Controle c) {
        return c.bevindingen().stream().filter(b -> b.controle().equals(Doorlezing.CONTROLE)).findFirst()
                .map(b -> ", vrije tekst (" + b.args().getFirst() + " passages) doorgelezen door de coach: #" + b.args().getLast())
                .orElse("");
    }

    /** The stored bytes of a final report, checked against their SHA-256. */
    public byte[] pdf(int id) {
        byte[] pdf = db.read(ctx -> new RapportRepository(ctx).pdf(id)).orElse(null);
        Rapport r = rapport(id);
        if (pdf == null || r.sha256() == null) {
            throw new Weigering("rapport.fout.nietDefinitief");
        }
        if (!sha256(pdf).equals(r.sha256())) {
            throw new Weigering("rapport.fout.beschadigd");
        }
        return pdf;
    }

    /**
     * Writes the report's PDF to a file: a final one exactly as stored (in the language it was made
     * final in), a concept as it is now, in {@code taal}.
     */
    public void bewaarPdfAls(int id, java.nio.file.Path doel, Teksten taal) throws java.io.IOException {
        Rapport r = rapport(id);
        byte[] pdf = r.status() == Rapport.Status.DEFINITIEF ? pdf(id) : concept(id, taal);
        Uitvoer.bewaar(db, doel, pdf);
        new AuditService(db, clock).log(Handeling.EXPORT, r.dossierId(),
                // Not the file name: the coach may have put the werknemer's name in it, and audit entries outlive a deletion.
                "rapport " + id + " (" + r.status().name().toLowerCase(java.util.Locale.ROOT) + ") als PDF opgeslagen");
    }

    /**
     * The werknemer's own copy of a trajectplan in plain language (taalniveau B1, issue 19 item 6),
     * taken from the same model as the plan itself — as it stands now for a concept, as it stood for
     * a final one — through the gate for an own copy: printed as the werknemer and the coach wrote
     * it, a BSN replaced, and the passages with health words listed for the coach's screen.
     */
    public Privacypoort.EigenKopie<Werknemerplan> werknemerversie(int id, Teksten taal) {
        Rapport r = rapport(id);
        if (r.soort() != RapportSoort.TRAJECTPLAN) {
            throw new Weigering("b1.fout.geenTrajectplan");
        }
        RapportModel model = modellen.model(r.dossierId(), r.soort(), r.van(), r.tot(), invoer(id), nummer(r));
        Praktijk p = praktijk.get().orElse(null);
        Werknemerplan.Coach coach = p == null ? null : new Werknemerplan.Coach(leeg(p.naam()), leeg(p.praktijknaam()),
                leeg(p.telefoon()), leeg(p.email()));
        Werknemerplan plan = Werknemerplanopbouw.plan(model, coach, LocalDate.ofInstant(clock.instant(),
                Tijdzone.PRAKTIJK));
        return poort(r.dossierId(), taal).eigenKopie(plan);
    }

    public byte[] werknemerversiePdf(int id, Teksten taal) {
        return WerknemerplanPdf.pdf(werknemerversie(id, taal), clock.instant(), taal);
    }

    /** Writes the werknemer's copy to a file and notes it in the audit log (not the file name: it holds the name). */
    public void bewaarWerknemerversieAls(int id, java.nio.file.Path doel, Teksten taal) throws java.io.IOException {
        Uitvoer.bewaar(db, doel, werknemerversiePdf(id, taal));
        new AuditService(db, clock).log(Handeling.EXPORT, rapport(id).dossierId(),
                "werknemerversie (B1) van rapport " + id + " als PDF opgeslagen");
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A correction of a final report: a new concept version that names the one it replaces. */
    public int corrigeer(int id) {
        Rapport r = rapport(id);
        if (r.status() != Rapport.Status.DEFINITIEF) {
            throw new Weigering("rapport.fout.nietDefinitief");
        }
        Rapportinvoer invoer = invoer(id);
        int versie = vanDossier(r.dossierId()).stream().filter(x -> x.soort() == r.soort() && x.van().equals(r.van())
                && x.tot().equals(r.tot())).mapToInt(Rapport::versie).max().orElse(r.versie()) + 1;
        Instant now = clock.instant();
        return db.write(cfg -> {
            RapportRepository repo = new RapportRepository(cfg.dsl());
            int nieuw = repo.insert(r.dossierId(), r.soort(), r.van(), r.tot(), versie, id, now);
            repo.bewaar(nieuw, invoer, now);
            return nieuw;
        });
    }

    public void verzend(int id, Rapport.Verzending verzending) {
        db.write(cfg -> {
            new RapportRepository(cfg.dsl()).verzend(id, verzending);
            return null;
        });
    }

    public List<Rapport.Verzending> verzendingen(int id) {
        return db.read(ctx -> new RapportRepository(ctx).verzendingen(id));
    }

    /** The drafts the data gives for this report now, written in {@code taal}. */
    public java.util.Map<Sectie, String> voorinvulling(int id, Teksten taal) {
        Rapport r = rapport(id);
        return Voorinvulling.voor(modellen.model(r.dossierId(), r.soort(), r.van(), r.tot(), Rapportinvoer.LEEG), taal);
    }

    /**
     * The letterhead of a concept: the practice's name and details, the werknemer and the employer,
     * the coach and their signature (printed only once the report is final).
     */
    public Rapportkop kop(int dossierId) {
        Dossier d = dossiers.find(dossierId).orElseThrow(() -> new NoSuchElementException("dossier " + dossierId));
        Praktijk p = praktijk.get().orElse(null);
        String naam = p == null ? null : p.praktijknaam() != null && !p.praktijknaam().isBlank() ? p.praktijknaam() : p.naam();
        String regel = p == null ? null : String.join(" · ", Stream.of(p.adres().straat(),
                        p.adres().postcode() == null ? p.adres().plaats() : p.adres().postcode() + " " + p.adres().plaats(),
                        p.telefoon(), p.email(), p.kvkNummer() == null ? null : "KvK " + p.kvkNummer())
                .filter(s -> s != null && !s.isBlank() && !s.equals("null")).toList());
        // A report for UWV (or another payer) is addressed to it; the werkgever, if any, is then a former one.
        boolean werkgeverOpdracht = d.traject().opdrachtgever().soort() == Opdrachtgever.Soort.WERKGEVER;
        return new Rapportkop(naam == null || naam.isBlank() ? "Spoorzoeker" : naam, regel, d.werknemer().naam(),
                werkgeverOpdracht && d.werkgever() != null ? d.werkgever().naam() : null, p == null ? null : p.logo(),
                p == null ? null : p.naam(), praktijk.handtekening().orElse(null), true,
                werkgeverOpdracht ? null : d.opdrachtgeverNaam());
    }

    /** Whether the coach's signature is set: a final report without it has an empty signature line. */
    public boolean heeftHandtekening() {
        return praktijk.handtekening().isPresent();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
