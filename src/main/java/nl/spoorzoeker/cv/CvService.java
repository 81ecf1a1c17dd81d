package nl.spoorzoeker.cv;

import nl.spoorzoeker.instrument.StarrService;
import nl.spoorzoeker.instrument.StarrVerhaal;
import nl.spoorzoeker.instrument.Competenties;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.Werknemer;
import nl.spoorzoeker.input.Weigering;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.Persoonsprofiel;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.fase.Zoekprofiel;
import nl.spoorzoeker.fase.Zoekrichting;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.rapportage.privacy.Privacytoets;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.store.Uitvoer;
import nl.spoorzoeker.instrument.Instrumentresultaten;
import nl.spoorzoeker.tijdlijn.Tijdzone;
import nl.spoorzoeker.uitkomst.UitkomstService;

/**
 * CVs and sollicitatiebrieven (issue 19 item 5). A CV variant keeps the coach's choices per
 * zoekrichting; the CV itself is put together from the latest persoonsprofiel when it is made, and
 * goes through the privacy gate before it is printed, leaving out any passage with health
 * information. A letter is merged from the template once and then edited; its PDF is kept as the
 * sollicitatie's proof. Every file written is noted in the audit log (domain.md §5.3 rule 8).
 *
 * <p>What is printed (CV, letter, werkboek, and the template's first text) is in the language its
 * caller names: {@link #in(Teksten)} gives this service bound to that language, and only such a
 * bound service makes documents. The screen passes the coach's choice when the button is pressed;
 * nothing here reads the screen's global, so a language switch while a PDF is being made cannot
 * change it half-way (ADR 0008).
 */
public final class CvService {

    private final Database db;
    private final Clock clock;
    private final DossierService dossiers;
    private final ProfielService profielen;
    private final StarrService starr;
    private final ArbeidsmarktService arbeidsmarkt;
    private final Supplier<Privacytoets> privacy;
    /** The documents' language; null in the shared service, which makes none. */
    private final Teksten taal;

    /**
     * A service without a language: it keeps variants and letters; for a document, ask {@link #in(Teksten)}.
     *
     * @param privacy the guard as it stands (the shipped lexicon and the coach's own words)
     */
    public CvService(Database db, Clock clock, DossierService dossiers, ProfielService profielen, StarrService starr,
                     ArbeidsmarktService arbeidsmarkt, Supplier<Privacytoets> privacy) {
        this(db, clock, dossiers, profielen, starr, arbeidsmarkt, privacy, null);
    }

    private CvService(Database db, Clock clock, DossierService dossiers, ProfielService profielen, StarrService starr,
                      ArbeidsmarktService arbeidsmarkt, Supplier<Privacytoets> privacy, Teksten taal) {
        this.db = db;
        this.clock = clock;
        this.dossiers = dossiers;
        this.profielen = profielen;
        this.starr = starr;
        this.arbeidsmarkt = arbeidsmarkt;
        this.privacy = privacy;
        this.taal = taal;
    }

    /** This service making its documents in {@code taal}: the caller's choice, held for the whole document. */
    public CvService in(Teksten taal) {
        return new CvService(db, clock, dossiers, profielen, starr, arbeidsmarkt, privacy,
                java.util.Objects.requireNonNull(taal, "taal"));
    }

    private Teksten taal() {
        if (taal == null) {
            // A programming fault, not the coach's: whoever asks for a document names its language.
            throw new IllegalStateException("a document needs its caller's language: use in(Teksten)");
        }
        return taal;
    }

    public enum Formaat {
        PDF("pdf", "application/pdf"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        public final String extensie;
        public final String mediatype;

        Formaat(String extensie, String mediatype) {
            this.extensie = extensie;
            this.mediatype = mediatype;
        }
    }

    public List<CvVariant> varianten(int dossierId) {
        return db.read(ctx -> new CvRepository(ctx).varianten(dossierId));
    }

    /** The active zoekrichtingen of the latest zoekprofiel, by function: what a CV variant is for. */
    public List<String> zoekrichtingen(int dossierId) {
        List<Zoekprofiel> versies = profielen.profielen(dossierId).zoekprofielen();
        if (versies.isEmpty()) {
            return List.of();
        }
        return versies.getFirst().richtingen().stream().filter(Zoekrichting::actief).map(Zoekrichting::functie)
                .toList();
    }

