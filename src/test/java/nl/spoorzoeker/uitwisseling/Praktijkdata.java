package nl.spoorzoeker.uitwisseling;

import static nl.spoorzoeker.store.schema.Tables.RAPPORT;
import static nl.spoorzoeker.store.schema.Tables.RAPPORT_ONTVANGER;
import static nl.spoorzoeker.testsupport.TestDossiers.CLOCK;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spoorzoeker.app.werkplek.Demoset;
import nl.spoorzoeker.crypto.KdfParameters;
import nl.spoorzoeker.crypto.Sleutelring;
import nl.spoorzoeker.dossier.DossierService;
import nl.spoorzoeker.arbeidsmarkt.ArbeidsmarktService;
import nl.spoorzoeker.praktijk.Praktijk;
import nl.spoorzoeker.praktijk.PraktijkService;
import nl.spoorzoeker.store.Database;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import nl.spoorzoeker.audit.AuditService;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.dossier.Adres;
import nl.spoorzoeker.dossier.TijdlijnService;
import nl.spoorzoeker.klad.KladService;
import nl.spoorzoeker.rapportage.PrivacyWoordenService;
import nl.spoorzoeker.tijdlijn.KlokInstellingen;

/**
 * A practice with something in every table the archive carries: the demo dossiers, the practice's
 * logo and signature, a proof file, a final report (PDF bytes and SHA-256) with a corrected
 * version naming it, a distribution, a draft, a setting, a privacy word and audit entries.
 */
final class Praktijkdata {

    static final Sleutelring.Nieuw SLEUTELS = Sleutelring.maak("correct paard batterij".toCharArray(),
            new KdfParameters(1024, 1, 1));

    record Gevuld(int dossier, String dossierNaam, byte[] rapportPdf) {
    }

    private Praktijkdata() {
    }

    static Gevuld vul(Database db, Path werkmap) throws IOException {
        Demoset.load(db, CLOCK);
        DossierService dossiers = new DossierService(db, CLOCK);
        ArbeidsmarktService markt = new ArbeidsmarktService(db, CLOCK);
        // The dossier with the most in it: contacts, sollicitaties, a group session.
        var regel = dossiers.list().stream().filter(r -> !markt.overzicht(r.trajectId()).sollicitaties().isEmpty())
                .findFirst().orElseThrow();
        int dossier = regel.trajectId();
        PraktijkService praktijk = new PraktijkService(db, CLOCK);
        praktijk.save(new Praktijk("Anke de Coach", "Spoorzoeker Coaching", "12345678",
                new Adres("Oudegracht 1", "3511 AA", "Utrecht"), "030-1234567",
                "anke@example.nl", png(120, 40), "image/png"));
        praktijk.zetHandtekening(png(300, 100));
        int sollicitatie = markt.overzicht(dossier).sollicitaties().getFirst().id();
        Path bewijs = werkmap.resolve("brief.pdf");
        Files.write(bewijs, pdf());
        markt.voegBewijsToe(sollicitatie, bewijs);
        byte[] rapportPdf = pdf();
        db.write(cfg -> {
            var r = cfg.dsl().insertInto(RAPPORT)
                    .set(RAPPORT.TRAJECT_ID, dossier).set(RAPPORT.SOORT, "VOORTGANG")
                    .set(RAPPORT.VAN_DATUM, LocalDate.of(2026, 9, 1)).set(RAPPORT.TOT_DATUM, LocalDate.of(2026, 10, 12))
                    .set(RAPPORT.STATUS, "DEFINITIEF").set(RAPPORT.PDF, rapportPdf)
                    .set(RAPPORT.SHA256, UitwisselingSchrijver.sha256(rapportPdf)).set(RAPPORT.DEFINITIEF_OP, CLOCK.instant())
                    .set(RAPPORT.HANDTEKENING, png(200, 60))
                    .set(RAPPORT.AANGEMAAKT_OP, CLOCK.instant()).set(RAPPORT.GEWIJZIGD_OP, CLOCK.instant())
                    .returning(RAPPORT.ID).fetchOne();
            cfg.dsl().insertInto(RAPPORT)
                    .set(RAPPORT.TRAJECT_ID, dossier).set(RAPPORT.SOORT, "VOORTGANG")
                    .set(RAPPORT.VAN_DATUM, LocalDate.of(2026, 9, 1)).set(RAPPORT.TOT_DATUM, LocalDate.of(2026, 10, 12))
                    .set(RAPPORT.VERSIE, 2).set(RAPPORT.VERVANGT_ID, r.getId())
                    .set(RAPPORT.AANGEMAAKT_OP, CLOCK.instant()).set(RAPPORT.GEWIJZIGD_OP, CLOCK.instant()).execute();
            cfg.dsl().insertInto(RAPPORT_ONTVANGER).set(RAPPORT_ONTVANGER.RAPPORT_ID, r.getId())
                    .set(RAPPORT_ONTVANGER.SOORT, "WERKNEMER").set(RAPPORT_ONTVANGER.NAAM, regel.naam())
                    .set(RAPPORT_ONTVANGER.DATUM, LocalDate.of(2026, 10, 14)).set(RAPPORT_ONTVANGER.KANAAL, "PERSOONLIJK")
                    .execute();
            return null;
        });
        new KladService(db, CLOCK).bewaar("contact-" + dossier,
                Map.of("samenvatting", "Half getypt, nog niet bewaard"));
        new TijdlijnService(db, CLOCK, KlokInstellingen.STANDAARD)
                .bewaarGatDrempels(new TijdlijnService.GatDrempels(12, 20));
        new PrivacyWoordenService(db, CLOCK).voegToe("bijzonder verlof",
                PrivacyWoordenService.Soort.TOEGESTAAN, null);
        new AuditService(db, CLOCK).log(Handeling.EXPORT, dossier, "test-export");
        return new Gevuld(dossier, regel.naam(), rapportPdf);
    }

    static byte[] png(int breedte, int hoogte) {
        java.awt.image.BufferedImage beeld = new java.awt.image.BufferedImage(breedte, hoogte,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = beeld.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, breedte, hoogte);
        g.setColor(java.awt.Color.BLUE);
        g.drawLine(3, hoogte - 5, breedte - 3, 5);
        g.dispose();
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(beeld, "png", uit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    static byte[] pdf() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            doc.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of every exported table, in key order, BLOBs as bytes: two practices hold the same data when equal. */
    static Map<String, List<List<Object>>> inhoud(Database db, boolean metLogboek) {
        return db.read(ctx -> {
            UitwisselingRepository repo = new UitwisselingRepository(ctx);
            Map<String, List<List<Object>>> uit = new LinkedHashMap<>();
            for (Tabelschema.Tabel t : repo.schema().voor(Reikwijdte.PRAKTIJK)) {
                if (!metLogboek && t.naam().equals(Tabelschema.LOGBOEK)) {
                    continue;
                }
                List<List<Object>> rijen = new ArrayList<>();
                try {
                    repo.alleRijen(t, r -> rijen.add(Arrays.stream(r)
                            .map(w -> w instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : w).toList()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                uit.put(t.naam(), rijen);
            }
            return uit;
        });
    }

    /** A digest of everything in a practice, audit log included: "nothing written" means this did not change. */
    static String vingerafdruk(Database db) {
        return UitwisselingSchrijver.sha256(inhoud(db, true).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Map<String, Integer> aantallen(Database db) {
        Map<String, Integer> uit = new LinkedHashMap<>();
        inhoud(db, true).forEach((t, r) -> uit.put(t, r.size()));
        return uit;
    }
}
