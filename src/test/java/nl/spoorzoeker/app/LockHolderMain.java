package nl.spoorzoeker.app;

import java.nio.file.Path;

/** A second process for the lock tests: takes the instance lock, says so, and waits to be killed. */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        var lock = InstanceLock.tryAcquire(Path.of(args[0]),
                args.length > 1 ? InstanceLock.Houder.valueOf(args[1]) : InstanceLock.Houder.VENSTER);
        System.out.println(lock.isPresent() ? "LOCKED" : "BUSY");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
