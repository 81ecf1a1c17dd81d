package nl.spoorzoeker.app.werkplek;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.spoorzoeker.logboek.DemoContacten;
import nl.spoorzoeker.agenda.DemoAfspraken;
import nl.spoorzoeker.demo.DemoAanvulling;
import nl.spoorzoeker.dossier.DemoDossiers;
import nl.spoorzoeker.arbeidsmarkt.DemoArbeidsmarkt;
import nl.spoorzoeker.fase.DemoFasen;
import nl.spoorzoeker.store.Database;
import org.jooq.DSLContext;

/**
 * The whole demo practice: the dossiers from {@link DemoDossiers}, each filled by the features that
 * have demo records of their own. Composed here, above the features, because the dossier package
 * must not depend on the features built on it (ADR 0007: it did, and that made a package cycle).
 */
public final class Demoset {

    /** What the features add to each demo dossier: phases, contacts, the job market, appointments. */
    static final DemoDossiers.Aanvulling FEATURES = new DemoDossiers.Aanvulling() {
        @Override
        public void dossier(DSLContext ctx, Demodossier d) {
            LocalDate wepStart = DemoArbeidsmarkt.werkervaringStart(d.startdatum(), d.today(), d.index(), d.actief());
            DemoFasen.voegToe(ctx, d.id(), d.startdatum(), d.today(), d.index(), d.contractMinuten(), wepStart,
                    d.actief(), d.now());
            DemoContacten.voegToe(ctx, d.id(), d.startdatum(), d.today(), d.index(), d.now());
            DemoArbeidsmarkt.voegToe(ctx, d.id(), d.startdatum(), d.today(), d.index(), d.actief(), d.now());
            if (d.actief()) {
                DemoAfspraken.voegToe(ctx, d.id(), d.today(), d.index(), d.now());
            }
        }

        @Override
        public int daarna(DSLContext ctx, List<Integer> actief, LocalDate today, Instant now) {
            DemoContacten.groepssessie(ctx, actief, today, now);
            // A vangnet dossier, the closed traject's outcome and a group programme (issue 18).
            return DemoAanvulling.voegToe(ctx, actief, today, now);
        }
    };

    private Demoset() {
    }

    /**
     * Loads the demo practice into an empty one, in one transaction. The window and the command line
     * go through {@link DemoTaak}; tests that need a filled practice call this.
     *
     * @throws IllegalStateException when the practice already holds dossiers or employers
     */
    public static int load(Database db, Clock clock) {
        return DemoDossiers.load(db, clock, FEATURES);
    }
}
