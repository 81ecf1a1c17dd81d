package nl.spoorzoeker.app;

import java.time.Clock;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.dossier.WerkgeverService;
import nl.spoorzoeker.klad.KladService;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.store.Database;
import nl.spoorzoeker.store.DatabaseOpenException;
import nl.spoorzoeker.logboek.ContactService;
import nl.spoorzoeker.agenda.AfspraakService;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.backup.AutoBackup;
import nl.spoorzoeker.backup.BackupService;
import nl.spoorzoeker.bewaartermijn.BewaartermijnService;
import nl.spoorzoeker.crypto.Kluissessie;
import nl.spoorzoeker.cv.CvService;
import nl.spoorzoeker.instrument.StarrService;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.instrument.InstrumentService;
import nl.spoorzoeker.instrument.KernkwadrantService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.arbeidsmarkt.WerkervaringService;
import nl.spoorzoeker.fase.FaseService;
import nl.spoorzoeker.fase.ProfielService;
import nl.spoorzoeker.rapportage.PrivacyWoordenService;
import nl.spoorzoeker.rapportage.RapportOpslag;
import nl.spoorzoeker.rapportage.RapportService;
import nl.spoorzoeker.rapportage.Uwvtoets;
import nl.spoorzoeker.slot.Beveiligingsinstellingen;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;
import nl.spoorzoeker.uitkomst.UitkomstService;
import nl.spoorzoeker.instrument.Instrumentresultaten;
import nl.spoorzoeker.instrument.WaardenService;
import nl.spoorzoeker.zoeken.ZoekService;
import nl.spoorzoeker.app.werkplek.DemoService;
import nl.spoorzoeker.groep.GroepsprogrammaService;
import nl.spoorzoeker.uitkomst.PraktijkcijfersService;
import nl.spoorzoeker.uitwisseling.UitwisselingService;

/**
 * The wiring of one open practice: plain constructors, no framework. The one place services are made:
 * the window and the commands take them from here (ArchitectureTest.onlyTheContextMakesServices).
 */
public final class AppContext implements AutoCloseable {

    private final DataDirectory dataDirectory;
    private final Database database;
    private final Clock clock;
    private final DossierService dossiers;
    private final WerkgeverService werkgevers;
    private final PraktijkService praktijk;
    private final TijdlijnService tijdlijn;
    private final FaseService fasen;
    private final ProfielService profielen;
    private final InstrumentService instrumenten;
    private final KernkwadrantService kernkwadranten;
    private final WaardenService waarden;
    private final StarrService starr;
    private final CvService cv;
    private final ContactService contacten;
    private final ArbeidsmarktService arbeidsmarkt;
    private final WerkervaringService werkervaring;
    private final KladService kladden;
    private final AfspraakService afspraken;
    private final ZoekService zoeken;
    private final RapportService rapporten;
    private final UitkomstService uitkomsten;
    private final RapportOpslag rapportOpslag;
    private final PrivacyWoordenService privacyWoorden;
    private final Kluissessie sessie;
    private final Beveiligingsinstellingen beveiliging;
    private final BackupService backupService;
    private final AutoBackup autoBackup;
    private final BewaartermijnService bewaartermijnen;
    private final AuditService audit;
    private final UitwisselingService uitwisseling;
    private final PraktijkcijfersService praktijkcijfers;
    private final GroepsprogrammaService groepsprogrammas;
    private final DemoService demo;

