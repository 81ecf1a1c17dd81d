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
import ch.qos.logback.core.status.NopStatusListener;
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
        // A listener, even one that does nothing, keeps logback from printing its status (some 40
        // lines and a stack trace) on the console when a file cannot be opened: the coach sees the
        // command's own message, and the log is simply not written where it cannot be.
        NopStatusListener stil = new NopStatusListener();
        context.getStatusManager().add(stil);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        for (String stilLogger : new String[] {FLYWAY_LOGGER, JOOQ_LOGGER, "javafx"}) {
            context.getLogger(stilLogger).setLevel(Level.WARN);
        }

        // The data folder's logs; before there is one (or where it cannot be written), this user's
        // own cache folder; where neither can be written, no log file.
        java.nio.file.Path gekozen = Logging.logDir();
        java.nio.file.Path uitwijk = Logging.standaardMap();
        java.nio.file.Path doel = Logging.bruikbaar(gekozen) ? gekozen : Logging.bruikbaar(uitwijk) ? uitwijk : null;
        if (doel == null) {
            return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
        }
        String map = doel.toString();

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
}
