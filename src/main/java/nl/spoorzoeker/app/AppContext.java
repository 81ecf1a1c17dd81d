package nl.spoorzoeker.app;

import java.time.Clock;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.DatabaseOpenException;

/** The wiring of one open practice: plain constructors, no framework. */
public final class AppContext implements AutoCloseable {

    private final DataDirectory dataDirectory;
    private final Database database;
    private final Clock clock;
    private final DossierService dossiers;
    private final WerkgeverService werkgevers;
    private final PraktijkService praktijk;
    private final nl.spoorzoeker.dossier.TijdlijnService tijdlijn;
    private final nl.spoorzoeker.phase.FaseService fasen;
    private final nl.spoorzoeker.phase.ProfielService profielen;
    private final nl.spoorzoeker.instrument.InstrumentService instrumenten;
    private final nl.spoorzoeker.instrument.KernkwadrantService kernkwadranten;
    private final nl.spoorzoeker.cv.StarrService starr;
    private final nl.spoorzoeker.cv.CvService cv;
    private final nl.spoorzoeker.activity.ContactService contacten;
    private final nl.spoorzoeker.jobsearch.ArbeidsmarktService arbeidsmarkt;
    private final nl.spoorzoeker.jobsearch.WerkervaringService werkervaring;
    private final nl.spoorzoeker.concept.ConceptService concepten;
    private final nl.spoorzoeker.agenda.AfspraakService afspraken;
    private final nl.spoorzoeker.search.ZoekService zoeken;
    private final nl.spoorzoeker.report.RapportService rapporten;
    private final nl.spoorzoeker.uitkomst.UitkomstService uitkomsten;
    private final nl.spoorzoeker.report.RapportOpslag rapportOpslag;
    private final nl.spoorzoeker.report.PrivacyWoordenService privacyWoorden;
    private final nl.spoorzoeker.crypto.Kluissessie sessie;
    private final nl.spoorzoeker.slot.Beveiligingsinstellingen beveiliging;
    private final nl.spoorzoeker.backup.BackupService backupService;
    private final nl.spoorzoeker.backup.AutoBackup autoBackup;
    private final nl.spoorzoeker.bewaartermijn.BewaartermijnService bewaartermijnen;
    private final nl.spoorzoeker.audit.AuditService audit;

    private AppContext(DataDirectory dataDirectory, Database database, Clock clock,
                       nl.spoorzoeker.crypto.Kluissessie sessie) {
        this.dataDirectory = dataDirectory;
        this.sessie = sessie;
        this.database = database;
        this.clock = clock;
        this.dossiers = new DossierService(database, clock);
        this.werkgevers = new WerkgeverService(database, clock);
        this.praktijk = new PraktijkService(database, clock);
        this.tijdlijn = new nl.spoorzoeker.dossier.TijdlijnService(database, clock,
                nl.spoorzoeker.timeline.KlokInstellingen.STANDAARD);
        this.fasen = new nl.spoorzoeker.phase.FaseService(database, clock);
        this.profielen = new nl.spoorzoeker.phase.ProfielService(database, clock);
        this.instrumenten = new nl.spoorzoeker.instrument.InstrumentService(database, clock, profielen);
        this.kernkwadranten = new nl.spoorzoeker.instrument.KernkwadrantService(database, clock);
        this.contacten = new nl.spoorzoeker.activity.ContactService(database, clock);
        this.arbeidsmarkt = new nl.spoorzoeker.jobsearch.ArbeidsmarktService(database, clock);
        this.werkervaring = new nl.spoorzoeker.jobsearch.WerkervaringService(database, clock);
        this.concepten = new nl.spoorzoeker.concept.ConceptService(database, clock);
        this.afspraken = new nl.spoorzoeker.agenda.AfspraakService(database, clock);
        this.zoeken = new nl.spoorzoeker.search.ZoekService(database);
        this.privacyWoorden = new nl.spoorzoeker.report.PrivacyWoordenService(database, clock);
        this.starr = new nl.spoorzoeker.cv.StarrService(database, clock, profielen);
        this.cv = new nl.spoorzoeker.cv.CvService(database, clock, dossiers, profielen, starr, arbeidsmarkt,
                privacyWoorden::toets);
        this.uitkomsten = new nl.spoorzoeker.uitkomst.UitkomstService(database, clock);
        this.rapporten = new nl.spoorzoeker.report.RapportService(dossiers, tijdlijn, contacten, arbeidsmarkt, werkervaring,
                profielen, fasen, uitkomsten);
        this.rapportOpslag = new nl.spoorzoeker.report.RapportOpslag(database, clock, rapporten, dossiers, praktijk,
                new nl.spoorzoeker.report.Uwvtoets(privacyWoorden::toets, nl.spoorzoeker.report.Uwvtoets.Drempels.STANDAARD));
        this.beveiliging = new nl.spoorzoeker.slot.Beveiligingsinstellingen(database);
        this.backupService = new nl.spoorzoeker.backup.BackupService(database, dataDirectory.tijdelijk(), clock);
        this.autoBackup = new nl.spoorzoeker.backup.AutoBackup(backupService, sessie, database, dataDirectory.backups(),
                beveiliging::tweedeLocatie, clock);
        this.bewaartermijnen = new nl.spoorzoeker.bewaartermijn.BewaartermijnService(database, clock);
        this.audit = new nl.spoorzoeker.audit.AuditService(database, clock);
    }

