package nl.spoorzoeker.taak;

import nl.spoorzoeker.input.MessageKeyed;

/** The coach cancelled a long operation at a point where nothing had changed yet. */
public final class Geannuleerd extends Exception implements MessageKeyed {

    public Geannuleerd() {
        super("cancelled before anything changed");
    }

    @Override
    public String messageKey() {
        return "taak.geannuleerd";
    }
}
