package nl.spoorzoeker.app;

/** The version Maven wrote into the jar manifest; "ontwikkelversie" when run from classes. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String get() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version != null ? version : "ontwikkelversie";
    }
}
