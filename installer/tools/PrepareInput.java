import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipFile;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Prepares jpackage's --input folder from the runnable jar (run as a source file, so it works the
 * same on Linux, macOS and Windows: {@code java installer/tools/PrepareInput.java JAR DIR}).
 *
 * <ul>
 *   <li>DIR/spoorzoeker.jar: the jar without sqlite-jdbc's native libraries (20 of them, ~10 MB
 *       compressed, for every OS and CPU), its entries stored rather than deflated: the installers
 *       (xz in a .deb, LZX in an .msi, zlib in a .dmg) compress the whole jar far better than the
 *       jar's per-entry deflate does, and reading a stored entry at start-up costs no inflating;</li>
 *   <li>DIR/native/: this machine's sqlite-jdbc library, loaded in place through
 *       {@code -Dorg.sqlite.lib.path}, so no start extracts it to the temp folder;</li>
 *   <li>DIR/ (next to the jar), on Linux and macOS: JavaFX's native libraries, which JavaFX loads
 *       from beside its jar before it would extract them to {@code ~/.openjfx/cache}. On Windows
 *       JavaFX looks in {@code ../bin} instead, which a jpackage image does not have, so there they
 *       stay in the jar and JavaFX extracts them once per user, as with {@code java -jar}.</li>
 * </ul>
 * Further arguments name jars whose entries are dropped from the jar (classes, resources and native
 * libraries alike): JavaFX's modular jars, which build.sh links into the runtime as modules instead.
 * Then no JavaFX native library goes beside the jar either.
 * With a third argument VERSION the jar's manifest gets {@code Implementation-Version: VERSION}: the
 * version build.sh gave the packages (0.2.0~git312.1a2b3c4), which the app prints, rather than the
 * pom's 0.2.0-SNAPSHOT that Maven wrote.
 * Prints the sqlite library's file name (for {@code -Dorg.sqlite.lib.name}).
 */
public final class PrepareInput {

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        String version = args.length > 2 && !args[2].isEmpty() ? args[2] : null;
        boolean versioned = false;
        String sqliteDir = "org/sqlite/native/" + sqliteOs() + "/" + sqliteArch() + "/";
        Set<String> elsewhere = new HashSet<>();
        for (int i = 3; i < args.length; i++) {
            try (ZipFile modular = new ZipFile(args[i])) {
                modular.stream().filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"))
                        .forEach(e -> elsewhere.add(e.getName()));
            }
        }
        boolean javafxBeside = elsewhere.isEmpty() && !sqliteOs().equals("Windows");
        int removed = 0;
        Files.createDirectories(dir.resolve("native"));
        String sqliteLib = null;
        int dropped = 0;
        int javafx = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(dir.resolve("spoorzoeker.jar")))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                if (elsewhere.contains(name)) {
                    removed++;
                } else if (name.startsWith("org/sqlite/native/")) {
                    if (!e.isDirectory() && name.startsWith(sqliteDir) && name.indexOf('/', sqliteDir.length()) < 0) {
                        sqliteLib = name.substring(sqliteDir.length());
                        copy(in, dir.resolve("native").resolve(sqliteLib));
                    }
                    dropped++;
                } else if (javafxBeside && !name.contains("/") && isNativeLibrary(name)) {
                    copy(in, dir.resolve(name)); // JavaFX's libraries sit at the jar's root
                    javafx++;
                } else {
                    byte[] bytes = in.readAllBytes();
                    if (version != null && name.equals("META-INF/MANIFEST.MF")) {
                        Manifest manifest = new Manifest(new java.io.ByteArrayInputStream(bytes));
                        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
                        java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
                        manifest.write(written);
                        bytes = written.toByteArray();
                        versioned = true;
                    }
                    ZipEntry copy = new ZipEntry(name);
                    copy.setTime(e.getTime());
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    copy.setCrc(crc.getValue());
                    out.putNextEntry(copy);
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
        if (version != null && !versioned) {
            throw new IllegalStateException("no META-INF/MANIFEST.MF in " + jar + " to write the version into");
        }
        if (sqliteLib == null) {
            throw new IllegalStateException("no sqlite-jdbc library for " + sqliteDir + " in " + jar);
        }
        if (!elsewhere.isEmpty() && removed == 0) {
            throw new IllegalStateException("none of the modular jars' entries is in " + jar + ": not the jar they were merged into?");
        }
        System.err.printf("PrepareInput: %d sqlite-jdbc entries dropped, %s kept in native/, %d JavaFX libraries beside the jar, %d entries of the modules removed%n",
                dropped, sqliteLib, javafx, removed);
        System.out.println(sqliteLib);
    }

    private static boolean isNativeLibrary(String name) {
        return name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib");
    }

    private static void copy(InputStream in, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }

    /** sqlite-jdbc's folder names (org.sqlite.util.OSInfo), for the OSes jpackage builds on. */
    private static String sqliteOs() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return "Windows";
        }
        if (os.contains("mac")) {
            return "Mac";
        }
        return "Linux";
    }

    private static String sqliteArch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> throw new IllegalStateException("no installer build for CPU " + arch);
        };
    }
}
