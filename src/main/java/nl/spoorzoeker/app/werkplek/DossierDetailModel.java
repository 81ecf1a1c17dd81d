package nl.spoorzoeker.app.werkplek;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.spoorzoeker.agenda.Afspraak;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.Netwerkcontact;
import nl.spoorzoeker.arbeidsmarkt.Sollicitatie;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsbewaking;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.dossier.Dossier;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.ui.OvernameDialog;
import nl.spoorzoeker.fase.Fase;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.fase.Zoekrichting;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.logboek.ContactSoort;
import nl.spoorzoeker.logboek.Contactgat;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.tijdlijn.Mijlpaal;
import nl.spoorzoeker.tijdlijn.Poortwachter;
import nl.spoorzoeker.tijdlijn.Tijdlijn;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.uitkomst.Uitkomst;
import nl.spoorzoeker.uitkomst.UitkomstService;
import nl.spoorzoeker.ui.I18n;

/**
 * What the dossier screen decides, without its nodes (issue 20 item 4): the one read of a dossier and
 * what of it goes where, whether a late read is still for the dossier on screen, the header's texts
 * (week, phases, employer, next deadline), the gap and werkervaring signals of a running traject, the
 * archive and close buttons by state, and the intake's scores and likely day. Plain Java:
 * {@link DossierDetailView} builds the nodes and runs the {@code lees…} methods in the background.
 */
public final class DossierDetailModel {

    /** The services the screen reads from. */
    public record Bronnen(DossierService dossiers, TijdlijnService tijdlijnen, FaseService fasen,
                          ProfielService profielen, ContactService contacten, ArbeidsmarktService arbeidsmarkt,
                          WerkervaringService werkervaring, AfspraakService afspraken, RapportOpslag rapportOpslag,
                          UitkomstService uitkomsten) {
    }

    private final Bronnen bron;
    private int dossierId;
    /** What the screen shows now (null before the first dossier): a saved contact replaces only its log. */
    private Data getoond;

    public DossierDetailModel(Bronnen bron) {
        this.bron = bron;
    }

    /** Everything one dossier screen shows, loaded in one go off the JavaFX thread. */
    public record Data(Dossier dossier, Tijdlijn tijdlijn, List<Mijlpaal> mijlpalen,
                       FaseService.Overzicht fasen,
                       ProfielService.Profielen profielen,
                       ContactService.Logboek logboek,
                       ArbeidsmarktService.Overzicht arbeidsmarkt,
                       List<Werkervaringsplek> werkervaring,
                       List<Afspraak> afspraken,
                       List<Rapport> rapporten,
                       TijdlijnService.GatDrempels drempels,
                       Optional<Uitkomst> uitkomst,
                       UitkomstService.Metingen metingen) {

        /** The same screen with the log read again (after a saved contact). */
        Data metLogboek(ContactService.Logboek nieuw) {
            return new Data(dossier, tijdlijn, mijlpalen, fasen, profielen, nieuw, arbeidsmarkt, werkervaring,
                    afspraken, rapporten, drempels, uitkomst, metingen);
        }
    }

    /** The dossier asked for from now on. */
    public void kies(int id) {
        this.dossierId = id;
    }

    public int dossierId() {
        return dossierId;
    }

    /** Reads dossier {@code id} whole; empty when it is gone. */
    public Optional<Data> lees(int id) {
        return bron.dossiers().find(id).map(d -> {
            Tijdlijn tijdlijn = bron.tijdlijnen().tijdlijn(id);
            return new Data(d, tijdlijn, bron.tijdlijnen().mijlpalen(tijdlijn), bron.fasen().overzicht(id),
                    bron.profielen().profielen(id), bron.contacten().logboek(id), bron.arbeidsmarkt().overzicht(id),
                    bron.werkervaring().plekken(id), bron.afspraken().vanDossier(id),
                    bron.rapportOpslag().vanDossier(id), bron.tijdlijnen().gatDrempels(), bron.uitkomsten().van(id),
                    bron.uitkomsten().metingen(id));
        });
    }

    /** The data now on screen. */
    public void getoond(Data data) {
        this.getoond = data;
    }

    public Data getoond() {
        return getoond;
    }

    // --- a saved contact -----------------------------------------------------------------------------

