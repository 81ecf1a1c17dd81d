package nl.spoorzoeker;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependency;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyTarget;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the code relies on, checked on the compiled main classes (tests not imported).
 * The generated jOOQ package {@value #SCHEMA} is left out as a rule subject: it is generated, not written.
 *
 * <p>Plain JUnit tests rather than {@code @ArchTest} fields, so a rule can be {@code @Disabled} with a
 * reason and runs with {@code -Dtest=ArchitectureTest}.
 */
class ArchitectureTest {

    private static final String SCHEMA = "nl.spoorzoeker.store.schema..";

    /** What the UI must not reach: jOOQ, JDBC, the generated schema, and the repositories. */
    private static final DescribedPredicate<JavaClass> DATABASE_LAYER =
            resideInAnyPackage("org.jooq..", "java.sql..", SCHEMA).or(simpleNameEndingWith("Repository"))
                    .as("jOOQ, JDBC, the generated schema or a *Repository");

    /** A repository class or one nested in it. */
    private static final DescribedPredicate<JavaClass> REPOSITORY = DescribedPredicate.describe("a repository",
            c -> c.getName().matches(".*Repository(\\$.*)?"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.spoorzoeker");
    }

    @Test
    void timelineAndInputArePure() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("nl.spoorzoeker.tijdlijn..", "nl.spoorzoeker.input..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.jooq..", "org.apache.pdfbox..", "nl.spoorzoeker.store..")
                .because("the Poortwachter clock and input parsing are plain Java, testable without UI or database");
        rule.check(classes);
    }

    /** Screens reach data only through services: no jOOQ, JDBC, generated schema or repository. */
    @Test
    void uiNeverTouchesTheDatabaseLayer() {
        uiRule().check(classes);
    }

    private static ArchRule uiRule() {
        return noClasses()
                .that().resideInAPackage("..ui..")
                .should().dependOnClassesThat(DATABASE_LAYER)
                .because("screens go through the services; SQL stays in the package-private repositories");
    }

    /**
     * A screen's view model (issue 20 item 4) holds its decisions in properties and plain methods, so it
     * is tested without a stage: no Node, Scene, Stage or FX thread. A class nested in one counts too;
     * the dossier screen's model lives beside its view in the werkplek package.
     */
    @Test
    void viewModelsNeedNoStage() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("..ui..", "nl.spoorzoeker.app.werkplek..")
                .and(DescribedPredicate.describe("named *Model", c -> c.getName().matches(".*Model(\\$.*)?")))
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .because("a view model is tested without a stage or a toolkit; its view builds and binds the nodes");
        rule.check(classes);
    }

    @Test
    void repositoriesArePackagePrivateAndOutsideTheUi() {
        ArchRule rule = classes()
                .that().haveSimpleNameEndingWith("Repository")
                .and().resideOutsideOfPackage(SCHEMA)
                .should().notBePublic()
                .andShould().resideOutsideOfPackage("..ui..")
                .because("repositories are package-private SQL holders behind a service");
        rule.check(classes);
    }

    @Test
    void servicesDoNotDependOnJavaFx() {
        ArchRule rule = noClasses()
                .that().haveSimpleNameEndingWith("Service")
                .and().resideOutsideOfPackage(SCHEMA)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("services run on the background thread and from the command line, without a toolkit");
        rule.check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToStandardOutOrUsesJavaUtilLogging() {
        ArchRule rule = noClasses()
                .that(not(resideInAPackage("nl.spoorzoeker.app..")).and(not(resideInAPackage(SCHEMA))))
                .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .orShould().accessField(System.class, "out")
                .because("logging goes through SLF4J/Logback; only the CLI in nl.spoorzoeker.app prints");
        rule.check(classes);
    }

    /**
     * Each long operation's work is called from its one Task class only: the window and the command
     * line cannot grow their own restore or export again (issue 20: restore was written three times), and every
     * backup of the window, the automatic ones too, is a BackupTaak.
     */
    @Test
    void longOperationsAreCalledOnlyThroughTheirTask() {
        java.util.Map<String, String> eigenaar = java.util.Map.of(
                "nl.spoorzoeker.backup.HerstelService.herstel", "nl.spoorzoeker.backup.HerstelTaak",
                "nl.spoorzoeker.backup.AutoBackup.maakAlsNodig", "nl.spoorzoeker.backup.BackupTaak",
                "nl.spoorzoeker.uitwisseling.UitwisselingService.exporteer", "nl.spoorzoeker.uitwisseling.ExportTaak",
                "nl.spoorzoeker.uitwisseling.UitwisselingService.importeer", "nl.spoorzoeker.uitwisseling.ImportTaak",
                "nl.spoorzoeker.uitwisseling.UitwisselingService.inzageVoorDossier", "nl.spoorzoeker.uitwisseling.InzageTaak",
                "nl.spoorzoeker.app.werkplek.Demoset.load", "nl.spoorzoeker.app.werkplek.DemoTaak",
                "nl.spoorzoeker.dossier.DemoDossiers.load", "nl.spoorzoeker.app.werkplek.Demoset");
        java.util.List<String> buiten = new java.util.ArrayList<>();
        for (JavaClass c : classes) {
            c.getMethodCallsFromSelf().forEach(call -> {
                String doel = call.getTargetOwner().getName() + "." + call.getName();
                String taak = eigenaar.get(doel);
                String van = call.getOriginOwner().getName().replaceFirst("\\$.*", "");
                if (taak != null && !van.equals(taak) && !van.equals(call.getTargetOwner().getName())) {
                    buiten.add(van + " calls " + doel);
                }
            });
        }
        assertEquals(java.util.List.of(), buiten);
    }

    /** The window and the command line run the same Task class for the same operation. */
    @Test
    void windowAndCommandLineUseTheSameTaskClasses() {
        String[][] paren = {
                {"nl.spoorzoeker.app.RestoreCommand", "nl.spoorzoeker.backup.HerstelTaak"},
                {"nl.spoorzoeker.app.Praktijkvenster", "nl.spoorzoeker.backup.HerstelTaak"},
                {"nl.spoorzoeker.app.Databaseprobleemscherm", "nl.spoorzoeker.backup.HerstelTaak"},
                {"nl.spoorzoeker.app.BackupCommand", "nl.spoorzoeker.backup.BackupTaak"},
                {"nl.spoorzoeker.backup.ui.BackupSectie", "nl.spoorzoeker.backup.BackupTaak"},
                {"nl.spoorzoeker.app.Backupplanner", "nl.spoorzoeker.backup.BackupTaak"},
                {"nl.spoorzoeker.app.ExportCommand", "nl.spoorzoeker.uitwisseling.ExportTaak"},
                {"nl.spoorzoeker.uitwisseling.ui.UitwisselingDialogs", "nl.spoorzoeker.uitwisseling.ExportTaak"},
                {"nl.spoorzoeker.app.ImportCommand", "nl.spoorzoeker.uitwisseling.ImportTaak"},
                {"nl.spoorzoeker.uitwisseling.ui.UitwisselingDialogs", "nl.spoorzoeker.uitwisseling.ImportTaak"},
                {"nl.spoorzoeker.uitwisseling.ui.UitwisselingDialogs", "nl.spoorzoeker.uitwisseling.InzageTaak"},
                {"nl.spoorzoeker.app.DemoCommand", "nl.spoorzoeker.app.werkplek.DemoTaak"},
                {"nl.spoorzoeker.app.Demobeheer", "nl.spoorzoeker.app.werkplek.DemoTaak"},
                {"nl.spoorzoeker.rapportage.ui.RapportEditor", "nl.spoorzoeker.rapportage.DefinitiefTaak"},
        };
        for (String[] paar : paren) {
            boolean gebruikt = classes.stream()
                    .filter(c -> c.getName().equals(paar[0]) || c.getName().startsWith(paar[0] + "$"))
                    .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                    .anyMatch(d -> d.getTargetClass().getName().equals(paar[1]));
            assertTrue(gebruikt, paar[0] + " runs " + paar[1]);
        }
        noClasses().that().resideInAPackage("nl.spoorzoeker.taak..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "nl.spoorzoeker.ui..")
                .because("a Task runs on the command line too, without a toolkit")
                .check(classes);
    }

    /**
     * The services of an open practice (a {@code *Service} made over its {@code store.Database}) are made
     * in {@code AppContext} only, one of each, and the window and the commands take them from there
     * (issue 20: MainWindow made its own export, backup, figures and group services, the commands their
     * own backup and export services). Allowed besides: the warm-up, over a throwaway database in memory,
     * and the demo task, over the database it was handed. Services over no database (restoring files
     * before any database opens) are not the context's. Feature packages are not checked here.
     */
    @Test
    void onlyTheContextMakesServices() {
        java.util.Set<String> mogen = java.util.Set.of("nl.spoorzoeker.app.AppContext", "nl.spoorzoeker.app.Opwarmen",
                "nl.spoorzoeker.app.werkplek.DemoTaak");
        java.util.List<String> buiten = new java.util.ArrayList<>();
        for (JavaClass c : classes) {
            c.getConstructorCallsFromSelf().stream()
                    .filter(call -> call.getTargetOwner().getSimpleName().endsWith("Service")
                            && call.getTarget().getRawParameterTypes().stream()
                                    .anyMatch(t -> t.getName().equals("nl.spoorzoeker.store.Database")))
                    .forEach(call -> {
                        String van = call.getOriginOwner().getName().replaceFirst("\\$.*", "");
                        if (van.startsWith("nl.spoorzoeker.app.") && !mogen.contains(van)) {
                            buiten.add(van + " makes " + call.getTargetOwner().getSimpleName());
                        }
                    });
        }
        assertEquals(java.util.List.of(), buiten.stream().distinct().toList());
    }

    /**
     * JavaFX makes the Application itself, so what the launcher hands it needs a static slot: one, holding
     * one immutable record (issue 20: eight {@code static volatile} fields were set one by one, and a test
     * or benchmark that set some and not others started a window nobody had described in full).
     */
    @Test
    void theAppHasOneStaticHandOff() {
        JavaClass app = classes.get("nl.spoorzoeker.app.SpoorzoekerApp");
        java.util.List<String> slots = app.getFields().stream()
                .filter(f -> f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                        && !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.FINAL))
                .map(f -> f.getName() + ": " + f.getRawType().getName())
                .toList();
        assertEquals(java.util.List.of("overdracht: nl.spoorzoeker.app.SpoorzoekerApp$Opstart"), slots);
        assertTrue(classes.get("nl.spoorzoeker.app.SpoorzoekerApp$Opstart").isRecord(), "the hand-off is a record");
    }

    /**
     * Screens tell the coach things through {@code ui.Meldingen}; only {@code ui.FxMeldingen} builds
     * an Alert (issue 20: fourteen hand-made Alerts in ten views, each a little different).
     */
    @Test
    void onlyTheDialogServiceBuildsAnAlert() {
        java.util.List<String> buiten = new java.util.ArrayList<>();
        for (JavaClass c : classes) {
            c.getConstructorCallsFromSelf().stream()
                    .filter(call -> call.getTargetOwner().isAssignableTo("javafx.scene.control.Alert"))
                    .map(call -> call.getOriginOwner().getName().replaceFirst("\\$.*", ""))
                    .filter(van -> !van.equals("nl.spoorzoeker.ui.FxMeldingen"))
                    .forEach(buiten::add);
        }
        assertEquals(java.util.List.of(), buiten.stream().distinct().toList());
    }

    /**
     * A failed action is read in one place: {@code ui.Meldingen.weigering} (a refusal's sentence beside the
     * work, anything else to the reporter). Only the readers of a failure test for a refusal themselves:
     * Meldingen and ErrorReporter in the window, Foutmelding below both, the command line's Cli and Launcher.
     * On screens ({@code ..ui..}, {@code app}) not even for one kind of refusal (issue 20: fifteen hand-written
     * "inline refusal or report" branches, some without a log line for what was not a refusal).
     */
    @Test
    void onlyTheReadersOfAFailureTestForARefusal() {
        java.util.Set<String> lezers = java.util.Set.of("nl.spoorzoeker.ui.Meldingen", "nl.spoorzoeker.ui.ErrorReporter",
                "nl.spoorzoeker.store.Foutmelding", "nl.spoorzoeker.app.Cli", "nl.spoorzoeker.app.Launcher");
        String weigering = "nl.spoorzoeker.input.MessageKeyed";
        java.util.List<String> buiten = new java.util.ArrayList<>();
        for (JavaClass c : classes) {
            String van = c.getName().replaceFirst("\\$.*", "");
            if (lezers.contains(van)) {
                continue;
            }
            boolean scherm = c.getPackageName().matches("(.*\\.)?ui(\\..*)?|nl\\.spoorzoeker\\.app(\\..*)?");
            c.getCodeUnits().forEach(unit -> unit.getInstanceofChecks().stream()
                    .filter(check -> check.getRawType().getName().equals(weigering)
                            || scherm && check.getRawType().isAssignableTo(weigering))
                    .forEach(check -> buiten.add(van + " tests for " + check.getRawType().getSimpleName())));
        }
        assertEquals(java.util.List.of(), buiten.stream().distinct().toList());
    }

    /**
     * No package cycles between the top-level slices (the features and the shared {@code ui}, {@code store},
     * {@code pdf}, {@code taak}, {@code app}): a screen that combines features lives in {@code app.werkplek},
     * above them all; a lower package that must call up offers an interface (ADR 0007).
     */
    @Test
    void featureSlicesAreFreeOfCycles() {
        slices().matching("nl.spoorzoeker.(*)..").should().beFreeOfCycles()
                .because("each feature can be read, tested and changed without the ones built on it")
                .check(classes);
    }

    /**
     * The generated schema is SQL's business: repositories, the store itself, and the archive, which
     * copies every table by its schema description (a table-level dump, not a query per record).
     */
    @Test
    void onlyRepositoriesTouchTheGeneratedSchema() {
        noClasses().that(not(REPOSITORY).and(not(resideInAnyPackage("nl.spoorzoeker.store..", "nl.spoorzoeker.uitwisseling.."))))
                .should().dependOnClassesThat().resideInAPackage(SCHEMA)
                .because("SQL lives in repositories on the generated jOOQ classes")
                .check(classes);
    }

    /**
     * Outside repositories (and the store and archive), jOOQ is only a transaction handle passed on:
     * {@code DSLContext} and {@code Configuration} may be named, but no query is built there.
     */
    @Test
    void onlyRepositoriesBuildQueries() {
        DescribedPredicate<JavaClass> handvat = DescribedPredicate.describe("a jOOQ transaction handle",
                c -> c.getName().equals("org.jooq.DSLContext") || c.getName().equals("org.jooq.Configuration"));
        noClasses().that(not(REPOSITORY).and(not(resideInAnyPackage("nl.spoorzoeker.store..", "nl.spoorzoeker.uitwisseling.."))))
                .should().dependOnClassesThat(resideInAPackage("org.jooq..").and(not(handvat)))
                .because("services and demo loaders hand the transaction to a repository; the query is built there")
                .check(classes);
    }

    /** The application package's screens follow the rule of every {@code ui} package. */
    @Test
    void applicationScreensNeverTouchTheDatabaseLayer() {
        noClasses().that().resideInAPackage("nl.spoorzoeker.app..")
                .and(dependsOnJavaFx())
                .should().dependOnClassesThat(DATABASE_LAYER)
                .because("the workplace and the window go through the services, like every other screen")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> dependsOnJavaFx() {
        return DescribedPredicate.describe("use JavaFX", c -> c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("javafx.")));
    }

    /**
     * The report's content (models, rules, drafts, the PDF) is built without screens: no JavaFX and
     * nothing from a {@code ui} package, not even {@code ui.I18n}. The report's language is handed in
     * as a {@code taal.Teksten} by whoever asks for the report (the editor, the command line), so no
     * global decides it (ADR 0008: the language was I18n's global locale, and tests flipped it).
     */
    @Test
    void reportModelsAreFreeOfUi() {
        noClasses().that().resideInAnyPackage("nl.spoorzoeker.rapportage", "nl.spoorzoeker.rapportage.pdf",
                        "nl.spoorzoeker.rapportage.privacy", "nl.spoorzoeker.pdf", "nl.spoorzoeker.taal")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..ui..")
                .because("the report is also made on the command line, and its PDF must not change with a screen")
                .check(classes);
    }

    /**
     * Every other printed document is made the same way (ADR 0008): the CV, letters and werkboeken
     * ({@code cv}), the inzage ({@code uitwisseling}) and the practice figures ({@code uitkomst},
     * {@code uitkomst.pdf}) take their language as a {@code taal.Teksten} from whoever asks; their
     * screens live in the {@code ui} packages beside them. Before, each read {@code ui.I18n}'s global.
     */
    @Test
    void printedDocumentsAreFreeOfUi() {
        noClasses().that().resideInAnyPackage("nl.spoorzoeker.cv", "nl.spoorzoeker.uitwisseling", "nl.spoorzoeker.uitkomst",
                        "nl.spoorzoeker.uitkomst.pdf")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "..ui..")
                .because("a document keeps the language it was asked in while the screen switches")
                .check(classes);
    }

    /**
     * The PDF styles are values ({@code pdf.Kleur}): a {@code static final} array is a constant only
     * in name, since any caller can overwrite its elements for every later document (ADR 0008: the
     * colours were {@code public static final float[]}).
     */
    @Test
    void pdfStylesAreImmutable() {
        java.util.List<String> arrays = new java.util.ArrayList<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().equals("nl.spoorzoeker.pdf") && !c.getPackageName().endsWith(".pdf")) {
                continue;
            }
            c.getFields().stream()
                    .filter(f -> f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                            && !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC)
                            && f.getRawType().isArray())
                    .forEach(f -> arrays.add(f.getFullName()));
        }
        assertEquals(java.util.List.of(), arrays);
    }

    /**
     * One owner of the zone and the clock: {@code tijdlijn.Tijdzone}. Everything else takes the
     * {@code Clock} it is given or {@code Tijdzone.PRAKTIJK} (ADR 0008: six Europe/Amsterdam beside
     * six system zones dated a report one way and thinned backups another).
     */
    @Test
    void theZoneAndClockHaveOneOwner() {
        noClasses().that().doNotHaveFullyQualifiedName("nl.spoorzoeker.tijdlijn.Tijdzone")
                .should().callMethod(java.time.ZoneId.class, "systemDefault")
                .orShould().callMethod(java.time.ZoneId.class, "of", String.class)
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.util.Locale.class, "getDefault")
                .because("the day and the zone come from the one clock the application was given")
                .check(classes);
    }

    @Test
    void theImportSeesMainClassesButNoTests() {
        assertTrue(classes.contain("nl.spoorzoeker.ui.I18n"));
        assertFalse(classes.contain("nl.spoorzoeker.ArchitectureTest"));
    }
}
