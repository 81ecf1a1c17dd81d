package nl.spoorzoeker.rapportage;

import static nl.spoorzoeker.store.schema.Tables.RAPPORT;
import static nl.spoorzoeker.store.schema.Tables.RAPPORT_ERKENNING;
import static nl.spoorzoeker.store.schema.Tables.RAPPORT_KNELPUNT;
import static nl.spoorzoeker.store.schema.Tables.RAPPORT_ONTVANGER;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import nl.spoorzoeker.store.schema.tables.records.RapportRecord;
import org.jooq.DSLContext;

/** SQL for reports, their distribution, bottlenecks and acknowledged warnings. */
final class RapportRepository {

    private final DSLContext ctx;

    RapportRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    int insert(int trajectId, RapportSoort soort, java.time.LocalDate van, java.time.LocalDate tot, int versie,
               Integer vervangt, Instant now) {
        RapportRecord r = ctx.newRecord(RAPPORT);
        r.setTrajectId(trajectId);
        r.setSoort(soort.name());
        r.setVanDatum(van);
        r.setTotDatum(tot);
        r.setVersie(versie);
        r.setVervangtId(vervangt);
        r.setStatus(Rapport.Status.CONCEPT.name());
        r.setTeksten("");
        r.setAangemaaktOp(now);
        r.setGewijzigdOp(now);
        r.store();
        return r.getId();
    }

    Optional<Rapport> find(int id) {
        return Optional.ofNullable(ctx.fetchOne(RAPPORT, RAPPORT.ID.eq(id))).map(RapportRepository::rapport);
    }

    List<Rapport> vanDossier(int trajectId) {
        return ctx.selectFrom(RAPPORT).where(RAPPORT.TRAJECT_ID.eq(trajectId))
                .orderBy(RAPPORT.TOT_DATUM.desc(), RAPPORT.VERSIE.desc()).fetch(RapportRepository::rapport);
    }

    private static Rapport rapport(RapportRecord r) {
        return new Rapport(r.getId(), r.getTrajectId(), RapportSoort.valueOf(r.getSoort()), r.getVanDatum(),
                r.getTotDatum(), r.getVersie(), r.getVervangtId(), Rapport.Status.valueOf(r.getStatus()), r.getSha256(),
                r.getDefinitiefOp());
    }

    Rapportinvoer invoer(int id) {
        RapportRecord r = ctx.fetchOne(RAPPORT, RAPPORT.ID.eq(id));
        RapportModel.Akkoord akkoord = r.getVisie() == null && r.getAkkoordSoort() == null && r.getHandtekening() == null
                ? null : new RapportModel.Akkoord(r.getVisie(), r.getAkkoordSoort() == null ? null
                : RapportModel.AkkoordSoort.valueOf(r.getAkkoordSoort()), r.getAkkoordDatum(), r.getAkkoordReden(),
                r.getHandtekening());
        List<RapportModel.Ontvanger> ontvangers = verzendingen(id).stream()
                .map(v -> new RapportModel.Ontvanger(v.soort(), v.naam(), v.datum())).toList();
        List<RapportModel.Knelpunt> knelpunten = ctx.selectFrom(RAPPORT_KNELPUNT).where(RAPPORT_KNELPUNT.RAPPORT_ID.eq(id))
                .orderBy(RAPPORT_KNELPUNT.ID).fetch(k -> new RapportModel.Knelpunt(k.getOmschrijving(),
                        Boolean.TRUE.equals(k.getIsVerschilVanInzicht()), k.getDeskundigenoordeelDatum()));
        return new Rapportinvoer(leesTeksten(r.getTeksten()), r.getStatusSpoor1(), akkoord, ontvangers, knelpunten,
                r.getUitzonderingLateStart(), r.getUitzonderingDocument());
    }

    /** Stores what the coach wrote; the trigger refuses it for a final report. */
    void bewaar(int id, Rapportinvoer invoer, Instant now) {
        RapportModel.Akkoord a = invoer.akkoord();
        ctx.update(RAPPORT).set(RAPPORT.TEKSTEN, schrijfTeksten(invoer.teksten()))
                .set(RAPPORT.STATUS_SPOOR1, invoer.statusSpoor1())
                .set(RAPPORT.VISIE, a == null ? null : a.visie())
                .set(RAPPORT.AKKOORD_SOORT, a == null || a.soort() == null ? null : a.soort().name())
                .set(RAPPORT.AKKOORD_DATUM, a == null ? null : a.datum())
                .set(RAPPORT.AKKOORD_REDEN, a == null ? null : a.reden())
                .set(RAPPORT.UITZONDERING_LATE_START, invoer.uitzonderingLateStart())
                .set(RAPPORT.UITZONDERING_DOCUMENT, invoer.uitzonderingDocument())
                .set(RAPPORT.GEWIJZIGD_OP, now)
                .where(RAPPORT.ID.eq(id)).execute();
        ctx.deleteFrom(RAPPORT_KNELPUNT).where(RAPPORT_KNELPUNT.RAPPORT_ID.eq(id)).execute();
        for (RapportModel.Knelpunt k : invoer.knelpunten()) {
            ctx.insertInto(RAPPORT_KNELPUNT, RAPPORT_KNELPUNT.RAPPORT_ID, RAPPORT_KNELPUNT.OMSCHRIJVING,
                    RAPPORT_KNELPUNT.IS_VERSCHIL_VAN_INZICHT, RAPPORT_KNELPUNT.DESKUNDIGENOORDEEL_DATUM)
                    .values(id, k.omschrijving(), k.verschilVanInzicht(), k.deskundigenoordeelOverwogen()).execute();
        }
    }

