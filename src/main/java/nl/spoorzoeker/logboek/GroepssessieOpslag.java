package nl.spoorzoeker.logboek;

import java.time.Instant;
import java.util.NoSuchElementException;
import org.jooq.DSLContext;

/**
 * Writing a group session inside another feature's transaction (a programme meeting that is
 * recorded as held becomes a group session): the same checks and the same rows as
 * {@link ContactService#logGroepssessie}, so every participant's log, hours and the report's privacy
 * gate for other participants' names treat it as any group session.
 */
public final class GroepssessieOpslag {

    private GroepssessieOpslag() {
    }

    /** Records the session, or changes it when {@code sessie.id()} is set; returns its id. */
    public static int bewaar(DSLContext ctx, Groepssessie sessie, Instant now) {
        ContactService.controleer(sessie);
        GroepssessieRepository repo = new GroepssessieRepository(ctx);
        if (sessie.id() == null) {
            return repo.insert(sessie, now);
        }
        if (!repo.update(sessie, now)) {
            throw new NoSuchElementException("groepssessie " + sessie.id());
        }
        return sessie.id();
    }

    /** A group session with its participants, read inside the caller's transaction. */
    public static java.util.Optional<Groepssessie> lees(DSLContext ctx, int id) {
        return new GroepssessieRepository(ctx).find(id);
    }
}
