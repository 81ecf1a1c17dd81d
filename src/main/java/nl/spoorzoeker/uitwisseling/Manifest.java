package nl.spoorzoeker.uitwisseling;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The table of contents of an archive ({@code manifest.json}, docs/archief-formaat.md): what made
 * it, what it holds, and the size and SHA-256 of every other entry. Read strictly: an unknown or
 * missing field, a wrong type or an impossible value is a refusal naming the field.
 */
record Manifest(int formaatversie, String appversie, int schemaversie, Instant gemaaktOp, Reikwijdte reikwijdte,
                List<Long> trajecten, List<TabelInhoud> tabellen, Map<String, Long> sequenties,
                List<Bestand> bestanden) {

    static final String FORMAAT = "spoorzoeker-archief";
    static final int VERSIE = 1;
    static final String NAAM = "manifest.json";
    static final String TABELLEN = "tabellen/";
    static final String BIJLAGEN = "bijlagen/";
    static final int MAX_MANIFEST = 4 << 20;
    static final long MAX_TABEL = 2L << 30;
    static final long MAX_BIJLAGE = 256L << 20;
    static final int MAX_BESTANDEN = 1_000_000;

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern NAAM_PATROON = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    /** A table in the archive: its columns as declared (name → SQLite type) and its number of rows. */
    record TabelInhoud(String naam, long rijen, Map<String, String> kolommen) {
    }

    /** An entry of the ZIP other than the manifest. */
    record Bestand(String naam, long bytes, String sha256) {
    }

    /** Shared reader/writer settings: a forged file cannot nest deep or carry a string of any length. */
    static JsonFactory json() {
        JsonFactory f = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxNumberLength(40)
                        .maxStringLength(64 << 20).maxNameLength(200).build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(8).build())
                .build();
        f.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        f.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        f.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return f;
    }

    static String tabelBestand(String tabel) {
        return TABELLEN + tabel + ".json";
    }

    void schrijf(OutputStream uit) throws IOException {
        try (JsonGenerator g = json().createGenerator(uit)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("formaat", FORMAAT);
            g.writeNumberField("formaatversie", formaatversie);
            g.writeStringField("appversie", appversie);
            g.writeNumberField("schemaversie", schemaversie);
            g.writeStringField("gemaakt_op", gemaaktOp.toString());
            g.writeStringField("reikwijdte", reikwijdte.name());
            g.writeArrayFieldStart("trajecten");
            for (long t : trajecten) {
                g.writeNumber(t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tabellen");
            for (TabelInhoud t : tabellen) {
                g.writeStartObject();
                g.writeStringField("naam", t.naam());
                g.writeNumberField("rijen", t.rijen());
                g.writeObjectFieldStart("kolommen");
                for (var k : t.kolommen().entrySet()) {
                    g.writeStringField(k.getKey(), k.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("sequenties");
            for (var s : sequenties.entrySet()) {
                g.writeNumberField(s.getKey(), s.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("bestanden");
            for (Bestand b : bestanden) {
                g.writeStartObject();
                g.writeStringField("naam", b.naam());
                g.writeNumberField("bytes", b.bytes());
                g.writeStringField("sha256", b.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** Reads and checks a manifest; every problem is an {@link UitwisselingFout} naming what is wrong. */
    static Manifest lees(InputStream in) throws IOException {
        try (JsonParser p = json().createParser(in)) {
            verwacht(p.nextToken() == JsonToken.START_OBJECT, "{");
            Map<String, Object> velden = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String veld = p.currentName();
                p.nextToken();
                switch (veld) {
                    case "formaat", "appversie", "gemaakt_op", "reikwijdte" -> velden.put(veld, tekst(p, veld));
                    case "formaatversie", "schemaversie" -> velden.put(veld, getal(p, veld));
                    case "trajecten" -> velden.put(veld, getallen(p));
                    case "tabellen" -> velden.put(veld, tabellen(p));
                    case "sequenties" -> velden.put(veld, sequenties(p));
                    case "bestanden" -> velden.put(veld, bestanden(p));
                    default -> throw new UitwisselingFout("archief.fout.manifest", veld);
                }
            }
            verwacht(p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null, "}");
            for (String nodig : List.of("formaat", "formaatversie", "appversie", "schemaversie", "gemaakt_op",
                    "reikwijdte", "trajecten", "tabellen", "sequenties", "bestanden")) {
                if (!velden.containsKey(nodig)) {
                    throw new UitwisselingFout("archief.fout.manifest", nodig);
                }
            }
            if (!FORMAAT.equals(velden.get("formaat"))) {
                throw new UitwisselingFout("archief.fout.geenArchief", NAAM);
            }
            long versie = (Long) velden.get("formaatversie");
            if (versie != VERSIE) {
                throw new UitwisselingFout("archief.fout.formaatversie", versie, VERSIE);
            }
            long schema = (Long) velden.get("schemaversie");
            if (schema < 1 || schema > Integer.MAX_VALUE) {
                throw new UitwisselingFout("archief.fout.manifest", "schemaversie");
            }
            Instant gemaakt;
            try {
                gemaakt = Instant.parse((String) velden.get("gemaakt_op"));
            } catch (DateTimeParseException e) {
                throw new UitwisselingFout("archief.fout.manifest", "gemaakt_op");
            }
            Reikwijdte reikwijdte;
            try {
                reikwijdte = Reikwijdte.valueOf((String) velden.get("reikwijdte"));
            } catch (IllegalArgumentException e) {
                throw new UitwisselingFout("archief.fout.manifest", "reikwijdte");
            }
            @SuppressWarnings("unchecked")
            Manifest m = new Manifest((int) versie, (String) velden.get("appversie"), (int) schema, gemaakt, reikwijdte,
                    (List<Long>) velden.get("trajecten"), (List<TabelInhoud>) velden.get("tabellen"),
                    (Map<String, Long>) velden.get("sequenties"), (List<Bestand>) velden.get("bestanden"));
            return m;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new UitwisselingFout("archief.fout.json", NAAM, e.getLocation() == null ? 0 : e.getLocation().getLineNr());
        }
    }

    private static List<Long> getallen(JsonParser p) throws IOException {
        verwacht(p.currentToken() == JsonToken.START_ARRAY, "trajecten");
        List<Long> uit = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            uit.add(getal(p, "trajecten"));
            verwacht(uit.size() <= MAX_BESTANDEN, "trajecten");
        }
        return List.copyOf(uit);
    }

    private static List<TabelInhoud> tabellen(JsonParser p) throws IOException {
        verwacht(p.currentToken() == JsonToken.START_ARRAY, "tabellen");
        List<TabelInhoud> uit = new ArrayList<>();
        java.util.Set<String> gezien = new java.util.HashSet<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            verwacht(p.currentToken() == JsonToken.START_OBJECT && uit.size() < 1000, "tabellen");
            String naam = null;
            Long rijen = null;
            Map<String, String> kolommen = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String veld = p.currentName();
                p.nextToken();
                switch (veld) {
                    case "naam" -> naam = naam(tekst(p, "tabellen/naam"), "tabellen/naam");
                    case "rijen" -> rijen = getal(p, "tabellen/rijen");
                    case "kolommen" -> {
                        verwacht(p.currentToken() == JsonToken.START_OBJECT, "tabellen/kolommen");
                        kolommen = new LinkedHashMap<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String kolom = naam(p.currentName(), "tabellen/kolommen");
                            p.nextToken();
                            kolommen.put(kolom, tekst(p, "tabellen/kolommen"));
                            verwacht(kolommen.size() <= 500, "tabellen/kolommen");
                        }
                    }
                    default -> throw new UitwisselingFout("archief.fout.manifest", "tabellen/" + veld);
                }
            }
            verwacht(naam != null && rijen != null && kolommen != null && gezien.add(naam), "tabellen");
            uit.add(new TabelInhoud(naam, rijen, java.util.Collections.unmodifiableMap(kolommen)));
        }
        return List.copyOf(uit);
    }

    private static Map<String, Long> sequenties(JsonParser p) throws IOException {
        verwacht(p.currentToken() == JsonToken.START_OBJECT, "sequenties");
        Map<String, Long> uit = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String naam = naam(p.currentName(), "sequenties");
            p.nextToken();
            uit.put(naam, getal(p, "sequenties"));
            verwacht(uit.size() <= 1000, "sequenties");
        }
        return java.util.Collections.unmodifiableMap(uit);
    }

    private static List<Bestand> bestanden(JsonParser p) throws IOException {
        verwacht(p.currentToken() == JsonToken.START_ARRAY, "bestanden");
        List<Bestand> uit = new ArrayList<>();
        java.util.Set<String> gezien = new java.util.HashSet<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            verwacht(p.currentToken() == JsonToken.START_OBJECT && uit.size() < MAX_BESTANDEN, "bestanden");
            String naam = null;
            Long bytes = null;
            String sha = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String veld = p.currentName();
                p.nextToken();
                switch (veld) {
                    case "naam" -> naam = tekst(p, "bestanden/naam");
                    case "bytes" -> bytes = getal(p, "bestanden/bytes");
                    case "sha256" -> sha = tekst(p, "bestanden/sha256");
                    default -> throw new UitwisselingFout("archief.fout.manifest", "bestanden/" + veld);
                }
            }
            verwacht(naam != null && bytes != null && sha != null && HEX.matcher(sha).matches() && bytes >= 0
                    && naam.length() <= 300 && !naam.equals(NAAM) && gezien.add(naam), "bestanden");
            uit.add(new Bestand(naam, bytes, sha));
        }
        return List.copyOf(uit);
    }

    private static String tekst(JsonParser p, String veld) throws IOException {
        verwacht(p.currentToken() == JsonToken.VALUE_STRING, veld);
        return p.getText();
    }

    private static long getal(JsonParser p, String veld) throws IOException {
        verwacht(p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER,
                veld);
        return p.getLongValue();
    }

    private static String naam(String naam, String veld) {
        verwacht(NAAM_PATROON.matcher(naam).matches(), veld);
        return naam;
    }

    private static void verwacht(boolean goed, String veld) {
        if (!goed) {
            throw new UitwisselingFout("archief.fout.manifest", veld);
        }
    }
}