    /** The signature drawn on the laptop (PNG), or null to remove it; refused for a final report by the trigger. */
    void zetHandtekening(int id, byte[] png, Instant now) {
        ctx.update(RAPPORT).set(RAPPORT.HANDTEKENING, png).set(RAPPORT.GEWIJZIGD_OP, now).where(RAPPORT.ID.eq(id)).execute();
    }

    void maakDefinitief(int id, byte[] pdf, String sha256, Instant now) {
        ctx.update(RAPPORT).set(RAPPORT.STATUS, Rapport.Status.DEFINITIEF.name()).set(RAPPORT.PDF, pdf)
                .set(RAPPORT.SHA256, sha256).set(RAPPORT.DEFINITIEF_OP, now).set(RAPPORT.GEWIJZIGD_OP, now)
                .where(RAPPORT.ID.eq(id).and(RAPPORT.STATUS.eq(Rapport.Status.CONCEPT.name()))).execute();
    }

    Optional<byte[]> pdf(int id) {
        return ctx.select(RAPPORT.PDF).from(RAPPORT).where(RAPPORT.ID.eq(id)).fetchOptional(r -> r.value1());
    }

    void erken(int id, Bevinding b, String reden) {
        ctx.insertInto(RAPPORT_ERKENNING, RAPPORT_ERKENNING.RAPPORT_ID, RAPPORT_ERKENNING.CONTROLE,
                        RAPPORT_ERKENNING.BERICHT, RAPPORT_ERKENNING.REDEN)
                .values(id, b.controle(), sleutel(b), reden)
                .onConflict(RAPPORT_ERKENNING.RAPPORT_ID, RAPPORT_ERKENNING.CONTROLE, RAPPORT_ERKENNING.BERICHT)
                .doUpdate().set(RAPPORT_ERKENNING.REDEN, reden).execute();
    }

    /** Acknowledged warnings: controle + message (with its arguments) → reason. */
    Map<String, String> erkenningen(int id) {
        Map<String, String> result = new java.util.HashMap<>();
        ctx.selectFrom(RAPPORT_ERKENNING).where(RAPPORT_ERKENNING.RAPPORT_ID.eq(id))
                .forEach(r -> result.put(r.getControle() + "|" + r.getBericht(), r.getReden()));
        return result;
    }

    /** One warning, identified by its criterion, message and arguments: a changed figure is a new warning. */
    static String sleutel(Bevinding b) {
        return b.berichtKey() + b.args();
    }

    /**
     * The passage of a stored confirmation of a doubt (C18T), from its {@link #sleutel}: the message key and the
     * passage as its one argument ("uwv.c18.twijfel[Hij gaat weer fietsen.]"); empty for any other message.
     */
    static java.util.Optional<String> passage(String bericht) {
        String begin = RapportOpslag.TWIJFEL_BERICHT + "[";
        return bericht.startsWith(begin) && bericht.endsWith("]")
                ? java.util.Optional.of(bericht.substring(begin.length(), bericht.length() - 1))
                : java.util.Optional.empty();
    }

    void verzend(int id, Rapport.Verzending v) {
        ctx.insertInto(RAPPORT_ONTVANGER, RAPPORT_ONTVANGER.RAPPORT_ID, RAPPORT_ONTVANGER.SOORT, RAPPORT_ONTVANGER.NAAM,
                RAPPORT_ONTVANGER.DATUM, RAPPORT_ONTVANGER.KANAAL)
                .values(id, v.soort().name(), v.naam(), v.datum(), v.kanaal().name()).execute();
    }

    List<Rapport.Verzending> verzendingen(int id) {
        return ctx.selectFrom(RAPPORT_ONTVANGER).where(RAPPORT_ONTVANGER.RAPPORT_ID.eq(id)).orderBy(RAPPORT_ONTVANGER.ID)
                .fetch(r -> new Rapport.Verzending(RapportModel.OntvangerSoort.valueOf(r.getSoort()), r.getNaam(),
                        r.getDatum(), Rapport.Kanaal.valueOf(r.getKanaal())));
    }

    static String schrijfTeksten(Map<Sectie, String> teksten) {
        Properties p = new Properties();
        teksten.forEach((s, t) -> {
            if (t != null) {
                p.setProperty(s.name(), t);
            }
        });
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Map<Sectie, String> leesTeksten(String tekst) {
        Map<Sectie, String> teksten = new EnumMap<>(Sectie.class);
        if (tekst == null || tekst.isEmpty()) {
            return teksten;
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(tekst));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Sectie s : Sectie.values()) {
            String t = p.getProperty(s.name());
            if (t != null) {
                teksten.put(s, t);
            }
        }
        return teksten;
    }
}
