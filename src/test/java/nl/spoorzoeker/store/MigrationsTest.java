package nl.spoorzoeker.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    @Test
    void latestMatchesTheHighestMigrationFileAndVersionsHaveNoGaps() throws Exception {
        List<Integer> versions;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            versions = files.map(p -> p.getFileName().toString())
                    .map(name -> {
                        Matcher m = VERSIONED.matcher(name);
                        assertTrue(m.matches(), "migration file name " + name);
                        return Integer.parseInt(m.group(1));
                    })
                    .sorted()
                    .toList();
        }
        assertEquals(Migrations.LATEST, versions.getLast());
        for (int i = 0; i < versions.size(); i++) {
            assertEquals(i + 1, versions.get(i), "versions must run 1, 2, 3, …");
        }
    }
}
