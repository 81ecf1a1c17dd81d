package nl.spoorzoeker.uitwisseling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import nl.spoorzoeker.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No table is silently left out of an archive: every table of the migrated schema is exported
 * (found through its foreign keys or named as a practice table) or excluded with a reason.
 */
class TabelschemaTest {

    @TempDir
    Path dir;

    @Test
    void elkeTabelIsGeexporteerdOfMetRedenUitgesloten() throws Exception {
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            // Throws, naming the table, when one fits no part.
            Tabelschema schema = db.read(ctx -> new UitwisselingRepository(ctx).schema());
            Map<String, String> indeling = new TreeMap<>();
            schema.alle().forEach(t -> indeling.put(t.naam(), t.rol().name()));
            System.out.println("Archive parts of the tables: " + indeling);
            for (String t : Tabelschema.PRAKTIJKTABELLEN.keySet()) {
                assertEquals("PRAKTIJK", indeling.get(t), t + " is listed as a practice table but is not one (or is gone)");
            }
            for (String t : Tabelschema.UITGESLOTEN.keySet()) {
                assertEquals("UITGESLOTEN", indeling.get(t), t + " is listed as excluded but is not there");
            }
            assertEquals("DOSSIER", indeling.get("contactmoment"));
            assertEquals("DOSSIER", indeling.get("zoekrichting"), "two steps down from the traject");
            assertEquals("DOSSIER", indeling.get("sollicitatie_bewijs"));
            assertEquals("GEDEELD", indeling.get("werknemer"));
            assertEquals("GEDEELD", indeling.get("werkgever"));
            assertEquals("GEDEELD", indeling.get("groepssessie"));
            assertEquals("GEDEELD", indeling.get("stap"));
            assertTrue(schema.voor(Reikwijdte.DOSSIER).stream().noneMatch(t -> t.naam().equals("audit")));
            // Parents come before the rows that name them.
            var volgorde = schema.alle().stream().map(Tabelschema.Tabel::naam).toList();
            assertTrue(volgorde.indexOf("werknemer") < volgorde.indexOf("traject"));
            assertTrue(volgorde.indexOf("zoekprofiel") < volgorde.indexOf("zoekrichting"));
        }
    }

    @Test
    void eenNieuweTabelZonderIndelingWordtGeweigerdEenNieuweDossiertabelGaatVanzelfMee() throws Exception {
        try (Database db = Database.open(dir.resolve("spoorzoeker.db"))) {
            db.write(cfg -> cfg.dsl().execute("CREATE TABLE notitieblok (id INTEGER PRIMARY KEY, tekst TEXT) STRICT"));
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> db.read(ctx -> new UitwisselingRepository(ctx).schema()));
            assertTrue(e.getMessage().contains("notitieblok"), e.getMessage());
            db.write(cfg -> cfg.dsl().execute("DROP TABLE notitieblok"));
            db.write(cfg -> cfg.dsl().execute("CREATE TABLE bijlage (id INTEGER PRIMARY KEY, traject_id INTEGER NOT NULL "
                    + "REFERENCES traject (id) ON DELETE CASCADE, inhoud BLOB) STRICT"));
            Tabelschema schema = db.read(ctx -> new UitwisselingRepository(ctx).schema());
            assertEquals(Tabelschema.Rol.DOSSIER, schema.tabel("bijlage").orElseThrow().rol(),
                    "a table deleted with the traject is part of the dossier without anyone listing it");
        }
    }
}
