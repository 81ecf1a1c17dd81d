package nl.spoorzoeker.backup.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Puts a backup back while the window is open: the window closes and reopens the practice around it. */
@FunctionalInterface
public interface Herstelactie {

    void herstel(Path backup, Herstelvoortgang voortgang, Runnable klaar, Consumer<Throwable> mislukt);
}