    /**
     * Whether a log read for dossier {@code id} may go into what is on screen: it shows that dossier and
     * the coach asked for no other since. When not, a saved contact reloads the whole dossier instead.
     */
    public boolean logboekVoor(int id) {
        return getoond != null && getoond.dossier().id() == id && dossierId == id;
    }

    public ContactService.Logboek leesLogboek(int id) {
        return bron.contacten().logboek(id);
    }

    /** What is on screen with the log read again; it is what is on screen from now on. */
    public Data metLogboek(ContactService.Logboek logboek) {
        getoond = getoond.metLogboek(logboek);
        return getoond;
    }

    // --- what a tab gets -----------------------------------------------------------------------------

    /** The last progress report sent by today: the job market counts start after it. */
    public static LocalDate laatsteRapportage(Data data, LocalDate today) {
        return data.tijdlijn().gedaan().voortgangsrapportages().stream()
                .filter(r -> !r.isAfter(today)).max(LocalDate::compareTo).orElse(null);
    }

    /** The active directions of the first zoekprofiel, for the job market tab. */
    public static List<String> actieveRichtingen(Data data) {
        return data.profielen().zoekprofielen().stream().findFirst()
                .map(z -> z.richtingen().stream().filter(Zoekrichting::actief).map(Zoekrichting::functie)
                        .toList()).orElse(List.of());
    }

    /**
     * A dossier just made that was taken on part-way (deadlines of others before the assignment are
     * open): it opens on the timeline with the takeover step.
     */
    public static boolean overnameTeVragen(Data data) {
        var opdracht = data.tijdlijn().overname().opdrachtdatum();
        return opdracht != null && !OvernameDialog.teVragen(data.mijlpalen(), opdracht).isEmpty();
    }

    // --- the header ----------------------------------------------------------------------------------

    /** The week of sickness today, or "not yet" before the first day of sickness. */
    public static String week(Data data, LocalDate today) {
        var week = data.tijdlijn().week(today);
        return week.isPresent() ? I18n.t("dossier.header.week", week.getAsInt()) : I18n.t("dossier.header.notYet");
    }

    /** The current phases, joined; "no phase" when none runs. */
    public static String fasen(Data data) {
        return data.fasen().huidig().isEmpty() ? I18n.t("fase.geen")
                : String.join(" + ", data.fasen().huidig().stream().map(f -> I18n.t("fase." + f.name())).toList());
    }

    /** Without a werkgever (a vangnetter) the header names the opdrachtgever, e.g. UWV. */
    public static String werkgever(Dossier d) {
        return d.werkgever() != null ? d.werkgever().naam() : d.opdrachtgeverNaam();
    }

    public static boolean actief(Dossier d) {
        return d.traject().status() == TrajectStatus.ACTIEF;
    }

    public static boolean gearchiveerd(Dossier d) {
        return d.traject().status() == TrajectStatus.GEARCHIVEERD;
    }

    /** The archive button archives, or brings an archived dossier back as running. */
    public static TrajectStatus naArchiefknop(Dossier d) {
        return gearchiveerd(d) ? TrajectStatus.ACTIEF : TrajectStatus.GEARCHIVEERD;
    }

    /** Closing asks how the traject ended; once closed, that outcome can be changed. */
    public static String afsluitKnop(Dossier d) {
        return I18n.t(actief(d) ? "afsluiting.knop.sluit" : "afsluiting.knop.bewerk");
    }

    /** The next deadline as the header shows it, with its status for the colour; empty text key when none. */
    public record Termijn(String tekst, String stijl) {
    }

    /** "Volgende: Eindrapportage, uiterlijk 20-09-2026 (nog 12 dagen)"; a traject not running has none. */
    public static Termijn volgendeTermijn(Data data, LocalDate today) {
        if (!actief(data.dossier())) {
            return new Termijn(I18n.t("termijn.nietActief"), null);
        }
        return Poortwachter.volgende(data.mijlpalen()).map(m -> {
            long dagen = ChronoUnit.DAYS.between(today, m.deadline());
            String wanneer = dagen < 0 ? I18n.t("termijn.dagenTeLaat", -dagen)
                    : dagen == 0 ? I18n.t("termijn.vandaag") : I18n.t("termijn.nogDagen", dagen);
            return new Termijn(I18n.t("termijn.volgende", I18n.t("mijlpaal." + m.soort().name()),
                    DateInput.format(m.deadline()), wanneer), "status-" + m.status().name().toLowerCase(Locale.ROOT));
        }).orElse(new Termijn(I18n.t("termijn.geen"), null));
    }

