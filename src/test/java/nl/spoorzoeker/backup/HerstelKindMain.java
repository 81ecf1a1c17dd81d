package nl.spoorzoeker.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * The child of the restore crash test: restores one backup into a data folder and prints "KLAAR".
 * Started with {@code -Dspoorzoeker.breekpunt=NAME} it stops dead at that point of the restore.
 */
public final class HerstelKindMain {

    private HerstelKindMain() {
    }

    public static void main(String[] args) throws Exception {
        Path backup = Path.of(args[0]);
        Path database = Path.of(args[1]);
        byte[] sleutelbestand = Files.readAllBytes(Path.of(args[2]));
        byte[] dataSleutel = Arrays.copyOfRange(sleutelbestand, sleutelbestand.length - 32, sleutelbestand.length);
        new HerstelService(Clock.systemUTC()).herstel(backup, ring -> dataSleutel.clone(), database);
        System.out.println("KLAAR");
        System.out.flush();
    }
}