    /** Adds a variant (id null) or changes one; returns its id. */
    public int bewaar(int dossierId, CvVariant v) {
        if (v.zoekrichting() == null || v.zoekrichting().isBlank()) {
            throw new IllegalArgumentException("a CV variant needs a zoekrichting");
        }
        CvVariant schoon = new CvVariant(v.id(), v.zoekrichting().strip(), v.profielzin(),
                Competenties.samen(v.competenties().stream().map(String::strip).filter(t -> !t.isEmpty()).toList()),
                v.highlights().stream().distinct().toList());
        Instant now = clock.instant();
        return db.write(cfg -> {
            CvRepository repo = new CvRepository(cfg.dsl());
            if (schoon.id() == null) {
                return repo.voegToe(dossierId, schoon, now);
            }
            if (!repo.wijzig(dossierId, schoon, now)) {
                throw new Weigering("cv.fout.weg");
            }
            return schoon.id();
        });
    }

    public void verwijder(int dossierId, int id) {
        db.write(cfg -> {
            if (!new CvRepository(cfg.dsl()).verwijder(dossierId, id)) {
                throw new Weigering("cv.fout.weg");
            }
            return null;
        });
    }

    /** The CV of a variant as it will be printed, and the passages the gate left out of it. */
    public Privacypoort.Gezeefd<CvDocument> cv(int dossierId, int variantId) {
        CvVariant variant = varianten(dossierId).stream().filter(v -> v.id() == variantId).findFirst()
                .orElseThrow(() -> new Weigering("cv.fout.weg"));
        List<Persoonsprofiel> versies = profielen.profielen(dossierId).persoonsprofielen();
        CvDocument cv = Cvopbouw.cv(werknemer(dossierId), versies.isEmpty() ? null : versies.getFirst(), variant,
                starr.lijst(dossierId));
        return poort().zeef(cv);
    }

    public byte[] cvBestand(int dossierId, int variantId, Formaat formaat) {
        Privacypoort.Gezeefd<CvDocument> cv = cv(dossierId, variantId);
        return formaat == Formaat.PDF ? Documenten.cvPdf(cv, clock.instant(), taal())
                : Documenten.cvDocx(cv, taal());
    }

    /** Writes the CV to a file and notes it in the audit log (not the file name: it may hold the werknemer's name). */
    public void bewaarCvAls(int dossierId, int variantId, Formaat formaat, Path doel) throws IOException {
        Uitvoer.bewaar(db, doel, cvBestand(dossierId, variantId, formaat));
        new AuditService(db, clock).log(Handeling.EXPORT, dossierId,
                "cv " + variantId + " als " + formaat.extensie + " opgeslagen");
    }

    // --- Werkboek -----------------------------------------------------------------------------

    /**
     * The werknemer's werkboek of the roeping phase as it will be printed (issue 19 item 6): the
     * exercises with everything the werknemer answered so far, through the gate for an own copy
     * (nothing left out, a BSN replaced), and the passages with health words for the coach to see.
     */
    public Privacypoort.EigenKopie<Werkboek> werkboek(int dossierId) {
        Werkboek w = Werkboekopbouw.werkboek(werknemer(dossierId).naam(),
                LocalDate.ofInstant(clock.instant(), Tijdzone.PRAKTIJK),
                new Instrumentresultaten(db, clock, profielen).stand(dossierId));
        return poort().eigenKopie(w);
    }

    public byte[] werkboekPdf(int dossierId) {
        return Werkboekpdf.pdf(werkboek(dossierId), clock.instant(), taal());
    }

    /** Writes the werkboek to a file and notes it in the audit log (not the file name: it holds the name). */
    public void bewaarWerkboekAls(int dossierId, Path doel) throws IOException {
        bewaarWerkboekAls(dossierId, FaseSoort.ROEPING, doel);
    }

    /** The phases that have a werkboek (domain.md §6.2), in their order. */
    public static final List<FaseSoort> WERKBOEKFASEN = List.of(FaseSoort.INTAKE, FaseSoort.ACCEPTATIE,
            FaseSoort.ROEPING, FaseSoort.ZOEKPROFIEL, FaseSoort.ARBEIDSMARKT, FaseSoort.WERKERVARING, FaseSoort.AFSLUITING);

