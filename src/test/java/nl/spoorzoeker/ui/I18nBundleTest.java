package nl.spoorzoeker.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.spoorzoeker.app.Logging;
import nl.spoorzoeker.dossier.TrajectStatus;
import nl.spoorzoeker.dossier.Vervoer;
import nl.spoorzoeker.store.DatabaseOpenException;
import nl.spoorzoeker.tijdlijn.MijlpaalSoort;
import nl.spoorzoeker.tijdlijn.MijlpaalStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import nl.spoorzoeker.app.LogConfigurator;
import nl.spoorzoeker.arbeidsmarkt.Kanaal;
import nl.spoorzoeker.arbeidsmarkt.SollicitatieStatus;
import nl.spoorzoeker.arbeidsmarkt.Werkervaringsplek;
import nl.spoorzoeker.audit.Handeling;
import nl.spoorzoeker.backup.HerstelService;
import nl.spoorzoeker.bewaartermijn.Bewaarplicht;
import nl.spoorzoeker.bewaartermijn.Bewaarstaat;
import nl.spoorzoeker.dossier.Opdrachtgever;
import nl.spoorzoeker.fase.AdRapport;
import nl.spoorzoeker.fase.Belastbaarheid;
import nl.spoorzoeker.fase.DoelStatus;
import nl.spoorzoeker.fase.FaseSoort;
import nl.spoorzoeker.fase.StandaardStappen;
import nl.spoorzoeker.help.ui.PoortwachterVenster;
import nl.spoorzoeker.help.ui.Sneltoets;
import nl.spoorzoeker.help.ui.SneltoetsenVenster;
import nl.spoorzoeker.instrument.Holland;
import nl.spoorzoeker.instrument.Instrumentsoort;
import nl.spoorzoeker.instrument.Interessetest;
import nl.spoorzoeker.instrument.WaardenService;
import nl.spoorzoeker.logboek.ContactSoort;
import nl.spoorzoeker.logboek.Contactgat;
import nl.spoorzoeker.logboek.Groepssessie;
import nl.spoorzoeker.rapportage.Leesbaarheid;
import nl.spoorzoeker.rapportage.Rapport;
import nl.spoorzoeker.rapportage.RapportModel;
import nl.spoorzoeker.rapportage.RapportSoort;
import nl.spoorzoeker.rapportage.Rapportinhoud;
import nl.spoorzoeker.rapportage.Doorlezing;
import nl.spoorzoeker.rapportage.Sectie;
import nl.spoorzoeker.rapportage.privacy.Categorie;
import nl.spoorzoeker.slot.ui.Deur;
import nl.spoorzoeker.tijdlijn.GebeurtenisSoort;
import nl.spoorzoeker.tijdlijn.Regime;
import nl.spoorzoeker.uitkomst.Schaalmeting;
import nl.spoorzoeker.uitkomst.Suppressie;
import nl.spoorzoeker.uitkomst.Uitkomst;
import nl.spoorzoeker.zoeken.Bron;

/**
 * The two message bundles stay complete and consistent with the code.
 *
 * <p>The main sources are read with a small Java tokenizer (comments skipped, string literals
 * unescaped), so the checks see literals in their call position:
 * <ul>
 *   <li>every literal first argument of {@code I18n.t(..)} / {@code Cli.text(..)} is a key, including
 *       both branches of a ternary ({@code I18n.t(b ? "yes" : "no")});</li>
 *   <li>every other dotted literal ({@code "dossier.werknemer.naam"}) anywhere in main code is treated
 *       as a key too, so labelKey arguments of {@code field(..)}, {@code section(..)}, {@code check(..)},
 *       {@code DetailGrid.row(..)}, {@code Parsed.error(..)}, {@code Optional.of(..)}, {@code return "error.x"}
 *       and call forms added later are covered without listing them. Non-keys are recognised by
 *       their position (argument of {@code System.getProperty}, {@code getResource}, ...), by a file
 *       extension ({@code "spoorzoeker.css"}) or by the explicit {@link #NOT_KEYS} list;</li>
 *   <li>a literal prefix that is concatenated ({@code "status." + s.name()}) or handed over as an
 *       argument ({@code enumCombo(values, "vervoer.")}) is a dynamic key family: it must be
 *       registered in {@link #FAMILIES} with the enum that completes it.</li>
 * </ul>
 */
class I18nBundleTest {

    private static final String BUNDLE_DIR = "/nl/spoorzoeker/i18n/";
    private static final String DUTCH_FILE = "messages.properties";
    private static final String ENGLISH_FILE = "messages_en.properties";

