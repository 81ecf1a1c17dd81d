package nl.spoorzoeker.rapportage.ui;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.rapportage.Leesbaarheid;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Rapportinvoer;
import nl.spoorzoeker.rapportage.Voorbeeld;
import nl.spoorzoeker.rapportage.Werknemerplantekst;
import nl.spoorzoeker.taal.Teksten;
import nl.spoorzoeker.ui.I18n;

/**
 * What the reports tab decides, without its controls (issue 20 item 4): the reports shown and the one
 * chosen, whether an action may go ahead for it, which PDF a report is shown from (a final one exactly
 * as stored, a concept as it is now), the texts of its row and file name, the busy state of an export,
 * and what is read from the database for a dialog. JavaFX properties, no Node: {@link RapportagesPane}
 * builds the controls, binds them here and runs the {@code lees…} methods on the background thread.
 */
public final class RapportagesModel {

    private final RapportOpslag opslag;
    private final ObservableList<Rapport> rapporten = FXCollections.observableArrayList();
    private final ObjectProperty<Rapport> gekozen = new SimpleObjectProperty<>();
    private final BooleanProperty bezig = new SimpleBooleanProperty();
    private final StringProperty bezigMet = new SimpleStringProperty("");
    private int dossierId;
    private LocalDate trajectStart;

    public RapportagesModel(RapportOpslag opslag) {
        this.opslag = opslag;
    }

    /** The dossier's reports, and when its traject started (null: unknown). */
    public void toon(int dossierId, LocalDate trajectStart, List<Rapport> rapporten) {
        this.dossierId = dossierId;
        this.trajectStart = trajectStart;
        this.rapporten.setAll(rapporten);
    }

    public int dossierId() {
        return dossierId;
    }

    /** No new report's period starts before it. */
    public LocalDate trajectStart() {
        return trajectStart;
    }

    public ObservableList<Rapport> rapporten() {
        return rapporten;
    }

    /** The report selected in the table (bound to it by the view); null when none. */
    public ObjectProperty<Rapport> gekozen() {
        return gekozen;
    }

    /** A report the tab shows, by id (a search hit is looked up among them). */
    public Optional<Rapport> zoek(int id) {
        return rapporten.stream().filter(r -> r.id() == id).findFirst();
    }

    /**
     * Where a new progress report starts by default: the day after the last one ends; null when the
     * dossier has none (only progress reports count, a plan or closing report does not).
     */
    public LocalDate vorigeVoortgangTot() {
        return rapporten.stream().filter(r -> r.soort() == RapportSoort.VOORTGANG)
                .map(Rapport::tot).max(LocalDate::compareTo).orElse(null);
    }

    /** The form for a new report, filled in from the reports there are. */
    public NieuwRapportForm nieuwForm(LocalDate vandaag) {
        return new NieuwRapportForm(vandaag, vorigeVoortgangTot(), trajectStart);
    }

    /**
     * Why an action on the chosen report cannot go ahead, as a message key; empty when it can. Every
     * action needs a report chosen; the werknemer's own copy (issue 19 item 6) is made of a trajectplan only.
     */
    public Optional<String> weigering(Actie actie) {
        Rapport r = gekozen.get();
        if (r == null) {
            return Optional.of("rapport.kiesEerst");
        }
        return weigering(actie, r);
    }

    /** As {@link #weigering(Actie)}, for a report given rather than the one chosen. */
    public static Optional<String> weigering(Actie actie, Rapport r) {
        if (actie == Actie.WERKNEMERVERSIE && r.soort() != RapportSoort.TRAJECTPLAN) {
            return Optional.of("b1.kiesTrajectplan");
        }
        return Optional.empty();
    }

    /** What the row of buttons does with the chosen report. */
    public enum Actie { OPENEN, VOORBEELD, VIEWER, PDF, VERZENDEN, CORRIGEREN, WERKNEMERVERSIE }

    /** A final report is shown and exported exactly as it was finalised (its stored PDF), never rendered anew. */
    public static boolean uitOpslag(Rapport r) {
        return r.status() == Rapport.Status.DEFINITIEF;
    }

    // --- texts -------------------------------------------------------------------------------------

    public static String soort(Rapport r) {
        return I18n.t("rapport.soort." + r.soort().name());
    }

    public static String periode(Rapport r) {
        return DateInput.format(r.van()) + " – " + DateInput.format(r.tot());
    }

    public static String status(Rapport r) {
        return I18n.t("rapport.status." + r.status().name());
    }

    /** The day it was made final, in the coach's time zone; empty for a concept. */
    public static String definitiefOp(Rapport r, ZoneId zone) {
        return r.definitiefOp() == null ? "" : DateInput.format(LocalDate.ofInstant(r.definitiefOp(), zone));
    }

    /** The preview window's title. */
    public static String titel(Rapport r) {
        return soort(r) + " " + periode(r);
    }