    /** Gaps in this dossier's record (no contact, no employer or network contact). */
    public static List<Contactgat.Signaal> gaten(Data data, LocalDate today) {
        var contacten = data.logboek().contacten();
        LocalDate laatste = Stream.concat(contacten.stream().map(c -> c.moment().toLocalDate()),
                data.logboek().groepssessies().stream().filter(g -> g.aanwezigMinuten() > 0)
                        .map(g -> g.sessie().moment().toLocalDate())).max(LocalDate::compareTo).orElse(null);
        LocalDate markt = Stream.of(
                contacten.stream()
                        .filter(c -> c.soort() == ContactSoort.WERKGEVERSCONTACT
                                || c.soort() == ContactSoort.NETWERKCONTACT)
                        .map(c -> c.moment().toLocalDate()),
                data.arbeidsmarkt().sollicitaties().stream().map(Sollicitatie::verstuurdOp)
                        .filter(Objects::nonNull),
                data.arbeidsmarkt().netwerk().stream().map(Netwerkcontact::datum))
                .flatMap(x -> x).max(LocalDate::compareTo).orElse(null);
        LocalDate arbeidsmarkt = data.fasen().fasen().stream()
                .filter(f -> f.lopend() && f.soort() == FaseSoort.ARBEIDSMARKT)
                .map(Fase::start).min(LocalDate::compareTo).orElse(null);
        return Contactgat.signalen(today, data.dossier().traject().startdatum(), laatste, markt,
                arbeidsmarkt, data.drempels().contactDagen(), data.drempels().marktDagen());
    }

    public static String gatTekst(Contactgat.Signaal s) {
        return I18n.t("gat." + s.soort().name(), DateInput.format(s.sinds()), s.dagen());
    }

    /** A werkervaringsplek whose evaluation is due, one line each. */
    public static List<String> werkervaringSignalen(Data data, LocalDate today) {
        return data.werkervaring().stream().flatMap(plek -> Werkervaringsbewaking.evaluatieSignaal(plek, today)
                .map(s -> I18n.t("werkervaring.signaal.kort", plek.organisatie(), s.dagen())).stream()).toList();
    }

    // --- the intake's scores -------------------------------------------------------------------------

    /**
     * The day an intake measurement is most likely from: the intake phase's start, else the traject's
     * start, when that has come; otherwise today. A coach who records the intake's scores afterwards
     * should not have to retype the date.
     */
    public static LocalDate intakeDag(Dossier d, List<Fase> fasen, LocalDate vandaag) {
        LocalDate intake = fasen.stream().filter(f -> f.soort() == FaseSoort.INTAKE).map(Fase::start)
                .filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(d.traject().startdatum());
        return intake == null || intake.isAfter(vandaag) ? vandaag : intake;
    }

    /** The intake's scores as one line, or that there are none yet. */
    public static String intakeStand(UitkomstService.Metingen m) {
        var begin = m.begin();
        return begin == null ? I18n.t("schaal.intake.geen") : I18n.t("schaal.intake.stand",
                DateInput.format(begin.datum()), String.join(", ", Arrays.stream(
                        Schaalmeting.Schaal.values()).filter(s -> begin.score(s) != null)
                        .map(s -> I18n.t("schaal." + s.name()) + " " + begin.score(s)).toList()));
    }

    public static String intakeKnop(UitkomstService.Metingen m) {
        return I18n.t(m.begin() == null ? "schaal.intake.knop" : "schaal.intake.knopBewerk");
    }

    // --- an ending without an outcome --------------------------------------------------------------

    /** A dossier whose outcome is still to be asked, with its scales. */
    public record ZonderUitkomst(Dossier dossier, UitkomstService.Metingen metingen) {
    }

    /**
     * After an edit or archiving: a traject that was running ({@code voor}) and has now ended another
     * way without an outcome, so the outcome is asked for as closing does; empty otherwise.
     */
    public Optional<ZonderUitkomst> leesZonderUitkomst(Dossier voor) {
        if (!actief(voor)) {
            return Optional.empty();
        }
        return bron.dossiers().find(voor.id()).filter(d -> !actief(d) && bron.uitkomsten().van(d.id()).isEmpty())
                .map(d -> new ZonderUitkomst(d, bron.uitkomsten().metingen(d.id())));
    }
}
