package nl.spoorzoeker.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import nl.spoorzoeker.logboek.DemoContacten;
import nl.spoorzoeker.dossier.DemoVangnet;
import nl.spoorzoeker.groep.DemoGroepsprogramma;
import nl.spoorzoeker.arbeidsmarkt.DemoArbeidsmarkt;
import nl.spoorzoeker.fase.DemoFasen;
import nl.spoorzoeker.uitkomst.DemoUitkomst;

/**
 * What the demo practice shows beyond the eight employer-paid dossiers (issue 18): a vangnet
 * dossier with UWV as opdrachtgever, the outcome of the closed traject, and a group programme with
 * meetings held. Called once by the demo loader, inside its transaction, after the eight dossiers.
 * It sits above the feature packages (dossier, uitkomst, groep) so that none of them has to know
 * the others; the loader calling it from {@code dossier} is the one back edge, gone when the loader
 * moves to the application level.
 */
public final class DemoAanvulling {

    private DemoAanvulling() {
    }

    /**
     * @param actief the active demo trajecten, in the loader's order
     * @return how many dossiers it added (the vangnet dossier)
     */
    public static int voegToe(DSLContext ctx, List<Integer> actief, LocalDate today, Instant now) {
        int vangnet = DemoVangnet.voegToe(ctx, today, now);
        LocalDate start = DemoVangnet.start(today);
        // A well-kept record like the others': phases, contacts, the job search.
        DemoFasen.voegToe(ctx, vangnet, start, today, 8, 32 * 60, null, true, now);
        DemoContacten.voegToe(ctx, vangnet, start, today, 8, now);
        DemoArbeidsmarkt.voegToe(ctx, vangnet, start, today, 8, true, now);
        DemoUitkomst.voegToe(ctx, today, now);
        List<Integer> groep = new ArrayList<>(actief.subList(0, Math.min(4, actief.size())));
        groep.add(vangnet);
        DemoGroepsprogramma.voegToe(ctx, groep, today, now);
        return 1;
    }
}