    /**
     * The werkboek of a phase as it will be printed, through the gate for an own copy like the roeping
     * one, and the passages with health words for the coach's screen.
     */
    public Privacypoort.EigenKopie<? extends Record> werkboek(int dossierId, FaseSoort fase) {
        return switch (fase) {
            case ROEPING -> werkboek(dossierId);
            case ACCEPTATIE -> poort().eigenKopie(new WerkboekAcceptatie(werknemer(dossierId).naam(),
                    LocalDate.ofInstant(clock.instant(), Tijdzone.PRAKTIJK)));
            case ZOEKPROFIEL -> {
                List<Zoekprofiel> versies = profielen.profielen(dossierId).zoekprofielen();
                yield poort().eigenKopie(Werkboekopbouw.zoekprofiel(werkboek(dossierId).model(),
                        versies.isEmpty() ? List.of() : versies.getFirst().richtingen()));
            }
            case INTAKE -> poort().eigenKopie(Werkboekfase.intake(werknemer(dossierId).naam(), vandaag(),
                    new UitkomstService(db, clock).metingen(dossierId).begin()));
            case ARBEIDSMARKT -> {
                ArbeidsmarktService.Overzicht o = arbeidsmarkt.overzicht(dossierId);
                yield poort().eigenKopie(Werkboekfase.arbeidsmarkt(werknemer(dossierId).naam(), vandaag(),
                        o.normPerWeek(), o.sollicitaties()));
            }
            case WERKERVARING -> poort().eigenKopie(Werkboekfase.werkervaring(werknemer(dossierId).naam(), vandaag(),
                    new WerkervaringService(db, clock).plekken(dossierId)));
            case AFSLUITING -> {
                UitkomstService.Metingen m = new UitkomstService(db, clock).metingen(dossierId);
                yield poort().eigenKopie(Werkboekfase.afsluiting(werknemer(dossierId).naam(), vandaag(), m.begin(),
                        m.eind()));
            }
            default -> throw new IllegalArgumentException("no werkboek for the phase " + fase);
        };
    }

    private LocalDate vandaag() {
        return LocalDate.ofInstant(clock.instant(), Tijdzone.PRAKTIJK);
    }

    @SuppressWarnings("unchecked")
    public byte[] werkboekPdf(int dossierId, FaseSoort fase) {
        var kopie = werkboek(dossierId, fase);
        return switch (fase) {
            case ACCEPTATIE -> Werkboekpdf.acceptatie((Privacypoort.EigenKopie<WerkboekAcceptatie>) kopie,
                    clock.instant(), taal());
            case ZOEKPROFIEL -> Werkboekpdf.zoekprofiel((Privacypoort.EigenKopie<WerkboekZoekprofiel>) kopie,
                    clock.instant(), taal());
            case INTAKE -> WerkboekfasePdf.intake((Privacypoort.EigenKopie<Werkboekfase.Intake>) kopie, clock.instant(),
                    taal());
            case ARBEIDSMARKT -> WerkboekfasePdf.arbeidsmarkt((Privacypoort.EigenKopie<Werkboekfase.Arbeidsmarkt>) kopie,
                    clock.instant(), taal());
            case WERKERVARING -> WerkboekfasePdf.werkervaring((Privacypoort.EigenKopie<Werkboekfase.Werkervaring>) kopie,
                    clock.instant(), taal());
            case AFSLUITING -> WerkboekfasePdf.afsluiting((Privacypoort.EigenKopie<Werkboekfase.Afsluiting>) kopie,
                    clock.instant(), taal());
            default -> Werkboekpdf.pdf((Privacypoort.EigenKopie<Werkboek>) kopie, clock.instant(), taal());
        };
    }

    /** Writes a phase's werkboek to a file and notes it in the audit log (not the file name: it holds the name). */
    public void bewaarWerkboekAls(int dossierId, FaseSoort fase, Path doel) throws IOException {
        Uitvoer.bewaar(db, doel, werkboekPdf(dossierId, fase));
        new AuditService(db, clock).log(Handeling.EXPORT, dossierId,
                "werkboek " + fase.name().toLowerCase(java.util.Locale.ROOT) + " als pdf opgeslagen");
    }

    // --- Letters -----------------------------------------------------------------------------

    /** The stored letter of a sollicitatie of this dossier, if there is one. */
    public Optional<String> brief(int dossierId, int sollicitatieId) {
        sollicitatie(dossierId, sollicitatieId);
        return db.read(ctx -> new CvRepository(ctx).brief(sollicitatieId));
    }

    /** A first text from the template, with the chosen stories (in the order given); not stored. */
    public String briefUitSjabloon(int dossierId, int sollicitatieId, List<Integer> starrIds) {
        Sollicitatie s = sollicitatie(dossierId, sollicitatieId);
        List<StarrVerhaal> alle = starr.lijst(dossierId);
        List<StarrVerhaal> gekozen = new ArrayList<>();
        for (Integer id : starrIds) {
            alle.stream().filter(v -> v.id().equals(id)).findFirst().ifPresent(gekozen::add);
        }
        return Briefsjabloon.tekst(werknemer(dossierId).naam(), s.functie(), s.organisatie(), gekozen, taal());
    }

