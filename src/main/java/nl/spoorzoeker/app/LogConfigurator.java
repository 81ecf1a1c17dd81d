package nl.spoorzoeker.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The log set up in code: a rotating file in the data folder's {@code logs} (5 MB a file, 30 days,
 * 50 MB in all); Flyway, jOOQ and JavaFX only from WARN. Written in code rather than logback.xml
 * because parsing the XML loads an XML parser and some 400 classes, which a short command-line
 * run (a report, a backup) paid for at every start.
 *
 * <p>The log records what happened and where in the code, never client names, note text or file paths
 * ({@link NaamlozeLayout}).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements ch.qos.logback.classic.spi.Configurator {

    /** Libraries whose INFO messages are noise in the coach's log. */
    public static final String FLYWAY_LOGGER = "org.flywaydb";
    public static final String JOOQ_LOGGER = "org.jooq";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        setContext(context);
        // Logback prints its own status (a stack trace when the file cannot be opened) to the console
        // unless a listener takes it: the coach reads our message there, never logback's.
        context.getStatusManager().add(new ch.qos.logback.core.status.NopStatusListener());
        String map = System.getProperty(Logging.LOG_DIR_PROPERTY,
                System.getProperty("java.io.tmpdir") + "/spoorzoeker-logs");
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        for (String stil : new String[] {FLYWAY_LOGGER, JOOQ_LOGGER, "javafx"}) {
            context.getLogger(stil).setLevel(Level.WARN);
        }
        if (!schrijfbaar(map)) {
            // A read-only or foreign data folder: the failure is told on the console or in the window;
            // there is nowhere of the coach's to keep a log, and the shared temp folder is not that.
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }

        // Paths out of every line, exceptions' messages included: a coach names output files after the werknemer.
        NaamlozeLayout layout = new NaamlozeLayout();
        layout.setContext(context);
        layout.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();

        RollingFileAppender<ILoggingEvent> bestand = new RollingFileAppender<>();
        bestand.setContext(context);
        bestand.setName("FILE");
        bestand.setFile(map + "/spoorzoeker.log");
        bestand.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rollen = new SizeAndTimeBasedRollingPolicy<>();
        rollen.setContext(context);
        rollen.setParent(bestand);
        rollen.setFileNamePattern(map + "/spoorzoeker-%d{yyyy-MM-dd}.%i.log");
        rollen.setMaxFileSize(FileSize.valueOf("5MB"));
        rollen.setMaxHistory(30);
        rollen.setTotalSizeCap(FileSize.valueOf("50MB"));
        rollen.start();
        bestand.setRollingPolicy(rollen);
        bestand.start();

        root.addAppender(bestand);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Whether the log file can be created or appended to (the folder created when missing). */
    private static boolean schrijfbaar(String map) {
        try {
            java.nio.file.Path pad = java.nio.file.Path.of(map);
            java.nio.file.Files.createDirectories(pad);
            try (var kanaal = java.nio.channels.FileChannel.open(java.nio.file.Path.of(map + "/spoorzoeker.log"),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND)) {
                return true;
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }
}