    /** The PDF's proposed file name: kind, end of period, version, and "concept" for a concept. */
    public static String bestandsnaam(Rapport r) {
        return soort(r) + " " + r.tot() + " v" + r.versie()
                + (r.status() == Rapport.Status.CONCEPT ? " " + I18n.t("rapport.status.CONCEPT").toLowerCase(Locale.ROOT) : "")
                + ".pdf";
    }

    /** The werknemer's copy's proposed file name. */
    public static String werknemerBestandsnaam(Rapport r) {
        return I18n.t("b1.bestandsnaam") + " " + r.tot() + ".pdf";
    }

    /** The recipients recorded before, in one line; null when there are none (no section then). */
    public static String eerderVerzonden(List<Rapport.Verzending> eerder) {
        if (eerder.isEmpty()) {
            return null;
        }
        return String.join("; ", eerder.stream().map(v -> I18n.t("rapport.ontvanger." + v.soort().name()) + " "
                + v.naam() + " (" + DateInput.format(v.datum()) + ")").toList());
    }

    // --- busy --------------------------------------------------------------------------------------

    /** An export runs in the background; meanwhile the row shows what is being made and its buttons wait. */
    public void bezig(String key) {
        bezigMet.set(I18n.t(key));
        bezig.set(true);
    }

    public void klaar() {
        bezig.set(false);
    }

    public ReadOnlyBooleanProperty isBezig() {
        return bezig;
    }

    public ReadOnlyStringProperty bezigMet() {
        return bezigMet;
    }

    // --- what is read, on the background thread ----------------------------------------------------

    /** A report and its input, read in one step, so the editor opens after one trip to the database, not two. */
    public record Geopend(Rapport rapport, Rapportinvoer invoer) {
    }

    public Geopend leesGeopend(int id) {
        return new Geopend(opslag.rapport(id), opslag.invoer(id));
    }

    public Rapportinvoer leesInvoer(Rapport r) {
        return opslag.invoer(r.id());
    }

    /** What the send dialog shows: the recipients before, and the werknemer's name as the default. */
    public record Verzendgegevens(List<Rapport.Verzending> eerder, String werknemer) {
    }

    public Verzendgegevens leesVerzendgegevens(Rapport r) {
        return new Verzendgegevens(opslag.verzendingen(r.id()), opslag.kop(r.dossierId()).werknemer());
    }

    /** Makes a correction (a new concept version of a final report) and reads it back. */
    public Rapport corrigeer(Rapport r) {
        return opslag.rapport(opslag.corrigeer(r.id()));
    }

    /** The preview's PDF: a final report's stored one, a concept rendered now (page 1 early to {@code vroeg}). */
    public Voorbeeld leesVoorbeeld(Rapport r, Teksten taal, float dpi, Consumer<java.awt.image.BufferedImage> vroeg)
            throws IOException {
        return uitOpslag(r) ? new Voorbeeld(opslag.pdf(r.id()), dpi) : opslag.voorbeeld(r.id(), taal, dpi, vroeg);
    }

    /** The bytes for the system viewer: as {@link #leesVoorbeeld}. */
    public byte[] leesPdf(Rapport r, Teksten taal) {
        return uitOpslag(r) ? opslag.pdf(r.id()) : opslag.concept(r.id(), taal);
    }

    /** What the coach should know of the werknemer's copy before saving it. */
    public record Werknemerversie(List<Privacypoort.Weglating> gevonden, Leesbaarheid.Uitslag maat,
                                  List<String> woorden) {
    }

    public Werknemerversie leesWerknemerversie(Rapport r, Teksten taal) {
        var kopie = opslag.werknemerversie(r.id(), taal);
        var blokken = Werknemerplantekst.blokken(kopie.model(), taal);
        return new Werknemerversie(kopie.gevonden(), Leesbaarheid.meet(blokken, taal),
                blokken.stream().filter(b -> b.woord() != null).map(b -> b.woord().woord(taal)).toList());
    }

    // --- what is written, on the background thread -------------------------------------------------

    /** A new report of this dossier; returns its id. */
    public int nieuw(RapportSoort soort, LocalDate van, LocalDate tot, Teksten taal) {
        return opslag.nieuw(dossierId, soort, van, tot, taal);
    }

    public void verzend(Rapport r, Rapport.Verzending verzending) {
        opslag.verzend(r.id(), verzending);
    }

    public void bewaarPdf(Rapport r, java.nio.file.Path doel, Teksten taal) throws IOException {
        opslag.bewaarPdfAls(r.id(), doel, taal);
    }

    public void bewaarWerknemerversie(Rapport r, java.nio.file.Path doel, Teksten taal) throws IOException {
        opslag.bewaarWerknemerversieAls(r.id(), doel, taal);
    }
}