    private AppContext(DataDirectory dataDirectory, Database database, Clock clock,
                       Kluissessie sessie) {
        this.dataDirectory = dataDirectory;
        this.sessie = sessie;
        this.database = database;
        this.clock = clock;
        this.dossiers = new DossierService(database, clock);
        this.werkgevers = new WerkgeverService(database, clock);
        this.praktijk = new PraktijkService(database, clock);
        this.tijdlijn = new TijdlijnService(database, clock,
                KlokInstellingen.STANDAARD);
        this.fasen = new FaseService(database, clock);
        this.profielen = new ProfielService(database, clock);
        this.instrumenten = new InstrumentService(database, clock, profielen);
        this.kernkwadranten = new KernkwadrantService(database, clock);
        this.waarden = new WaardenService(database, clock, profielen);
        this.contacten = new ContactService(database, clock);
        this.arbeidsmarkt = new ArbeidsmarktService(database, clock);
        this.werkervaring = new WerkervaringService(database, clock);
        this.kladden = new KladService(database, clock);
        this.afspraken = new AfspraakService(database, clock);
        this.zoeken = new ZoekService(database);
        this.privacyWoorden = new PrivacyWoordenService(database, clock);
        this.starr = new StarrService(database, clock, profielen);
        this.cv = new CvService(database, clock, dossiers, profielen, starr, arbeidsmarkt,
                privacyWoorden::toets);
        this.uitkomsten = new UitkomstService(database, clock);
        this.rapporten = new RapportService(dossiers, tijdlijn, contacten, arbeidsmarkt, werkervaring,
                profielen, fasen, uitkomsten, new Instrumentresultaten(database, clock, profielen));
        this.rapportOpslag = new RapportOpslag(database, clock, rapporten, dossiers, praktijk,
                new Uwvtoets(privacyWoorden::toets, Uwvtoets.Drempels.STANDAARD));
        this.beveiliging = new Beveiligingsinstellingen(database);
        this.backupService = new BackupService(database, dataDirectory.tijdelijk(), clock);
        this.autoBackup = new AutoBackup(backupService, sessie, database, dataDirectory.backups(),
                beveiliging::tweedeLocatie, clock);
        this.autoBackup.vanVoorHetMerk(beveiliging::tweedeLocatieVanVoorHetMerk);
        this.bewaartermijnen = new BewaartermijnService(database, clock,
                new BewaartermijnService.Backupbereik(dataDirectory.backups(),
                        beveiliging::tweedeLocatie, dataDirectory.tijdelijk(), sessie));
        this.audit = new AuditService(database, clock);
        this.uitwisseling = new UitwisselingService(database, dataDirectory.tijdelijk(), clock, AppVersion.get());
        this.praktijkcijfers = new PraktijkcijfersService(database, tijdlijn, contacten);
        this.groepsprogrammas = new GroepsprogrammaService(database, clock);
        this.demo = new DemoService(database, clock, dossiers, bewaartermijnen);
    }

    /** Opens (creating and migrating when needed) the database of a data folder. */
    public static AppContext open(DataDirectory dataDirectory, Clock clock) throws DatabaseOpenException {
        return open(dataDirectory, clock, new Kluissessie());
    }

    /** As {@link #open(DataDirectory, Clock)} with the key session of a window that was unlocked meanwhile. */
    public static AppContext open(DataDirectory dataDirectory, Clock clock, Kluissessie sessie)
            throws DatabaseOpenException {
        return new AppContext(dataDirectory, Database.open(dataDirectory.database()), clock, sessie);
    }

    /** As {@link #open(DataDirectory, Clock, nl.spoorzoeker.crypto.Kluissessie)}, starting empty beside kept copies: the coach chose that. */
    public static AppContext openLeeg(DataDirectory dataDirectory, Clock clock, Kluissessie sessie)
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

    public TijdlijnService tijdlijn() {
        return tijdlijn;
    }

    public FaseService fasen() {
        return fasen;
    }

    public ProfielService profielen() {
        return profielen;
    }

    public InstrumentService instrumenten() {
        return instrumenten;
    }

    public KernkwadrantService kernkwadranten() {
        return kernkwadranten;
    }

    public WaardenService waarden() {
        return waarden;
    }

    public StarrService starr() {
        return starr;
    }

    public CvService cv() {
        return cv;
    }

    public ContactService contacten() {
        return contacten;
    }

    public ArbeidsmarktService arbeidsmarkt() {
        return arbeidsmarkt;
    }

    public WerkervaringService werkervaring() {
        return werkervaring;
    }

    public KladService kladden() {
        return kladden;
    }

    public AfspraakService afspraken() {
        return afspraken;
    }

    public ZoekService zoeken() {
        return zoeken;
    }

    public UitkomstService uitkomsten() {
        return uitkomsten;
    }

    public RapportService rapporten() {
        return rapporten;
    }

    public RapportOpslag rapportOpslag() {
        return rapportOpslag;
    }

    public PrivacyWoordenService privacyWoorden() {
        return privacyWoorden;
    }

    public BewaartermijnService bewaartermijnen() {
        return bewaartermijnen;
    }

    public AuditService audit() {
        return audit;
    }

    /** Export, import and inzage of archives. */
    public UitwisselingService uitwisseling() {
        return uitwisseling;
    }

    public PraktijkcijfersService praktijkcijfers() {
        return praktijkcijfers;
    }

    public GroepsprogrammaService groepsprogrammas() {
        return groepsprogrammas;
    }

    public DemoService demo() {
        return demo;
    }

    /** The practice's keys while the app is unlocked (empty in a locked app and in most commands). */
    public Kluissessie sessie() {
        return sessie;
    }

    public Beveiligingsinstellingen beveiliging() {
        return beveiliging;
    }

    public BackupService backupService() {
        return backupService;
    }

    public AutoBackup autoBackup() {
        return autoBackup;
    }

    @Override
    public void close() {
        sessie.vergrendel();
        database.close();
    }
}