    /** Opens (creating and migrating when needed) the database of a data folder. */
    public static AppContext open(DataDirectory dataDirectory, Clock clock) throws DatabaseOpenException {
        return open(dataDirectory, clock, new nl.spoorzoeker.crypto.Kluissessie());
    }

    /** As {@link #open(DataDirectory, Clock)} with the key session of a window that was unlocked meanwhile. */
    public static AppContext open(DataDirectory dataDirectory, Clock clock, nl.spoorzoeker.crypto.Kluissessie sessie)
            throws DatabaseOpenException {
        return new AppContext(dataDirectory, Database.open(dataDirectory.database()), clock, sessie);
    }

    /** As {@link #open(DataDirectory, Clock, nl.spoorzoeker.crypto.Kluissessie)}, starting empty beside kept copies: the coach chose that. */
    public static AppContext openLeeg(DataDirectory dataDirectory, Clock clock, nl.spoorzoeker.crypto.Kluissessie sessie)
            throws DatabaseOpenException {
        return new AppContext(dataDirectory, Database.openLeeg(dataDirectory.database()), clock, sessie);
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public DossierService dossiers() {
        return dossiers;
    }

    public WerkgeverService werkgevers() {
        return werkgevers;
    }

    public PraktijkService praktijk() {
        return praktijk;
    }

    public nl.spoorzoeker.dossier.TijdlijnService tijdlijn() {
        return tijdlijn;
    }

    public nl.spoorzoeker.phase.FaseService fasen() {
        return fasen;
    }

    public nl.spoorzoeker.phase.ProfielService profielen() {
        return profielen;
    }

    public nl.spoorzoeker.instrument.InstrumentService instrumenten() {
        return instrumenten;
    }

    public nl.spoorzoeker.instrument.KernkwadrantService kernkwadranten() {
        return kernkwadranten;
    }

    public nl.spoorzoeker.cv.StarrService starr() {
        return starr;
    }

    public nl.spoorzoeker.cv.CvService cv() {
        return cv;
    }

    public nl.spoorzoeker.activity.ContactService contacten() {
        return contacten;
    }

    public nl.spoorzoeker.jobsearch.ArbeidsmarktService arbeidsmarkt() {
        return arbeidsmarkt;
    }

    public nl.spoorzoeker.jobsearch.WerkervaringService werkervaring() {
        return werkervaring;
    }

    public nl.spoorzoeker.concept.ConceptService concepten() {
        return concepten;
    }

    public nl.spoorzoeker.agenda.AfspraakService afspraken() {
        return afspraken;
    }

    public nl.spoorzoeker.search.ZoekService zoeken() {
        return zoeken;
    }

    public nl.spoorzoeker.uitkomst.UitkomstService uitkomsten() {
        return uitkomsten;
    }

    public nl.spoorzoeker.report.RapportService rapporten() {
        return rapporten;
    }

    public nl.spoorzoeker.report.RapportOpslag rapportOpslag() {
        return rapportOpslag;
    }

    public nl.spoorzoeker.report.PrivacyWoordenService privacyWoorden() {
        return privacyWoorden;
    }

    public nl.spoorzoeker.bewaartermijn.BewaartermijnService bewaartermijnen() {
        return bewaartermijnen;
    }

    public nl.spoorzoeker.audit.AuditService audit() {
        return audit;
    }

    /** The practice's keys while the app is unlocked (empty in a locked app and in most commands). */
    public nl.spoorzoeker.crypto.Kluissessie sessie() {
        return sessie;
    }

    public nl.spoorzoeker.slot.Beveiligingsinstellingen beveiliging() {
        return beveiliging;
    }

    public nl.spoorzoeker.backup.BackupService backupService() {
        return backupService;
    }

    public nl.spoorzoeker.backup.AutoBackup autoBackup() {
        return autoBackup;
    }

    @Override
    public void close() {
        sessie.vergrendel();
        database.close();
    }
}
