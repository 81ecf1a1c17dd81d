package nl.spoorzoeker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Issue 20 item 7: the fast profile ({@code ./mvnw test -Psnel}) leaves out the tests tagged {@code crash},
 * {@code fuzz} and {@code ui}; a test that starts JavaFX or kills a child process without its tag runs in the
 * inner loop anyway (ten window tests and three kill tests did, each 30–160 s). Every test class that starts a
 * window or the FX toolkit (the window base class, {@code testsupport.Fx}, TestFX) carries {@code ui}, and every
 * one that starts or kills a child JVM ({@code testsupport.KindProces}, {@code testsupport.Breekronde}) carries
 * {@code crash} — directly or from a superclass. Benchmarks and a child's own main are not tests.
 */
class TestlabelsTest {

    private static final Set<String> VENSTER = Set.of("nl.spoorzoeker.app.WindowTestBase", "nl.spoorzoeker.testsupport.Fx",
            "org.testfx.framework.junit5.ApplicationExtension", "org.testfx.api.FxRobot", "org.testfx.api.FxToolkit");
    /** Starting or killing a child JVM: any call into KindProces, and Breekronde's rounds (not its pure helpers). */
    private static final Set<String> KIND = Set.of("nl.spoorzoeker.testsupport.KindProces.*",
            "nl.spoorzoeker.testsupport.Breekronde.punten", "nl.spoorzoeker.testsupport.Breekronde.elkPunt",
            "nl.spoorzoeker.testsupport.Breekronde.buiten");

    @Test
    void everyTestThatStartsAWindowOrAChildCarriesItsTag() throws Exception {
        // Only the names of what the tests use are needed, not those classes themselves (JavaFX, jOOQ…): not resolved.
        var instelling = com.tngtech.archunit.ArchConfiguration.get();
        boolean zoeken = instelling.resolveMissingDependenciesFromClassPath();
        JavaClasses klassen;
        try {
            instelling.setResolveMissingDependenciesFromClassPath(false);
            klassen = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                    .importPackages("nl.spoorzoeker");
        } finally {
            instelling.setResolveMissingDependenciesFromClassPath(zoeken);
        }
        Set<String> ontbreekt = new TreeSet<>();
        int venster = 0;
        int kind = 0;
        java.util.Map<String, List<JavaClass>> genest = new java.util.HashMap<>();
        for (JavaClass c : klassen) {
            int dollar = c.getName().indexOf('$');
            if (dollar > 0) {
                genest.computeIfAbsent(c.getName().substring(0, dollar), x -> new ArrayList<>()).add(c);
            }
        }
        for (JavaClass k : klassen) {
            if (!k.getSimpleName().endsWith("Test") || k.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                    || k.getPackageName().startsWith("nl.spoorzoeker.bench")) {
                continue;
            }
            List<JavaClass> familie = familie(genest, k);
            Set<String> gebruikt = gebruikt(familie);
            List<String> tags = new ArrayList<>();
            AnnotationSupport.findRepeatableAnnotations(Class.forName(k.getName(), false, TestlabelsTest.class.getClassLoader()), Tag.class).forEach(t -> tags.add(t.value()));
            if (gebruikt.stream().anyMatch(VENSTER::contains)) {
                venster++;
                if (!tags.contains("ui")) {
                    ontbreekt.add(k.getSimpleName() + " (ui)");
                }
            }
            if (roept(familie).stream().anyMatch(r -> KIND.contains(r) || KIND.contains(r.replaceFirst("\\.[^.]+$", ".*")))) {
                kind++;
                if (!tags.contains("crash")) {
                    ontbreekt.add(k.getSimpleName() + " (crash)");
                }
            }
        }
        System.out.printf("Tagged: %d test classes start a window or the FX toolkit, %d start or kill a child JVM%n", venster, kind);
        assertEquals(Set.of(), ontbreekt, "test classes without the tag the fast profile leaves out");
    }

    /** A test class with its superclasses and its nested classes (lambdas and anonymous classes too). */
    private static List<JavaClass> familie(java.util.Map<String, List<JavaClass>> genest, JavaClass k) {
        List<JavaClass> uit = new ArrayList<>(genest.getOrDefault(k.getName(), List.of()));
        for (JavaClass c = k; c != null; c = c.getRawSuperclass().orElse(null)) {
            uit.add(c);
        }
        return uit;
    }

    /** The methods the family calls, as "owner.method". */
    private static Set<String> roept(List<JavaClass> familie) {
        Set<String> uit = new TreeSet<>();
        familie.forEach(c -> c.getMethodCallsFromSelf().forEach(m -> uit.add(m.getTargetOwner().getName() + "." + m.getName())));
        return uit;
    }

    /** What the family depends on, by name. */
    private static Set<String> gebruikt(List<JavaClass> familie) {
        Set<String> uit = new TreeSet<>();
        for (JavaClass c : familie) {
            uit.add(c.getName());
            c.getDirectDependenciesFromSelf().forEach(d -> uit.add(d.getTargetClass().getName()));
        }
        return uit;
    }
}