    public void bewaarBrief(int dossierId, int sollicitatieId, String tekst) {
        if (tekst == null || tekst.isBlank()) {
            throw new Weigering("brief.fout.leeg");
        }
        sollicitatie(dossierId, sollicitatieId);
        Instant now = clock.instant();
        db.write(cfg -> {
            new CvRepository(cfg.dsl()).bewaarBrief(sollicitatieId, tekst.strip(), now);
            return null;
        });
    }

    /** The stored letter as it will be printed, and the paragraphs the gate left out of it. */
    public Privacypoort.Gezeefd<BriefDocument> briefDocument(int dossierId, int sollicitatieId) {
        Sollicitatie s = sollicitatie(dossierId, sollicitatieId);
        String tekst = brief(dossierId, sollicitatieId).orElseThrow(() -> new Weigering("brief.fout.leeg"));
        Werknemer w = werknemer(dossierId);
        List<String> afzender = new ArrayList<>(Cvopbouw.adresregels(w.adres()));
        if (w.telefoon() != null && !w.telefoon().isBlank()) {
            afzender.add(w.telefoon());
        }
        if (w.email() != null && !w.email().isBlank()) {
            afzender.add(w.email());
        }
        // A letter's date as the letter's language writes it: British English (as the PDF's language
        // says), not the American month-first form a bare "en" gives.
        java.util.Locale datumtaal = java.util.Locale.forLanguageTag(taal().isEngels() ? "en-GB" : "nl-NL");
        String datum = LocalDate.now(clock).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(datumtaal));
        String plaats = w.adres() == null ? null : w.adres().plaats();
        String datumregel = plaats == null || plaats.isBlank() ? datum : taal().t("brief.datumregel", plaats, datum);
        BriefDocument brief = new BriefDocument(w.naam(), afzender, datumregel, s.organisatie(),
                taal().t("brief.onderwerp", s.functie()), Cvopbouw.alineas(tekst));
        return poort().zeef(brief);
    }

    public byte[] briefBestand(int dossierId, int sollicitatieId, Formaat formaat) {
        Privacypoort.Gezeefd<BriefDocument> brief = briefDocument(dossierId, sollicitatieId);
        return formaat == Formaat.PDF ? Documenten.briefPdf(brief, clock.instant(), taal())
                : Documenten.briefDocx(brief, taal());
    }

    /**
     * Writes the letter to a file, keeps its PDF as the sollicitatie's proof (replacing an earlier
     * proof: the letter sent is the evidence UWV asks for), and notes the export in the audit log.
     */
    public void bewaarBriefAls(int dossierId, int sollicitatieId, Formaat formaat, Path doel) throws IOException {
        Uitvoer.bewaar(db, doel, briefBestand(dossierId, sollicitatieId, formaat));
        briefAlsBewijs(dossierId, sollicitatieId);
        new AuditService(db, clock).log(Handeling.EXPORT, dossierId,
                "sollicitatiebrief " + sollicitatieId + " als " + formaat.extensie + " opgeslagen");
    }

    /** Keeps the letter's PDF as the sollicitatie's proof. */
    public void briefAlsBewijs(int dossierId, int sollicitatieId) {
        Sollicitatie s = sollicitatie(dossierId, sollicitatieId);
        byte[] pdf = briefBestand(dossierId, sollicitatieId, Formaat.PDF);
        arbeidsmarkt.voegBewijsToe(sollicitatieId, bestandsnaam(taal().t("brief.bestand", s.organisatie()), Formaat.PDF),
                Formaat.PDF.mediatype, pdf);
    }

    /** A file name from a title: characters file systems refuse are replaced. */
    public static String bestandsnaam(String titel, Formaat formaat) {
        return titel.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip() + "." + formaat.extensie;
    }

    private Sollicitatie sollicitatie(int dossierId, int sollicitatieId) {
        return arbeidsmarkt.overzicht(dossierId).sollicitaties().stream().filter(s -> s.id() == sollicitatieId)
                .findFirst().orElseThrow(() -> new Weigering("brief.fout.geenSollicitatie"));
    }

    private Werknemer werknemer(int dossierId) {
        return dossiers.find(dossierId).map(Dossier::werknemer)
                .orElseThrow(() -> new java.util.NoSuchElementException("dossier " + dossierId));
    }

    private Privacypoort poort() {
        return new Privacypoort(privacy.get(), taal().taal());
    }
}