    /** Dotted literals in main code that are not message keys and not recognised by position or extension. */
    private static final Set<String> NOT_KEYS = Set.of(
            I18n.BUNDLE,                    // the bundle's base name
            Logging.LOG_DIR_PROPERTY,       // system property name, kept in a constant
            LogConfigurator.FLYWAY_LOGGER, // logger names
            LogConfigurator.JOOQ_LOGGER,
            StandaardStappen.INTAKE_VERHAAL); // key of a shipped guided step

    /** Methods whose (first) literal argument is a system property, environment variable or resource name. */
    private static final Set<String> NON_KEY_METHODS = Set.of(
            "getProperty", "setProperty", "clearProperty", "getBoolean", "getInteger", "getLong", "getenv",
            "getResource", "getResourceAsStream", "getSystemResource", "getSystemResourceAsStream",
            "getBundle", "forName", "loadLibrary", "getLogger");

    private static final Set<String> FILE_EXTENSIONS = Set.of(
            "css", "bss", "db", "lock", "properties", "png", "jpg", "jpeg", "gif", "svg", "ico", "xml", "sql",
            "log", "json", "pdf", "txt", "ics", "szk", "szb", "fxml", "ttf", "otf", "html", "md", "jar", "bak", "tmp", "wal", "shm");

    /**
     * Dynamic key families: a literal prefix in code plus an enum constant. Each prefix found in the
     * main code must be listed here; all listed families are checked against both bundles.
     */
    private static final Map<String, List<String>> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("status.", names(TrajectStatus.values(), Enum::name));
        FAMILIES.put("vervoer.", names(Vervoer.values(), Enum::name));
        FAMILIES.put("db.open.", names(DatabaseOpenException.Reason.values(),
                r -> r.name().toLowerCase(Locale.ROOT)));
        FAMILIES.put("mijlpaal.", names(MijlpaalSoort.values(), Enum::name));
        FAMILIES.put("mijlpaal.kort.", names(MijlpaalSoort.values(), Enum::name));
        FAMILIES.put("fase.", names(FaseSoort.values(), Enum::name));
        FAMILIES.put("contactsoort.", names(ContactSoort.values(), Enum::name));
        FAMILIES.put("gat.", names(Contactgat.Soort.values(), Enum::name));
        FAMILIES.put("rapport.soort.", names(RapportSoort.values(), Enum::name));
        FAMILIES.put("rapport.sectie.", names(Sectie.values(), Enum::name));
        FAMILIES.put("doorlezen.veld.", Doorlezing.VELDEN);
        FAMILIES.put("rapport.akkoord.", names(RapportModel.AkkoordSoort.values(), Enum::name));
        FAMILIES.put("rapport.akkoordsoort.", names(RapportModel.AkkoordSoort.values(), Enum::name));
        FAMILIES.put("rapport.status.", names(Rapport.Status.values(), Enum::name));
        FAMILIES.put("rapport.termijnstatus.", names(RapportModel.TermijnStatus.values(), Enum::name));
        FAMILIES.put("rapport.document.", names(Rapportinhoud.Documentsoort.values(), Enum::name));
        FAMILIES.put("rapport.adrapport.conclusie.", names(AdRapport.ConclusieSpoor1.values(),
                Enum::name));
        FAMILIES.put("privacy.alternatief.", names(Categorie.values(), Enum::name));
        FAMILIES.put("privacy.categorie.", names(Categorie.values(), Enum::name));
        FAMILIES.put("schijf.", List.of("UIT", "ONBEKEND")); // AAN is never shown
        FAMILIES.put("herstel.fase.", names(HerstelService.Fase.values(), Enum::name));
        FAMILIES.put("rapport.ontvanger.", names(RapportModel.OntvangerSoort.values(), Enum::name));
        FAMILIES.put("rapport.kanaal.", names(Rapport.Kanaal.values(), Enum::name));
        FAMILIES.put("bron.", names(Bron.values(), Enum::name));
        FAMILIES.put("groepsoort.", names(Groepssessie.Soort.values(), Enum::name));
        FAMILIES.put("verdeling.", names(Groepssessie.Verdeling.values(), Enum::name));
        FAMILIES.put("sollicitatiestatus.", names(SollicitatieStatus.values(), Enum::name));
        FAMILIES.put("kanaal.", names(Kanaal.values(), Enum::name));
        FAMILIES.put("werkervaringsoort.", names(Werkervaringsplek.Soort.values(), Enum::name));
        FAMILIES.put("uitkomst.", names(Werkervaringsplek.Uitkomst.values(), Enum::name));
        FAMILIES.put("conclusie.", names(AdRapport.ConclusieSpoor1.values(), Enum::name));
        FAMILIES.put("doelstatus.", names(DoelStatus.values(), Enum::name));
        FAMILIES.put("afsluiting.soort.", names(Uitkomst.Soort.values(), Enum::name));
        FAMILIES.put("afsluiting.vorm.", names(Uitkomst.Contractvorm.values(), Enum::name));
        FAMILIES.put("afsluiting.route.", names(Uitkomst.Route.values(), Enum::name));
        FAMILIES.put("afsluiting.gestoptDoor.", names(Uitkomst.GestoptDoor.values(), Enum::name));
        FAMILIES.put("afsluiting.zacht.", names(Uitkomst.ZachtResultaat.values(), Enum::name));
        FAMILIES.put("schaal.", names(Schaalmeting.Schaal.values(), Enum::name));
        FAMILIES.put("werkboek.schaal.vraag.", names(Schaalmeting.Schaal.values(), Enum::name));
        FAMILIES.put("praktijkcijfers.kol.", names(Suppressie.Kolom.values(), Enum::name));
        FAMILIES.put("praktijkcijfers.kort.", names(Uitkomst.Soort.values(), Enum::name));
        FAMILIES.put("instrumentnaam.", List.of(Interessetest.CODE,
                WaardenService.WAARDENKAART, WaardenService.DRIJFVEREN));
        FAMILIES.put("instrumenten.rapport.", names(Instrumentsoort.values(), Enum::name));
        FAMILIES.put("drijfveren.vraag.", List.of("energie", "moe", "trots", "belangrijk", "nietMeer"));
        FAMILIES.put("riasec.antwoord.", java.util.stream.IntStream.rangeClosed(Interessetest.LAAGSTE,
                Interessetest.HOOGSTE).mapToObj(Integer::toString).toList());
        FAMILIES.put("riasec.schaal.", names(Holland.values(), Enum::name));
        FAMILIES.put("riasec.uitleg.", names(Holland.values(), Enum::name));
        // Two enums share the "bron." family: search sources and belastbaarheid sources.
        FAMILIES.merge("bron.", names(Belastbaarheid.Bron.values(), Enum::name),
                (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        FAMILIES.put("documenttype.", names(Belastbaarheid.DocumentType.values(), Enum::name));
        FAMILIES.put("gebeurtenis.", names(GebeurtenisSoort.values(), Enum::name));
        FAMILIES.put("actor.", names(MijlpaalSoort.Actor.values(), Enum::name));
        FAMILIES.put("opdrachtgever.", names(Opdrachtgever.Soort.values(), Enum::name));
        FAMILIES.put("regime.", names(Regime.values(), Enum::name));
        FAMILIES.put("regime.kort.", names(Regime.values(), Enum::name));
        FAMILIES.put("mijlpaalstatus.", names(MijlpaalStatus.values(), Enum::name));
        FAMILIES.put("bewaarstaat.", names(Bewaarstaat.values(), Enum::name));
        FAMILIES.put("bewaarplicht.reden.", names(Bewaarplicht.Reden.values(), Enum::name));
        FAMILIES.put("audit.handeling.", names(Handeling.values(), Enum::name));
        FAMILIES.put("sneltoets.", names(Sneltoets.values(), Enum::name));
        FAMILIES.put("sneltoetsen.groep.", names(Sneltoets.Groep.values(), Enum::name));
        FAMILIES.put("sneltoetsen.toets.", SneltoetsenVenster.OVERAL);
        FAMILIES.put("sneltoetsen.overal.", SneltoetsenVenster.OVERAL);
        FAMILIES.put("standaardstap.", StandaardStappen.sleutels().stream()
                .flatMap(s -> Stream.of(s + ".titel", s + ".vragen")).toList());
        FAMILIES.put("welkom.stap.", genummerd(Deur.STAPPEN));
        FAMILIES.put("uitleg.mijlpaal.", names(MijlpaalSoort.values(), Enum::name));
        FAMILIES.put("uitleg.intro.", genummerd(PoortwachterVenster.INTRO));
        FAMILIES.put("uitleg.rapport.", genummerd(PoortwachterVenster.RAPPORT));
        FAMILIES.put("uitleg.privacy.", genummerd(PoortwachterVenster.PRIVACY));
        FAMILIES.put("b1.fase.", names(FaseSoort.values(), Enum::name));
        FAMILIES.put("b1.stap.", names(FaseSoort.values(), Enum::name));
        FAMILIES.put("b1.datum.", names(MijlpaalSoort.values(), Enum::name));
        FAMILIES.put("b1.woord.", names(Leesbaarheid.Jargon.values(), Enum::name));
        FAMILIES.put("b1.uitleg.", names(Leesbaarheid.Jargon.values(), Enum::name));
    }

    /** Families whose keys are always looked up with arguments, so MessageFormat always applies. */
    private static final Set<String> FORMATTED_FAMILIES = Set.of("db.open.");

    /** Constructors and the index of their argument that is text on screen. */
    private static final Map<String, Integer> UI_TEXT_CONSTRUCTORS = Map.ofEntries(
            Map.entry("Label", 0), Map.entry("Button", 0), Map.entry("MenuItem", 0), Map.entry("Menu", 0),
            Map.entry("CheckBox", 0), Map.entry("Tooltip", 0), Map.entry("Hyperlink", 0),
            Map.entry("ToggleButton", 0), Map.entry("RadioButton", 0), Map.entry("CheckMenuItem", 0),
            Map.entry("RadioMenuItem", 0), Map.entry("TitledPane", 0), Map.entry("Tab", 0), Map.entry("Text", 0),
            Map.entry("ExtensionFilter", 0), Map.entry("Alert", 1));

    /** Setters whose first argument is text on screen. */
    private static final Set<String> UI_TEXT_SETTERS = Set.of(
            "setText", "setPromptText", "setTitle", "setHeaderText", "setContentText", "setAccessibleText",
            "setAccessibleHelp", "setAccessibleRoleDescription");

    /**
     * Deliberate literal UI strings, as "SimpleFileName.java:literal", each with its justification.
     * Keep this empty; every entry is debt.
     */
    private static final Map<String, String> ALLOWED_UI_LITERALS = Map.of();

    private static final Pattern DOTTED_KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9_]*)+");
    private static final Pattern KEY_PREFIX = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9_]*)*\\.");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    private static Properties dutch;
    private static Properties english;
    private static List<SourceFile> sources;

    @BeforeAll
    static void load() throws IOException {
        dutch = properties(DUTCH_FILE);
        english = properties(ENGLISH_FILE);
        Path root = mainSources();
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted()
                    .map(p -> new SourceFile(root.relativize(p).toString().replace('\\', '/'), tokenize(read(p))))
                    .toList();
        }
        assertFalse(sources.isEmpty(), "no Java sources found under " + root.toAbsolutePath());
    }

    // ----------------------------------------------------------------------------------------------
    // Bundles

    @Test
    void bothBundlesLoadThroughI18n() {
        ResourceBundle nl = I18n.load(I18n.DUTCH);
        ResourceBundle en = I18n.load(I18n.ENGLISH);
        assertEquals(dutch.getProperty("app.name"), nl.getString("app.name"));
        assertEquals("en", en.getLocale().getLanguage(), "the English bundle is not found; Dutch is shown instead");
        assertEquals(english.getProperty("action.save"), en.getString("action.save"));
        assertFalse(dutch.isEmpty());
        assertFalse(english.isEmpty());
    }

    @Test
    void bundleFilesAreValidUtf8WithoutDuplicateKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : List.of(DUTCH_FILE, ENGLISH_FILE)) {
            byte[] bytes = resourceBytes(file);
            try {
                // ResourceBundle silently falls back to ISO-8859-1 when a file is not valid UTF-8.
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                problems.add(file + " is not valid UTF-8: " + e);
            }
            Map<String, Integer> seen = new HashMap<>();
            for (String key : rawKeys(new String(bytes, StandardCharsets.UTF_8))) {
                if (seen.merge(key, 1, Integer::sum) == 2) {
                    problems.add(file + " defines " + key + " more than once (the last one silently wins)");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void bothBundlesHaveExactlyTheSameKeys() {
        Set<String> onlyDutch = new TreeSet<>(dutch.stringPropertyNames());
        onlyDutch.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(dutch.stringPropertyNames());
        assertTrue(onlyDutch.isEmpty() && onlyEnglish.isEmpty(),
                "keys only in " + DUTCH_FILE + ": " + onlyDutch + "\nkeys only in " + ENGLISH_FILE + ": " + onlyEnglish);
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(dutch.stringPropertyNames())) {
            String en = english.getProperty(key);
            if (en != null && !placeholders(dutch.getProperty(key)).equals(placeholders(en))) {
                problems.add(key + ": nl " + placeholders(dutch.getProperty(key)) + ", en " + placeholders(en));
            }
        }
        assertTrue(problems.isEmpty(), "placeholders differ between the languages:\n" + String.join("\n", problems));
    }

    /**
     * MessageFormat runs only when {@code I18n.t} gets arguments. Then a lone {@code '} starts a quoted
     * section and vanishes (with the placeholders after it), so it must be written {@code ''}. Without
     * MessageFormat, {@code ''} would show up doubled.
     */
    @Test
    void apostrophesMatchWhetherMessageFormatApplies() {
        Set<String> formatted = keysUsedWithArguments();
        List<String> problems = new ArrayList<>();
        for (var bundle : Map.of(DUTCH_FILE, dutch, ENGLISH_FILE, english).entrySet()) {
            Locale locale = bundle.getKey().equals(DUTCH_FILE) ? I18n.DUTCH : I18n.ENGLISH;
            for (String key : new TreeSet<>(bundle.getValue().stringPropertyNames())) {
                String value = bundle.getValue().getProperty(key);
                String where = bundle.getKey() + " " + key + ": ";
                boolean isFormatted = !placeholders(value).isEmpty() || formatted.contains(key);
                if (isFormatted) {
                    try {
                        // Numbers, because a {0,choice,..} (plural) placeholder refuses text; a plain {0} takes anything.
                        new MessageFormat(value, locale).format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
                    } catch (IllegalArgumentException e) {
                        problems.add(where + "not a valid MessageFormat pattern (" + e.getMessage() + ")");
                        continue;
                    }
                    if (value.replace("''", "").indexOf('\'') >= 0) {
                        problems.add(where + "single apostrophe in a formatted message; write '' (" + value + ")");
                    }
                } else if (value.contains("''")) {
                    problems.add(where + "'' in a message shown without MessageFormat appears doubled (" + value + ")");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aMissingKeyShowsAVisibleMarkerInsteadOfFailing() {
        String key = "no.such.key.anywhere";
        String shown = assertDoesNotThrow(() -> I18n.t(key));
        assertNotNull(shown);
        assertTrue(shown.contains(key), shown);
        assertNotEquals(key, shown, "a missing key must stand out, not pass for a text");
        String withArgs = assertDoesNotThrow(() -> I18n.t(key, 1, "x"));
        assertTrue(withArgs.contains(key), withArgs);
    }

    // ----------------------------------------------------------------------------------------------
    // Code against bundles

    @Test
    void everyKeyReferencedInMainCodeExistsInBothBundles() {
        Map<String, Set<String>> missing = new TreeMap<>();
        for (SourceFile file : sources) {
            for (KeyUse use : keyUses(file)) {
                if (!(dutch.containsKey(use.key()) && english.containsKey(use.key()))) {
                    missing.computeIfAbsent(use.key() + " " + bundlesLacking(use.key()), k -> new TreeSet<>())
                            .add(file.path() + ":" + use.line());
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used in code but missing from a bundle "
                + "(if one is not a message key, add it to NOT_KEYS):\n" + format(missing));
    }

    @Test
    void everyDynamicKeyFamilyIsRegisteredAndComplete() {
        Map<String, Set<String>> unregistered = new TreeMap<>();
        for (SourceFile file : sources) {
            for (Literal prefix : dynamicPrefixes(file)) {
                if (!FAMILIES.containsKey(prefix.value())) {
                    unregistered.computeIfAbsent(prefix.value(), k -> new TreeSet<>()).add(file.path() + ":" + prefix.line());
                }
            }
        }
        assertTrue(unregistered.isEmpty(), "dynamic key prefixes in code without a registered enum in "
                + "I18nBundleTest.FAMILIES:\n" + format(unregistered));

        Map<String, Set<String>> missing = new TreeMap<>();
        FAMILIES.forEach((prefix, suffixes) -> suffixes.stream().map(s -> prefix + s)
                .filter(key -> !(dutch.containsKey(key) && english.containsKey(key)))
                .forEach(key -> missing.computeIfAbsent(prefix + "*", k -> new TreeSet<>())
                        .add(key + " " + bundlesLacking(key))));
        assertTrue(missing.isEmpty(), "keys of dynamic families missing from a bundle:\n" + format(missing));
    }

    @Test
    void databaseOpenExceptionKeysMatchTheirFamily() {
        for (DatabaseOpenException.Reason reason : DatabaseOpenException.Reason.values()) {
            String key = new DatabaseOpenException(reason, Path.of("x.db"), "test").messageKey();
            assertTrue(key.startsWith("db.open.") && FAMILIES.get("db.open.").contains(key.substring("db.open.".length())),
                    "messageKey() no longer follows the db.open. family: " + key);
        }
    }

    @Test
    void everyErrorReporterMessageKeyExists() {
        List<Throwable> failures = new ArrayList<>();
        for (SQLiteErrorCode code : SQLiteErrorCode.values()) {
            failures.add(new SQLiteException("test", code));
            failures.add(new RuntimeException(new SQLiteException("wrapped", code)));
        }
        failures.add(new SQLException("[SQLITE_FULL] database or disk is full"));
        failures.add(new UncheckedIOException(new IOException("No space left on device")));
        failures.add(new IllegalStateException("anything else"));
        Set<String> missing = new TreeSet<>();
        for (Throwable failure : failures) {
            String key = ErrorReporter.messageKeyFor(failure);
            if (!(dutch.containsKey(key) && english.containsKey(key))) {
                missing.add(key + " (for " + failure + ")");
            }
        }
        assertTrue(missing.isEmpty(), "ErrorReporter keys missing from a bundle: " + missing);
    }

    @Test
    void noLiteralUiTextInCode() {
        List<String> found = new ArrayList<>();
        for (SourceFile file : sources) {
            String simpleName = file.path().substring(file.path().lastIndexOf('/') + 1);
            List<Tok> toks = file.tokens();
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).kind() != Kind.STRING) {
                    continue;
                }
                Call call = enclosingCall(toks, i);
                if (call == null || !showsText(call)) {
                    continue;
                }
                String literal = toks.get(i).text();
                if (literal.codePoints().anyMatch(Character::isLetter)
                        && !ALLOWED_UI_LITERALS.containsKey(simpleName + ":" + literal)) {
                    found.add(file.path() + ":" + toks.get(i).line() + " " + call.name() + "(\"" + literal + "\")");
                }
            }
        }
        assertTrue(found.isEmpty(), "literal UI text; put it in the bundles and use I18n.t:\n" + String.join("\n", found));
    }

    @Test
    void allowListedUiLiteralsStillExist() {
        // An allow-list entry whose literal is gone must be removed, so the list cannot silently grow stale.
        for (String entry : ALLOWED_UI_LITERALS.keySet()) {
            String fileName = entry.substring(0, entry.indexOf(':'));
            String literal = entry.substring(entry.indexOf(':') + 1);
            boolean present = sources.stream()
                    .filter(f -> f.path().endsWith("/" + fileName) || f.path().equals(fileName))
                    .flatMap(f -> f.tokens().stream())
                    .anyMatch(t -> t.kind() == Kind.STRING && t.text().equals(literal));
            assertTrue(present, "ALLOWED_UI_LITERALS entry no longer needed: " + entry);
        }
    }

    // ----------------------------------------------------------------------------------------------
    // Finding keys in the token stream

    record KeyUse(String key, int line, boolean withArguments) {
    }

    record Literal(String value, int line) {
    }

    private static List<KeyUse> keyUses(SourceFile file) {
        List<KeyUse> uses = new ArrayList<>();
        List<Tok> toks = file.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Tok tok = toks.get(i);
            if (tok.kind() != Kind.STRING || isFragment(toks, i)) {
                continue;
            }
            String value = tok.text();
            Call call = enclosingCall(toks, i);
            if (call != null && call.argIndex() == 0 && isLookup(file, call)) {
                uses.add(new KeyUse(value, tok.line(), call.argCount() > 1));
            } else if (DOTTED_KEY.matcher(value).matches() && !isDynamicPrefix(toks, i)) {
                boolean inBundle = dutch.containsKey(value) || english.containsKey(value);
                if (inBundle || !isNonKey(value, call)) {
                    uses.add(new KeyUse(value, tok.line(), false));
                }
            }
        }
        return uses;
    }

    private static List<Literal> dynamicPrefixes(SourceFile file) {
        List<Literal> prefixes = new ArrayList<>();
        List<Tok> toks = file.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).kind() == Kind.STRING && isDynamicPrefix(toks, i)) {
                prefixes.add(new Literal(toks.get(i).text(), toks.get(i).line()));
            }
        }
        return prefixes;
    }

    /** {@code "status." + x} or a prefix handed to a helper: {@code enumCombo(values, "status.")}. */
    private static boolean isDynamicPrefix(List<Tok> toks, int i) {
        if (!KEY_PREFIX.matcher(toks.get(i).text()).matches()) {
            return false;
        }
        boolean concatenated = i + 1 < toks.size() && toks.get(i + 1).is("+");
        boolean argument = i > 0 && (toks.get(i - 1).is("(") || toks.get(i - 1).is(","))
                && i + 1 < toks.size() && (toks.get(i + 1).is(")") || toks.get(i + 1).is(","));
        return concatenated || argument;
    }

    private static boolean isFragment(List<Tok> toks, int i) {
        return (i > 0 && toks.get(i - 1).is("+")) || (i + 1 < toks.size() && toks.get(i + 1).is("+"));
    }

    private static boolean isNonKey(String value, Call call) {
        if (NOT_KEYS.contains(value)) {
            return true;
        }
        if (call != null && NON_KEY_METHODS.contains(call.name())) {
            return true;
        }
        String extension = value.substring(value.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return FILE_EXTENSIONS.contains(extension);
    }

    /** {@code I18n.t(..)}, {@code Cli.text(..)}, or the unqualified call inside those classes. */
    private static boolean isLookup(SourceFile file, Call call) {
        if (call.constructor()) {
            return false;
        }
        if (call.name().equals("t")) {
            return "I18n".equals(call.qualifier()) || (call.qualifier() == null && file.path().endsWith("/I18n.java"));
        }
        if (call.name().equals("text")) {
            return "Cli".equals(call.qualifier()) || (call.qualifier() == null && file.path().endsWith("/Cli.java"));
        }
        return false;
    }

    private static boolean showsText(Call call) {
        if (call.constructor()) {
            Integer index = UI_TEXT_CONSTRUCTORS.get(call.name());
            return index != null && index == call.argIndex();
        }
        return UI_TEXT_SETTERS.contains(call.name()) && call.argIndex() == 0;
    }

    private static Set<String> keysUsedWithArguments() {
        Set<String> keys = new TreeSet<>();
        for (SourceFile file : sources) {
            keyUses(file).stream().filter(KeyUse::withArguments).map(KeyUse::key).forEach(keys::add);
        }
        for (String prefix : FORMATTED_FAMILIES) {
            FAMILIES.get(prefix).forEach(suffix -> keys.add(prefix + suffix));
        }
        return keys;
    }

    // ----------------------------------------------------------------------------------------------
    // A small Java tokenizer: enough to tell string literals, identifiers and punctuation apart.

    enum Kind { STRING, CHAR, IDENT, NUMBER, PUNCT }

    record Tok(Kind kind, String text, int line) {
        boolean is(String punct) {
            return kind == Kind.PUNCT && text.equals(punct);
        }
    }

    record SourceFile(String path, List<Tok> tokens) {
    }

    /**
     * The call whose argument list directly contains token {@code i}: method or constructor name, the
     * identifier before the dot (if any), which argument, and how many arguments.
     */
    record Call(String name, String qualifier, boolean constructor, int argIndex, int argCount) {
    }

    static Call enclosingCall(List<Tok> toks, int i) {
        int depth = 0;
        int commas = 0;
        int open = -1;
        for (int j = i - 1; j >= 0; j--) {
            Tok t = toks.get(j);
            if (t.is(")") || t.is("]") || t.is("}")) {
                depth++;
            } else if (t.is("(") || t.is("[") || t.is("{")) {
                if (depth == 0) {
                    if (t.is("(")) {
                        open = j;
                    }
                    break;
                }
                depth--;
            } else if (depth == 0 && t.is(",")) {
                commas++;
            } else if (depth == 0 && t.is(";")) {
                break;
            }
        }
        if (open < 1 || toks.get(open - 1).kind() != Kind.IDENT) {
            return null;
        }
        String name = toks.get(open - 1).text();
        if (Set.of("if", "while", "for", "switch", "catch", "synchronized", "return", "try").contains(name)) {
            return null;
        }
        String qualifier = open >= 3 && toks.get(open - 2).is(".") && toks.get(open - 3).kind() == Kind.IDENT
                ? toks.get(open - 3).text() : null;
        int k = open - 2;
        while (k >= 1 && toks.get(k).is(".") && toks.get(k - 1).kind() == Kind.IDENT) {
            k -= 2;
        }
        boolean constructor = k >= 0 && toks.get(k).kind() == Kind.IDENT && toks.get(k).text().equals("new");
        int argCount = 1;
        int d = 0;
        for (int j = open + 1; j < toks.size(); j++) {
            Tok t = toks.get(j);
            if (t.is("(") || t.is("[") || t.is("{")) {
                d++;
            } else if (t.is(")") || t.is("]") || t.is("}")) {
                if (d == 0) {
                    if (j == open + 1) {
                        argCount = 0;
                    }
                    break;
                }
                d--;
            } else if (d == 0 && t.is(",")) {
                argCount++;
            }
        }
        return new Call(name, qualifier, constructor, commas, argCount);
    }

    static List<Tok> tokenize(String src) {
        List<Tok> toks = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int start = i + 3;
                int j = start;
                while (j < n && !src.startsWith("\"\"\"", j)) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                toks.add(new Tok(Kind.STRING, unescape(src.substring(start, Math.min(j, n))), line));
                line += count(src, i, Math.min(j + 3, n));
                i = Math.min(j + 3, n);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                toks.add(new Tok(c == '"' ? Kind.STRING : Kind.CHAR, unescape(src.substring(i + 1, Math.min(j, n))), line));
                i = j + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(src.charAt(j))) {
                    j++;
                }
                toks.add(new Tok(Kind.IDENT, src.substring(i, j), line));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_' || src.charAt(j) == '.')) {
                    j++;
                }
                toks.add(new Tok(Kind.NUMBER, src.substring(i, j), line));
                i = j;
            } else {
                toks.add(new Tok(Kind.PUNCT, String.valueOf(c), line));
                i++;
            }
        }
        return toks;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 's' -> out.append(' ');
                case '0' -> out.append('\0');
                case 'u' -> {
                    int j = i;
                    while (j < s.length() && s.charAt(j) == 'u') {
                        j++;
                    }
                    if (j + 4 <= s.length()) {
                        out.append((char) Integer.parseInt(s.substring(j, j + 4), 16));
                        i = j + 3;
                    }
                }
                default -> out.append(e); // \" \' \\ and line continuations in text blocks
            }
        }
        return out.toString();
    }

    // ----------------------------------------------------------------------------------------------
    // Helpers

    private static Path mainSources() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        return base.resolve("src/main/java");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resourceBytes(String file) throws IOException {
        try (InputStream in = I18nBundleTest.class.getResourceAsStream(BUNDLE_DIR + file)) {
            assertNotNull(in, "bundle not on the class path: " + BUNDLE_DIR + file);
            return in.readAllBytes();
        }
    }

    /** The file's own keys, without a parent bundle behind them (ResourceBundle.keySet would merge them). */
    private static Properties properties(String file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(resourceBytes(file), StandardCharsets.UTF_8)));
        return p;
    }

    /** Keys in file order, duplicates kept (Properties would keep only the last). */
    private static List<String> rawKeys(String text) {
        List<String> keys = new ArrayList<>();
        boolean continuation = false;
        for (String line : text.split("\\R")) {
            String stripped = line.stripLeading();
            boolean wasContinuation = continuation;
            int trailing = 0;
            for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
                trailing++;
            }
            continuation = trailing % 2 == 1;
            if (wasContinuation || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            Matcher m = Pattern.compile("^((?:\\\\.|[^\\\\=:\\s])+)").matcher(stripped);
            if (m.find()) {
                keys.add(m.group(1).replace("\\", ""));
            }
        }
        return keys;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }

    /** Numbered paragraphs: "1" .. "n". */
    private static List<String> genummerd(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(String::valueOf).toList();
    }

    private static <E> List<String> names(E[] values, Function<E, String> suffix) {
        return Arrays.stream(values).map(suffix).toList();
    }

    private static String bundlesLacking(String key) {
        List<String> lacking = new ArrayList<>();
        if (!dutch.containsKey(key)) {
            lacking.add(DUTCH_FILE);
        }
        if (!english.containsKey(key)) {
            lacking.add(ENGLISH_FILE);
        }
        return "(not in " + String.join(", ", lacking) + ")";
    }

    private static String format(Map<String, ? extends Collection<String>> found) {
        StringBuilder sb = new StringBuilder();
        found.forEach((k, v) -> sb.append("  ").append(k).append("  <-  ").append(String.join(", ", v)).append('\n'));
        return sb.toString();
    }

    @Test
    void tokenizerSeesLiteralsInTheirCallPosition() {
        List<Tok> toks = tokenize("""
                // I18n.t("in.a.comment")
                label.setText(I18n.t(b ? "yes" : "no", x)); /* "block.comment" */
                view.combo("id", "dossier.werknemer.vervoer", enumCombo(values, "vervoer."));
                String s = "a\\"b.c";
                """);
        List<String> strings = toks.stream().filter(t -> t.kind() == Kind.STRING).map(Tok::text).toList();
        assertEquals(List.of("yes", "no", "id", "dossier.werknemer.vervoer", "vervoer.", "a\"b.c"), strings);
        int yes = indexOf(toks, "yes");
        Call call = enclosingCall(toks, yes);
        assertEquals(new Call("t", "I18n", false, 0, 2), call);
        Call combo = enclosingCall(toks, indexOf(toks, "dossier.werknemer.vervoer"));
        assertEquals(new Call("combo", "view", false, 1, 3), combo);
        assertTrue(isDynamicPrefix(toks, indexOf(toks, "vervoer.")));
        List<Tok> label = tokenize("x = new Label(\"a\");");
        assertEquals(new Call("Label", null, true, 0, 1), enclosingCall(label, indexOf(label, "a")));
        assertEquals(List.of("a.b", "c"), rawKeys("# c\na.b = 1\\\n  d.e=2\nc:3\n"));
        if (strings.contains("in.a.comment")) {
            fail("comments must be skipped");
        }
    }

    private static int indexOf(List<Tok> toks, String literal) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).kind() == Kind.STRING && toks.get(i).text().equals(literal)) {
                return i;
            }
        }
        throw new AssertionError("no literal " + literal);
    }
}
