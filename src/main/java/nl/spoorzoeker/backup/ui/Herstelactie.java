package nl.spoorzoeker.backup.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Puts a backup back while the window is open ({@code HerstelTaak}): the window closes and reopens
 * the practice around it and shows its progress; a refusal before anything closed (a wrong or
 * damaged file) goes back to {@code geweigerd}.
 */
@FunctionalInterface
public interface Herstelactie {

    void herstel(Path backup, Consumer<Throwable> geweigerd);
}
